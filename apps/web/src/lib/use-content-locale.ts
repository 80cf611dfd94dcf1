import { isLocale, type Locale } from '@bilikti/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { currentLocale } from './i18n';

export interface ContentLocale {
  /** The language the course's own texts are shown in. */
  contentLocale: Locale;
  /** The language of the interface. */
  uiLocale: Locale;
  setContentLocale: (locale: Locale) => void;
  /** `?lang=…` for links to other pages of the course, `""` when the content follows the interface. */
  search: string;
}

/**
 * A bilingual learner may read a course in the other language without switching the whole
 * interface. The choice lives in the address (`?lang=ru`) and travels with the course's links.
 */
export function useContentLocale(): ContentLocale {
  const { i18n } = useTranslation();
  const uiLocale = currentLocale(i18n);
  const [params, setParams] = useSearchParams();
  const requested = params.get('lang');
  const contentLocale = isLocale(requested) ? requested : uiLocale;

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
    search: contentLocale === uiLocale ? '' : `?lang=${contentLocale}`,
  };
}
