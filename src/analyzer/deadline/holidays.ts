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

/** Holidays with a fixed day, by name: the next one (this year's, or next year's when it has passed). */
export const HOLIDAYS: Record<string, (y: number) => Day> = {
  kerst: (y) => makeDay(y, 12, 25)!,
  kerstmis: (y) => makeDay(y, 12, 25)!,
  christmas: (y) => makeDay(y, 12, 25)!,
  xmas: (y) => makeDay(y, 12, 25)!,
  kerstavond: (y) => makeDay(y, 12, 24)!,
  oudejaarsdag: (y) => makeDay(y, 12, 31)!,
  oudjaar: (y) => makeDay(y, 12, 31)!,
  oudejaarsavond: (y) => makeDay(y, 12, 31)!,
  jaarwisseling: (y) => makeDay(y + 1, 1, 1)!,
  nieuwjaar: (y) => makeDay(y, 1, 1)!,
  nieuwjaarsdag: (y) => makeDay(y, 1, 1)!,
  sinterklaas: (y) => makeDay(y, 12, 5)!,
  pakjesavond: (y) => makeDay(y, 12, 5)!,
  oudjaarsavond: (y) => makeDay(y, 12, 31)!,
  koningsdag: kingsDay,
  bevrijdingsdag: (y) => makeDay(y, 5, 5)!,
  valentijnsdag: (y) => makeDay(y, 2, 14)!,
  valentijn: (y) => makeDay(y, 2, 14)!,
  halloween: (y) => makeDay(y, 10, 31)!,
  allerheiligen: (y) => makeDay(y, 11, 1)!,
  wapenstilstand: (y) => makeDay(y, 11, 11)!,
  prinsjesdag: (y) => nthWeekdayOfMonth(y, 9, 2, 3)!,
  moederdag: (y) => nthWeekdayOfMonth(y, 5, 7, 2)!,
  vaderdag: (y) => nthWeekdayOfMonth(y, 6, 7, 3)!,
  thanksgiving: (y) => nthWeekdayOfMonth(y, 11, 4, 4)!,
  pasen: easter,
  easter: easter,
  paasmaandag: (y) => addDays(easter(y), 1),
  hemelvaart: (y) => addDays(easter(y), 39),
  hemelvaartsdag: (y) => addDays(easter(y), 39),
  pinksteren: (y) => addDays(easter(y), 49),
  pinkstermaandag: (y) => addDays(easter(y), 50),
  carnaval: (y) => addDays(easter(y), -49),
};

/** Two-word holiday names: "goede vrijdag", "tweede paasdag", "1e kerstdag", "valentine's day". */
export const HOLIDAY_PAIRS: Record<string, (y: number) => Day> = {
  'goede vrijdag': (y) => addDays(easter(y), -2),
  'good friday': (y) => addDays(easter(y), -2),
  'eerste paasdag': easter,
  'tweede paasdag': (y) => addDays(easter(y), 1),
  'easter monday': (y) => addDays(easter(y), 1),
  'eerste pinksterdag': (y) => addDays(easter(y), 49),
  'tweede pinksterdag': (y) => addDays(easter(y), 50),
  'eerste kerstdag': (y) => makeDay(y, 12, 25)!,
  '1e kerstdag': (y) => makeDay(y, 12, 25)!,
  'tweede kerstdag': (y) => makeDay(y, 12, 26)!,
  '2e kerstdag': (y) => makeDay(y, 12, 26)!,
  'christmas eve': (y) => makeDay(y, 12, 24)!,
  'christmas day': (y) => makeDay(y, 12, 25)!,
  'boxing day': (y) => makeDay(y, 12, 26)!,
  "valentine's day": (y) => makeDay(y, 2, 14)!,
  "new year's day": (y) => makeDay(y, 1, 1)!,
  "new year's eve": (y) => makeDay(y, 12, 31)!,
  "mother's day": (y) => nthWeekdayOfMonth(y, 5, 7, 2)!,
  "father's day": (y) => nthWeekdayOfMonth(y, 6, 7, 3)!,
  'oud en': (y) => makeDay(y, 12, 31)!,
};
