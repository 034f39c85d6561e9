import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Conversation } from '../../core/index.ts';
import { ApiError } from '../api/errors.ts';
import { ClosingSync, type Op } from './sync.ts';
import { pendingConfirmation } from './op-model.ts';
import { testConversation } from './test-conversation.ts';

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

const conversation: Conversation = testConversation();

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

/** The same conversation after the other device changed it (a newer revision). */
function changedElsewhere(change: (c: Conversation) => void, revision = 2): Conversation {
  const copy = structuredClone(conversation);
  change(copy);
  copy.revision = revision;
  return copy;
}

test('a write carries the revision it was compared with; a newer one on the server means: compare again', async () => {
  const timers = manualTimers();
  const sent: { body: unknown; revision: number | null }[] = [];
  // The other device saved the feedback notes; the summary it left alone.
  const server = changedElsewhere((c) => (c.closing.feedback.notes = 'Van het andere apparaat'));
  const sync = new ClosingSync('c1', {
    storage: null,
    send: async (op, revision) => {
      sent.push({ body: op.body, revision });
      if (revision !== server.revision) throw new ApiError(412, 'revision_mismatch', 'outdated');
      return { ...server, revision: server.revision + 1 };
    },
    fetch: async () => server,
    ...timers,
  });
  sync.loaded(conversation);
  sync.enqueue('summary', 'PUT', '/x/summary', { text: 'Van hier' });
  await timers.runAll();
  assert.deepEqual(sent, [
    { body: { text: 'Van hier' }, revision: 1 },
    { body: { text: 'Van hier' }, revision: 2 },
  ]);
  assert.equal(sync.getSnapshot().status, 'saved');
  assert.equal(sync.getSnapshot().conflicts.length, 0);
});

test('the same field changed on both devices is held, side by side, until the leader chooses', async () => {
  const timers = manualTimers();
  const sent: Op[] = [];
  let server = changedElsewhere((c) => (c.closing.summary.text = 'Van het andere apparaat'));
  const sync = new ClosingSync('c1', {
    storage: memoryStorage(),
    send: async (op, revision) => {
      if (revision !== server.revision) throw new ApiError(412, 'revision_mismatch', 'outdated');
      sent.push(op);
      server = { ...server, revision: server.revision + 1 };
      return server;
    },
    fetch: async () => server,
    ...timers,
  });
  sync.loaded(conversation);
  sync.enqueue('summary', 'PUT', '/x/summary', { text: 'Van hier' });
  sync.enqueue('thanks', 'PUT', '/x/thanks', { said: true }, { merge: true });
  await timers.runAll();
  const [held] = sync.getSnapshot().conflicts;
  assert.equal(held?.key, 'summary');
  assert.deepEqual(held?.conflict?.fields, [
    { field: 'text', base: '', mine: 'Van hier', theirs: 'Van het andere apparaat' },
  ]);
  // The other change did not wait for it.
  assert.deepEqual(
    sent.map((op) => op.key),
    ['thanks'],
  );
  assert.equal(sync.getSnapshot().status, 'conflict');
  sync.resolve('summary', { text: 'mine' });
  await timers.runAll();
  assert.deepEqual(
    sent.map((op) => [op.key, op.body]),
    [
      ['thanks', { said: true }],
      ['summary', { text: 'Van hier' }],
    ],
  );
  assert.equal(sync.getSnapshot().status, 'saved');
});

test("choosing the other device's value sends nothing for that field", async () => {
  const timers = manualTimers();
  const sent: Op[] = [];
  const server = changedElsewhere((c) => (c.closing.summary.text = 'Van het andere apparaat'));
  const sync = new ClosingSync('c1', {
    storage: null,
    send: async (op) => (sent.push(op), server),
    ...timers,
  });
  sync.loaded(conversation);
  sync.enqueue('summary', 'PUT', '/x/summary', { text: 'Van hier' });
  sync.replace(server);
  await timers.runAll();
  assert.equal(sync.getSnapshot().conflicts.length, 1);
  sync.resolve('summary', { text: 'theirs' });
  await timers.runAll();
  assert.equal(sent.length, 0);
  assert.equal(sync.getSnapshot().pending.size, 0);
});

test('typing on while a change is on its way is no conflict with oneself', async () => {
  const timers = manualTimers();
  let release: (value: Conversation) => void = () => {};
  const bodies: unknown[] = [];
  const sync = new ClosingSync('c1', {
    storage: null,
    send: (op) => {
      bodies.push(op.body);
      return new Promise((done) => (release = done));
    },
    ...timers,
  });
  sync.loaded(conversation);
  sync.enqueue('summary', 'PUT', '/x/summary', { text: 'Een' });
  timers.due.shift()!.fn();
  sync.enqueue('summary', 'PUT', '/x/summary', { text: 'Een twee' });
  release(changedElsewhere((c) => (c.closing.summary.text = 'Een')));
  await new Promise((r) => setImmediate(r));
  await timers.runAll();
  release(changedElsewhere((c) => (c.closing.summary.text = 'Een twee'), 3));
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(bodies, [{ text: 'Een' }, { text: 'Een twee' }]);
  assert.equal(sync.getSnapshot().conflicts.length, 0);
  assert.equal(sync.getSnapshot().status, 'saved');
});

