/** The two languages every human-readable text of the platform exists in. */
export const LOCALES = ['kk', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'kk';

/** One human-readable value in both languages; the two are validated together. */
export interface Bilingual {
  kk: string;
  ru: string;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
