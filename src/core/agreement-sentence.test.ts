// The record's sentence for an agreement: a table of shapes, and a property test over generated agreements
// (owner, action shapes, dates) that the sentence is never a fragment and names the owner and the date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { agreementSentenceParts, formatRecordDay, type SentenceLang } from './index.ts';

function say(
  action: string,
  sourceText: string,
  owner: string | null,
  deadline: string | null,
  lang: SentenceLang = 'nl',
) {
  return agreementSentenceParts({ action, sourceText, deadline }, owner, lang);
}

test('Dutch: the owner with the verb in the third person, the deadline written out', () => {
  const cases: [string, string, string, string][] = [
    [
      'kijk er naar',
      'Ik kijk er naar',
      'Lea de Vries',
      'Lea de Vries kijkt ernaar, uiterlijk op vrijdag 27 november 2026.',
    ],
    [
      'stuur u de beschikking',
      'Ik stuur u vrijdag de beschikking',
      'Lea de Vries',
      'Lea de Vries stuurt u de beschikking, uiterlijk op vrijdag 27 november 2026.',
    ],
    [
      'regelt het vervoer',
      'Tom Bos regelt vrijdag het vervoer',
      'Tom Bos',
      'Tom Bos regelt het vervoer, uiterlijk op vrijdag 27 november 2026.',
    ],
    [
      'zet de stukken klaar',
      'Ik zet de stukken klaar',
      'Iris',
      'Iris zet de stukken klaar, uiterlijk op vrijdag 27 november 2026.',
    ],
    [
      'ga langs bij de buren',
      'Ik ga langs bij de buren',
      'Iris',
      'Iris gaat langs bij de buren, uiterlijk op vrijdag 27 november 2026.',
    ],
    [
      'bel u terug',
      'Vrijdag bel ik u terug',
      'Iris',
      'Iris belt u terug, uiterlijk op vrijdag 27 november 2026.',
    ],
    [
      'sturen het verslag',
      'We sturen het verslag',
      'Iris',
      'Iris gaat het verslag sturen, uiterlijk op vrijdag 27 november 2026.',
    ],
    [
      'bellen u terug',
      'We bellen u terug',
      'Iris',
      'Iris gaat u terugbellen, uiterlijk op vrijdag 27 november 2026.',
    ],
    [
      'het formulier invullen',
      'Ik ga het formulier invullen',
      'Iris',
      'Iris gaat het formulier invullen, uiterlijk op vrijdag 27 november 2026.',
    ],
    [
      'de huisarts bellen',
      '',
      'Iris',
      'Iris gaat de huisarts bellen, uiterlijk op vrijdag 27 november 2026.',
    ],
    [
      'wordt lid van de club',
      'Iris wordt lid van de club',
      'Iris',
      'Iris wordt lid van de club, uiterlijk op vrijdag 27 november 2026.',
    ],
  ];
  for (const [action, source, owner, expected] of cases) {
    const result = say(action, source, owner, '2026-11-27');
    assert.equal(result.sentence, expected, `${action} / ${source}`);
    assert.equal(result.form, 'composed');
  }
});

test('Dutch: what cannot be composed safely keeps the leader’s own words, with the owner beside them', () => {
  // A first person that would point at the wrong person, a verb that lost its object, a clause inside.
  assert.equal(
    say('stuur u mijn kaartje', 'Ik stuur u mijn kaartje', 'Lea de Vries', null).sentence,
    '‘Ik stuur u mijn kaartje.’ Dit doet Lea de Vries. Er is nog geen datum afgesproken.',
  );
  assert.equal(
    say('regelt', 'Tom Bos regelt', 'Tom Bos', '2026-11-27').sentence,
    '‘Tom Bos regelt.’ Dit doet Tom Bos, uiterlijk op vrijdag 27 november 2026.',
  );
  assert.equal(
    say('Bos regelt', 'Tom Bos regelt', 'Tom Bos', null).form,
    'quoted',
    'a piece of the name is no verb',
  );
  // Nobody named: never "Nog niemand De ergotherapeut …".
  const third = say(
    'De ergotherapeut komt langs',
    'De ergotherapeut komt volgende week langs',
    null,
    '2026-12-04',
  );
  assert.equal(
    third.sentence,
    '‘De ergotherapeut komt volgende week langs.’ Dit gebeurt uiterlijk op vrijdag 4 december 2026. Wie hiervoor zorgt, is nog niet afgesproken.',
  );
  assert.equal(
    say('nieuw formulier', '', 'Iris', '2026-11-27').sentence,
    'Iris zorgt hiervoor: nieuw formulier, uiterlijk op vrijdag 27 november 2026.',
  );
  assert.equal(
    say('', '', null, null).sentence,
    'Deze afspraak heeft nog geen omschrijving, en wie ervoor zorgt, is nog niet afgesproken. Er is ook nog geen datum.',
  );
});

