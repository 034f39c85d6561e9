// A third party's next step with how long it takes is an expectation: table-driven per rule id, with sentences
// of our own (Dutch, Flemish, speech-to-text without punctuation, English); a meta-test fails when a rule has none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize } from './normalize.ts';
import { othersNext, thirdPartyActs } from './others-next.ts';

/** Per rule id: the function it is read by, sentences it holds for, and near misses. */
const RULES: Record<string, [(t: string) => boolean, string[], string[]]> = {
  // A third party is the subject of a clause: an article, possessive or third-person pronoun, or a bare noun
  // before will/then/usually; nobody at the table before it.
  'third-party-subject': [
    thirdPartyActs,
    [
      'De commissie beslist daarna over uw bezwaar.',
      'Daarna beslist de commissie.',
      'onze monteur komt dan kijken',
      'Ze sturen het pakket binnen een week.',
      'Legal then drafts the contract.',
      'The courier collects it on Monday.',
    ],
    [
      'Ik stuur u de brief.',
      'Dat duurt meestal twee weken.',
      'U hoort het binnen een week.',
      'we checken het dan nog',
      'It usually takes a week.',
      'You will get an email.',
    ],
  ],
  // The next step of a third party together with how long it takes.
  'others-next-duration': [
    othersNext,
    [
      'Onze ergotherapeut beoordeelt de situatie thuis, dat duurt meestal een week of drie.',
      'de beoordeling door het zorgkantoor duurt ongeveer zes weken',
      'De leverancier plaatst de traplift. Reken op zes weken.',
      'Our finance team processes the refund, that normally takes about ten days.',
      'Purchasing usually needs two weeks to approve the order.',
    ],
    [
      'Dat duurt meestal een week of drie.',
      'Ik zet het in het systeem, dat duurt een paar dagen.',
      'Het gesprek duurde lang.',
      'It usually takes two weeks.',
      'I need two weeks off.',
    ],
  ],
};

test('every rule of what others do next has positive and negative examples', () => {
  assert.deepEqual(
    Object.entries(RULES)
      .filter(([, [, yes, no]]) => yes.length === 0 || no.length === 0)
      .map(([id]) => id),
    [],
  );
});

for (const [id, [read, yes, no]] of Object.entries(RULES)) {
  test(`others next ${id}: its examples and none of its near misses`, () => {
    const wrong = [
      ...yes.filter((s) => !read(normalize(s))).map((s) => `misses "${s}"`),
      ...no.filter((s) => read(normalize(s))).map((s) => `holds for "${s}"`),
    ];
    assert.deepEqual(wrong, []);
  });
}
