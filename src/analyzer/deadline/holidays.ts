// Holidays for the deadline reader, as its Day values: Easter and King's Day for the holiday words ("na Pasen",
// "voor Koningsdag"), and the working days that "werkdagen" counts. One meaning in one place: the dates and the
// days off come from calendar/holidays.ts (the Algemene termijnenwet's general holidays, as the follow-up's
// statutory terms use them), this module only converts between its ISO days and the reader's Day.
import { easterSunday, isStatutoryRestDay, kingsDay as kingsDayIso } from '../calendar/holidays.ts';
import { addDays, formatDay, isoWeekday, makeDay, parseDay, type Day } from './calendar.ts';

/** Easter Sunday of a year (Gregorian calendar). */
export function easter(year: number): Day {
  return parseDay(easterSunday(year))!;
}

/** King's Day: 27 April, or the 26th when the 27th is a Sunday. */
export function kingsDay(year: number): Day {
  return parseDay(kingsDayIso(year))!;
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

/** Whether a day is a working day: Monday to Friday and no general holiday of the Algemene termijnenwet. */
export function isWorkday(day: Day): boolean {
  return !isStatutoryRestDay(formatDay(day));
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
