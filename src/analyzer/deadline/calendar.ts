// Calendar arithmetic on plain days (UTC midnight), so no time zone or DST can shift a deadline.

/** A day as a UTC Date at midnight. */
export type Day = Date;

/** Parses 'YYYY-MM-DD' to a day; null when it is not a real date. */
export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The day for year, month (1–12) and day of month; null when it does not exist (31 februari). */
export function makeDay(year: number, month: number, day: number): Day | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d : null;
}

/** 'YYYY-MM-DD' of a day. */
export function formatDay(day: Day): string {
  return day.toISOString().slice(0, 10);
}

/** The day n days later (n may be negative). */
export function addDays(day: Day, n: number): Day {
  return new Date(day.getTime() + n * 86_400_000);
}

/** Monday = 1 … Sunday = 7 (ISO). */
export function isoWeekday(day: Day): number {
  return day.getUTCDay() === 0 ? 7 : day.getUTCDay();
}

/** n working days (Mon–Fri) later; a start in the weekend counts from the Monday after. */
export function addWorkdays(day: Day, n: number): Day {
  let d = day;
  let left = Math.max(0, Math.round(n));
  while (left > 0) {
    d = addDays(d, 1);
    if (isoWeekday(d) <= 5) left--;
  }
  return d;
}

/** n calendar months later, clamped to the month's end (31 januari + 1 maand = 28/29 februari). */
export function addMonths(day: Day, n: number): Day {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth() + n;
  const last = lastDayOfMonth(y + Math.floor(m / 12), (((m % 12) + 12) % 12) + 1);
  return new Date(Date.UTC(y, m, Math.min(day.getUTCDate(), last.getUTCDate())));
}

/** Last day of a month (month 1–12). */
export function lastDayOfMonth(year: number, month: number): Day {
  return new Date(Date.UTC(year, month, 0));
}

/** The given ISO weekday (1–7) in the week of `day`. */
export function weekdayInWeek(day: Day, weekday: number): Day {
  return addDays(day, weekday - isoWeekday(day));
}

/** The first day strictly after `day` with the given ISO weekday: never today. */
export function nextWeekday(day: Day, weekday: number): Day {
  const diff = (weekday - isoWeekday(day) + 7) % 7;
  return addDays(day, diff === 0 ? 7 : diff);
}

/** The first working day (Mon–Fri) on or after `day`. */
export function workdayOnOrAfter(day: Day): Day {
  const wd = isoWeekday(day);
  return wd <= 5 ? day : addDays(day, 8 - wd);
}

/** Monday of ISO week `week` of ISO year `year`; null if the year has no such week. */
export function isoWeekMonday(year: number, week: number): Day | null {
  if (week < 1 || week > 53) return null;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = addDays(weekdayInWeek(jan4, 1), (week - 1) * 7);
  // Week 53 exists only when that Monday's Thursday is still in the same ISO year.
  return addDays(monday, 3).getUTCFullYear() === year ? monday : null;
}

/** ISO week number and ISO year of a day. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return { year, week };
}
