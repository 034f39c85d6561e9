// The guarded chrono fallback: used only for notations the scanner lacks, never for chrono's known pitfalls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDeadline } from './parse.ts';
import { chronoDeadline } from './chrono.ts';
import { parseDay } from './calendar.ts';

const WED = '2026-11-25';
const at = (text: string, lang?: 'nl' | 'en') => parseDeadline(text, { date: WED, lang })?.date ?? null;

test('chrono reads notations the scanner lacks', () => {
  assert.equal(at('ik lever het formulier in op 8-Jan-2027'), '2027-01-08');
  assert.equal(at('ik bel u op 9dec'), '2026-12-09');
});

test('chrono pitfalls stay rejected: Dutch "zo", the name Jan, past days, vague phrases', () => {
  assert.equal(at('zo snel mogelijk stuur ik het'), null);
  assert.equal(at('Jan stuurt het contract'), null);
  assert.equal(at('ik bel je zo'), null);
  const today = parseDay(WED)!;
  assert.equal(chronoDeadline('het was op 3 maart 2020', today, 'nl', []), null);
  assert.equal(chronoDeadline('ergens rond 5 december', today, 'nl', ['ergens rond 5 december']), null);
});

test('the scanner keeps the first word: chrono is not asked when the scanner found a deadline', () => {
  assert.equal(at('ik stuur het voor vrijdag'), '2026-11-27');
  assert.equal(at('overmorgen bel ik'), '2026-11-27');
});
