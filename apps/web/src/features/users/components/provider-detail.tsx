import type { UserResponse } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';

import { currentLocale } from '../../../lib/i18n';
import { useProviders } from '../hooks/use-providers';

interface ProviderDetailProps {
  user: UserResponse;
}

/** The instructor's provider, as one entry of the page's details list; nothing for other users. */
export function ProviderDetail({ user }: ProviderDetailProps) {
  const { t, i18n } = useTranslation(['users', 'common']);
  const locale = currentLocale(i18n);
  const providers = useProviders({ enabled: user.providerId !== null });
  if (!user.roles.includes('instructor') && user.providerId === null) return null;
  const provider = providers.data?.find((item) => item.id === user.providerId);

  return (
    <div>
      <dt>{t('edit.provider')}</dt>
      <dd>
        {user.providerId === null
          ? t('edit.noProvider')
          : provider
            ? provider.name[locale]
            : providers.isPending
              ? t('common:states.loading')
              : user.providerId}
      </dd>
    </div>
  );
}
