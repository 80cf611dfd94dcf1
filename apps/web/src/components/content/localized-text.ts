import type { Bilingual, Locale } from '@bilikti/contracts';

export function otherLocale(locale: Locale): Locale {
  return locale === 'kk' ? 'ru' : 'kk';
}

export interface LocalizedText {
  text: string;
  /** The language `text` is actually in. */
  lang: Locale;
}

/** A bilingual value in the preferred language, or in the other one when the preferred is empty. */
export function pickLocalized(value: Bilingual, preferred: Locale): LocalizedText {
  if (value[preferred].trim() !== '') return { text: value[preferred], lang: preferred };
  const other = otherLocale(preferred);
  return { text: value[other], lang: other };
}

/** The `lang` attribute for text in `lang` on a page in `pageLocale`: set only when they differ. */
export function langAttribute(lang: Locale, pageLocale: Locale): Locale | undefined {
  return lang === pageLocale ? undefined : lang;
}
