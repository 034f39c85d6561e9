// Deadline rules added for generalisation: ordinals as days, holidays, seasons, quarters, weeks of a month,
// clock times in words, time + day merged, counts in speech-to-text form. Own sentences; dates injected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDeadline, readTime } from './parse.ts';

// Wednesday 2026-11-25 unless said otherwise.
const WED = '2026-11-25';
const at = (text: string, date = WED) => parseDeadline(text, { date })?.date ?? null;
const phrase = (text: string, date = WED) => parseDeadline(text, { date })?.phrase ?? null;

test('ordinal day of the month: digits unless a counted noun follows; words before a particle or verb', () => {
  assert.equal(at('het contract moet er de 12e liggen'), '2026-12-12');
  assert.equal(at('wij zorgen dat de sleutel er de 28e is'), '2026-11-28');
  assert.equal(at('stuur het voor de 9e een keer op'), '2026-12-09');
  assert.equal(at('de bewoners wonen op de 2e verdieping'), null);
  assert.equal(at('dat is de 3e keer dat ik bel'), null);
  assert.equal(at('ik zet het geld er de tiende op'), '2026-12-10');
  assert.equal(at('de tweede brief komt later'), null);
  assert.equal(at('het eerste gesprek'), null);
  assert.equal(at('op de 4e van volgende maand'), '2026-12-04');
  assert.equal(at('on the 2nd of next month'), '2026-12-02');
  assert.equal(at('de 28e van de maand'), '2026-11-28');
});

test('holidays with a fixed day; "voor" means the day before', () => {
  assert.equal(at('voor de kerst stuur ik de rekening'), '2026-12-24');
  assert.equal(at('met kerst zijn we dicht'), '2026-12-25');
  assert.equal(at('before Christmas'), '2026-12-24');
  assert.equal(at('voor Pasen', '2027-01-10'), '2027-03-27');
  assert.equal(at('op Koningsdag', '2027-01-10'), '2027-04-27');
  assert.equal(at('voor de jaarwisseling'), '2026-12-31');
  assert.equal(at('op tweede kerstdag'), '2026-12-26');
});

test('seasons, school breaks and "after New Year" are vague, never a deadline', () => {
  for (const text of [
    'voor de zomer',
    'na de bouwvak',
    'na de herfstvakantie',
    'in het voorjaar',
    'in het nieuwe jaar',
    'na de jaarwisseling',
    'after the summer',
    'in the new year',
    'before the holidays',
    'na Hemelvaart',
    'na de kerst',
    'after Easter',
  ]) {
    const r = readTime(`ik regel het ${text}`, { date: WED });
    assert.equal(r.deadline, null, text);
    assert.ok(r.vagueTerms.length > 0, text);
  }
});

test('a day counted from a holiday is a day: "drie dagen na", "de dag na", "de dinsdag na", "the Friday before"', () => {
  assert.equal(at('ik bel u twee dagen na Hemelvaart', '2027-01-10'), '2027-05-08');
  assert.equal(at('ik kom de dag na Sinterklaas', '2026-11-25'), '2026-12-06');
  assert.equal(at('ik kom de donderdag na Pinksteren langs', '2027-01-10'), '2027-05-20');
  assert.equal(at("I'll send it the Friday before Easter", '2027-01-10'), '2027-03-26');
  assert.equal(at('we bellen de dag voor Koningsdag', '2027-01-10'), '2027-04-26');
});

test('"na het weekend" and "after the weekend" are the Monday after; "volgend jaar" forms', () => {
  assert.equal(at('ik bel na het weekend'), '2026-11-30');
  assert.equal(at("we'll pick it up after the weekend"), '2026-11-30');
  assert.equal(at('na het weekend', '2026-11-29'), '2026-11-30');
  assert.equal(at('begin volgend jaar'), '2027-01-01');
  assert.equal(at('eind komend jaar'), '2027-12-31');
});

test('quarters and weeks of a month', () => {
  assert.equal(at('in Q1'), '2027-03-31');
  assert.equal(at('voor eind Q4'), '2026-12-31');
  assert.equal(at('in het tweede kwartaal'), '2027-06-30');
  assert.equal(at('in the third quarter of 2027'), '2027-09-30');
  assert.equal(at('de eerste week van januari'), '2027-01-08');
  assert.equal(at('in the second week of December'), '2026-12-11');
  assert.equal(at('in de week van 14 december'), '2026-12-18');
  assert.equal(at('the week after next'), '2026-12-11');
  assert.equal(at('in januari'), '2027-01-31');
  assert.equal(at('in May', '2027-01-10'), '2027-05-31');
  assert.equal(at('we may send it in time'), null);
});

test('version numbers are no dates; dotted dates need a date preposition when both parts are one digit', () => {
  assert.equal(at('we release version 3.2 soon'), null);
  assert.equal(at('zie artikel 7.4 van de verordening'), null);
  assert.equal(at('op 4.1 sturen we het'), '2027-01-04');
  assert.equal(at('op 12.12 sturen we het'), '2026-12-12');
});

