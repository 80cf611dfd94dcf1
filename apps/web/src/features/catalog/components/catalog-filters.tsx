import { AUDIENCES, COURSE_SORTS, LIMITS, LOCALES, TOPICS, type Locale } from '@bilikti/contracts';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { langAttribute, pickLocalized } from '../../../components/content/localized-text';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { paths } from '../../../lib/paths';
import { catalogSearch, clearedFilters, hasActiveFilters, type CatalogFilters } from '../hooks/use-catalog-filters';
import { useCatalogProviders } from '../hooks/use-catalog-providers';

/** Long enough for a pause between words on a phone keyboard, short enough to feel live. */
export const SEARCH_DEBOUNCE_MS = 500;

interface CatalogFiltersFormProps {
  filters: CatalogFilters;
  locale: Locale;
}

/**
 * The search runs by itself once typing pauses (Enter runs it at once); each select applies
 * as soon as it changes. Everything goes into the address, which the list reads.
 */
export function CatalogFiltersForm({ filters, locale }: CatalogFiltersFormProps) {
  const { t } = useTranslation(['catalog', 'courses']);
  const navigate = useNavigate();
  const providers = useCatalogProviders();
  const committedQ = filters.q ?? '';
  const [text, setText] = useState(committedQ);
  const [seenQ, setSeenQ] = useState(committedQ);
  // The search this box last put into the address. When the address catches up with it, the
  // learner may already have typed on: their letters stay.
  const [requestedQ, setRequestedQ] = useState(committedQ);

  // The address changed under the box (Back, the reset link): show what it now says.
  if (committedQ !== seenQ) {
    setSeenQ(committedQ);
    if (committedQ !== requestedQ && committedQ !== text.trim()) setText(committedQ);
    setRequestedQ(committedQ);
  }

  const apply = (changes: Partial<CatalogFilters>) => {
    void navigate(`${paths.catalog}${catalogSearch({ ...filters, ...changes, page: 1 })}`);
  };

  useEffect(() => {
    const q = text.trim();
    if (q === committedQ) return;
    // Replace rather than push: Back should not step through every pause in the typing.
    const timer = window.setTimeout(() => {
      setRequestedQ(q);
      void navigate(`${paths.catalog}${catalogSearch({ ...filters, q: q || undefined, page: 1 })}`, { replace: true });
    }, SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, committedQ, filters, navigate]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = text.trim();
    if (q === committedQ) return;
    setRequestedQ(q);
    apply({ q: q || undefined });
  };

  // Providers without published courses would only lead to an empty list; the chosen one stays.
  const providerOptions = (providers.data ?? [])
    .filter((provider) => provider.courseCount > 0 || provider.id === filters.providerId)
    .map((provider) => ({ id: provider.id, name: pickLocalized(provider.name, locale) }))
    .sort((a, b) => a.name.text.localeCompare(b.name.text, locale));

  return (
    <form role="search" aria-label={t('filters.label')} className="card filters catalog-filters" onSubmit={onSubmit}>
      <div className="catalog-filters__search">
        <TextField
          id="catalog-q"
          name="q"
          type="search"
          label={t('filters.q.label')}
          hint={t('filters.q.hint')}
          maxLength={LIMITS.searchMax}
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit" className="button">
          {t('filters.actions.search')}
        </button>
      </div>
      <SelectField
        id="catalog-provider"
        label={t('filters.provider.label')}
        value={filters.providerId ?? ''}
        onChange={(event) => apply({ providerId: event.target.value || undefined })}
      >
        <option value="">{t('filters.provider.all')}</option>
        {providerOptions.map((provider) => (
          <option key={provider.id} value={provider.id} lang={langAttribute(provider.name.lang, locale)}>
            {provider.name.text}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="catalog-audience"
        label={t('filters.audience.label')}
        value={filters.audience ?? ''}
        onChange={(event) => apply({ audience: AUDIENCES.find((audience) => audience === event.target.value) })}
      >
        <option value="">{t('filters.audience.all')}</option>
        {AUDIENCES.map((audience) => (
          <option key={audience} value={audience}>
            {t(`courses:audiences.${audience}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="catalog-topic"
        label={t('filters.topic.label')}
        value={filters.topic ?? ''}
        onChange={(event) => apply({ topic: TOPICS.find((topic) => topic === event.target.value) })}
      >
        <option value="">{t('filters.topic.all')}</option>
        {TOPICS.map((topic) => (
          <option key={topic} value={topic}>
            {t(`courses:topics.${topic}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="catalog-language"
        label={t('filters.language.label')}
        value={filters.language ?? ''}
        onChange={(event) => apply({ language: LOCALES.find((language) => language === event.target.value) })}
      >
        <option value="">{t('filters.language.all')}</option>
        {LOCALES.map((language) => (
          <option key={language} value={language}>
            {t(`courses:languages.${language}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="catalog-sort"
        label={t('filters.sort.label')}
        value={filters.sort}
        onChange={(event) => apply({ sort: COURSE_SORTS.find((sort) => sort === event.target.value) ?? filters.sort })}
      >
        {COURSE_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`filters.sort.${sort}`)}
          </option>
        ))}
      </SelectField>
      {hasActiveFilters(filters) && (
        <div className="filters__actions">
          <Link to={`${paths.catalog}${catalogSearch(clearedFilters(filters))}`}>{t('filters.actions.reset')}</Link>
        </div>
      )}
    </form>
  );
}
