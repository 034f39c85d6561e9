// Where the word list ends a sentence: abbreviations, titles and initials keep theirs open. Own examples.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WORD_CLASSES } from '../lang/index.ts';
import { tokenize, wordsOf } from './tokenize.ts';

/** The sentences of a text as lists of folded words. */
const sentences = (text: string): string[] => {
  const out: string[][] = [];
  for (const w of wordsOf(tokenize(text), WORD_CLASSES)) (out[w.sentence] ??= []).push(w.norm);
  return out.map((s) => s.join(' '));
};

test('a dot ends a sentence, except after a title, an abbreviation or an initial before a lower-case word', () => {
  assert.deepEqual(sentences('Ik bel u. Tot morgen.'), ['ik bel u', 'tot morgen']);
  assert.deepEqual(sentences('Dat doet dhr. Bakker morgen.'), ['dat doet dhr bakker morgen']);
  assert.deepEqual(sentences('Ik ga bij meneer K. langs.'), ['ik ga bij meneer k langs']);
  assert.deepEqual(sentences('Het wordt plan B. Dan bel ik.'), ['het wordt plan b', 'dan bel ik']);
  assert.deepEqual(sentences('Uiterlijk 3 jan. stuur ik het.'), ['uiterlijk 3 jan stuur ik het']);
});
