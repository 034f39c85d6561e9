// The agreement reader on sentences of our own: owner rules, action, SMART verdict and hints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readAgreement } from './read.ts';
import { detectLanguage } from '../language/detect.ts';

const date = '2026-11-25';
const two = { date, speaker: 'Gwendolyn Smeets', participants: ['Gwendolyn Smeets', 'Rupert de Lange'] };
const four = {
  date,
  speaker: 'Gwendolyn Smeets',
  participants: ['Gwendolyn Smeets', 'Rupert de Lange', 'Saskia', 'Hakan Aydemir'],
};

test('owner: ik/wij/I/we is the speaker, also after an inverted verb', () => {
  assert.equal(readAgreement('Ik mail u vrijdag het formulier.', two).owner, 'Gwendolyn Smeets');
  assert.equal(readAgreement('Morgen bel ik de woningcorporatie.', two).owner, 'Gwendolyn Smeets');
  assert.equal(readAgreement("We'll book the venue by Monday.", two).owner, 'Gwendolyn Smeets');
  assert.equal(readAgreement('Laten we volgende week dinsdag evalueren.', two).owner, 'Gwendolyn Smeets');
});

test('owner: u/jij/je/you is the other of two, unknown among more', () => {
  assert.equal(readAgreement('U stuurt mij de huurovereenkomst toe.', two).owner, 'Rupert de Lange');
  assert.equal(readAgreement('Kun je de sleutel morgen ophalen?', two).owner, 'Rupert de Lange');
  assert.equal(readAgreement('Could you sign the form by Friday?', two).owner, 'Rupert de Lange');
  assert.equal(readAgreement('Kun je de sleutel morgen ophalen?', four).owner, null);
  assert.equal(
    readAgreement('Kun je de sleutel morgen ophalen?', { date, participants: ['A', 'B'] }).owner,
    null,
  );
});

test('owner: a named participant, first name, title + surname, vocative', () => {
  assert.equal(readAgreement('Saskia belt de schilder donderdag.', four).owner, 'Saskia');
  assert.equal(readAgreement('Hakan zet de stukken vrijdag online.', four).owner, 'Hakan Aydemir');
  assert.equal(
    readAgreement('Meneer Aydemir levert de meterstanden maandag aan.', four).owner,
    'Hakan Aydemir',
  );
  assert.equal(readAgreement('Saskia, jij maakt het rooster voor januari.', four).owner, 'Saskia');
  assert.equal(readAgreement('saskia wil jij het rooster maken', four).owner, 'Saskia');
  assert.equal(
    readAgreement('Rupert, please update the planning by Thursday.', four).owner,
    'Rupert de Lange',
  );
  assert.equal(readAgreement('Kun jij de notulen rondsturen, Saskia?', four).owner, 'Saskia');
  assert.equal(readAgreement('Before Friday, Hakan will check the invoices.', four).owner, 'Hakan Aydemir');
});

test('owner: passive, third parties and receivers give null; "ik verwacht uw …" goes to the addressee', () => {
  assert.equal(readAgreement('Er wordt gezocht naar een nieuwe locatie.', four).owner, null);
  assert.equal(readAgreement('Het team pakt dit op.', four).owner, null);
  assert.equal(readAgreement('De woningcorporatie vervangt de kozijnen in maart.', four).owner, null);
  assert.equal(readAgreement('U ontvangt binnen zes weken een besluit.', two).owner, null);
  assert.equal(readAgreement('Jullie horen vrijdag van ons.', four).owner, null);
  assert.equal(
    readAgreement('Rupert, ik verwacht je voorstel uiterlijk maandag.', four).owner,
    'Rupert de Lange',
  );
  assert.equal(readAgreement('Graag voor vrijdag uw handtekening.', two).owner, 'Rupert de Lange');
  assert.equal(readAgreement('Dan spreken we af dat jij de offerte opvraagt.', two).owner, 'Rupert de Lange');
});

test('owner: names in lowercase speech-to-text still match; capitals are required when the text has them', () => {
  assert.equal(readAgreement('eh saskia belt eh de schilder donderdag', four).owner, 'Saskia');
  const withMark = { date, speaker: 'Gwendolyn', participants: ['Gwendolyn', 'Mark', 'Marga'] };
  assert.equal(readAgreement('We mark the dates in the calendar.', withMark).owner, 'Gwendolyn');
});

test('specific and measurable: looking into it cannot be checked; a concrete action can', () => {
  const vague = readAgreement('Ik kijk er volgende week even naar.', two);
  assert.equal(vague.smart.specific, false);
  assert.equal(vague.smart.measurable, false);
  assert.ok(vague.hints.some((h) => h.code === 'action_unverifiable'));
  assert.equal(readAgreement("I'll look into the billing issue.", two).smart.specific, false);
  assert.equal(readAgreement('Ik probeer het voor vrijdag te regelen.', two).smart.measurable, false);
  assert.equal(readAgreement('Ik laat het u weten.', two).smart.specific, false);
  assert.equal(
    readAgreement('Ik laat u vrijdag weten of de aanvraag compleet is.', two).smart.specific,
    true,
  );
  const concrete = readAgreement('Ik stuur u vrijdag de offerte voor de badkamer.', two);
  assert.deepEqual(concrete.smart, { owner: true, specific: true, measurable: true, timeBound: true });
  assert.deepEqual(concrete.hints, []);
  assert.equal(readAgreement('De monteur komt woensdag kijken naar de cv-ketel.', two).smart.specific, true);
});

