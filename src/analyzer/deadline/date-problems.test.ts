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

// "uiterlijk vrijdag 12 december" in 2026 is a Saturday: which of the two was meant, only the people at the
// table know. Every weekday with every date of a year, in both languages.
test('a weekday the date does not fall on is found, with the nearest date on that weekday', () => {
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
        if (weekday === actual) {
          assert.equal(reading.dateProblem, undefined, text);
          assert.equal(reading.smart.timeBound, true, text);
          assert.equal(reading.deadline?.date, iso, text);
          continue;
        }
        const problem = reading.dateProblem;
        assert.ok(problem && problem.code === 'weekday_mismatch', `${text}: a weekday that does not fit`);
        assert.equal(problem.date, iso, text);
        const suggestion = new Date(`${problem.suggestion}T00:00:00Z`);
        assert.equal(suggestion.getUTCDay() === 0 ? 7 : suggestion.getUTCDay(), weekday, text);
        assert.ok(Math.abs(suggestion.getTime() - date.getTime()) <= 3 * 86_400_000, text);
        assert.equal(reading.smart.timeBound, false, `${text}: not time-bound until it is put right`);
        const hint = reading.hints.find((h) => h.letter === 'timeBound');
        assert.equal(hint?.code, 'deadline_weekday_mismatch', text);
        assert.deepEqual(hint.params, { term: problem.phrase, date: iso, example: problem.suggestion });
        assert.ok(hint.message.includes(problem.phrase), hint.message);
      }
    }
  }
});

test('a day its month does not have is named as such; every day that exists is read', () => {
  for (const lang of ['nl', 'en'] as const) {
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 31; day++) {
        // Without a year a date is the next one that exists: 29 February in the next leap year.
        let exists = false;
        for (let year = 2026; year <= 2034; year++) exists ||= makeDay(year, month, day) !== null;
        const written = [
          lang === 'nl' ? `${day} ${MONTHS.nl[month - 1]}` : `${MONTHS.en[month - 1]} ${day}`,
          `${day} ${MONTHS[lang][month - 1]} 2027`,
          `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-2027`,
        ];
        for (const [k, when] of written.entries()) {
          const text = sentence(lang, when);
          const reading = readAgreement(text, { date: TODAY, participants: ['Lea'], lang });
          const real = k === 0 ? exists : makeDay(2027, month, day) !== null;
          if (real) {
            assert.equal(reading.dateProblem, undefined, text);
            assert.ok(reading.deadline, `${text}: read as a deadline`);
            continue;
          }
          assert.deepEqual(reading.dateProblem, { code: 'date_impossible', phrase: when }, text);
          assert.equal(reading.deadline, null, text);
          const hint = reading.hints.find((h) => h.letter === 'timeBound');
          assert.equal(hint?.code, 'deadline_impossible', text);
          assert.ok(hint.message.includes(`"${when}"`), hint.message);
        }
      }
    }
  }
});

test('29 februari without a year is the next leap day', () => {
  const reading = readAgreement('Lea belt u op 29 februari', { date: TODAY, participants: ['Lea'] });
  assert.equal(reading.deadline?.date, '2028-02-29');
  assert.equal(reading.dateProblem, undefined);
});

test('numbers that are no date are left alone', () => {
  for (const text of [
    'Lea noteert de uitslag 31-2 in het verslag van vrijdag',
    'Lea leest artikel 31.2 voor',
    'Lea komt tussen 8-12 uur langs',
  ]) {
    const reading = readAgreement(text, { date: TODAY, participants: ['Lea'] });
    assert.equal(reading.dateProblem, undefined, text);
  }
});
