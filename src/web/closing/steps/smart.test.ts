// The web app's A and R of SMART follow the one rule in core (acceptanceLetters), for every combination of
// ticks at the table and answers through links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acceptanceLetters, type Agreement, type AgreementAnswer } from '../../../core/index.ts';
import { acceptanceOf } from './smart.ts';

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

test('the web and core agree on A and R for every mix of ticks and link answers', () => {
  for (const k1 of kinds) {
    for (const k2 of kinds) {
      const chosen = { p1: k1, p2: k2 };
      const agreement = {
        acceptedBy: people.filter((p) => chosen[p as 'p1'] === 'tick'),
        answers: people
          .map((p) => answer(p, chosen[p as 'p1']))
          .filter((a): a is AgreementAnswer => a !== null),
      } as unknown as Agreement;
      const conversation = { participants: people.map((id) => ({ id })) } as never;
      assert.deepEqual(
        acceptanceOf(agreement, conversation),
        acceptanceLetters(agreement, conversation),
        `${k1}/${k2}`,
      );
    }
  }
  assert.deepEqual(acceptanceOf({ acceptedBy: [], answers: [] }, { participants: [] }), {
    A: 'ok',
    R: 'ask',
  });
});