test('vague time: named in the reading and the hint, never a deadline', () => {
  const r = readAgreement('Wij sturen de nieuwe pas zo snel mogelijk op.', two);
  assert.equal(r.deadline, null);
  assert.deepEqual(r.vagueTerms, ['zo snel mogelijk']);
  assert.equal(r.smart.timeBound, false);
  const hint = r.hints.find((h) => h.letter === 'timeBound');
  assert.equal(hint?.code, 'deadline_vague');
  // The example is a real Friday a week or more after the day (src/analyzer/agreement/hints.test.ts).
  assert.deepEqual(hint!.params, { term: 'zo snel mogelijk', example: '2026-12-04' });
});

test('action leaves out owner, time words and auxiliaries', () => {
  assert.equal(readAgreement('Ik zal u uiterlijk vrijdag de brief sturen.', two).action, 'u de brief sturen');
  assert.equal(readAgreement('Saskia belt morgen de schilder.', four).action, 'belt de schilder');
});

test('hints are codes with the words they quote; the texts are in src/i18n', () => {
  const en = readAgreement('We will look into it soon.', two);
  assert.equal(en.lang, 'en');
  assert.deepEqual(
    en.hints.map((h) => [h.letter, h.code, h.params]),
    [
      ['specific', 'action_unverifiable', { term: 'look into' }],
      ['measurable', 'result_unmeasurable', {}],
      ['timeBound', 'deadline_vague', { term: 'soon', example: '2026-12-04' }],
    ],
  );
  assert.deepEqual(en.notReadable, ['acceptable', 'realistic']);
});

test('a date that does not exist, or a weekday that contradicts it, is said instead of "no deadline"', () => {
  const impossible = readAgreement('Ik stuur het op 31 februari.', two);
  assert.equal(impossible.deadline, null);
  assert.deepEqual(
    impossible.hints.find((h) => h.letter === 'timeBound'),
    {
      letter: 'timeBound',
      code: 'date_impossible',
      params: { phrase: '31 februari', example: '2026-12-04' },
    },
  );
  // 13 December 2026 is a Sunday.
  const mismatch = readAgreement('Ik bel u vrijdag 13 december.', { ...two, date: '2026-11-02' });
  assert.equal(mismatch.deadline?.date, '2026-12-13');
  assert.deepEqual(mismatch.hints.find((h) => h.code === 'weekday_mismatch')?.params, {
    phrase: 'vrijdag 13 december',
    weekday: 7,
  });
});

test('language detection: Dutch and English, short sentences by function words', () => {
  assert.equal(detectLanguage('Ik bel u morgen.'), 'nl');
  assert.equal(detectLanguage('I will call you tomorrow.'), 'en');
  assert.equal(detectLanguage('Dat is prima, dan stuur ik de stukken voor het overleg van donderdag.'), 'nl');
  assert.equal(detectLanguage(''), 'nl');
});

test('never throws, for any string and odd options', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.option(fc.string()), (text, speaker) => {
      const r = readAgreement(text, {
        date,
        speaker: speaker ?? undefined,
        participants: [speaker ?? 'x', 'y'],
      });
      assert.ok(r.smart && Array.isArray(r.hints));
    }),
    { numRuns: 300 },
  );
  const mixed = fc.array(
    fc.constantFrom(
      'ik',
      'u',
      'eh',
      'vrijdag',
      '12',
      'december',
      'de',
      '7e',
      'binnen',
      'twee',
      'weken',
      ',',
      '.',
      'soon',
      'by',
      'next',
      'week',
      '🙂',
      '\u0000',
      'eind',
      'van',
      'maand',
      '-',
      '/',
    ),
    { maxLength: 60 },
  );
  fc.assert(
    fc.property(mixed, (words) => {
      const r = readAgreement(words.join(' '), two);
      if (r.deadline) assert.match(r.deadline.date, /^\d{4}-\d{2}-\d{2}$/);
    }),
    { numRuns: 500 },
  );
  // @ts-expect-error: callers from plain JavaScript may pass anything.
  assert.doesNotThrow(() => readAgreement(undefined, undefined));
  assert.doesNotThrow(() => readAgreement('ik bel morgen', { date: 'not a date' }));
});

test('1 MB of adversarial input is read in bounded work', () => {
  const parts = [
    'binnen ',
    'de ',
    '1-',
    'eind van de ',
    'z.s.',
    'a'.repeat(50),
    '12-12-',
    '🙂',
    ' ,',
    'volgende week ',
  ];
  let big = '';
  for (let i = 0; big.length < 1_000_000; i++) big += parts[i % parts.length];
  const r = readAgreement(big, two);
  assert.equal(typeof r.smart.owner, 'boolean');
  const dots = '.'.repeat(1_000_000);
  assert.equal(readAgreement(dots, two).action, null);
  assert.doesNotThrow(() => readAgreement('a-'.repeat(500_000), two));
});
