// Holidays by their dates: Easter and the days that move with it, the fixed ones, and the Dutch public holidays
// that working days skip (the ones the Algemene termijnenwet names: New Year's Day, Easter Monday, King's Day,
// Liberation Day, Ascension Day, Whit Monday and both Christmas days).
import { addDays, isoWeekday, makeDay, type Day } from './calendar.ts';

/** Easter Sunday of a year (Gregorian calendar, the anonymous algorithm). */
export function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeDay(year, month, day)!;
}

/** King's Day: 27 April, or the 26th when the 27th is a Sunday. */
export function kingsDay(year: number): Day {
  const day = makeDay(year, 4, 27)!;
  return isoWeekday(day) === 7 ? makeDay(year, 4, 26)! : day;
}

/** The n-th (1-based; -1 = last) given ISO weekday of a month. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): Day | null {
  if (n === -1) {
    const last = new Date(Date.UTC(year, month, 0));
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first = makeDay(year, month, 1)!;
  const day = addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
  return day.getUTCMonth() === month - 1 ? day : null;
}

const cache = new Map<number, Set<number>>();

/** The Dutch public holidays of a year, as day timestamps. */
function publicHolidays(year: number): Set<number> {
  let set = cache.get(year);
  if (set) return set;
  const e = easter(year);
  set = new Set(
    [
      makeDay(year, 1, 1)!,
      addDays(e, 1),
      kingsDay(year),
      makeDay(year, 5, 5)!,
      addDays(e, 39),
      addDays(e, 50),
      makeDay(year, 12, 25)!,
      makeDay(year, 12, 26)!,
    ].map((d) => d.getTime()),
  );
  cache.set(year, set);
  return set;
}

/** Whether a day is a Dutch public holiday. */
export function isPublicHoliday(day: Day): boolean {
  return publicHolidays(day.getUTCFullYear()).has(day.getTime());
}

/** Whether a day is a working day: Monday to Friday and no public holiday. */
export function isWorkday(day: Day): boolean {
  return isoWeekday(day) <= 5 && !isPublicHoliday(day);
}

/** n working days later (earlier when n < 0), skipping weekends and Dutch public holidays. */
export function addPublicWorkdays(day: Day, n: number): Day {
  let d = day;
  let left = Math.abs(Math.round(n));
  const step = n < 0 ? -1 : 1;
  while (left > 0) {
    d = addDays(d, step);
    if (isWorkday(d)) left--;
  }
  return d;
}
