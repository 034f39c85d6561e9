import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Conversation } from '../../core/index.ts';
import { baseFieldsFor, conflictOf, isObsolete, resolveConflict } from './conflict.ts';
import { GONE, WHOLE, readField } from './op-model.ts';
import type { Op } from './sync.ts';
import { testConversation } from './test-conversation.ts';

const seen = testConversation();

/** A queued change with the base values it would remember when queued on `seen`. */
function queued(key: string, method: Op['method'], body?: Record<string, unknown>): Op {
  const base: Record<string, unknown> = {};
  for (const field of baseFieldsFor({ key, method, body }, seen)) base[field] = readField(seen, key, field);
  return { key, method, path: '/x', body, rev: 1, order: 0, base };
}

function elsewhere(change: (c: Conversation) => void): Conversation {
  const copy = structuredClone(seen);
  change(copy);
  return copy;
}

test('per field: unchanged there goes; changed there to the same is no conflict; to something else is', () => {
  const op = queued('agreement:a1', 'PATCH', { action: 'belt de thuiszorg', measure: 'Bezoek gepland' });
  assert.equal(conflictOf(seen, op), null);
  assert.equal(
    conflictOf(
      elsewhere((c) => (c.closing.agreements[0]!.measure = 'Bezoek gepland')),
      op,
    ),
    null,
  );
  assert.equal(
    conflictOf(
      elsewhere((c) => (c.closing.agreements[0]!.owner = 'leader')),
      op,
    ),
    null,
  );
  assert.deepEqual(
    conflictOf(
      elsewhere((c) => (c.closing.agreements[0]!.action = 'mailt')),
      op,
    ),
    { gone: false, fields: [{ field: 'action', base: 'belt', mine: 'belt de thuiszorg', theirs: 'mailt' }] },
  );
});

test('an edit of something removed on the other device is a conflict of its own kind', () => {
  const op = queued('question:q1', 'PATCH', { answer: 'Volgende week' });
  const conflict = conflictOf(
    elsewhere((c) => (c.closing.questions = [])),
    op,
  );
  assert.equal(conflict?.gone, true);
  // "Add my version again" turns it into a creation with the item's fields and the leader's change.
  const again = resolveConflict(op, conflict!, { [WHOLE]: 'mine' });
  assert.equal(again?.method, 'POST');
  assert.equal(again?.key, 'create:question:q1');
  assert.deepEqual(again?.body, { askedBy: null, text: 'Wanneer?', answer: 'Volgende week', state: 'open' });
  assert.equal(resolveConflict(op, conflict!, { [WHOLE]: 'theirs' }), null);
});

test('a removal of something changed elsewhere asks; a removal of something removed is done already', () => {
  const op = queued('expectation:e1', 'DELETE');
  const changed = elsewhere((c) => (c.closing.expectations[0]!.note = 'Belangrijk'));
  const conflict = conflictOf(changed, op);
  assert.equal(conflict?.fields[0]?.field, WHOLE);
  assert.equal(conflict?.fields[0]?.mine, GONE);
  assert.equal(resolveConflict(op, conflict!, { [WHOLE]: 'theirs' }), null);
  assert.equal(resolveConflict(op, conflict!, { [WHOLE]: 'mine' })?.method, 'DELETE');
  assert.equal(
    isObsolete(
      elsewhere((c) => (c.closing.expectations = [])),
      op,
    ),
    true,
  );
  assert.equal(conflictOf(seen, op), null);
});

test('after a choice a PUT keeps all its fields: the other value where it was chosen', () => {
  const op = queued('confirm:p1', 'PUT', { state: 'corrected', correction: 'Vier dagen' });
  const server = elsewhere((c) => {
    Object.assign(c.closing.summary.confirmations[0]!, { state: 'confirmed', correction: '' });
  });
  const conflict = conflictOf(server, op)!;
  assert.deepEqual(
    conflict.fields.map((f) => f.field),
    ['state'],
  );
  const resolved = resolveConflict(op, conflict, { state: 'theirs' });
  assert.deepEqual(resolved?.body, { state: 'confirmed', correction: 'Vier dagen' });
  assert.equal(conflictOf(server, resolved!), null);
  // Nothing left to change: nothing to send.
  const onlyState = queued('confirm:p1', 'PUT', { state: 'corrected', correction: '' });
  assert.equal(resolveConflict(onlyState, conflictOf(server, onlyState)!, { state: 'theirs' }), null);
});

test('a confirmation of a participant removed elsewhere is gone, not pending', () => {
  const op = queued('confirm:p1', 'PUT', { state: 'confirmed', correction: '' });
  const server = elsewhere((c) => {
    c.participants = [];
    c.closing.summary.confirmations = [];
  });
  assert.equal(readField(server, 'confirm:p1', 'state'), GONE);
  assert.equal(conflictOf(server, op)?.fields[0]?.theirs, GONE);
});
