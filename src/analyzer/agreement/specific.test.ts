// SMART "specific" rules added for generalisation: an anaphoric object with one verb, staying in touch,
// "laten weten" without what, hedging with "hoop", a third party's action after its modal. Own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAgreement } from './read.ts';

const two = { date: '2026-11-25', speaker: 'Wendy', participants: ['Wendy', 'Bram Jacobs'] };
const specific = (text: string) => readAgreement(text, two).smart.specific;

test('one verb and "het/it/dat" says nothing checkable; a named object does', () => {
  assert.equal(specific('Ik handel het af.'), false);
  assert.equal(specific('We zetten het door.'), false);
  assert.equal(specific("We'll review it."), false);
  assert.equal(specific('Ik stuur het contract vrijdag.'), true);
  assert.equal(specific('Ik neem het mee naar de teamvergadering.'), true);
  assert.equal(specific('Ik bel u morgen terug.'), true);
});

test('staying in touch and telling "it" without what are unverifiable', () => {
  assert.equal(specific('We blijven in contact.'), false);
  assert.equal(specific('Ik houd u op de hoogte.'), false);
  assert.equal(specific("We'll keep you posted."), false);
  assert.equal(specific('Wij laten het jullie weten.'), false);
  assert.equal(specific("I'll let you know on Monday whether the grant is approved."), true);
  assert.equal(specific('U hoort van ons.'), false);
  assert.equal(specific("Let's circle back next week."), false);
});

test('"terugkomen voor een bezoek" is a visit; "hoop" hedges', () => {
  assert.equal(specific('Ik kom volgende week terug voor de meting.'), true);
  const hoped = readAgreement('Ik hoop de aanvraag vrijdag rond te hebben.', two);
  assert.equal(hoped.smart.measurable, false);
});

test('a third party: the action starts after its modal', () => {
  const r = readAgreement('Someone from finance will approve it.', two);
  assert.equal(r.owner, null);
  assert.equal(r.smart.specific, false);
});

test('a bare "in" at the end of a sentence does not break the reader', () => {
  const r = readAgreement('Ik lever de stukken uiterlijk vrijdag in', two);
  assert.equal(r.owner, 'Wendy');
  assert.equal(r.deadline?.date, '2026-11-27');
});
