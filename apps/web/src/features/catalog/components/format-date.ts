const pad = (value: number) => String(value).padStart(2, '0');

/** "dd.mm.yyyy" in the device's time zone, as lib/format writes dates with a time. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}
