import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { storeLocale } from './i18n';
import { useMe } from './session';

/** Once signed in, the account's language wins over the one chosen on this device. */
export function useLocaleSync(): void {
  const { i18n } = useTranslation();
  const { data: me } = useMe();
  const accountLocale = me?.locale;
  useEffect(() => {
    if (accountLocale && accountLocale !== i18n.language) {
      storeLocale(accountLocale);
      void i18n.changeLanguage(accountLocale);
    }
    // Only a change of the account's language (sign-in, saved profile) should switch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [accountLocale]);
}
