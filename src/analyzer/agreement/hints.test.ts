import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAgreement } from './read.ts';

// The hint once said "uiterlijk vrijdag 12 december" whatever the year: a Saturday in 2026. Its example is now
// computed from the agreement's day (worded by i18n: src/i18n/i18n.test.ts), for every day of two years.
test('the example deadline of a vague-deadline hint is a real Friday, a week or more after the day', () => {
  const start = Date.UTC(2026, 0, 1);
  for (let n = 0; n < 730; n++) {
    const day = new Date(start + n * 86_400_000).toISOString().slice(0, 10);
    for (const lang of ['nl', 'en'] as const) {
      const sentence =
        lang === 'nl' ? 'Ik bel u binnenkort terug met de uitkomst' : 'I will call you soon with the outcome';
      const hint = readAgreement(sentence, { date: day, lang }).hints.find(
        (h) => h.code === 'deadline_vague',
      );
      assert.ok(hint, `${lang} ${day}: a vague-deadline hint`);
      const example = hint.params?.example;
      assert.ok(example, `${day}: the hint names its example day`);
      const date = new Date(`${example}T00:00:00Z`);
      assert.equal(date.getUTCDay(), 5, `${example} is a Friday`);
      const days = (date.getTime() - Date.parse(`${day}T00:00:00Z`)) / 86_400_000;
      assert.ok(days >= 7 && days < 14, `${example} is a week or two after ${day}`);
    }
  }
});

test('without a day there is no date to invent: the hint names no example day', () => {
  const hint = readAgreement('Ik kijk er binnenkort naar', { date: '' }).hints.find(
    (h) => h.code === 'deadline_vague',
  );
  assert.ok(hint);
  assert.equal(hint.params?.example, undefined);
});
