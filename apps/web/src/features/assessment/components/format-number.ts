import type { Locale } from '@bilikti/contracts';

const formats = new Map<Locale, Intl.NumberFormat>();

/** Points and numeric answers as people write them here: a decimal comma, at most two decimals. */
export function formatNumber(value: number, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'kk' ? 'kk-KZ' : 'ru-RU', { maximumFractionDigits: 2 });
    formats.set(locale, format);
  }
  return format.format(value);
}

/**
 * A number as typed on a phone: a comma or a dot before the decimals, spaces between thousands.
 * `null` for anything that is not one finite number.
 */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^[-+−]?(\d+\.?\d*|\.\d+)$/.test(compact)) return null;
  const value = Number(compact.replace('−', '-'));
  return Number.isFinite(value) ? value : null;
}