test('counts as speech-to-text writes them, and counted from another day', () => {
  assert.equal(at('within seventy two hours'), '2026-11-28');
  assert.equal(at('binnen een dag of drie'), '2026-11-28');
  assert.equal(at('in a week or two'), '2026-12-09');
  assert.equal(at('in a fortnight'), '2026-12-09');
  assert.equal(at('in the next five days'), '2026-11-30');
  assert.equal(at('binnen de komende tien dagen'), '2026-12-05');
  assert.equal(at('two weeks from tomorrow'), '2026-12-10');
  assert.equal(at('a week from Friday'), '2026-12-04');
  assert.equal(at('a week from today'), '2026-12-02');
  assert.equal(at('Friday week'), '2026-12-04');
  assert.equal(at('over tien minuten'), WED);
  assert.equal(at('in half an hour'), WED);
});

test('clock times in words; a time next to a day is one phrase with that day', () => {
  assert.equal(at('om half drie'), WED);
  assert.equal(at('om kwart over vier'), WED);
  assert.equal(at('at five thirty'), WED);
  assert.equal(at('s middags'), WED);
  assert.equal(at('voor het eind van de middag'), WED);
  assert.equal(at('by end of day Thursday'), '2026-11-26');
  assert.equal(phrase('I send it by end of day tomorrow.'), 'by end of day tomorrow');
  assert.equal(phrase("ik bel morgen 's avonds"), "morgen 's avonds");
  assert.equal(at('by noon tomorrow'), '2026-11-26');
  assert.equal(phrase('we call at 4 pm on Friday'), 'at 4 pm on Friday');
});

test('days of the month in a list end on the last; a numbered week is no "end of the week"', () => {
  assert.equal(at('ik geef de training op de 3e en de 4e', '2026-12-01'), '2026-12-04');
  assert.equal(at("we'll hold the sessions on the ninth and tenth", '2026-12-01'), '2026-12-10');
  assert.equal(at('ik bel op de 3e en dan mail ik u', '2026-12-01'), '2026-12-03');
  // "eind week 3" is the week number's Friday, not the end of this week.
  assert.equal(at('eind week 3 is het klaar', '2026-12-01'), '2027-01-22');
});

test('Flemish "binnen de veertien dagen"; a "dat"-clause after "regel/zorg" is what will be done by then', () => {
  assert.equal(at('ge krijgt het binnen de veertien dagen', '2026-12-01'), '2026-12-15');
  assert.equal(at('ik bel binnen de vijf werkdagen terug', '2026-12-01'), '2026-12-08');
  assert.equal(at('ik zorg dat de lamp vrijdag vervangen is', '2026-12-01'), '2026-12-04');
  assert.equal(at("I'll make sure that the lock is replaced by Friday", '2026-12-01'), '2026-12-04');
  assert.equal(at('wat u vrijdag verteld heeft', '2026-12-01'), null);
});

test('"dan meteen" is right after another moment; the day of an event is not the deadline of sending it', () => {
  assert.equal(at('ik kom dinsdag en ik meet dan meteen de kamer op', '2026-12-01'), '2026-12-08');
  assert.equal(at('ik maak dan meteen een foto', '2026-12-01'), null);
  assert.equal(at('ik stuur morgen de uitnodiging voor 18 december', '2026-12-01'), '2026-12-02');
  assert.equal(at("I'll send the invitation for Friday today", '2026-12-01'), '2026-12-01');
  assert.equal(at('ik stuur het verslag voor vrijdag', '2026-12-01'), '2026-12-04');
});

test('after this conversation: "after stand-up", "na het gesprek"; another meeting is no moment of today', () => {
  assert.equal(at("I'll ping the vendor after stand-up", '2026-12-01'), '2026-12-01');
  assert.equal(at('ik bel de wijkagent na het gesprek', '2026-12-01'), '2026-12-01');
  assert.equal(at('ik bel hem na de vergadering', '2026-12-01'), null);
  assert.equal(at('ik bel hem na het gesprek van vrijdag', '2026-12-01'), '2026-12-04');
});

test('vague: before an event that is no day, Flemish "zo rap mogelijk", "soon-ish"', () => {
  for (const text of [
    'ik zet het online voor de livegang',
    "we'll fix it before the launch",
    'ik regel dat zo rap mogelijk',
    "I'll look at it soon-ish",
  ]) {
    const r = readTime(text, { date: WED });
    assert.equal(r.deadline, null, text);
    assert.ok(r.vagueTerms.length > 0, text);
  }
  // With the event's day it is that day; Flemish "ne keer" only softens ("ik passeer ne keer"), like "even".
  assert.equal(at('ik stuur het voor de vergadering van vrijdag', '2026-12-01'), '2026-12-04');
  assert.deepEqual(readTime('ik passeer vrijdag ne keer met de sleutel', { date: WED }).vagueTerms, []);
});
