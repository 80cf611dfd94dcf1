import { ApiPath, type ListAttemptsQuery } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { langAttribute, pickLocalized } from '../../../components/content/localized-text';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { Pagination } from '../../../components/ui/pagination';
import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { attemptFiltersToSearch, useAttemptFilters } from '../hooks/use-attempt-filters';
import { useLessonAttempts } from '../hooks/use-lesson-attempts';
import { useLessonTitle } from '../hooks/use-titles';
import { AttemptsFilters } from './attempts-filters';
import { AttemptsTable } from './attempts-table';
import { ItemStatsSection } from './item-stats-section';
import './grading.css';
import '../grading-texts';

/** An assessment lesson's attempts, their export, and how each question worked. */
export function LessonResultsPage() {
  const { t, i18n } = useTranslation('grading');
  const locale = currentLocale(i18n);
  const { courseId = '', lessonId = '' } = useParams();
  useDocumentTitle(t('results.title'));
  const lessonTitle = useLessonTitle(lessonId);
  const title = lessonTitle.data ? pickLocalized(lessonTitle.data, locale) : null;
  const filters = useAttemptFilters();
  const attempts = useLessonAttempts(lessonId, filters);
  const pageCount = attempts.data ? Math.max(1, Math.ceil(attempts.data.total / attempts.data.pageSize)) : 1;
  const filtered = attemptFiltersToSearch({ ...filters, page: 1 }) !== '';
  const exportFilters = { status: filters.status, q: filters.q };
  const listPath = (query: ListAttemptsQuery) =>
    `${paths.studioLessonResults(courseId, lessonId)}${attemptFiltersToSearch(query)}`;

  return (
    <div className="page grading">
      <p className="breadcrumb">
        <Link to={paths.studioLesson(courseId, lessonId)}>{t('results.backToLesson')}</Link>
      </p>
      <div className="page-heading">
        <h1>{t('results.title')}</h1>
        <Link to={paths.studioGrading} className="button button--secondary">
          {t('queue.title')}
        </Link>
      </div>
      {title?.text && (
        <p className="lead" lang={langAttribute(title.lang, locale)}>
          {title.text}
        </p>
      )}

      <section className="card grading-export" aria-labelledby="results-export-title">
        <h2 id="results-export-title">{t('results.export.title')}</h2>
        <p className="field__hint">{t('results.export.hint')}</p>
        <div className="grading-export__links">
          {/* Plain links: the browser downloads the file with the session cookie, no script needed. */}
          <a
            className="button button--secondary"
            href={ApiPath.lessonAttemptsExport(lessonId, 'csv', locale, exportFilters)}
            download
          >
            {t('results.export.csv')}
          </a>
          <a
            className="button button--secondary"
            href={ApiPath.lessonAttemptsExport(lessonId, 'xlsx', locale, exportFilters)}
            download
          >
            {t('results.export.xlsx')}
          </a>
        </div>
      </section>

      <section className="grading-section" aria-labelledby="results-attempts-title">
        <h2 id="results-attempts-title">{t('results.attemptsTitle')}</h2>
        <AttemptsFilters key={attemptFiltersToSearch({ ...filters, page: 1 })} filters={filters} listPath={listPath} />
        {attempts.isPending ? (
          <LoadingState />
        ) : attempts.isError && !attempts.data ? (
          <ErrorState error={attempts.error} onRetry={() => void attempts.refetch()} />
        ) : attempts.data ? (
          <>
            <p role="status" className="results-count">
              {t('results.found', { count: attempts.data.total })}
            </p>
            {attempts.data.items.length > 0 ? (
              <AttemptsTable attempts={attempts.data.items} busy={attempts.isPlaceholderData} />
            ) : (
              <p className="empty-state">{filtered ? t('results.emptyFiltered') : t('results.empty')}</p>
            )}
            <Pagination
              page={attempts.data.page}
              pageCount={pageCount}
              hrefFor={(page) => listPath({ ...filters, page })}
            />
          </>
        ) : null}
      </section>

      <ItemStatsSection lessonId={lessonId} />
    </div>
  );
}
