import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { ErrorState } from '../../../components/ui/error-state';
import { FormStatus } from '../../../components/ui/form-alert';
import { LoadingState } from '../../../components/ui/loading-state';
import { Pagination } from '../../../components/ui/pagination';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMyCourses } from '../hooks/use-my-courses';
import { studioFiltersToSearch, useStudioFilters } from '../hooks/use-studio-filters';
import { StudioCourseList } from './studio-course-list';
import { StudioFilters } from './studio-filters';
import './studio.css';

/** What the editor reports when it sends the author back here. */
export interface StudioPageState {
  removed?: 'deleted' | 'archived';
}

export function StudioPage() {
  const { t } = useTranslation('studio');
  useDocumentTitle(t('list.title'));
  const location = useLocation();
  const removed = (location.state as StudioPageState | null)?.removed;
  const filters = useStudioFilters();
  const courses = useMyCourses(filters);
  const pageCount = courses.data ? Math.max(1, Math.ceil(courses.data.total / courses.data.pageSize)) : 1;

  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t('list.title')}</h1>
        <div className="studio-heading__actions">
          <Link to={paths.studioGrading} className="button button--secondary">
            {t('list.actions.gradingQueue')}
          </Link>
          <Link to={paths.studioNewCourse} className="button">
            {t('list.actions.create')}
          </Link>
        </div>
      </div>
      <FormStatus
        message={
          removed === 'deleted'
            ? t('editor.danger.deleted')
            : removed === 'archived'
              ? t('editor.danger.archived')
              : null
        }
      />
      <StudioFilters key={studioFiltersToSearch({ ...filters, page: 1 })} filters={filters} />
      {courses.isPending ? (
        <LoadingState />
      ) : courses.isError && !courses.data ? (
        <ErrorState error={courses.error} onRetry={() => void courses.refetch()} />
      ) : courses.data ? (
        <>
          <p role="status" className="results-count">
            {t('list.found', { count: courses.data.total })}
          </p>
          {courses.data.items.length > 0 ? (
            <StudioCourseList courses={courses.data.items} busy={courses.isPlaceholderData} />
          ) : (
            <p className="empty-state">
              {studioFiltersToSearch({ ...filters, page: 1 }) ? t('list.emptyFiltered') : t('list.empty')}
            </p>
          )}
          <Pagination
            page={courses.data.page}
            pageCount={pageCount}
            hrefFor={(page) => `${paths.studio}${studioFiltersToSearch({ ...filters, page })}`}
          />
        </>
      ) : null}
    </div>
  );
}
