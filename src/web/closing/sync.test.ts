import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Conversation } from '../../core/index.ts';
import { ApiError } from '../api/errors.ts';
import { ClosingSync, type Op } from './sync.ts';

/** A Storage stand-in in memory. */
function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

/** Timers run only when the test says so: deterministic, no waiting. */
function manualTimers() {
  const due: { fn: () => void; ms: number }[] = [];
  return {
    due,
    setTimer: (fn: () => void, ms: number) => {
      const entry = { fn, ms };
      due.push(entry);
      return entry;
    },
    clearTimer: (handle: unknown) => {
      const index = due.indexOf(handle as (typeof due)[number]);
      if (index >= 0) due.splice(index, 1);
    },
    async runAll() {
      while (due.length > 0) {
        due.shift()!.fn();
        await new Promise((r) => setImmediate(r));
      }
    },
  };
}

const conversation = { id: 'c1', title: 'Test' } as unknown as Conversation;

test('typed text is kept on the device before it is sent, and merged into one request', async () => {
  const storage = memoryStorage();
  const timers = manualTimers();
  const sent: Op[] = [];
  const sync = new ClosingSync('c1', {
    storage,
    send: async (op) => (sent.push(op), conversation),
    ...timers,
  });
  sync.loaded(conversation);
  sync.enqueue('feedback', 'PUT', '/x/feedback', { notes: 'Pre' }, { merge: true, typing: true });
  sync.enqueue('feedback', 'PUT', '/x/feedback', { asked: true }, { merge: true });
  assert.ok(storage.data.get('sluitstuk:pending:c1')?.includes('Pre'), 'stored before sending');
  assert.equal(sync.draft('feedback', 'notes'), 'Pre');
  await timers.runAll();
  assert.equal(sent.length, 1);
  assert.deepEqual(sent[0]!.body, { notes: 'Pre', asked: true });
  assert.equal(sync.getSnapshot().status, 'saved');
  assert.equal(storage.data.has('sluitstuk:pending:c1'), false);
});

test('a reload picks up what was not sent yet', async () => {
  const storage = memoryStorage();
  const first = new ClosingSync('c1', { storage, send: () => new Promise(() => {}), ...manualTimers() });
  first.enqueue('summary', 'PUT', '/x/summary', { text: 'Half getypt' }, { typing: true });
  const sent: Op[] = [];
  const timers = manualTimers();
  const second = new ClosingSync('c1', {
    storage,
    send: async (op) => (sent.push(op), conversation),
    ...timers,
  });
  assert.equal(second.draft('summary', 'text'), 'Half getypt');
  second.loaded(conversation);
  await timers.runAll();
  assert.deepEqual(
    sent.map((op) => op.body),
    [{ text: 'Half getypt' }],
  );
});

test('no connection: retried later, input kept; a refused change stays in the queue with its text', async () => {
  const storage = memoryStorage();
  const timers = manualTimers();
  let online = false;
  const sync = new ClosingSync('c1', {
    storage,
    send: async (op) => {
      if (!online) throw new ApiError(0, 'network', 'network');
      if (op.key === 'bad')
        throw new ApiError(400, 'validation_failed', 'Te lang', {
          fields: [{ path: 'text', code: 'too_long', params: { max: 8 }, message: 'Te lang' }],
        });
      return conversation;
    },
    ...timers,
  });
  sync.loaded(conversation);
  sync.enqueue('thanks', 'PUT', '/x/thanks', { said: true });
  await new Promise((r) => setImmediate(r));
  timers.due.shift()!.fn();
  await new Promise((r) => setImmediate(r));
  assert.equal(sync.getSnapshot().status, 'retrying');
  assert.equal(sync.getSnapshot().pending.size, 1);
  online = true;
  sync.enqueue('bad', 'PUT', '/x/summary', { text: 'x'.repeat(10) });
  sync.flushNow();
  await timers.runAll();
  const snapshot = sync.getSnapshot();
  assert.equal(snapshot.pending.size, 1, 'the refused change is not dropped');
  assert.equal(snapshot.status, 'held', 'not "saved": something waits for the leader');
  assert.deepEqual(snapshot.held[0]!.problems, [{ path: 'text', code: 'too_long', params: { max: 8 } }]);
  assert.equal(sync.draft('bad', 'text'), 'x'.repeat(10), 'the typed text is still what the field shows');
  const again = new ClosingSync('c1', { storage, send: async () => conversation, ...manualTimers() });
  assert.equal(again.draft('bad', 'text'), 'x'.repeat(10), 'and survives a reload');
  assert.equal(again.getSnapshot().status, 'held');
});

