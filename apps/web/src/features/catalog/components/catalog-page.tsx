import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { Pagination } from '../../../components/ui/pagination';
import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  catalogQuery,
  catalogSearch,
  clearedFilters,
  hasActiveFilters,
  useCatalogFilters,
} from '../hooks/use-catalog-filters';
import { useCatalogCourses } from '../hooks/use-catalog-courses';
import { CatalogFiltersForm } from './catalog-filters';
import { CourseCard } from './course-card';
import './catalog.css';

export function CatalogPage() {
  const { t, i18n } = useTranslation('catalog');
  const locale = currentLocale(i18n);
  useDocumentTitle(t('title'));
  const filters = useCatalogFilters();
  const courses = useCatalogCourses(catalogQuery(filters, locale));
  const pageCount = courses.data ? Math.max(1, Math.ceil(courses.data.total / courses.data.pageSize)) : 1;

  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <CatalogFiltersForm filters={filters} locale={locale} />
      {courses.isPending ? (
        <LoadingState />
      ) : courses.isError && !courses.data ? (
        <ErrorState error={courses.error} onRetry={() => void courses.refetch()} />
      ) : courses.data ? (
        <>
          <p role="status" className="results-count">
            {t('found', { count: courses.data.total })}
          </p>
          {courses.data.items.length > 0 ? (
            <ul className="course-grid" aria-busy={courses.isPlaceholderData || undefined}>
              {courses.data.items.map((course) => (
                <li key={course.id}>
                  <CourseCard course={course} locale={locale} />
                </li>
              ))}
            </ul>
          ) : hasActiveFilters(filters) ? (
            <div className="empty-state">
              <p>{t('empty.filtered')}</p>
              <p>{t('empty.hint')}</p>
              <Link to={`${paths.catalog}${catalogSearch(clearedFilters(filters))}`}>{t('filters.actions.reset')}</Link>
            </div>
          ) : (
            <p className="empty-state">{t('empty.none')}</p>
          )}
          <Pagination
            page={courses.data.page}
            pageCount={pageCount}
            hrefFor={(page) => `${paths.catalog}${catalogSearch({ ...filters, page })}`}
          />
        </>
      ) : null}
    </div>
  );
}
