const pad = (value: number) => String(value).padStart(2, '0');

/**
 * "dd.mm.yyyy, hh:mm" in the device's time zone — the numeric form used in Kazakhstan in both
 * languages. Not Intl's kk locale: browsers with reduced ICU data (Chromium) render it as "2026 M01 1".
 */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
