import { ATTEMPT_STATUSES, LIMITS, type ListAttemptsQuery } from '@bilikti/contracts';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { SelectField } from '../../../components/ui/select-field';
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

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget).entries()) {
      if (typeof value === 'string') params.set(key, value);
    }
    void navigate(listPath({ ...parseAttemptFilters(params), page: 1 }));
  };

  return (
    <form role="search" aria-label={t('results.filters.label')} className="card filters" onSubmit={onSubmit}>
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
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('results.filters.apply')}
        </button>
        <Link to={listPath({})} className="button button--secondary">
          {t('results.filters.reset')}
        </Link>
      </div>
    </form>
  );
}
