// Deadline rules, one case per rule, in both languages and in speech-to-text form. Dates are injected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDeadline, readTime } from './parse.ts';

// Wednesday 2026-11-25 unless said otherwise.
const WED = '2026-11-25';
const at = (text: string, date = WED) => parseDeadline(text, { date })?.date ?? null;

test('explicit dates, written and spoken', () => {
  assert.equal(at('Ik lever het rapport op 3 december in.'), '2026-12-03');
  assert.equal(at('uiterlijk 3 dec. stuur ik de brief'), '2026-12-03');
  // "voor" before a date: the day before is the last day ("voor 1 januari" is 31 December).
  assert.equal(at('voor 3-12 graag'), '2026-12-02');
  assert.equal(at('voor 3/12 graag'), '2026-12-02');
  assert.equal(at('deadline 03-12-2027'), '2027-12-03');
  assert.equal(at('deadline 2027-01-08'), '2027-01-08');
  assert.equal(at('eh ik stuur het eh op drie december'), '2026-12-03');
  assert.equal(at('op de derde december bel ik'), '2026-12-03');
  assert.equal(at('we see each other on December 3rd'), '2026-12-03');
  assert.equal(at('we see each other on the 3rd of December'), '2026-12-03');
});

test('a date without year that has passed is next year; "a.s." means the coming one', () => {
  assert.equal(at('op 2 februari a.s. beslissen we'), '2027-02-02');
  assert.equal(at('op 20 november'), '2027-11-20');
  assert.equal(at('op 25 november'), '2026-11-25');
});

test('weekdays are never today; "volgende week X" is the X of next week', () => {
  assert.equal(at('ik bel u woensdag'), '2026-12-02');
  assert.equal(at('ik bel u vrijdag'), '2026-11-27');
  assert.equal(at('ik bel u komende maandag'), '2026-11-30');
  assert.equal(at('ik bel u volgende week vrijdag'), '2026-12-04');
  assert.equal(at('ik bel u vrijdag volgende week'), '2026-12-04');
  assert.equal(at('maandag a.s. hoort u van mij'), '2026-11-30');
  assert.equal(at('voor donderdagmiddag'), '2026-11-26');
  assert.equal(at('by Friday'), '2026-11-27');
  assert.equal(at('next Tuesday'), '2026-12-01');
  assert.equal(at('first thing Monday'), '2026-11-30');
  assert.equal(at('maandag de 7e'), '2026-12-07');
  assert.equal(at('vrijdag 4 december'), '2026-12-04');
});

test('relative days and counts, in digits and words', () => {
  assert.equal(at('morgen'), '2026-11-26');
  assert.equal(at('morgenochtend'), '2026-11-26');
  assert.equal(at('overmorgen'), '2026-11-27');
  assert.equal(at('the day after tomorrow'), '2026-11-27');
  assert.equal(at('vandaag nog'), WED);
  assert.equal(at('vanmiddag'), WED);
  assert.equal(at('by EOD'), WED);
  assert.equal(at('over drie dagen'), '2026-11-28');
  assert.equal(at('binnen 2 weken'), '2026-12-09');
  assert.equal(at('binnen anderhalve week'), '2026-12-06');
  assert.equal(at('over een maand'), '2026-12-25');
  assert.equal(at('binnen een half jaar'), '2027-05-25');
  assert.equal(at('binnen 5 werkdagen'), '2026-12-02');
  assert.equal(at('within three business days'), '2026-11-30');
  assert.equal(at('in two weeks time'), '2026-12-09');
  assert.equal(at('binnen 48 uur'), '2026-11-27');
  assert.equal(at('binnen twee à drie weken'), '2026-12-16');
});

test('periods: begin, medio and end of week, month, named month; week numbers', () => {
  assert.equal(at('eind van de week'), '2026-11-27');
  assert.equal(at('eind volgende week'), '2026-12-04');
  assert.equal(at('at the end of next week'), '2026-12-04');
  assert.equal(at('begin volgende week'), '2026-11-30');
  assert.equal(at('eind van de maand'), '2026-11-30');
  assert.equal(at('end of the month'), '2026-11-30');
  assert.equal(at('begin volgende maand'), '2026-12-01');
  assert.equal(at('medio december'), '2026-12-15');
  assert.equal(at('eind januari'), '2027-01-31');
  assert.equal(at('deze week nog'), '2026-11-27');
  assert.equal(at('volgende week'), '2026-12-04');
  assert.equal(at('in week 50'), '2026-12-11');
  assert.equal(at('in week 2'), '2027-01-15');
  assert.equal(at('voor het weekend'), '2026-11-27');
});

test('day of the month alone: this month, or next month when passed', () => {
  assert.equal(at('ik bel u op de 28e terug'), '2026-11-28');
  assert.equal(at('ik bel u op de 3e terug'), '2026-12-03');
  assert.equal(at('I will call you on the 14th'), '2026-12-14');
});

test('a marked deadline wins over a start; a bare clock time only without a day', () => {
  assert.equal(at('vanaf maandag komt de hulp, ik regel het vandaag'), WED);
  assert.equal(at('we call at 3 pm on Friday 27 November'), '2026-11-27');
  assert.equal(at('ik bel om 15.00 uur'), WED);
  assert.equal(parseDeadline('tussen 8 en 12 uur', { date: WED }), null);
});

test('vague terms never make a deadline', () => {
  for (const text of [
    'binnenkort',
    'zo snel mogelijk',
    'z.s.m.',
    'zsm',
    'op korte termijn',
    't.z.t.',
    'soon',
    'asap',
    'at some point',
    'in a few days',
    'binnen een paar dagen',
  ]) {
    const r = readTime(text, { date: WED });
    assert.equal(r.deadline, null, text);
    assert.ok(r.vagueTerms.length > 0, text);
  }
  const later = readTime('ergens volgende week kijk ik ernaar', { date: WED });
  assert.equal(later.deadline, null);
  assert.deepEqual(later.vagueTerms, ['ergens volgende week']);
  assert.deepEqual(readTime('ik kijk ergens naar', { date: WED }).vagueTerms, []);
  assert.equal(readTime('niet later dan vrijdag', { date: WED }).deadline?.date, '2026-11-27');
});

test('no day words, no deadline; the phrase quotes the text with its marker', () => {
  assert.equal(parseDeadline('Jan stuurt de brief', { date: WED }), null);
  assert.equal(parseDeadline('we may send it', { date: WED }), null);
  assert.equal(parseDeadline('zo snel', { date: WED }), null);
  assert.deepEqual(parseDeadline('Ik stuur het uiterlijk Vrijdag.', { date: WED }), {
    date: '2026-11-27',
    phrase: 'uiterlijk Vrijdag',
    kind: 'weekday',
    rule: 'weekday',
  });
  assert.equal(parseDeadline('morgen', { date: 'gisteren' }), null);
});
