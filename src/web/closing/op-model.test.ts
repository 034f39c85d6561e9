import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyOps, idMapFor, isLocalId, localId, readField, remapOp } from './op-model.ts';
import type { Op } from './sync.ts';
import { testConversation } from './test-conversation.ts';

let order = 0;
const op = (key: string, method: Op['method'], body?: Record<string, unknown>): Op => ({
  key,
  method,
  path: '/x',
  body,
  rev: 1,
  order: order++,
});

test('the queue applied to the kept copy is what the record shows offline', () => {
  const base = testConversation();
  const shown = applyOps(
    base,
    [
      op('summary', 'PUT', { text: 'Nieuw' }),
      op('confirm:p1', 'PUT', { state: 'confirmed', correction: '' }),
      op('agreement:a1', 'PATCH', { measure: 'Gebeld', statusNote: 'niet in het record' }),
      op('create:agreement:k1', 'POST', { sourceText: 'Ik mail maandag', owner: 'leader' }),
      op('question:q1', 'DELETE'),
      op('step:summary', 'PUT', { state: 'done' }),
      op('thanks', 'PUT', { said: true }),
      op('finish', 'POST', { force: false }),
    ],
    '2026-11-27T11:00:00.000Z',
  );
  assert.equal(shown.closing.summary.text, 'Nieuw');
  assert.equal(shown.closing.summary.confirmations[0]?.state, 'confirmed');
  assert.equal(shown.closing.agreements[0]?.measure, 'Gebeld');
  assert.equal('statusNote' in shown.closing.agreements[0]!, false);
  assert.equal(shown.closing.agreements[1]?.sourceText, 'Ik mail maandag');
  assert.equal(shown.closing.agreements[1]?.status, 'open');
  assert.deepEqual(shown.closing.questions, []);
  assert.equal(shown.closing.steps.summary.state, 'done');
  assert.equal(shown.closing.thanks.said, true);
  assert.equal(shown.status, 'closed');
  assert.equal(shown.closedAt, '2026-11-27T11:00:00.000Z');
  // The kept copy itself is left as it was.
  assert.equal(base.closing.summary.text, '');
});

test('a changed summary is a new revision; earlier answers stay, marked as given to an earlier text', () => {
  const base = testConversation();
  base.closing.summary.confirmations[0]!.state = 'confirmed';
  const shown = applyOps(base, [op('summary', 'PUT', { text: 'Anders' })], '2026-11-27T11:00:00.000Z');
  assert.equal(shown.closing.summary.revision, 2);
  assert.equal(shown.closing.summary.confirmations[0]?.state, 'confirmed');
  assert.equal(shown.closing.summary.confirmations[0]?.current, false);
  // Asked again at the table: the answer is for the new text.
  const again = applyOps(
    shown,
    [op('confirm:p1', 'PUT', { state: 'corrected', correction: 'Drie dagen' })],
    '2026-11-27T11:05:00.000Z',
  );
  assert.deepEqual(again.closing.summary.confirmations[0], {
    participantId: 'p1',
    state: 'corrected',
    correction: 'Drie dagen',
    revision: 2,
    current: true,
    source: 'leader',
    version: null,
    answeredAt: '2026-11-27T11:05:00.000Z',
  });
  // The same text again is no new revision.
  const same = applyOps(base, [op('summary', 'PUT', { text: '' })], '2026-11-27T11:00:00.000Z');
  assert.equal(same.closing.summary.revision, 1);
});

test('local ids are recognisable, unguessable and replaced everywhere after sync', () => {
  const a = localId();
  assert.ok(isLocalId(a) && a !== localId() && a.length > 20);
  const local = testConversation({ id: 'local-c' });
  local.participants[0]!.id = 'local-p';
  local.closing.expectations[0]!.id = 'local-e';
  const server = testConversation({ id: 'c2' });
  const map = idMapFor(local, server);
  assert.deepEqual(
    [...map],
    [
      ['local-c', 'c2'],
      ['local-p', 'p1'],
      ['local-e', 'e1'],
    ],
  );
  const moved = remapOp(
    {
      ...op('create:agreement:k', 'POST', { owner: 'local-p', acceptedBy: ['local-p'], action: 'local-p?' }),
      path: '/conversations/local-c/agreements',
      base: { owner: 'local-p' },
    },
    map,
  );
  assert.equal(moved.path, '/conversations/c2/agreements');
  assert.deepEqual(moved.body, { owner: 'p1', acceptedBy: ['p1'], action: 'local-p?' });
  assert.deepEqual(moved.base, { owner: 'p1' });
  assert.equal(remapOp(op('confirm:local-p', 'PUT'), map).key, 'confirm:p1');
});

test('readField knows which value each key and field stand for', () => {
  const c = testConversation();
  assert.equal(readField(c, 'summary', 'text'), '');
  assert.equal(readField(c, 'agreement:a1', 'owner'), 'p1');
  assert.equal(readField(c, 'step:thanks', 'state'), 'open');
  assert.equal(readField(c, 'question-round', 'targetMinutes'), 5);
  assert.equal(readField(c, 'create:agreement:x', 'owner'), undefined);
  assert.equal(readField(c, 'finish', 'force'), undefined);
});
