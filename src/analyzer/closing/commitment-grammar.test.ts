// The commitment rules that read the language packs' grammar (who acts, request forms, options, exemptions,
// habits, what is asked of the addressee), table-driven: per rule id, sentences it must read as a commitment of
// the given actor, and near misses it must not. Dutch (Flemish and speech-to-text without punctuation too) and
// English, all written for these tests. A meta-test fails when a rule has no example of either kind.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCommitment, nameForms, namePatterns, type Actor } from './commitment.ts';

const ctx = { ...namePatterns(nameForms(['Ilse Verbeke', 'Tom Aerts'])), answersQuestion: false };

type Want = Actor | 'request' | null;
/** Per rule id: [[sentence, actor or 'request'], …] it must read so, and sentences that are no commitment. */
const RULES: Record<string, [[string, Exclude<Want, null>][], string[]]> = {
  // The speaker asks the one addressed for something, with a day: the addressee's action.
  'asked-of-you': [
    [
      ['Ik verwacht het ingevulde formulier van u uiterlijk woensdag.', 'second'],
      ['Ik verwacht uw antwoord vóór vrijdag.', 'second'],
      ['Mag ik van jou voor donderdag de cijfers van oktober?', 'request'],
      ['ik verwacht uw bankafschriften uiterlijk dinsdag', 'second'],
      ['Ik verwacht van u tegen het einde van de week een reactie.', 'second'],
      ['I need your signed copy by Thursday.', 'second'],
    ],
    [
      'Ik verwacht uw reactie.',
      'Ik verwacht dat het vrijdag gaat regenen.',
      'Als ik van u vrijdag niets hoor, is het goed.',
      'I expect the weather to turn by Friday.',
    ],
  ],
  // "k bel": the speaker, as speech-to-text writes "'k".
  'first-spoken-short': [
    [
      ['k bel u morgen terug', 'first'],
      ["'k stuur u vrijdag de brief", 'first'],
    ],
    ['kbel is geen woord', 'de k van koffie staat vrijdag op het bord'],
  ],
  // Speech-to-text writes "we'll" as "well": after and/so/then, before a verb, in an unpunctuated dated utterance.
  'spoken-well': [
    [
      ['ok so the designers mock it up and well send it to you on friday', 'first'],
      ['then well book the room for tuesday', 'first'],
    ],
    [
      'well i think friday is fine',
      'so well done on friday',
      'and well honestly friday was busy',
      'Well, send it on Friday then.',
    ],
  ],
  // A request modal before the one addressed, Dutch and Flemish forms.
  'request-modal': [
    [
      ['Kan je de sleutels vrijdag terugbrengen?', 'request'],
      ['Zoudt ge de papieren tegen maandag kunnen opsturen?', 'request'],
      ['Kunnen jullie de lijst donderdag doorsturen?', 'request'],
      ['Could you send the quote by Monday?', 'request'],
    ],
    // "Kan ik u vrijdag bellen?" is the speaker's own proposal (closing/commitment.test.ts), not this rule.
    ['Kan ik u ergens mee helpen?', 'Kunt u mij horen?', 'Could you repeat that?'],
  ],
  // An option or no need for the one addressed: no assignment.
  exemption: [
    [['U stuurt vrijdag de stukken op.', 'second']],
    [
      'U hoeft vrijdag niets op te sturen.',
      'Je hoeft de formulieren morgen niet mee te brengen.',
      'ge moogt het formulier maandag ook mailen',
      "You don't need to send anything on Friday.",
    ],
  ],
  // The speaker thinks or expects something of a content clause ("ik denk dat …"): the clause's own subject acts.
  'content-clause': [
    [
      ['Ik denk dat ik u vrijdag bel.', 'first'],
      ['ik verwacht dat ik de offerte maandag stuur', 'first'],
    ],
    ['Ik verwacht dat het vrijdag gaat regenen.', 'Ik hoop dat de monteur morgen gaat komen.'],
  ],
  // A stative or wishing verb of the speaker describes; a verb of aspect before an action verb promises.
  'stative-only': [
    [
      ['Ik blijf u elke week bellen.', 'first'],
      ['we blijven de lijst vrijdag bijhouden', 'first'],
    ],
    ['Ik zie het probleem vrijdag wel.', 'Ik hoop u vrijdag te bellen.', 'Ik blijf vrijdag thuis.'],
  ],
  // What usually happens: a description, no promise.
  habitual: [
    [['Ik bel de klant vrijdag terug.', 'first']],
    [
      'Op woensdag ga ik altijd zwemmen met mijn kleindochter.',
      'I always phone my brother on Sundays.',
      'Meestal bel ik de klant vrijdag terug.',
      'In de regel sturen we de brief binnen een week.',
      'gewoonlijk stuur ik de factuur op maandag',
      'We usually send the invoice on Monday.',
    ],
  ],
  // Talk about the conversation itself, also when it names tonight or now: no agreement; another day is one.
  'meta-talk': [
    [
      ['Ik zal even uitleggen hoe het werkt, en ik stuur u morgen de folder.', 'first'],
      ["I'll explain the new rota to the team on Monday.", 'first'],
      ['Laten we vrijdag beginnen met de verbouwing.', 'first'],
    ],
    [
      'Goedenavond, ik ben Wouter van het wijkteam en ik zal vanavond kort uitleggen hoe de avond loopt.',
      'Ik ga proberen het even samen te vatten, en dan vullen jullie me aan.',
      'Laten we beginnen met wat u zelf het zwaarst vond.',
      "Hi all, I'm Dana from facilities, and I'll be chairing this evening.",
      "Let's start with what went well this month.",
    ],
  ],
};

const got = (text: string): Want => {
  const c = findCommitment(text, ctx);
  if (!c) return null;
  return c.request ? 'request' : c.actor;
};

test('every grammar commitment rule has positive and negative examples', () => {
  const empty = Object.entries(RULES).filter(([, [yes, no]]) => yes.length === 0 || no.length === 0);
  assert.deepEqual(
    empty.map(([id]) => id),
    [],
  );
});

for (const [id, [yes, no]] of Object.entries(RULES)) {
  test(`commitment rule ${id}: reads its examples and none of its near misses`, () => {
    const wrong: string[] = [];
    for (const [text, want] of yes)
      if (got(text) !== want) wrong.push(`"${text}" gave ${got(text)}, want ${want}`);
    for (const text of no) if (got(text) !== null) wrong.push(`"${text}" gave ${got(text)}, want none`);
    assert.deepEqual(wrong, []);
  });
}
