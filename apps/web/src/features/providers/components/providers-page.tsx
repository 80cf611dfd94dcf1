import type { ProviderResponse } from '@bilikti/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '../../../components/ui/error-state';
import { FormStatus } from '../../../components/ui/form-alert';
import { LoadingState } from '../../../components/ui/loading-state';
import { currentLocale } from '../../../lib/i18n';
import { sortByName } from '../../../lib/reference-data';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateProvider } from '../hooks/use-create-provider';
import { useProviders } from '../hooks/use-providers';
import { ProviderForm } from './provider-form';
import { emptyProviderFormValues, toProviderRequest } from './provider-form-values';
import { ProviderItem } from './provider-item';
import './providers-page.css';

/** Admins keep the list of organisations that author courses; instructors are attached to one on their user page. */
export function ProvidersPage() {
  const { t, i18n } = useTranslation('providers');
  const locale = currentLocale(i18n);
  useDocumentTitle(t('title'));
  const providers = useProviders();
  const createProvider = useCreateProvider();
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!creating && returnFocus.current) {
      returnFocus.current = false;
      createButton.current?.focus();
    }
  }, [creating]);

  const openCreate = () => {
    setStatus(null);
    createProvider.reset();
    setCreating(true);
  };
  const closeCreate = () => {
    returnFocus.current = true;
    setCreating(false);
  };
  const announce = (key: 'create.done' | 'edit.done', provider: ProviderResponse) =>
    setStatus(t(key, { name: provider.name[locale] }));

  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t('title')}</h1>
        {!creating && (
          <button ref={createButton} type="button" className="button" onClick={openCreate}>
            {t('actions.create')}
          </button>
        )}
      </div>
      <p>{t('description')}</p>
      <FormStatus message={status} />

      {creating && (
        <section className="card" aria-labelledby="provider-create-title">
          <h2 id="provider-create-title">{t('create.title')}</h2>
          <ProviderForm
            mode="create"
            initialValues={emptyProviderFormValues()}
            isPending={createProvider.isPending}
            error={createProvider.error}
            onCancel={closeCreate}
            onSubmit={(values) =>
              createProvider.mutate(toProviderRequest(values), {
                onSuccess: (provider) => {
                  closeCreate();
                  announce('create.done', provider);
                },
              })
            }
          />
        </section>
      )}

      <section aria-labelledby="providers-list-title">
        <h2 id="providers-list-title">{t('list.title')}</h2>
        {providers.isPending ? (
          <LoadingState />
        ) : providers.isError && !providers.data ? (
          <ErrorState error={providers.error} onRetry={() => void providers.refetch()} />
        ) : providers.data.length === 0 ? (
          <p className="empty-state">{t('list.empty')}</p>
        ) : (
          <ul className="provider-list">
            {sortByName(providers.data, locale).map((provider) => (
              <ProviderItem key={provider.id} provider={provider} onSaved={(saved) => announce('edit.done', saved)} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
