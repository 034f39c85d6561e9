import { test } from 'node:test';
import assert from 'node:assert/strict';
import DateHolidays from 'date-holidays';
import {
  addWorkingDays,
  easterSunday,
  holidayOn,
  isPublicHoliday,
  isStatutoryHoliday,
  isStatutoryRestDay,
  isWorkingDay,
  nextWorkingDay,
  publicHolidays,
  workingDayOnOrAfter,
  type HolidayRegion,
} from './holidays.ts';

function days(from: string, to: string): string[] {
  const out: string[] = [];
  const date = new Date(from + 'T00:00:00Z');
  const end = new Date(to + 'T00:00:00Z');
  while (date <= end) {
    out.push(date.toISOString().slice(0, 10));
    date.setUTCDate(date.getUTCDate() + 1);
  }
  return out;
}

for (const region of ['NL', 'BE'] as HolidayRegion[]) {
  test(`${region}: every day of 2014–2150 agrees with date-holidays' public holidays`, () => {
    const reference = new DateHolidays(region);
    const expected = new Set<string>();
    for (let year = 2014; year <= 2150; year++) {
      for (const h of reference.getHolidays(year)) if (h.type === 'public') expected.add(h.date.slice(0, 10));
    }
    const differences = days('2014-01-01', '2150-12-31').filter(
      (day) => isPublicHoliday(day, region) !== expected.has(day),
    );
    assert.deepEqual(differences, []);
  });
}

test('Easter Sunday of known years', () => {
  assert.equal(easterSunday(2024), '2024-03-31');
  assert.equal(easterSunday(2025), '2025-04-20');
  assert.equal(easterSunday(2026), '2026-04-05');
  assert.equal(easterSunday(2027), '2027-03-28');
  assert.equal(easterSunday(2038), '2038-04-25'); // the latest possible date
  assert.equal(easterSunday(2285), '2285-03-22'); // the earliest possible date
});

test("King's Day moves to Saturday when 27 April is a Sunday", () => {
  assert.equal(holidayOn('2025-04-26', 'NL'), 'kings_day'); // 27 April 2025 is a Sunday
  assert.equal(isPublicHoliday('2025-04-27', 'NL'), false);
  assert.equal(holidayOn('2026-04-27', 'NL'), 'kings_day');
  assert.equal(isPublicHoliday('2026-04-27', 'BE'), false);
});

test('working days skip weekends and holidays: Easter, Christmas, Ascension', () => {
  // Thursday before Easter 2026 + 1 working day: Good Friday is no holiday, so Friday 3 April.
  assert.equal(addWorkingDays('2026-04-02', 1, 'NL'), '2026-04-03');
  // Friday 3 April + 1: the weekend and Easter Monday pass, so Tuesday 7 April.
  assert.equal(addWorkingDays('2026-04-03', 1, 'NL'), '2026-04-07');
  // Wednesday 23 December 2026 + 2: Thursday 24, then Christmas (Fri) and the weekend, Boxing Day on Saturday.
  assert.equal(addWorkingDays('2026-12-23', 2, 'NL'), '2026-12-28');
  // In Belgium 26 December is no holiday, but it is a Saturday in 2026 anyway; 2025: Friday 26 is a working day.
  assert.equal(isWorkingDay('2025-12-26', 'BE'), true);
  assert.equal(isWorkingDay('2025-12-26', 'NL'), false);
  // Ascension Day 2026 is Thursday 14 May.
  assert.equal(nextWorkingDay('2026-05-13', 'NL'), '2026-05-15');
  // Backwards: 2 working days before Tuesday 7 April 2026 (after Easter Monday) is Thursday 2 April.
  assert.equal(addWorkingDays('2026-04-07', -2, 'NL'), '2026-04-02');
  assert.equal(addWorkingDays('2026-04-07', 0, 'NL'), '2026-04-07');
  assert.equal(workingDayOnOrAfter('2026-12-25', 'NL'), '2026-12-28');
  assert.equal(workingDayOnOrAfter('2026-12-24', 'NL'), '2026-12-24');
});

test('the Algemene termijnenwet counts 5 May every year, and not Good Friday', () => {
  assert.equal(isStatutoryHoliday('2026-05-05'), true);
  assert.equal(isPublicHoliday('2026-05-05', 'NL'), false);
  assert.equal(isStatutoryHoliday('2026-04-03'), false); // Good Friday
  assert.equal(isStatutoryRestDay('2026-04-04'), true); // Saturday
  assert.equal(isStatutoryRestDay('2026-04-06'), true); // Easter Monday
  assert.equal(isStatutoryRestDay('2026-04-07'), false);
});

test('publicHolidays lists a year in order and bad days are refused', () => {
  const nl = publicHolidays(2026, 'NL').map((h) => h.day);
  assert.deepEqual(nl, [...nl].sort());
  assert.equal(nl.length, 9);
  assert.equal(publicHolidays(2026, 'BE').length, 10);
  assert.throws(() => isPublicHoliday('27-04-2026', 'NL'), RangeError);
});
