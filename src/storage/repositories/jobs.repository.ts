// The durable job queue. A job is claimed with a lease (PostgreSQL: FOR UPDATE SKIP LOCKED, so several
// server processes never take the same job; SQLite has one writer at a time). Every later write names the
// attempt it belongs to, so a process whose lease ran out and was taken over cannot finish the job twice.
import type { Executor } from './executor.ts';
import type { DatabaseKind } from '../db.ts';
import { fromJson } from './json.ts';

export type JobStatus = 'pending' | 'running' | 'done' | 'failed';

export interface StoredJob {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  status: JobStatus;
  runAt: string;
  attempts: number;
  maxAttempts: number;
  leaseUntil: string | null;
  lockedBy: string | null;
  lastError: string | null;
  idempotencyKey: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface NewJob {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  runAt: string;
  maxAttempts: number;
  idempotencyKey: string | null;
  createdAt: string;
}

function toJob(row: {
  id: string;
  kind: string;
  payload: string;
  status: string;
  run_at: string;
  attempts: number;
  max_attempts: number;
  lease_until: string | null;
  locked_by: string | null;
  last_error: string | null;
  idempotency_key: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}): StoredJob {
  return {
    id: row.id,
    kind: row.kind,
    payload: fromJson<Record<string, unknown>>(row.payload, {}),
    status: row.status as JobStatus,
    runAt: row.run_at,
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
    leaseUntil: row.lease_until,
    lockedBy: row.locked_by,
    lastError: row.last_error,
    idempotencyKey: row.idempotency_key,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}

/** Jobs: enqueue (in the caller's transaction), claim, finish, retry, fail. */
export function jobsRepository(db: Executor, kind: DatabaseKind) {
  return {
    /** Adds a job; with an idempotency key that exists already, adds nothing and answers false. */
    async enqueue(job: NewJob): Promise<boolean> {
      const result = await db
        .insertInto('jobs')
        .values({
          id: job.id,
          kind: job.kind,
          payload: JSON.stringify(job.payload),
          status: 'pending',
          run_at: job.runAt,
          attempts: 0,
          max_attempts: job.maxAttempts,
          lease_until: null,
          locked_by: null,
          last_error: null,
          idempotency_key: job.idempotencyKey,
          created_at: job.createdAt,
          updated_at: job.createdAt,
          finished_at: null,
        })
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    /**
     * Adds many jobs in one statement (a scheduler pass queues thousands); those whose idempotency key exists
     * already are left out. Answers how many were added.
     */
    async enqueueMany(jobs: readonly NewJob[]): Promise<number> {
      if (jobs.length === 0) return 0;
      const result = await db
        .insertInto('jobs')
        .values(
          jobs.map((job) => ({
            id: job.id,
            kind: job.kind,
            payload: JSON.stringify(job.payload),
            status: 'pending',
            run_at: job.runAt,
            attempts: 0,
            max_attempts: job.maxAttempts,
            lease_until: null,
            locked_by: null,
            last_error: null,
            idempotency_key: job.idempotencyKey,
            created_at: job.createdAt,
            updated_at: job.createdAt,
            finished_at: null,
          })),
        )
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0);
    },

    /**
     * Takes the next due job (pending and due, or running with an expired lease: its process died) and
     * leases it to `workerId` until `leaseUntil`; counts the attempt. Null when nothing is due.
     */
    async claim(
      now: string,
      workerId: string,
      leaseUntil: string,
      kinds?: readonly string[],
    ): Promise<StoredJob | null> {
      let next = db
        .selectFrom('jobs')
        .select('id')
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', now)]),
            eb.and([eb('status', '=', 'running'), eb('lease_until', '<', now)]),
          ]),
        )
        .orderBy('run_at')
        .orderBy('id')
        .limit(1);
      if (kinds && kinds.length > 0) next = next.where('kind', 'in', kinds);
      if (kind === 'postgres') next = next.forUpdate().skipLocked();
      const row = await db
        .updateTable('jobs')
        .set((eb) => ({
          status: 'running',
          attempts: eb('attempts', '+', 1),
          lease_until: leaseUntil,
          locked_by: workerId,
          updated_at: now,
        }))
        .where('id', '=', next)
        .returningAll()
        .executeTakeFirst();
      return row ? toJob(row) : null;
    },

    /** Extends the lease of a job this attempt still holds; false when it was taken over. */
    async extendLease(id: string, attempt: number, leaseUntil: string): Promise<boolean> {
      const result = await db
        .updateTable('jobs')
        .set({ lease_until: leaseUntil })
        .where('id', '=', id)
        .where('status', '=', 'running')
        .where('attempts', '=', attempt)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Marks the job done; false when this attempt no longer holds it. */
    async complete(id: string, attempt: number, at: string): Promise<boolean> {
      const result = await db
        .updateTable('jobs')
        .set({ status: 'done', lease_until: null, finished_at: at, updated_at: at, last_error: null })
        .where('id', '=', id)
        .where('status', '=', 'running')
        .where('attempts', '=', attempt)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Gives the job back to run again at `runAt`, with the reason it failed this time. */
    async retry(id: string, attempt: number, runAt: string, error: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('jobs')
        .set({
          status: 'pending',
          run_at: runAt,
          lease_until: null,
          locked_by: null,
          last_error: error,
          updated_at: at,
        })
        .where('id', '=', id)
        .where('status', '=', 'running')
        .where('attempts', '=', attempt)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Gives up on the job: it failed for good (kept, with the reason, for people to see). */
    async fail(id: string, attempt: number, error: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('jobs')
        .set({ status: 'failed', lease_until: null, last_error: error, finished_at: at, updated_at: at })
        .where('id', '=', id)
        .where('status', '=', 'running')
        .where('attempts', '=', attempt)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Makes a failed or waiting job due now again, with a fresh count of attempts (a person asked). */
    async requeue(id: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('jobs')
        .set({ status: 'pending', run_at: at, attempts: 0, finished_at: null, updated_at: at })
        .where('id', '=', id)
        .where('status', 'in', ['failed', 'pending'])
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** One job, or null. */
    async find(id: string): Promise<StoredJob | null> {
      const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toJob(row) : null;
    },

    /** The job with this idempotency key, or null. */
    async findByKey(idempotencyKey: string): Promise<StoredJob | null> {
      const row = await db
        .selectFrom('jobs')
        .selectAll()
        .where('idempotency_key', '=', idempotencyKey)
        .executeTakeFirst();
      return row ? toJob(row) : null;
    },

    /** Jobs in the given states, soonest first (for `sluitstuk jobs` and the tests). */
    async list(statuses: readonly JobStatus[], limit = 100): Promise<StoredJob[]> {
      const rows = await db
        .selectFrom('jobs')
        .selectAll()
        .where('status', 'in', statuses)
        .orderBy('run_at')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toJob);
    },

    /** When the next job falls due (pending run_at or a running job's lease end), or null. */
    async nextDueAt(): Promise<string | null> {
      const row = await db
        .selectFrom('jobs')
        .select((eb) => [
          eb.fn
            .min(
              eb
                .case()
                .when('status', '=', 'pending')
                .then(eb.ref('run_at'))
                .else(eb.ref('lease_until'))
                .end(),
            )
            .as('at'),
        ])
        .where('status', 'in', ['pending', 'running'])
        .executeTakeFirst();
      return (row?.at as string | null | undefined) ?? null;
    },
  };
}
