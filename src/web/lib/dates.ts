// Days and times as the leader sees and types them, in the interface's locale.

/** 'YYYY-MM-DD' of a Date in the device's time zone. */
export function localDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The value of a datetime-local input for a Date (local time, minutes). */
export function toDateTimeLocal(date: Date): string {
  const h = String(date.getHours()).padStart(2, '0');
  const min = String(date.getMinutes()).padStart(2, '0');
  return `${localDay(date)}T${h}:${min}`;
}

/** An ISO 8601 instant with the device's offset, from a datetime-local value ('2026-11-27T14:30'). */
export function fromDateTimeLocal(value: string): string {
  const date = new Date(value);
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${value.length === 16 ? value + ':00' : value}${sign}${hh}:${mm}`;
}

/** A day 'YYYY-MM-DD' written out, e.g. "vrijdag 27 november 2026". */
export function formatDay(day: string, locale: string, style: 'long' | 'short' = 'long'): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  const date = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: style === 'long' ? 'long' : 'short',
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    year: 'numeric',
  }).format(date);
}

/** An instant written out with its time, e.g. "27 nov. 2026 14:30". */
export function formatInstant(instant: string, locale: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The local day of an instant. */
export function dayOfInstant(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant.slice(0, 10) : localDay(date);
}

/** Minutes and seconds, "4:07". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** An ISO 8601 instant with the device's offset for a Date (the API wants an explicit offset). */
export function isoWithOffset(date: Date): string {
  return fromDateTimeLocal(toDateTimeLocal(date).slice(0, 16)).replace(
    /:00([+-])/,
    `:${String(date.getSeconds()).padStart(2, '0')}$1`,
  );
}
