import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { Pagination } from '../../../components/ui/pagination';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { filtersToSearch, useUserFilters } from '../hooks/use-user-filters';
import { useUsers } from '../hooks/use-users';
import { UsersFilters } from './users-filters';
import { UsersTable } from './users-table';

export function UsersPage() {
  const { t } = useTranslation('users');
  useDocumentTitle(t('list.title'));
  const filters = useUserFilters();
  const users = useUsers(filters);
  const pageCount = users.data ? Math.max(1, Math.ceil(users.data.total / users.data.pageSize)) : 1;

  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t('list.title')}</h1>
        <Link to={paths.newUser} className="button">
          {t('list.actions.create')}
        </Link>
      </div>
      <UsersFilters key={filtersToSearch({ ...filters, page: 1 })} filters={filters} />
      {users.isPending ? (
        <LoadingState />
      ) : users.isError && !users.data ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : users.data ? (
        <>
          <p role="status" className="results-count">
            {t('list.found', { count: users.data.total })}
          </p>
          {users.data.items.length > 0 ? (
            <UsersTable users={users.data.items} busy={users.isPlaceholderData} />
          ) : (
            <p className="empty-state">{t('list.empty')}</p>
          )}
          <Pagination
            page={users.data.page}
            pageCount={pageCount}
            hrefFor={(page) => `${paths.users}${filtersToSearch({ ...filters, page })}`}
          />
        </>
      ) : null}
    </div>
  );
}
