// Every cue rule of every language pack and every time rule, tested on its own examples (lang/<lang>/examples.ts,
// deadline/examples.ts): each must match its positive sentences and none of its near misses. A meta-test fails
// when a rule has no positive or no negative example, or an example names a rule that does not exist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePattern, findPattern } from '../text/pattern.ts';
import { tokenize, wordsOf } from '../text/tokenize.ts';
import { readTime, TIME_RULES } from '../deadline/parse.ts';
import { timeExamples } from '../deadline/examples.ts';
import { examples as en } from './en/examples.ts';
import { examples as nl } from './nl/examples.ts';
import { PACKS, WORD_CLASSES } from './index.ts';

const examplesOf = { nl, en } as const;

for (const pack of Object.values(PACKS)) {
  const table = examplesOf[pack.code];
  test(`${pack.code}: every cue rule has positive and negative examples, and every example a rule`, () => {
    const ids = new Set(pack.cues.map((r) => r.id.slice(pack.code.length + 1)));
    const missing = [...ids].filter(
      (id) => !table[id] || table[id]![0].length === 0 || table[id]![1].length === 0,
    );
    assert.deepEqual(missing, [], `rules without examples: ${missing.join(', ')}`);
    const unknown = Object.keys(table).filter((id) => !ids.has(id));
    assert.deepEqual(unknown, [], `examples for rules that do not exist: ${unknown.join(', ')}`);
    assert.equal(new Set(pack.cues.map((r) => r.id)).size, pack.cues.length, 'rule ids are unique');
  });
  test(`${pack.code}: each cue rule matches its examples and none of its near misses`, () => {
    const wrong: string[] = [];
    for (const rule of pack.cues) {
      const pattern = compilePattern(rule.pattern, pack.classes);
      const [yes, no] = table[rule.id.slice(pack.code.length + 1)] ?? [[], []];
      for (const s of yes)
        if (!findPattern(pattern, wordsOf(tokenize(s), WORD_CLASSES))) wrong.push(`${rule.id} misses "${s}"`);
      for (const s of no)
        if (findPattern(pattern, wordsOf(tokenize(s), WORD_CLASSES))) wrong.push(`${rule.id} matches "${s}"`);
    }
    assert.deepEqual(wrong, []);
  });
}

test('every time rule has examples, and each reads its examples and none of its near misses', () => {
  const ids = TIME_RULES.map(([id]) => id);
  const missing = ids.filter((id) => !timeExamples[id]?.[0].length || !timeExamples[id]?.[1].length);
  assert.deepEqual(missing, [], `time rules without examples: ${missing.join(', ')}`);
  assert.deepEqual(
    Object.keys(timeExamples).filter((id) => !ids.includes(id)),
    [],
  );
  const wrong: string[] = [];
  for (const [id, [yes, no]] of Object.entries(timeExamples)) {
    for (const [text, date, want] of yes) {
      const d = readTime(text, { date }).deadline;
      if (d?.date !== want || d.rule !== id) wrong.push(`${id}: "${text}" gave ${d?.date} by ${d?.rule}`);
    }
    for (const [text, date] of no) {
      const d = readTime(text, { date }).deadline;
      if (d?.rule === id) wrong.push(`${id} read "${text}" as ${d.date}`);
    }
  }
  assert.deepEqual(wrong, []);
});
