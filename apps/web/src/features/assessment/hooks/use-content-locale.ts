import { isLocale, type Locale } from '@bilikti/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { currentLocale } from '../../../lib/i18n';

/**
 * The language the questions are read in: `?lang=` as the lesson player passes it along, else the
 * interface language. Switching keeps the interface as it is.
 */
export function useContentLocale() {
  const { i18n } = useTranslation();
  const uiLocale = currentLocale(i18n);
  const [params, setParams] = useSearchParams();
  const requested = params.get('lang');
  const contentLocale: Locale = isLocale(requested) ? requested : uiLocale;

  const setContentLocale = useCallback(
    (locale: Locale) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (locale === uiLocale) next.delete('lang');
          else next.set('lang', locale);
          return next;
        },
        { replace: true },
      ),
    [setParams, uiLocale],
  );

  return {
    contentLocale,
    uiLocale,
    setContentLocale,
    /** `?lang=…` for links back to the course, `""` when the content follows the interface. */
    search: contentLocale === uiLocale ? '' : `?lang=${contentLocale}`,
  };
}
