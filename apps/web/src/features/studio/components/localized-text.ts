import { LOCALES, type Bilingual, type Locale } from '@bilikti/contracts';

export interface LocalizedText {
  text: string;
  /** The language the text is actually in, for the `lang` attribute. */
  lang: Locale;
}

/**
 * A bilingual value in the interface language, or in the other one while a draft lacks it.
 * Null when both are empty.
 */
export function pickText(value: Bilingual, locale: Locale): LocalizedText | null {
  const own = value[locale].trim();
  if (own) return { text: own, lang: locale };
  const other = LOCALES.find((candidate) => candidate !== locale) ?? locale;
  const fallback = value[other].trim();
  return fallback ? { text: fallback, lang: other } : null;
}

export const otherLocale = (locale: Locale): Locale => (locale === 'kk' ? 'ru' : 'kk');
