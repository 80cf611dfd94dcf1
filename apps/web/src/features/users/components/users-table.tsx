import type { UserResponse } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useRegionName } from '../../../lib/reference-data';

interface UsersTableProps {
  users: UserResponse[];
  /** True while the next page is loading and these rows are the previous ones. */
  busy: boolean;
}

export function UsersTable({ users, busy }: UsersTableProps) {
  const { t, i18n } = useTranslation(['users', 'common']);
  const locale = currentLocale(i18n);
  const regionName = useRegionName(locale);

  return (
    // The table scrolls inside its own box on narrow screens; the box is focusable so keyboards can scroll it.
    <div className="table-scroll" role="region" aria-labelledby="users-table-caption" tabIndex={0}>
      <table className="table" aria-busy={busy || undefined}>
        <caption id="users-table-caption" className="visually-hidden">
          {t('list.table.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('list.table.name')}</th>
            <th scope="col">{t('list.table.roles')}</th>
            <th scope="col">{t('list.table.work')}</th>
            <th scope="col">{t('list.table.status')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                <Link to={paths.user(user.id)}>{user.fullName}</Link>
                <span className="table__secondary">{user.email}</span>
              </th>
              <td>
                <ul className="plain-list">
                  {user.roles.map((role) => (
                    <li key={role}>{t(`common:roles.${role}`)}</li>
                  ))}
                </ul>
              </td>
              <td>
                {user.profile ? (
                  <>
                    {t(`common:positions.${user.profile.position}`)}
                    <span className="table__secondary">{regionName(user.profile.regionCode)}</span>
                  </>
                ) : (
                  <span className="table__secondary">{t('list.table.noProfile')}</span>
                )}
              </td>
              <td>
                <span className={user.isActive ? 'status status--active' : 'status status--inactive'}>
                  {user.isActive ? t('status.active') : t('status.inactive')}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
