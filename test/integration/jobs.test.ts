// The durable job queue on both databases: a job runs once, is retried with backoff, fails for good and
// says why, survives a process that died holding it (its lease runs out), and an idempotency key keeps a
// job from being added twice. On PostgreSQL, concurrent claims never take the same job (SKIP LOCKED).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixedClock } from '../../src/core/index.ts';
import { createDatabase, type Storage } from '../../src/storage/index.ts';
import { JobError, createJobQueue } from '../../src/services/jobs.ts';
import { randomIds } from '../../src/services/context.ts';
import { dialects, freshDatabase, type FreshDatabase } from './dialects.ts';

const START = new Date('2026-11-27T09:00:00.000Z');

for (const dialect of dialects()) {
  describe(`job queue on ${dialect}`, () => {
    let fresh: FreshDatabase;
    let storage: Storage;
    before(async () => {
      fresh = await freshDatabase(dialect);
      storage = createDatabase(fresh.config);
      await storage.migrate();
    });
    after(async () => {
      await storage.close();
      await fresh.drop();
    });

    test('a job enqueued in a transaction that fails is not there; one that commits runs once', async () => {
      const clock = fixedClock(START);
      const queue = createJobQueue({ storage, clock, ids: randomIds });
      const ran: unknown[] = [];
      queue.register('test.once', { run: async (job) => void ran.push(job.payload.n) });
      await assert.rejects(
        storage.transaction(async (repos) => {
          await queue.enqueue(repos, 'test.once', { n: 0 });
          throw new Error('rolled back');
        }),
      );
      await storage.transaction((repos) => queue.enqueue(repos, 'test.once', { n: 1 }));
      assert.deepEqual(
        (await queue.runDue()).map((r) => r.outcome),
        ['done'],
      );
      assert.deepEqual(await queue.runDue(), []);
      assert.deepEqual(ran, [1]);
    });

    test('many jobs at once: one statement, existing keys left out, each runs once', async () => {
      const clock = fixedClock(START);
      const queue = createJobQueue({ storage, clock, ids: randomIds });
      const ran: number[] = [];
      queue.register('test.many', { run: async (job) => void ran.push(Number(job.payload.n)) });
      const items = (from: number, to: number) =>
        Array.from({ length: to - from }, (_, i) => ({
          payload: { n: from + i },
          options: { idempotencyKey: `many:${from + i}` },
        }));
      assert.equal(
        await storage.transaction((repos) => queue.enqueueMany(repos, 'test.many', items(0, 600))),
        600,
      );
      // A second pass over an overlapping set adds only the new ones.
      assert.equal(
        await storage.transaction((repos) => queue.enqueueMany(repos, 'test.many', items(500, 700))),
        100,
      );
      assert.equal(await storage.transaction((repos) => queue.enqueueMany(repos, 'test.many', [])), 0);
      await queue.runDue(10_000);
      assert.deepEqual(
        ran.sort((a, b) => a - b),
        Array.from({ length: 700 }, (_, i) => i),
      );
    });

    test('a later run_at waits; failures back off and then fail for good with the reason kept', async () => {
      const clock = fixedClock(START);
      const queue = createJobQueue({ storage, clock, ids: randomIds });
      let tries = 0;
      const givenUp: string[] = [];
      queue.register('test.flaky', {
        maxAttempts: 3,
        backoffMs: (attempt) => attempt * 60_000,
        run: async () => {
          tries += 1;
          throw new Error(`refused ${tries}`);
        },
        onGiveUp: async (_job, error) => void givenUp.push(error),
      });
      await storage.transaction((repos) =>
        queue.enqueue(repos, 'test.flaky', {}, { runAt: new Date(START.getTime() + 10_000) }),
      );
      assert.deepEqual(await queue.runDue(), [], 'not due yet');
      clock.advance(10_000);
      assert.equal((await queue.runDue())[0]?.outcome, 'retry');
      assert.deepEqual(await queue.runDue(), [], 'waits one minute after the first failure');
      clock.advance(60_000);
      assert.equal((await queue.runDue())[0]?.outcome, 'retry');
      clock.advance(119_000);
      assert.deepEqual(await queue.runDue(), [], 'two minutes after the second');
      clock.advance(1_000);
      assert.equal((await queue.runDue())[0]?.outcome, 'failed');
      assert.equal(tries, 3);
      assert.deepEqual(givenUp, ['refused 3']);
      const [failed] = await storage.repos.jobs.list(['failed']);
      assert.equal(failed?.lastError, 'refused 3');
      assert.equal(failed?.attempts, 3);
    });

    test('a permanent error gives up at once', async () => {
      const clock = fixedClock(START);
      const queue = createJobQueue({ storage, clock, ids: randomIds });
      queue.register('test.permanent', {
        run: async () => {
          throw new JobError('no such address', true);
        },
      });
      await storage.transaction((repos) => queue.enqueue(repos, 'test.permanent', {}));
      assert.equal((await queue.runDue())[0]?.outcome, 'failed');
    });

    test('an idempotency key adds a job only once', async () => {
      const clock = fixedClock(START);
      const queue = createJobQueue({ storage, clock, ids: randomIds });
      const first = await storage.transaction((repos) =>
        queue.enqueue(repos, 'test.key', {}, { idempotencyKey: 'reminder:a1:2026-12-01' }),
      );
      const second = await storage.transaction((repos) =>
        queue.enqueue(repos, 'test.key', {}, { idempotencyKey: 'reminder:a1:2026-12-01' }),
      );
      assert.equal(first, true);
      assert.equal(second, false);
      assert.ok(await storage.repos.jobs.findByKey('reminder:a1:2026-12-01'));
    });

    test('a job held by a process that died is taken over after its lease; the dead one cannot finish it', async () => {
      const clock = fixedClock(START);
      const dead = createJobQueue({ storage, clock, ids: randomIds, leaseMs: 60_000 });
      const alive = createJobQueue({ storage, clock, ids: randomIds, leaseMs: 60_000 });
      let release!: () => void;
      const blocked = new Promise<void>((r) => (release = r));
      let startedDead!: () => void;
      const deadStarted = new Promise<void>((r) => (startedDead = r));
      dead.register('test.lease', {
        run: async () => {
          startedDead();
          await blocked;
        },
      });
      const ranAlive: string[] = [];
      alive.register('test.lease', { run: async (job) => void ranAlive.push(job.id) });
      await storage.transaction((repos) => dead.enqueue(repos, 'test.lease', {}));
      const deadRun = dead.runDue(1);
      await deadStarted;
      // The first process hangs (as if killed): within its lease nobody else takes the job.
      assert.deepEqual(await alive.runDue(), []);
      clock.advance(60_001);
      const taken = await alive.runDue();
      assert.deepEqual(
        taken.map((r) => r.outcome),
        ['done'],
      );
      // The first process comes back to life: its late "done" is refused, the job ran once for the books.
      release();
      assert.deepEqual(
        (await deadRun).map((r) => r.outcome),
        ['lost'],
      );
      assert.equal(ranAlive.length, 1);
      const job = await storage.repos.jobs.find(taken[0]!.id);
      assert.equal(job?.status, 'done');
      assert.equal(job?.attempts, 2);
    });

    test('jobs of a kind this process does not know wait for one that does', async () => {
      const clock = fixedClock(START);
      const old = createJobQueue({ storage, clock, ids: randomIds });
      old.register('test.known', { run: async () => undefined });
      await storage.transaction((repos) => old.enqueue(repos, 'test.newer-kind', {}));
      assert.deepEqual(await old.runDue(), []);
      const waiting = await storage.repos.jobs.list(['pending']);
      assert.ok(waiting.some((job) => job.kind === 'test.newer-kind' && job.attempts === 0));
    });

    test('concurrent workers never run the same job twice', async () => {
      const clock = fixedClock(START);
      // Separate connections on PostgreSQL (a pool of 10); SQLite serialises writers.
      const queues = Array.from({ length: 4 }, () => createJobQueue({ storage, clock, ids: randomIds }));
      const seen: string[] = [];
      for (const queue of queues)
        queue.register('test.many', {
          run: async (job) => {
            seen.push(String(job.payload.n));
            await new Promise((r) => setImmediate(r));
          },
        });
      await storage.transaction(async (repos) => {
        for (let n = 0; n < 40; n++) await queues[0]!.enqueue(repos, 'test.many', { n });
      });
      const results = (await Promise.all(queues.map((q) => q.runDue()))).flat();
      assert.equal(results.length, 40);
      assert.equal(new Set(seen).size, 40);
      assert.equal(seen.length, 40);
    });
  });
}
