import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAgreement } from '../agreement/read.ts';
import { makeDay } from './calendar.ts';

const WEEKDAYS = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const MONTHS = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
const TODAY = '2026-12-01';

function sentence(lang: 'nl' | 'en', when: string): string {
  return lang === 'nl' ? `Lea stuurt u de brief uiterlijk ${when}` : `Lea sends you the letter by ${when}`;
}

/** The date problem a reading reports through its hints (date_impossible, weekday_mismatch), if any. */
function problemOf(reading: ReturnType<typeof readAgreement>) {
  return reading.hints.find((h) => h.code === 'date_impossible' || h.code === 'weekday_mismatch');
}

// "uiterlijk vrijdag 12 december" in 2026 is a Saturday: which of the two was meant, only the people at the
// table know. Every weekday with every date of a year, in both languages.
test('a weekday the date does not fall on is said, with the weekday the date has', () => {
  for (const lang of ['nl', 'en'] as const) {
    // Every date of the year from the agreement's day on (a date without a year is the next one).
    for (let n = 0; n < 365; n++) {
      const date = new Date(Date.UTC(2026, 11, 1) + n * 86_400_000);
      const iso = date.toISOString().slice(0, 10);
      const actual = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
      const dayMonth = `${date.getUTCDate()} ${MONTHS[lang][date.getUTCMonth()]}`;
      for (let weekday = 1; weekday <= 7; weekday++) {
        const text = sentence(lang, `${WEEKDAYS[lang][weekday - 1]} ${dayMonth}`);
        const reading = readAgreement(text, { date: TODAY, participants: ['Lea'], lang });
        assert.equal(reading.deadline?.date, iso, text);
        const problem = problemOf(reading);
        if (weekday === actual) {
          assert.equal(problem, undefined, text);
          continue;
        }
        assert.equal(problem?.code, 'weekday_mismatch', `${text}: a weekday that does not fit`);
        assert.equal(problem.letter, 'timeBound');
        assert.equal(problem.params.weekday, actual, text);
        assert.equal(problem.params.phrase, `${WEEKDAYS[lang][weekday - 1]} ${dayMonth}`, text);
      }
    }
  }
});

test('a day its month does not have is named as such; every day that exists is read', () => {
  for (const lang of ['nl', 'en'] as const) {
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 31; day++) {
        const written = [
          lang === 'nl' ? `${day} ${MONTHS.nl[month - 1]}` : `${MONTHS.en[month - 1]} ${day}`,
          `${day} ${MONTHS[lang][month - 1]} 2027`,
        ];
        for (const [k, when] of written.entries()) {
          const text = sentence(lang, when);
          const reading = readAgreement(text, { date: TODAY, participants: ['Lea'], lang });
          // Without a year a date is the next one that exists: 29 February in the next leap year.
          const real =
            k === 0
              ? day <= new Date(Date.UTC(2028, month, 0)).getUTCDate()
              : makeDay(2027, month, day) !== null;
          if (real) {
            assert.equal(problemOf(reading), undefined, text);
            assert.ok(reading.deadline, `${text}: read as a deadline`);
            continue;
          }
          assert.equal(reading.smart.timeBound, false, `${text}: no deadline until it is put right`);
          const problem = problemOf(reading);
          assert.equal(problem?.code, 'date_impossible', text);
          assert.ok(String(problem.params.phrase).includes(when), `${text}: ${problem.params.phrase}`);
          // Its example is a date that exists: the first Friday a week or more after the day.
          assert.equal(problem.params.example, '2026-12-11', text);
        }
      }
    }
  }
});

test('29 februari without a year is the next leap day', () => {
  const reading = readAgreement('Lea belt u op 29 februari', { date: TODAY, participants: ['Lea'] });
  assert.equal(reading.deadline?.date, '2028-02-29');
  assert.equal(problemOf(reading), undefined);
});

test('numbers after a date word that cannot be a date are said to be one', () => {
  for (const [text, phrase] of [
    ['Lea belt u op 31-04', '31-04'],
    ['Lea stuurt het uiterlijk 30/2', '30/2'],
  ] as const) {
    const problem = problemOf(readAgreement(text, { date: TODAY, participants: ['Lea'] }));
    assert.equal(problem?.code, 'date_impossible', text);
    assert.equal(problem.params.phrase, phrase, text);
  }
});

test('numbers that are no date are left alone', () => {
  for (const text of [
    'Lea noteert de uitslag 31-2 in het verslag van vrijdag',
    'Lea leest artikel 31.2 voor',
    'Lea komt tussen 8-12 uur langs',
  ]) {
    const reading = readAgreement(text, { date: TODAY, participants: ['Lea'] });
    assert.equal(problemOf(reading), undefined, text);
  }
});
