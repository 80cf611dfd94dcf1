import type { AttemptResult, AttemptStatus, AttemptSummary } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';

import { currentLocale } from '../../../lib/i18n';
import { formatPoints } from './grading-format';

/** The attempt's state, and whether the server closed it when time ran out. */
export function AttemptStatusBadge({ status, closedBy }: Pick<AttemptSummary, 'status' | 'closedBy'>) {
  const { t } = useTranslation('grading');
  return (
    <>
      <span className={`grading-status grading-status--${statusClass(status)}`}>{t(`common.statuses.${status}`)}</span>
      {closedBy === 'deadline' && <span className="table__secondary">{t('common.closedByDeadline')}</span>}
    </>
  );
}

function statusClass(status: AttemptStatus): string {
  switch (status) {
    case 'in_progress':
      return 'progress';
    case 'pending_grading':
      return 'pending';
    case 'graded':
      return 'graded';
  }
}

/** "7,5 / 10 (75%)", or a dash while the attempt is open. */
export function ResultText({ result }: { result: AttemptResult | null }) {
  const { t, i18n } = useTranslation('grading');
  const locale = currentLocale(i18n);
  if (!result) return <NoResult />;
  return (
    <>
      {t('common.score', {
        score: formatPoints(result.score, locale),
        max: formatPoints(result.maxScore, locale),
        percent: result.percent,
      })}
    </>
  );
}

/** Passed, not passed, or not known until the essays are graded. */
export function PassedText({ result }: { result: AttemptResult | null }) {
  const { t } = useTranslation('grading');
  if (!result) return <NoResult />;
  if (result.passed === null) return <span className="table__secondary">{t('common.passedPending')}</span>;
  return result.passed ? (
    <span className="grading-status grading-status--passed">{t('common.passed')}</span>
  ) : (
    <span className="grading-status grading-status--failed">{t('common.failed')}</span>
  );
}

/** A dash on screen, words for screen readers. */
function NoResult() {
  const { t } = useTranslation('grading');
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('common.noResult')}</span>
    </>
  );
}
