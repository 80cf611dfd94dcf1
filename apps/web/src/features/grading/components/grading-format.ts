import type { Locale } from '@bilikti/contracts';

const intlLocale = (locale: Locale) => (locale === 'kk' ? 'kk-KZ' : 'ru-RU');

/** Points as people here write them: "7,5". */
export function formatPoints(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 }).format(value);
}

/** A 0–1 share as a whole percent: 0.456 → "46%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A correlation with exactly two decimals: "0,35", "-0,12". */
export function formatCorrelation(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    value,
  );
}
