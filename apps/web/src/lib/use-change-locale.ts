import { ApiPath, type Locale, type UserResponse } from '@bilikti/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from './api-client';
import { storeLocale } from './i18n';
import { meQueryKey } from './session';

/**
 * Switches the interface language at once, remembers it on this device and,
 * when signed in, saves it to the account so the next sign-in uses it too.
 */
export function useChangeLocale(): (locale: Locale) => void {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { mutate } = useMutation({
    mutationFn: (locale: Locale) => api.patch<UserResponse>(ApiPath.me, { locale }),
    onSuccess: (user) => queryClient.setQueryData(meQueryKey, user),
  });

  return useCallback(
    (locale: Locale) => {
      storeLocale(locale);
      void i18n.changeLanguage(locale);
      const me = queryClient.getQueryData<UserResponse | null>(meQueryKey);
      if (me && me.locale !== locale) {
        queryClient.setQueryData(meQueryKey, { ...me, locale });
        mutate(locale);
      }
    },
    [i18n, queryClient, mutate],
  );
}
