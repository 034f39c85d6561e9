// Several promises in one utterance: where a sentence is cut into clauses, and which parts become agreements.
// Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseTranscript } from '../index.ts';
import { splitActions } from './actions.ts';
import { findCommitment, nameForms, namePatterns } from './commitment.ts';

const ctx = { ...namePatterns(nameForms(['Femke', 'Otto Brink'])), answersQuestion: false };

test('a sentence is cut where a clause with its own subject starts', () => {
  assert.deepEqual(splitActions('ik haal morgen de sleutel op en ik breng hem woensdag terug'), [
    'ik haal morgen de sleutel op',
    'en ik breng hem woensdag terug',
  ]);
  assert.deepEqual(splitActions('Ik maak vandaag de offerte, en daarna bel ik u vrijdag.'), [
    'Ik maak vandaag de offerte',
    'en daarna bel ik u vrijdag.',
  ]);
  assert.deepEqual(splitActions("I'll draft the brief tonight and I'll share it with legal on Monday"), [
    "I'll draft the brief tonight",
    "and I'll share it with legal on Monday",
  ]);
  assert.deepEqual(splitActions('Ik ruim de zolder op, ik bel u zaterdag.'), [
    'Ik ruim de zolder op',
    'ik bel u zaterdag.',
  ]);
});

test('no cut inside a subject of two, a list, an object or a leading condition', () => {
  for (const t of [
    'Otto en ik maken vrijdag het rooster.',
    'Ik koop morgen brood en melk.',
    'Ik bel de huurder en zijn vrouw op dinsdag.',
    'Als u dat wilt, stuur ik het morgen.',
    'Ik bel u morgen of ik mail u.',
  ])
    assert.deepEqual(splitActions(t), [t], t);
});

test('two dated promises in one utterance are two; one promise with its details is one', () => {
  const two = findCommitment('Goed. Ik haal morgen de sleutel op en ik breng hem woensdag terug.', ctx);
  // "Goed." accepts what was said before; it belongs to neither promise.
  assert.deepEqual(two?.parts, ['Ik haal morgen de sleutel op', 'en ik breng hem woensdag terug.']);
  const dated = findCommitment(
    'Ik bel de aannemer. Dat doe ik morgen. En ik mail u vrijdag het verslag.',
    ctx,
  );
  assert.equal(dated?.parts?.length, 2);
  for (const t of [
    'Ik bel morgen de aannemer en ik vraag naar de planning.',
    'Ik stuur u morgen de brief en u stuurt hem getekend terug.',
    'Ik bel u morgen.',
  ])
    assert.equal(findCommitment(t, ctx)?.parts, undefined, t);
});

test('in a transcript each dated promise of one turn is an agreement on that line', () => {
  const text = [
    'Femke: Dan rond ik af. Heeft u nog vragen?',
    'Otto Brink: Nee, dank u.',
    'Femke: Dan de afspraken. Ik haal morgen de sleutel bij de buren op en ik breng hem woensdag bij u terug.',
    'Otto Brink: Prima.',
    'Femke: Dank u wel voor het gesprek, tot ziens.',
  ].join('\n');
  const a = analyseTranscript('sleutel.txt', text, { date: '2026-06-01' });
  assert.deepEqual(
    a.agreements.map((g) => [g.line, g.owner, g.deadline?.date]),
    [
      [3, 'Femke', '2026-06-02'],
      [3, 'Femke', '2026-06-03'],
    ],
  );
});

test('a request answered by someone else: one agreement, owned by the one who answers', () => {
  const text = [
    'Noor: Zullen we afronden? Wie belt de verhuurder over de lekkage?',
    'Koen: Joyce, kun jij dat doen?',
    'Ilse: Dat doe ik wel, ik bel hem morgenochtend.',
    'Noor: Mooi. Heeft iemand nog vragen?',
    'Koen: Nee.',
    'Noor: Dank jullie wel allemaal, tot volgende week.',
  ].join('\n');
  const a = analyseTranscript('lekkage.txt', text, { date: '2026-06-01', leader: 'Noor' });
  assert.deepEqual(
    a.agreements.map((g) => [g.line, g.owner, g.deadline?.date]),
    [[3, 'Ilse', '2026-06-02']],
  );
});

test('dated promises given in answer to a summary are agreements, not part of the summary', () => {
  const text = [
    'Lead: Let me sum up what we covered: the vendor is late, the test plan is ready, the budget holds. Is that right?',
    'Sara: Yes.',
    'Tom: Right.',
    'Lead: Good. Actions then. Sara, the vendor?',
    "Sara: I'll chase the vendor by Wednesday.",
    "Tom: And I'll run the test plan on Friday.",
    'Lead: Any questions? No? Thanks everyone, see you next week.',
  ].join('\n');
  const a = analyseTranscript('standup.txt', text, { date: '2026-06-01' });
  assert.deepEqual(
    a.agreements.map((g) => [g.line, g.owner, g.deadline?.date]),
    [
      [5, 'Sara', '2026-06-03'],
      [6, 'Tom', '2026-06-05'],
    ],
  );
  assert.deepEqual(a.steps.summary.lines, [1, 2, 3]);
});