test("a conversation made offline is created first; its local ids then become the server's", async () => {
  const timers = manualTimers();
  const storage = memoryStorage();
  const sent: Op[] = [];
  const local = testConversation({
    id: 'local-c',
    revision: 0,
    participants: [{ ...conversation.participants[0]!, id: 'local-p' }],
  });
  local.closing.summary.confirmations = [pendingConfirmation('local-p', 1)];
  local.closing.expectations = [{ ...local.closing.expectations[0]!, id: 'local-e' }];
  const created = testConversation({ id: 'c9' });
  created.participants[0]!.id = 'p9';
  created.closing.summary.confirmations[0]!.participantId = 'p9';
  created.closing.expectations[0]!.id = 'e9';
  let online = false;
  const moved: string[] = [];
  const sync = new ClosingSync('local-c', {
    storage,
    send: async (op, revision) => {
      if (!online) throw new ApiError(0, 'network', 'network');
      sent.push({ ...op, rev: revision ?? -1 });
      return created;
    },
    onCreated: (from, to) => moved.push(`${from}→${to.id}`),
    ...timers,
  });
  sync.loaded(local);
  sync.enqueue('create:conversation', 'POST', '/conversations', { title: 'Test' });
  sync.enqueue('confirm:local-p', 'PUT', '/conversations/local-c/summary/confirmations/local-p', {
    state: 'confirmed',
    correction: '',
  });
  sync.enqueue('expectation:local-e', 'PATCH', '/conversations/local-c/expectations/local-e', { note: 'x' });
  sync.enqueue('create:agreement:k1', 'POST', '/conversations/local-c/agreements', { owner: 'local-p' });
  await new Promise((r) => setImmediate(r));
  timers.due.shift()!.fn();
  await new Promise((r) => setImmediate(r));
  assert.ok(storage.data.has('sluitstuk:pending:local-c'), 'kept under the local id while offline');
  online = true;
  sync.flushNow();
  await timers.runAll();
  assert.deepEqual(
    sent.map((op) => [op.key, op.path, op.body, op.rev]),
    [
      ['create:conversation', '/conversations', { title: 'Test' }, -1],
      ['confirm:p9', '/conversations/c9/summary/confirmations/p9', { state: 'confirmed', correction: '' }, 1],
      ['expectation:e9', '/conversations/c9/expectations/e9', { note: 'x' }, 1],
      ['create:agreement:k1', '/conversations/c9/agreements', { owner: 'p9' }, 1],
    ],
  );
  assert.deepEqual(moved, ['local-c→c9']);
  assert.equal(sync.conversationId, 'c9');
  assert.equal(storage.data.has('sluitstuk:pending:local-c'), false);
});

test("another tab's queue is taken over from the device", async () => {
  const storage = memoryStorage();
  const first = new ClosingSync('c1', { storage, send: () => new Promise(() => {}), ...manualTimers() });
  const second = new ClosingSync('c1', { storage, send: () => new Promise(() => {}), ...manualTimers() });
  first.loaded(conversation);
  second.loaded(conversation);
  first.enqueue('summary', 'PUT', '/x/summary', { text: 'In het eerste tabblad' }, { typing: true });
  second.reloadFromStorage();
  assert.equal(second.draft('summary', 'text'), 'In het eerste tabblad');
});

test("a kept copy that arrives after the server's newer one does not replace it", () => {
  const sync = new ClosingSync('c1', { storage: null, send: () => new Promise(() => {}), ...manualTimers() });
  const newer = changedElsewhere((c) => (c.closing.summary.text = 'Al opgeslagen'));
  sync.loaded(newer);
  sync.loaded(conversation);
  assert.equal(sync.getSnapshot().conversation?.closing.summary.text, 'Al opgeslagen');
  // The same revision again (the server's answer once more) is taken.
  sync.loaded(structuredClone(newer));
  assert.equal(sync.getSnapshot().conversation?.revision, 2);
});

test('asked to send again while a change is on its way: sent again after it failed', async () => {
  const timers = manualTimers();
  let answer: (value: Promise<Conversation>) => void = () => {};
  let calls = 0;
  const sync = new ClosingSync('c1', {
    storage: null,
    send: () => {
      calls += 1;
      // The first try goes before the session has its CSRF token back; the second one is taken.
      if (calls === 1) return new Promise((done) => (answer = done));
      return Promise.resolve(changedElsewhere((c) => (c.closing.thanks.said = true)));
    },
    ...timers,
  });
  sync.loaded(conversation);
  sync.enqueue('thanks', 'PUT', '/x/thanks', { said: true });
  timers.due.shift()!.fn();
  // The session is confirmed while the first try is on its way.
  sync.flushNow();
  await timers.runAll();
  answer(Promise.reject(new ApiError(403, 'csrf_invalid', 'csrf')));
  await new Promise((r) => setImmediate(r));
  await timers.runAll();
  assert.equal(calls, 2);
  assert.equal(sync.getSnapshot().status, 'saved');
});
