import type { ItemStatistic } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';

import { langAttribute, pickLocalized } from '../../../components/content/localized-text';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { currentLocale } from '../../../lib/i18n';
import { useItemStats } from '../hooks/use-lesson-attempts';
import { formatCorrelation, formatShare } from './grading-format';
import { ITEM_THRESHOLDS, itemFlags } from './item-flags';

/** How each question of the quiz worked: how easy it was and how well it told strong learners from weak. */
export function ItemStatsSection({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation('grading');
  const stats = useItemStats(lessonId);

  return (
    <section className="grading-section" aria-labelledby="item-stats-title">
      <h2 id="item-stats-title">{t('results.stats.title')}</h2>
      <p className="grading-note">{t('results.stats.intro')}</p>
      {stats.isPending ? (
        <LoadingState />
      ) : stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : stats.data.attempts === 0 || stats.data.items.length === 0 ? (
        <p className="empty-state">{t('results.stats.empty')}</p>
      ) : (
        <>
          <p className="results-count">{t('results.stats.basedOn', { count: stats.data.attempts })}</p>
          <ItemStatsTable items={stats.data.items} />
        </>
      )}
    </section>
  );
}

function ItemStatsTable({ items }: { items: ItemStatistic[] }) {
  const { t, i18n } = useTranslation('grading');
  const locale = currentLocale(i18n);

  return (
    <div className="table-scroll" role="region" aria-labelledby="item-stats-caption" tabIndex={0}>
      <table className="table grading-table">
        <caption id="item-stats-caption" className="visually-hidden">
          {t('results.stats.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('results.stats.table.question')}</th>
            <th scope="col">{t('results.stats.table.type')}</th>
            <th scope="col">{t('results.stats.table.responses')}</th>
            <th scope="col">{t('results.stats.table.facility')}</th>
            <th scope="col">{t('results.stats.table.discrimination')}</th>
            <th scope="col">{t('results.stats.table.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => {
            const prompt = pickLocalized(item.prompt, locale);
            const flags = itemFlags(item);
            return (
              <tr key={item.questionId}>
                <th scope="row" className="grading-table__prompt">
                  <span className="table__secondary">{t('common.questionNumber', { number: index + 1 })}</span>
                  <span lang={langAttribute(prompt.lang, locale)}>{prompt.text}</span>
                </th>
                <td>{t(`common.questionTypes.${item.type}`)}</td>
                <td className="grading-table__number">{item.responses}</td>
                <td className="grading-table__number">
                  {item.facility === null ? t('results.stats.noResponses') : formatShare(item.facility)}
                </td>
                <td className="grading-table__number">
                  {item.discrimination === null
                    ? t('results.stats.notEnoughData')
                    : formatCorrelation(item.discrimination, locale)}
                </td>
                <td className="grading-table__flags">
                  {flags.length === 0 ? (
                    <span className="table__secondary">{t('results.stats.flags.none')}</span>
                  ) : (
                    <ul className="plain-list grading-flags">
                      {flags.map((flag) => (
                        <li key={flag} className={`grading-flag grading-flag--${flag}`}>
                          {t(`results.stats.flags.${flag}`, {
                            percent: Math.round(
                              (flag === 'veryEasy' ? ITEM_THRESHOLDS.veryEasy : ITEM_THRESHOLDS.veryHard) * 100,
                            ),
                            threshold: formatCorrelation(ITEM_THRESHOLDS.weakDiscrimination, locale),
                          })}
                        </li>
                      ))}
                    </ul>
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
