import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface PaginationProps {
  page: number;
  pageCount: number;
  /** The link target for a page number, e.g. `?q=x&page=3`. */
  hrefFor: (page: number) => string;
}

export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  const { t } = useTranslation('common');
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('pagination.label')} className="pagination">
      <ul>
        <li>
          {page > 1 ? (
            <Link to={hrefFor(page - 1)} rel="prev">
              {t('pagination.previous')}
            </Link>
          ) : null}
        </li>
        <li aria-current="page">{t('pagination.current', { page, total: pageCount })}</li>
        <li>
          {page < pageCount ? (
            <Link to={hrefFor(page + 1)} rel="next">
              {t('pagination.next')}
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
