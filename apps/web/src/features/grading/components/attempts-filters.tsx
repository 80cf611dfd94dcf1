import { ATTEMPT_STATUSES, LIMITS, type ListAttemptsQuery } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { SelectField } from '../../../components/ui/select-field';
import { FilterForm } from '../../../components/ui/filter-form';
import { TextField } from '../../../components/ui/text-field';
import { parseAttemptFilters } from '../hooks/use-attempt-filters';

interface AttemptsFiltersProps {
  filters: ListAttemptsQuery;
  /** The results page's address with these filters. */
  listPath: (query: ListAttemptsQuery) => string;
}

/** Applied with one button; the page remounts this form (by key) when the address changes. */
export function AttemptsFilters({ filters, listPath }: AttemptsFiltersProps) {
  const { t } = useTranslation('grading');
  const navigate = useNavigate();

  return (
    <FilterForm
      label={t('results.filters.label')}
      applyLabel={t('results.filters.apply')}
      resetLabel={t('results.filters.reset')}
      resetTo={listPath({})}
      onApply={(params) => void navigate(listPath({ ...parseAttemptFilters(params), page: 1 }))}
    >
      <TextField
        id="attempts-q"
        name="q"
        type="search"
        label={t('results.filters.q.label')}
        hint={t('results.filters.q.hint')}
        maxLength={LIMITS.searchMax}
        defaultValue={filters.q ?? ''}
        className="filters__search"
      />
      <SelectField
        id="attempts-status"
        name="status"
        label={t('results.filters.status.label')}
        defaultValue={filters.status ?? ''}
      >
        <option value="">{t('results.filters.status.all')}</option>
        {ATTEMPT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`common.statuses.${status}`)}
          </option>
        ))}
      </SelectField>
    </FilterForm>
  );
}
