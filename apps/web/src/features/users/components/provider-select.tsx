import { useTranslation } from 'react-i18next';

import { SelectField } from '../../../components/ui/select-field';
import { useErrorMessage } from '../../../lib/error-message';
import { currentLocale } from '../../../lib/i18n';
import { sortByName } from '../../../lib/reference-data';
import { useProviders } from '../hooks/use-providers';

interface ProviderSelectProps {
  id: string;
  /** A provider id, or empty for none. */
  value: string;
  onChange: (providerId: string) => void;
  error?: string;
}

/** Which organisation an instructor authors courses for. Loaded only once the instructor role is chosen. */
export function ProviderSelect({ id, value, onChange, error }: ProviderSelectProps) {
  const { t, i18n } = useTranslation(['users', 'common']);
  const locale = currentLocale(i18n);
  const providers = useProviders();
  const errorMessage = useErrorMessage();
  // Until the list arrives (or if it fails), the current provider still needs an option to stay selected.
  const listed = providers.data?.some((provider) => provider.id === value) ?? false;

  return (
    <SelectField
      id={id}
      label={t('form.fields.provider.label')}
      hint={providers.isError ? errorMessage(providers.error) : t('form.fields.provider.hint')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    >
      <option value="">{t('form.fields.provider.none')}</option>
      {value && !listed && <option value={value}>{providers.isPending ? t('common:states.loading') : value}</option>}
      {sortByName(providers.data ?? [], locale).map((provider) => (
        <option key={provider.id} value={provider.id}>
          {provider.name[locale]}
        </option>
      ))}
    </SelectField>
  );
}
