// The SMART verdict's A and R follow the one rule in core (acceptanceLetters), for every combination of ticks
// at the table and answers through links: the letters the leader sees are those the participants' page and
// the record count with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  acceptanceLetters,
  smartVerdict,
  type Agreement,
  type AgreementAnswer,
} from '../../../core/index.ts';

const people = ['p1', 'p2'];
const kinds = ['none', 'tick', 'accepted', 'questioned', 'accepted-earlier', 'questioned-earlier'] as const;

function answer(participantId: string, kind: (typeof kinds)[number]): AgreementAnswer | null {
  if (kind === 'none' || kind === 'tick') return null;
  return {
    participantId,
    state: kind.startsWith('accepted') ? 'accepted' : 'questioned',
    reason: kind.startsWith('questioned') ? 'te snel' : '',
    revision: kind.endsWith('earlier') ? 1 : 2,
    current: !kind.endsWith('earlier'),
    version: 1,
    answeredAt: '2026-11-27T10:00:00Z',
  };
}

test('the verdict and core agree on A and R for every mix of ticks and link answers', () => {
  for (const k1 of kinds) {
    for (const k2 of kinds) {
      const chosen = { p1: k1, p2: k2 };
      const acceptedBy = people.filter((p) => chosen[p as 'p1'] === 'tick');
      const answers = people
        .map((p) => answer(p, chosen[p as 'p1']))
        .filter((a): a is AgreementAnswer => a !== null);
      const verdict = smartVerdict(
        {
          sourceText: '',
          owner: 'leader',
          action: 'stuurt de brief',
          deadline: null,
          measure: '',
          acceptedBy,
          answers,
        },
        null,
        people,
      );
      const expected = acceptanceLetters(
        { acceptedBy, answers } as Pick<Agreement, 'acceptedBy' | 'answers'>,
        {
          participants: people.map((id) => ({ id })),
        },
      );
      assert.deepEqual({ A: verdict.letters.A, R: verdict.letters.R }, expected, `${k1}/${k2}`);
    }
  }
  // Nobody to ask: acceptable, realistic still to be asked.
  const alone = smartVerdict(
    { sourceText: '', owner: 'leader', action: 'x y', deadline: null, measure: '', acceptedBy: [] },
    null,
    [],
  );
  assert.deepEqual({ A: alone.letters.A, R: alone.letters.R }, { A: 'ok', R: 'ask' });
});

test('someone who questioned it makes A and R missing; open answers are still to be asked', () => {
  const base = { sourceText: '', owner: 'leader', action: 'stuurt de brief', deadline: null, measure: '' };
  const open = smartVerdict({ ...base, acceptedBy: ['p1'] }, null, people);
  assert.deepEqual([open.letters.A, open.letters.R], ['ask', 'ask']);
  const questioned = smartVerdict(
    { ...base, acceptedBy: ['p1'], answers: [answer('p2', 'questioned')!] },
    null,
    people,
  );
  assert.deepEqual([questioned.letters.A, questioned.letters.R], ['missing', 'missing']);
  const accepted = smartVerdict(
    { ...base, acceptedBy: [], answers: [answer('p1', 'accepted')!, answer('p2', 'accepted')!] },
    null,
    people,
  );
  assert.deepEqual([accepted.letters.A, accepted.letters.R], ['ok', 'ok']);
});
