// Calendar arithmetic on plain days ('YYYY-MM-DD'), free of time zones: a deadline is a day, not an instant.
// Working days and public holidays come from the analyzer's one calendar (src/analyzer/calendar/holidays.ts).
import { addWorkingDays as addRegionWorkingDays, type HolidayRegion } from '../analyzer/index.ts';

export type { HolidayRegion } from '../analyzer/index.ts';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the text is a day that exists ('2026-02-30' does not). */
export function isValidDay(text: string): boolean {
  const match = DAY_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Number of days in a month (1-based month). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc(day: string): Date {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`Not a day: ${day}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `amount` days after (or before, when negative) the given day. */
export function addDays(day: string, amount: number): string {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + amount);
  return fromUtc(date);
}

/** The same day of the month `amount` months later, clamped to the month's end (31 jan + 1 → 28/29 feb). */
export function addMonths(day: string, amount: number): string {
  const date = toUtc(day);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + amount;
  const target = new Date(Date.UTC(year, month, 1));
  const last = daysInMonth(target.getUTCFullYear(), target.getUTCMonth() + 1);
  target.setUTCDate(Math.min(date.getUTCDate(), last));
  return fromUtc(target);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  return toUtc(day).getUTCDay();
}

/**
 * The day `amount` working days after the given day (before it when negative): weekends and the region's
 * public holidays are not counted.
 */
export function addWorkingDays(day: string, amount: number, region: HolidayRegion = 'NL'): string {
  return addRegionWorkingDays(day, amount, region);
}

/** A term such as "6 weeks" or "5 working days". */
export interface Term {
  amount: number;
  unit: 'days' | 'working_days' | 'weeks' | 'months';
}

/** The last day of a term that starts on the given day. */
export function addTerm(day: string, term: Term, region: HolidayRegion = 'NL'): string {
  switch (term.unit) {
    case 'days':
      return addDays(day, term.amount);
    case 'working_days':
      return addWorkingDays(day, term.amount, region);
    case 'weeks':
      return addDays(day, term.amount * 7);
    case 'months':
      return addMonths(day, term.amount);
  }
}

/** The day (in the given IANA time zone) of an instant; the product's days are Dutch days by default. */
export function dayOf(instant: Date, timeZone = 'Europe/Amsterdam'): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
  return parts;
}

/** The instant of `hour`:00 Dutch time on a day, in summer and in winter time (the product's daily jobs). */
export function amsterdamAt(day: string, hour: number): Date {
  const hh = String(hour).padStart(2, '0');
  // Amsterdam is one or two hours ahead of UTC: the offset whose Dutch day and hour come out right is it.
  for (const offset of [1, 2]) {
    const candidate = new Date(`${day}T${hh}:00:00+0${offset}:00`);
    const hourThere = Number(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Amsterdam',
        hour: '2-digit',
        hourCycle: 'h23',
      }).format(candidate),
    );
    if (hourThere === hour && dayOf(candidate) === day) return candidate;
  }
  // The hour that does not exist on the night clocks go forward: the same hour in winter time.
  return new Date(`${day}T${hh}:00:00+01:00`);
}