test('a change the server would refuse is held back, marked, and sent once it is right', async () => {
  const timers = manualTimers();
  const sent: Op[] = [];
  const sync = new ClosingSync('c1', {
    storage: memoryStorage(),
    send: async (op) => (sent.push(op), conversation),
    ...timers,
  });
  sync.loaded(conversation);
  const tooLong = '😀'.repeat(20_001);
  sync.enqueue('summary', 'PUT', '/x/summary', { text: tooLong }, { typing: true });
  await timers.runAll();
  assert.equal(sent.length, 0, 'never sent');
  assert.equal(sync.getSnapshot().status, 'held');
  assert.deepEqual(sync.getSnapshot().held[0]!.problems, [
    { path: 'text', code: 'too_long', params: { max: 20_000 } },
  ]);
  sync.enqueue('summary', 'PUT', '/x/summary', { text: '😀'.repeat(20_000) }, { typing: true });
  await timers.runAll();
  assert.equal(sent.length, 1, '20,000 emoji are 20,000 characters: sent');
  assert.equal(sync.getSnapshot().status, 'saved');
});

test('the leader may discard a held change; nothing else ever drops one', async () => {
  const timers = manualTimers();
  const sync = new ClosingSync('c1', {
    storage: null,
    send: async () => {
      throw new ApiError(404, 'agreement_not_found', 'weg');
    },
    ...timers,
  });
  sync.loaded(conversation);
  sync.enqueue('agreement:a1', 'PATCH', '/x/agreements/a1', { measure: 'Een mail' }, { merge: true });
  await timers.runAll();
  assert.equal(sync.getSnapshot().held[0]!.refused?.code, 'agreement_not_found');
  sync.discard('agreement:a1');
  assert.equal(sync.getSnapshot().pending.size, 0);
  assert.equal(sync.getSnapshot().status, 'saved');
});

test('changes kept by an earlier version as "refused" come back into the queue, held', () => {
  const storage = memoryStorage();
  storage.setItem(
    'sluitstuk:pending:c1',
    JSON.stringify({
      pending: [],
      rejected: [
        {
          op: { key: 'summary', method: 'PUT', path: '/x', body: { text: 'Oud' }, rev: 1, order: 0 },
          message: 'x',
        },
      ],
    }),
  );
  const sync = new ClosingSync('c1', { storage, send: async () => conversation, ...manualTimers() });
  assert.equal(sync.draft('summary', 'text'), 'Oud');
  assert.equal(sync.getSnapshot().status, 'held');
});

test('an answer to an older version does not drop newer input', async () => {
  const timers = manualTimers();
  let release: (value: Conversation) => void = () => {};
  const sent: Op[] = [];
  const sync = new ClosingSync('c1', {
    storage: null,
    send: (op) => {
      sent.push(op);
      return new Promise((done) => (release = done));
    },
    ...timers,
  });
  sync.loaded(conversation);
  sync.enqueue('summary', 'PUT', '/x/summary', { text: 'Een' });
  timers.due.shift()!.fn();
  sync.enqueue('summary', 'PUT', '/x/summary', { text: 'Een twee' });
  release(conversation);
  await new Promise((r) => setImmediate(r));
  assert.equal(sync.draft('summary', 'text'), 'Een twee');
  await timers.runAll();
  release(conversation);
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(
    sent.map((op) => op.body),
    [{ text: 'Een' }, { text: 'Een twee' }],
  );
  assert.equal(sync.getSnapshot().pending.size, 0);
});