test('English: will with the bare verb, the present as typed, the -ing form with will be', () => {
  assert.equal(
    say('send you the decision', 'I will send you the decision by Friday', 'Iris Bos', '2026-11-27', 'en')
      .sentence,
    'Iris Bos will send you the decision by Friday 27 November 2026.',
  );
  assert.equal(
    say('calls the GP', 'Tom calls the GP on Monday', 'Tom', '2026-11-30', 'en').sentence,
    'Tom calls the GP by Monday 30 November 2026.',
  );
  assert.equal(
    say('sending the letter', "I'm sending the letter tomorrow", 'Iris', '2026-11-24', 'en').sentence,
    'Iris will be sending the letter by Tuesday 24 November 2026.',
  );
  assert.equal(
    say('send you my card', 'I will send you my card', 'Iris', null, 'en').sentence,
    '“I will send you my card.” Iris takes care of this. No date has been agreed yet.',
  );
});

test('a Dutch agreement in an English record is quoted, not forced into English grammar', () => {
  assert.equal(
    say('stuur u de beschikking', 'Ik stuur u vrijdag de beschikking', 'Iris', '2026-11-27', 'en').sentence,
    '“Ik stuur u vrijdag de beschikking.” Iris takes care of this by Friday 27 November 2026.',
  );
  assert.equal(say('komen langs', 'We komen volgende week langs', 'Iris', null, 'en').form, 'quoted');
});

// --- Property test ---------------------------------------------------------------------------------------

/** Dutch verbs as a leader types them after "ik", with their third person and infinitive. */
const NL_VERBS: [stem: string, third: string, infinitive: string][] = [
  ['stuur', 'stuurt', 'sturen'],
  ['bel', 'belt', 'bellen'],
  ['regel', 'regelt', 'regelen'],
  ['maak', 'maakt', 'maken'],
  ['zet', 'zet', 'zetten'],
  ['haal', 'haalt', 'halen'],
  ['schrijf', 'schrijft', 'schrijven'],
  ['vraag', 'vraagt', 'vragen'],
  ['plan', 'plant', 'plannen'],
  ['breng', 'brengt', 'brengen'],
  ['ga', 'gaat', 'gaan'],
  ['doe', 'doet', 'doen'],
  ['kom', 'komt', 'komen'],
  ['zoek', 'zoekt', 'zoeken'],
  ['controleer', 'controleert', 'controleren'],
];
const NL_OBJECTS = [
  'u de brief',
  'het formulier',
  'de aanvraag',
  'de huisarts',
  'een afspraak',
  'de stukken na de vergadering',
];
const EN_VERBS: [base: string, third: string][] = [
  ['send', 'sends'],
  ['call', 'calls'],
  ['check', 'checks'],
  ['book', 'books'],
  ['write', 'writes'],
  ['fix', 'fixes'],
];
const EN_OBJECTS = ['you the letter', 'the form', 'the GP', 'a meeting', 'the papers'];
const GIVEN = ['Iris', 'Tom', 'Noor', 'Daan', 'Mila', 'Sem', 'Ayla', 'Bram', 'Zoë', 'Ömer'];
const FAMILY = ['Bos', 'de Wit', 'van Dam', 'El Idrissi', 'Kramer', 'van der Meer', "D'Souza"];

const ownerArb = fc
  .tuple(fc.constantFrom(...GIVEN), fc.option(fc.constantFrom(...FAMILY), { nil: undefined }))
  .map(([given, family]) => (family ? `${given} ${family}` : given));
