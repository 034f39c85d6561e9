// Public holidays of the Netherlands and Belgium, working days, and the holidays of the Algemene termijnenwet.
// The rules are written out here (fixed days and days relative to Easter) instead of loading date-holidays at
// run time: its parser alone adds about 1 MB (145 KB gzipped) to the browser bundle, for ten days a year.
// date-holidays stays the reference: holidays.test.ts checks every day of two centuries against it.
// Days are plain 'YYYY-MM-DD' texts, free of time zones, like every day in Sluitstuk.

/** The holiday calendars Sluitstuk knows: the Netherlands, and Belgium for Flemish organisations. */
export const HOLIDAY_REGIONS = ['NL', 'BE'] as const;
export type HolidayRegion = (typeof HOLIDAY_REGIONS)[number];

/** Which public holiday a day is; the words for people come from i18n ('holiday.<key>'). */
export type HolidayKey =
  | 'new_year'
  | 'easter_sunday'
  | 'easter_monday'
  | 'kings_day'
  | 'liberation_day'
  | 'labour_day'
  | 'ascension'
  | 'whit_sunday'
  | 'whit_monday'
  | 'national_day'
  | 'assumption'
  | 'all_saints'
  | 'armistice'
  | 'christmas'
  | 'boxing_day';

export interface Holiday {
  day: string;
  key: HolidayKey;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(day: string): [number, number, number] {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function utc(day: string): Date {
  const [y, m, d] = parts(day);
  return new Date(Date.UTC(y, m - 1, d));
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function shift(day: string, days: number): string {
  const date = utc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return iso(date);
}

function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
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
  return ymd(year, month, day);
}

/** The day the King's birthday is celebrated: 27 April, or the Saturday before when that is a Sunday (since 2014). */
export function kingsDay(year: number): string {
  const day = ymd(year, 4, 27);
  return utc(day).getUTCDay() === 0 ? ymd(year, 4, 26) : day;
}

function computeHolidays(year: number, region: HolidayRegion): Holiday[] {
  const easter = easterSunday(year);
  const list: Holiday[] =
    region === 'NL'
      ? [
          { day: ymd(year, 1, 1), key: 'new_year' },
          { day: easter, key: 'easter_sunday' },
          { day: shift(easter, 1), key: 'easter_monday' },
          // Before 2014 it was the Queen's day (30 April); Sluitstuk computes terms from now on, not in 2013.
          { day: kingsDay(year), key: 'kings_day' },
          { day: shift(easter, 39), key: 'ascension' },
          { day: shift(easter, 49), key: 'whit_sunday' },
          { day: shift(easter, 50), key: 'whit_monday' },
          { day: ymd(year, 12, 25), key: 'christmas' },
          { day: ymd(year, 12, 26), key: 'boxing_day' },
        ]
      : [
          { day: ymd(year, 1, 1), key: 'new_year' },
          { day: shift(easter, 1), key: 'easter_monday' },
          { day: ymd(year, 5, 1), key: 'labour_day' },
          { day: shift(easter, 39), key: 'ascension' },
          { day: shift(easter, 50), key: 'whit_monday' },
          { day: ymd(year, 7, 21), key: 'national_day' },
          { day: ymd(year, 8, 15), key: 'assumption' },
          { day: ymd(year, 11, 1), key: 'all_saints' },
          { day: ymd(year, 11, 11), key: 'armistice' },
          { day: ymd(year, 12, 25), key: 'christmas' },
        ];
  return list.sort((x, y) => x.day.localeCompare(y.day));
}

// A scheduler pass asks about the same few years a hundred thousand times: keep each year's answer.
const cache = new Map<string, { list: Holiday[]; days: Map<string, HolidayKey> }>();

function yearOf(year: number, region: HolidayRegion) {
  const key = `${region}:${year}`;
  let entry = cache.get(key);
  if (!entry) {
    const list = computeHolidays(year, region);
    entry = { list, days: new Map(list.map((h) => [h.day, h.key])) };
    cache.set(key, entry);
  }
  return entry;
}

/**
 * The public holidays of a year in a region, in date order: the official holidays (in the Netherlands also
 * Easter and Whit Sunday), not observances such as Good Friday or, outside lustrum years, 5 May.
 */
export function publicHolidays(year: number, region: HolidayRegion): Holiday[] {
  return [...yearOf(year, region).list];
}

/** Which public holiday the day is in the region, or null. */
export function holidayOn(day: string, region: HolidayRegion): HolidayKey | null {
  return yearOf(parts(day)[0], region).days.get(day) ?? null;
}

/** True when the day is a public holiday in the region. */
export function isPublicHoliday(day: string, region: HolidayRegion): boolean {
  return holidayOn(day, region) !== null;
}

/** True for Monday to Friday when it is not a public holiday in the region. */
export function isWorkingDay(day: string, region: HolidayRegion): boolean {
  const weekday = utc(day).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(day, region);
}

/** The first working day after the given day (never the day itself). */
export function nextWorkingDay(day: string, region: HolidayRegion): string {
  let current = shift(day, 1);
  while (!isWorkingDay(current, region)) current = shift(current, 1);
  return current;
}

/** The given day when it is a working day, else the next working day. */
export function workingDayOnOrAfter(day: string, region: HolidayRegion): string {
  return isWorkingDay(day, region) ? day : nextWorkingDay(day, region);
}

/**
 * The day `amount` working days after the day (before it when negative); 0 gives the day itself. Counting
 * skips weekends and public holidays; the day counted from may itself be any day.
 */
export function addWorkingDays(day: string, amount: number, region: HolidayRegion): string {
  const step = amount < 0 ? -1 : 1;
  let left = Math.abs(Math.trunc(amount));
  let current = day;
  while (left > 0) {
    current = shift(current, step);
    if (isWorkingDay(current, region)) left -= 1;
  }
  return current;
}

/**
 * True when the day is an "algemeen erkende feestdag" of the Algemene termijnenwet (art. 3 lid 1): New Year's
 * Day, Easter Monday and Whit Monday, both Christmas days, Ascension Day, the day the King's birthday is
 * celebrated, and 5 May, every year (unlike the custom of a day off only in lustrum years). Days equated by
 * royal decree (art. 3 lid 2) are not known here.
 */
export function isStatutoryHoliday(day: string): boolean {
  const [, month, date] = parts(day);
  return (month === 5 && date === 5) || isPublicHoliday(day, 'NL');
}

/** True when the day is a Saturday, Sunday or algemeen erkende feestdag (Algemene termijnenwet art. 1). */
export function isStatutoryRestDay(day: string): boolean {
  const weekday = utc(day).getUTCDay();
  return weekday === 0 || weekday === 6 || isStatutoryHoliday(day);
}
