import type { AttemptSummary } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useRegionName } from '../../../lib/reference-data';
import { AttemptStatusBadge, PassedText, ResultText } from './attempt-status';

interface AttemptsTableProps {
  attempts: AttemptSummary[];
  /** True while the next page is loading and these rows are the previous ones. */
  busy: boolean;
}

export function AttemptsTable({ attempts, busy }: AttemptsTableProps) {
  const { t, i18n } = useTranslation('grading');
  const locale = currentLocale(i18n);
  const regionName = useRegionName(locale);

  return (
    // The table scrolls inside its own box on narrow screens; the box is focusable so keyboards can scroll it.
    <div className="table-scroll" role="region" aria-labelledby="attempts-table-caption" tabIndex={0}>
      <table className="table grading-table" aria-busy={busy || undefined}>
        <caption id="attempts-table-caption" className="visually-hidden">
          {t('results.table.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('results.table.learner')}</th>
            <th scope="col">{t('results.table.number')}</th>
            <th scope="col">{t('results.table.status')}</th>
            <th scope="col">{t('results.table.result')}</th>
            <th scope="col">{t('results.table.passed')}</th>
            <th scope="col">{t('results.table.dates')}</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((attempt) => {
            const name = attempt.learner?.fullName ?? t('common.unknownLearner');
            return (
              <tr key={attempt.id}>
                <th scope="row">
                  <Link
                    to={paths.studioAttempt(attempt.id)}
                    aria-label={t('results.table.open', { name, number: attempt.number })}
                  >
                    {name}
                  </Link>
                  {attempt.learner?.regionCode && (
                    <span className="table__secondary">{regionName(attempt.learner.regionCode)}</span>
                  )}
                </th>
                <td className="grading-table__number">{attempt.number}</td>
                <td>
                  <AttemptStatusBadge status={attempt.status} closedBy={attempt.closedBy} />
                  {attempt.pendingCount > 0 && (
                    <span className="table__secondary">
                      {t('common.essaysWaiting', { count: attempt.pendingCount })}
                    </span>
                  )}
                </td>
                <td>
                  <ResultText result={attempt.result} />
                </td>
                <td>
                  <PassedText result={attempt.result} />
                </td>
                <td className="grading-table__dates">
                  {t('results.table.started', { date: formatDateTime(attempt.startedAt) })}
                  {attempt.closedAt && (
                    <span className="table__secondary">
                      {t('results.table.closed', { date: formatDateTime(attempt.closedAt) })}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
