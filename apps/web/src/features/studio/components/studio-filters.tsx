import { COURSE_STATUSES, LIMITS, type ListCoursesQuery } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { SelectField } from '../../../components/ui/select-field';
import { FilterForm } from '../../../components/ui/filter-form';
import { TextField } from '../../../components/ui/text-field';
import { paths } from '../../../lib/paths';
import { parseStudioFilters, studioFiltersToSearch } from '../hooks/use-studio-filters';

interface StudioFiltersProps {
  filters: ListCoursesQuery;
}

/** Applied with one button; the page remounts this form (by key) when the address changes. */
export function StudioFilters({ filters }: StudioFiltersProps) {
  const { t } = useTranslation(['studio', 'courses']);
  const navigate = useNavigate();

  return (
    <FilterForm
      label={t('list.filters.label')}
      applyLabel={t('list.filters.actions.apply')}
      resetLabel={t('list.filters.actions.reset')}
      resetTo={paths.studio}
      onApply={(params) =>
        void navigate(`${paths.studio}${studioFiltersToSearch({ ...parseStudioFilters(params), page: 1 })}`)
      }
    >
      <TextField
        id="studio-q"
        name="q"
        type="search"
        label={t('list.filters.q.label')}
        hint={t('list.filters.q.hint')}
        maxLength={LIMITS.searchMax}
        defaultValue={filters.q ?? ''}
        className="filters__search"
      />
      <SelectField
        id="studio-status"
        name="status"
        label={t('list.filters.status.label')}
        defaultValue={filters.status ?? ''}
      >
        <option value="">{t('list.filters.status.all')}</option>
        {COURSE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`courses:statuses.${status}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="studio-complete"
        name="complete"
        label={t('list.filters.complete.label')}
        defaultValue={filters.complete === undefined ? '' : String(filters.complete)}
      >
        <option value="">{t('list.filters.complete.all')}</option>
        <option value="true">{t('list.filters.complete.complete')}</option>
        <option value="false">{t('list.filters.complete.incomplete')}</option>
      </SelectField>
    </FilterForm>
  );
}
