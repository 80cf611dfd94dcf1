import { LOCALES, type ProviderResponse } from '@bilikti/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLocale } from '../../../lib/i18n';
import { useUpdateProvider } from '../hooks/use-update-provider';
import { ProviderForm } from './provider-form';
import { providerFormValuesOf, toProviderRequest } from './provider-form-values';
import { ProviderLogo } from './provider-logo';

interface ProviderItemProps {
  provider: ProviderResponse;
  onSaved: (provider: ProviderResponse) => void;
}

/** One provider: its logo, both names and published courses, edited in place. */
export function ProviderItem({ provider, onSaved }: ProviderItemProps) {
  const { t, i18n } = useTranslation('providers');
  const locale = currentLocale(i18n);
  const otherLocale = LOCALES.find((item) => item !== locale) ?? locale;
  const updateProvider = useUpdateProvider(provider.id);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const headingId = `provider-${provider.id}-name`;

  // Closing the form puts keyboard focus back on the button that opened it.
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const close = () => {
    returnFocus.current = true;
    updateProvider.reset();
    setEditing(false);
  };

  return (
    <li className="card provider-item" aria-labelledby={headingId}>
      <ProviderLogo mediaId={provider.logoMediaId} name={provider.name[locale]} />
      <div className="provider-item__body">
        <h3 id={headingId} lang={locale}>
          {provider.name[locale]}
        </h3>
        <p className="provider-item__other-name" lang={otherLocale}>
          {provider.name[otherLocale]}
        </p>
        <p className="provider-item__courses">{t('list.courseCount', { count: provider.courseCount })}</p>
        {!editing && (
          <button
            ref={editButton}
            type="button"
            className="button button--secondary button--small"
            onClick={() => setEditing(true)}
          >
            {t('list.actions.edit')}
            <span className="visually-hidden"> {provider.name[locale]}</span>
          </button>
        )}
      </div>
      {editing && (
        <ProviderForm
          mode="edit"
          initialValues={providerFormValuesOf(provider)}
          isPending={updateProvider.isPending}
          error={updateProvider.error}
          onCancel={close}
          onSubmit={(values) =>
            updateProvider.mutate(toProviderRequest(values), {
              onSuccess: (saved) => {
                close();
                onSaved(saved);
              },
            })
          }
        />
      )}
    </li>
  );
}