const dayArb = fc.option(
  fc
    .date({
      min: new Date('2026-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  { nil: null },
);

type Shape = { action: string; source: string; lang: SentenceLang; expect: (owner: string) => string | null };

const shapeArb: fc.Arbitrary<Shape> = fc.oneof(
  // "Ik stuur u de brief": the verb after "ik" must become "stuurt".
  fc.tuple(fc.constantFrom(...NL_VERBS), fc.constantFrom(...NL_OBJECTS)).map(([[stem, third], object]) => ({
    action: `${stem} ${object}`,
    source: `Ik ${stem} ${object}`,
    lang: 'nl' as const,
    expect: (owner: string) => `${owner} ${third} ${object}`,
  })),
  // "We sturen de brief": the plural becomes "gaat … sturen".
  fc
    .tuple(fc.constantFrom(...NL_VERBS), fc.constantFrom(...NL_OBJECTS))
    .map(([[, third, infinitive], object]) => ({
      action: `${infinitive} ${object}`,
      source: `We ${infinitive} ${object}`,
      lang: 'nl' as const,
      expect: (owner: string) =>
        ['gaan', 'doen', 'komen'].includes(infinitive)
          ? `${owner} ${third}`
          : `${owner} gaat ${object} ${infinitive}`,
    })),
  // "Ik ga de brief sturen": the auxiliary went, the infinitive stays at the end.
  fc
    .tuple(fc.constantFrom(...NL_VERBS), fc.constantFrom(...NL_OBJECTS))
    .map(([[, , infinitive], object]) => ({
      action: `${object} ${infinitive}`,
      source: `Ik ga ${object} ${infinitive}`,
      lang: 'nl' as const,
      expect: (owner: string) => `${owner} gaat ${object} ${infinitive}`,
    })),
  // "I will send the form".
  fc.tuple(fc.constantFrom(...EN_VERBS), fc.constantFrom(...EN_OBJECTS)).map(([[base], object]) => ({
    action: `${base} ${object}`,
    source: `I will ${base} ${object}`,
    lang: 'en' as const,
    expect: (owner: string) => `${owner} will ${base} ${object}`,
  })),
  // Anything at all: the leader may type what they like in both fields.
  fc
    .tuple(
      fc.string({ maxLength: 60 }),
      fc.string({ maxLength: 80 }),
      fc.constantFrom<SentenceLang>('nl', 'en'),
    )
    .map(([action, source, lang]) => ({ action, source, lang, expect: () => null })),
);

test('property: the sentence is never a fragment, and always names the owner and the date', () => {
  fc.assert(
    fc.property(ownerArb, shapeArb, dayArb, (owner, shape, deadline) => {
      const { sentence, form } = agreementSentenceParts(
        { action: shape.action, sourceText: shape.source, deadline },
        owner,
        shape.lang,
      );
      // A sentence: starts with a capital or an opening quote, ends with a full stop.
      assert.match(sentence, /^[\p{Lu}‘“]/u);
      assert.match(sentence, /\.$/);
      assert.ok(sentence.includes(owner), `names the owner: ${sentence}`);
      if (deadline)
        assert.ok(sentence.includes(formatRecordDay(deadline, shape.lang)), `names the date: ${sentence}`);
      else assert.match(sentence, /nog geen datum|No date has been agreed/);
      // The owner is the subject of a clause of ours, never glued before words typed for someone else.
      const frames = {
        composed: () => sentence.startsWith(owner),
        quoted: () => /Dit doet |takes care of this/.test(sentence),
        described: () => /zorgt hiervoor: |takes care of this: /.test(sentence),
        undescribed: () => /zorgt ervoor|takes care of it/.test(sentence),
      };
      assert.ok(frames[form](), `${form}: ${sentence}`);
      const expected = shape.expect(owner);
      if (expected) {
        assert.equal(form, 'composed', sentence);
        assert.ok(sentence.startsWith(expected), `${sentence} starts with ${expected}`);
      }
      // The bare first-person stem never follows the owner ("Iris stuur …", "Iris kijk …").
      for (const [stem, third] of NL_VERBS)
        if (stem !== third) assert.ok(!sentence.startsWith(`${owner} ${stem} `), sentence);
    }),
    { numRuns: 2000 },
  );
});
