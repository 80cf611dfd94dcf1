import { LIMITS, POSITIONS, ROLES, type ListUsersQuery } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { SelectField } from '../../../components/ui/select-field';
import { FilterForm } from '../../../components/ui/filter-form';
import { TextField } from '../../../components/ui/text-field';
import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { sortByName, useRegions } from '../../../lib/reference-data';
import { filtersToSearch, parseUserFilters } from '../hooks/use-user-filters';

interface UsersFiltersProps {
  filters: ListUsersQuery;
}

/**
 * Applied with one button, not on every keystroke: each request costs on a slow connection.
 * The inputs are uncontrolled; the page remounts this form (by key) when the address changes.
 */
export function UsersFilters({ filters }: UsersFiltersProps) {
  const { t, i18n } = useTranslation(['users', 'common']);
  const locale = currentLocale(i18n);
  const navigate = useNavigate();
  const regions = useRegions();

  return (
    <FilterForm
      label={t('filters.label')}
      applyLabel={t('filters.actions.apply')}
      resetLabel={t('filters.actions.reset')}
      resetTo={paths.users}
      onApply={(params) => void navigate(`${paths.users}${filtersToSearch({ ...parseUserFilters(params), page: 1 })}`)}
    >
      <TextField
        id="users-q"
        name="q"
        type="search"
        label={t('filters.q.label')}
        hint={t('filters.q.hint')}
        maxLength={LIMITS.searchMax}
        defaultValue={filters.q ?? ''}
        className="filters__search"
      />
      <SelectField id="users-role" name="role" label={t('filters.role.label')} defaultValue={filters.role ?? ''}>
        <option value="">{t('filters.role.all')}</option>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`common:roles.${role}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="users-region"
        name="regionCode"
        label={t('filters.region.label')}
        defaultValue={filters.regionCode ?? ''}
      >
        <option value="">{t('filters.region.all')}</option>
        {sortByName(regions.data ?? [], locale).map((region) => (
          <option key={region.code} value={region.code}>
            {region.name[locale]}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="users-position"
        name="position"
        label={t('filters.position.label')}
        defaultValue={filters.position ?? ''}
      >
        <option value="">{t('filters.position.all')}</option>
        {POSITIONS.map((position) => (
          <option key={position} value={position}>
            {t(`common:positions.${position}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="users-active"
        name="isActive"
        label={t('filters.status.label')}
        defaultValue={filters.isActive === undefined ? '' : String(filters.isActive)}
      >
        <option value="">{t('filters.status.all')}</option>
        <option value="true">{t('filters.status.active')}</option>
        <option value="false">{t('filters.status.inactive')}</option>
      </SelectField>
    </FilterForm>
  );
}
