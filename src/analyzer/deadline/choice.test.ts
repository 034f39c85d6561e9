// How the deadline is chosen when a text names several times: a self-repair ("…, dus woensdag"), the Flemish
// marker "ten laatste", and the Flemish "binnen de week". Table-driven per rule id, with examples of our own
// (Dutch, Flemish, speech-to-text without punctuation, English); a meta-test fails when a rule has none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTime } from './parse.ts';

const TODAY = '2026-12-01'; // a Tuesday

/** Per rule id: [[text, wanted date], …] and [[text, a date it must not give], …]. */
const RULES: Record<string, [[string, string][], [string, string | null][]]> = {
  // A later time after "dan/dus/so/then" that closes its sentence repairs the earlier one.
  'repair-restated': [
    [
      ['Ik kom donderdag langs. Nee wacht, dan ben ik vrij. Dan vrijdag.', '2026-12-04'],
      ['Overmorgen is het een vrije dag, dus vrijdag.', '2026-12-04'],
      ['ik bel u maandag dat is een feestdag dus dinsdag', '2026-12-08'],
      ['I will call Tuesday, so Thursday then.', '2026-12-10'],
      // A weekday repaired stays in the week of the weekday it repairs.
      ['Ik bel u volgende week woensdag. O, dan ben ik op cursus. Dan vrijdag.', '2026-12-11'],
    ],
    [
      ['Ik bel dinsdag en dan vrijdag.', '2026-12-04'],
      ['Dan bel ik u vrijdag, en we spreken elkaar maandag.', '2026-12-07'],
      ['We call on Monday and then Friday.', '2026-12-04'],
    ],
  ],
  // "ten laatste" marks the deadline, as "uiterlijk" does, over another day in the text.
  'marker-ten-laatste': [
    [
      ['Ik zoek het vanavond op, ge hebt het ten laatste vrijdag.', '2026-12-04'],
      ['morgen bel ik de bank en ten laatste maandag hebt u het', '2026-12-07'],
    ],
    [
      ['Ik bel u morgen, het laatste stuk komt vrijdag.', '2026-12-04'],
      ['ik bel u morgen want de laatste vrijdag ben ik weg', '2026-12-04'],
    ],
  ],
  // Flemish "binnen de week/maand": within one week, one month.
  'within-de-week': [
    [
      ['Ik bel u binnen de week terug.', '2026-12-08'],
      ['we sturen de papieren binnen de maand', '2027-01-01'],
    ],
    [
      ['Binnen de werkweek is het druk.', '2026-12-08'],
      ['Het ligt binnen de deur.', null],
    ],
  ],
};

test('every deadline choice rule has positive and negative examples', () => {
  assert.deepEqual(
    Object.entries(RULES)
      .filter(([, [yes, no]]) => yes.length === 0 || no.length === 0)
      .map(([id]) => id),
    [],
  );
});

for (const [id, [yes, no]] of Object.entries(RULES)) {
  test(`deadline choice ${id}: its examples and none of its near misses`, () => {
    const wrong: string[] = [];
    for (const [text, want] of yes) {
      const got = readTime(text, { date: TODAY }).deadline?.date ?? null;
      if (got !== want) wrong.push(`"${text}" gave ${got}, want ${want}`);
    }
    for (const [text, not] of no) {
      const got = readTime(text, { date: TODAY }).deadline?.date ?? null;
      if (not === null ? got !== null : got === not) wrong.push(`"${text}" gave ${got}`);
    }
    assert.deepEqual(wrong, []);
  });
}
