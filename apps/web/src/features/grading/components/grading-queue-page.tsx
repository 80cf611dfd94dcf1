import type { GradingQueueItem } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { langAttribute, pickLocalized } from '../../../components/content/localized-text';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { Pagination } from '../../../components/ui/pagination';
import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useGradingQueue, useGradingQueuePage } from '../hooks/use-grading-queue';
import './grading.css';
import '../grading-texts';

/** Attempts whose essays wait for an instructor, the longest-waiting first. */
export function GradingQueuePage() {
  const { t } = useTranslation('grading');
  useDocumentTitle(t('queue.title'));
  const query = useGradingQueuePage();
  const queue = useGradingQueue(query);
  const pageCount = queue.data ? Math.max(1, Math.ceil(queue.data.total / queue.data.pageSize)) : 1;

  return (
    <div className="page grading">
      <p className="breadcrumb">
        <Link to={paths.studio}>{t('queue.backToStudio')}</Link>
      </p>
      <h1>{t('queue.title')}</h1>
      <p className="lead">{t('queue.lead')}</p>
      {queue.isPending ? (
        <LoadingState />
      ) : queue.isError && !queue.data ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data ? (
        <>
          <p role="status" className="results-count">
            {t('queue.found', { count: queue.data.total })}
          </p>
          {queue.data.items.length > 0 ? (
            <QueueTable items={queue.data.items} busy={queue.isPlaceholderData} />
          ) : (
            <p className="empty-state">{t('queue.empty')}</p>
          )}
          <Pagination
            page={queue.data.page}
            pageCount={pageCount}
            hrefFor={(page) => (page > 1 ? `${paths.studioGrading}?page=${page}` : paths.studioGrading)}
          />
        </>
      ) : null}
    </div>
  );
}

function QueueTable({ items, busy }: { items: GradingQueueItem[]; busy: boolean }) {
  const { t, i18n } = useTranslation('grading');
  const locale = currentLocale(i18n);

  return (
    <div className="table-scroll" role="region" aria-labelledby="queue-table-caption" tabIndex={0}>
      <table className="table grading-table" aria-busy={busy || undefined}>
        <caption id="queue-table-caption" className="visually-hidden">
          {t('queue.table.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('queue.table.learner')}</th>
            <th scope="col">{t('queue.table.course')}</th>
            <th scope="col">{t('queue.table.lesson')}</th>
            <th scope="col">{t('queue.table.number')}</th>
            <th scope="col">{t('queue.table.submitted')}</th>
            <th scope="col">{t('queue.table.waiting')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const course = pickLocalized(item.courseTitle, locale);
            const lesson = pickLocalized(item.lessonTitle, locale);
            return (
              <tr key={item.attemptId}>
                <th scope="row">
                  <Link
                    to={paths.studioAttempt(item.attemptId)}
                    aria-label={t('queue.table.open', { name: item.learner.fullName, number: item.number })}
                  >
                    {item.learner.fullName}
                  </Link>
                </th>
                <td lang={langAttribute(course.lang, locale)}>{course.text}</td>
                <td lang={langAttribute(lesson.lang, locale)}>{lesson.text}</td>
                <td className="grading-table__number">{item.number}</td>
                <td className="grading-table__dates">{formatDateTime(item.closedAt)}</td>
                <td className="grading-table__number">{t('common.essaysWaiting', { count: item.pendingCount })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
