import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phraseAt, phraseTable, phraseWithin } from './phrases.ts';

const words = (s: string): string[] => s.split(' ');

test('a table holds each phrase once, split into words, longest first', () => {
  assert.deepEqual(phraseTable(['zullen we', 'zullen we zeggen', 'zullen we', ' ']), [
    ['zullen', 'we', 'zeggen'],
    ['zullen', 'we'],
  ]);
});

test('the longest phrase that starts at the position counts', () => {
  const table = phraseTable(['zullen we', 'zullen we zeggen']);
  assert.equal(phraseAt(words('nou zullen we zeggen dat u belt'), 1, table), 3);
  assert.equal(phraseAt(words('nou zullen we eens kijken'), 1, table), 2);
  assert.equal(phraseAt(words('nou zullen we eens kijken'), 0, table), 0);
  // A phrase that would run past the end is no match.
  assert.equal(phraseAt(words('nou zullen'), 1, table), 0);
});

test('a phrase whose words are cut apart does not match', () => {
  const table = phraseTable(['dat lukt niet']);
  const text = words('dat lukt niet');
  assert.equal(
    phraseAt(text, 0, table, (k) => k !== 2),
    0,
    'a comma before the third word',
  );
  assert.equal(
    phraseAt(text, 0, table, () => true),
    3,
  );
});

test('a phrase is found within the first words only', () => {
  const table = phraseTable(['i am afraid']);
  assert.deepEqual(phraseWithin(words('well honestly i am afraid not'), 0, 3, table), { at: 2, length: 3 });
  assert.equal(phraseWithin(words('so well then honestly i am afraid not'), 0, 3, table), null);
});
