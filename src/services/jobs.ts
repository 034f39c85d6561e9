// The durable job queue: work that must happen once, after a commit, even across a crash (mail now;
// reminders, digests and retention later). A job is written in the same transaction as the change that
// needs it, claimed with a lease, run, and then marked done; a failure is retried with backoff until it is
// permanent, and kept. Each kind registers a handler; see docs/ARCHITECTURE.md ("Jobs and the outbox").
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Clock, Ids } from '../core/index.ts';
import type { Repositories, Storage, StoredJob } from '../storage/index.ts';

/** What a handler throws to say how the attempt failed: retry later (the default) or give up now. */
export class JobError extends Error {
  constructor(
    message: string,
    readonly permanent = false,
  ) {
    super(message);
    this.name = 'JobError';
  }
}

/** One kind of job: how to run it, how often to try, how long to wait between tries. */
export interface JobKind {
  run(job: StoredJob): Promise<void>;
  /** Called once the job has failed for good (permanent error or no attempts left). */
  onGiveUp?(job: StoredJob, error: string): Promise<void>;
  maxAttempts?: number;
  /** Milliseconds to wait before attempt `attempt + 1`, after `attempt` failed. */
  backoffMs?(attempt: number): number;
}

export interface EnqueueOptions {
  /** When it may run first (default: now). */
  runAt?: Date;
  /** A second job with the same key is not added (e.g. one reminder per agreement and day). */
  idempotencyKey?: string;
  maxAttempts?: number;
}

export interface JobQueueOptions {
  storage: Storage;
  clock: Clock;
  ids: Ids;
  /** How long a claimed job stays with this process without a heartbeat (default 60 s). */
  leaseMs?: number;
  /** How often the runner looks for due jobs when nothing woke it (default 30 s). */
  pollMs?: number;
}

/** Waits 30 s, 1, 2, 5, 10 and 30 minutes, then 1, 2, 4, 8 hours and 12 hours between tries. */
const DEFAULT_BACKOFF_MS = [30, 60, 120, 300, 600, 1800, 3600, 7200, 14400, 28800, 43200].map(
  (s) => s * 1000,
);
const DEFAULT_MAX_ATTEMPTS = DEFAULT_BACKOFF_MS.length + 1;

/** The default wait after the given failed attempt (1-based). */
export function defaultBackoffMs(attempt: number): number {
  return DEFAULT_BACKOFF_MS[Math.min(attempt - 1, DEFAULT_BACKOFF_MS.length - 1)]!;
}

export type RunResult = { id: string; kind: string; outcome: 'done' | 'retry' | 'failed' | 'lost' };

/** The queue of one process: enqueue in a transaction, run due jobs, or keep running them in the background. */
export function createJobQueue(options: JobQueueOptions) {
  const { storage, clock, ids } = options;
  const leaseMs = options.leaseMs ?? 60_000;
  const pollMs = options.pollMs ?? 30_000;
  const kinds = new Map<string, JobKind>();
  // Which process holds a job, for people reading the table; fencing uses the attempt number.
  const workerId = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<unknown> | null = null;
  let started = false;
  let wakeAgain = false;

  const iso = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();

  async function runOne(): Promise<RunResult | null> {
    // Only kinds this process knows: a job of a newer kind waits for a process that can run it.
    if (kinds.size === 0) return null;
    const now = clock.now().toISOString();
    const job = await storage.repos.jobs.claim(now, workerId, iso(leaseMs), [...kinds.keys()]);
    if (!job) return null;
    const kind = kinds.get(job.kind)!;
    const attempt = job.attempts;
    // Heartbeat: a long run (a PDF, a slow SMTP server) keeps its lease; a dead process loses it.
    const beat = setInterval(
      () => void storage.repos.jobs.extendLease(job.id, attempt, iso(leaseMs)).catch(() => undefined),
      Math.max(50, Math.floor(leaseMs / 3)),
    );
    try {
      await kind.run(job);
      clearInterval(beat);
      const ok = await storage.repos.jobs.complete(job.id, attempt, clock.now().toISOString());
      return { id: job.id, kind: job.kind, outcome: ok ? 'done' : 'lost' };
    } catch (error) {
      clearInterval(beat);
      const message = error instanceof Error ? error.message : String(error);
      const permanent = error instanceof JobError && error.permanent;
      const maxAttempts = job.maxAttempts;
      const at = clock.now().toISOString();
      if (permanent || attempt >= maxAttempts) {
        const ok = await storage.repos.jobs.fail(job.id, attempt, message.slice(0, 1000), at);
        if (ok) await kind.onGiveUp?.(job, message);
        return { id: job.id, kind: job.kind, outcome: ok ? 'failed' : 'lost' };
      }
      const wait = (kind.backoffMs ?? defaultBackoffMs)(attempt);
      const ok = await storage.repos.jobs.retry(job.id, attempt, iso(wait), message.slice(0, 1000), at);
      return { id: job.id, kind: job.kind, outcome: ok ? 'retry' : 'lost' };
    }
  }

  /** Runs due jobs one after another until none is due (or `limit` ran); returns what happened. */
  async function runDue(limit = 1000): Promise<RunResult[]> {
    const results: RunResult[] = [];
    while (results.length < limit) {
      const result = await runOne();
      if (!result) break;
      results.push(result);
    }
    return results;
  }

  function schedule(ms: number): void {
    if (!started) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, Math.max(0, Math.min(ms, pollMs)));
    // The queue alone never keeps the process alive (a CLI command ends when its work is done).
    timer.unref?.();
  }

  function tick(): void {
    timer = null;
    if (running) {
      wakeAgain = true;
      return;
    }
    running = (async () => {
      try {
        do {
          wakeAgain = false;
          await runDue();
        } while (wakeAgain && started);
        const next = await storage.repos.jobs.nextDueAt();
        schedule(next ? new Date(next).getTime() - clock.now().getTime() : pollMs);
      } catch {
        // The database was unreachable for a moment: look again later.
        schedule(pollMs);
      } finally {
        running = null;
      }
    })();
  }

  return {
    /** Registers the handler of a kind of job. */
    register(name: string, kind: JobKind): void {
      kinds.set(name, kind);
    },

    /** Adds a job in the caller's transaction; false when one with the same idempotency key exists. */
    async enqueue(
      repos: Repositories,
      kind: string,
      payload: Record<string, unknown>,
      enqueueOptions: EnqueueOptions = {},
    ): Promise<boolean> {
      return repos.jobs.enqueue({
        id: ids.id(),
        kind,
        payload,
        runAt: (enqueueOptions.runAt ?? clock.now()).toISOString(),
        maxAttempts: enqueueOptions.maxAttempts ?? kinds.get(kind)?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        idempotencyKey: enqueueOptions.idempotencyKey ?? null,
        createdAt: clock.now().toISOString(),
      });
    },

    /** Adds many jobs of one kind in the caller's transaction, each with its options; answers how many were new. */
    async enqueueMany(
      repos: Repositories,
      kind: string,
      items: readonly { payload: Record<string, unknown>; options?: EnqueueOptions }[],
    ): Promise<number> {
      const now = clock.now();
      return repos.jobs.enqueueMany(
        items.map(({ payload, options: o = {} }) => ({
          id: ids.id(),
          kind,
          payload,
          runAt: (o.runAt ?? now).toISOString(),
          maxAttempts: o.maxAttempts ?? kinds.get(kind)?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
          idempotencyKey: o.idempotencyKey ?? null,
          createdAt: now.toISOString(),
        })),
      );
    },

    runDue,

    /** After a commit that enqueued work: look at once instead of at the next poll. */
    wake(): void {
      if (started) schedule(0);
    },

    /** Keeps running due jobs in the background (the server does this). */
    start(): void {
      if (started) return;
      started = true;
      schedule(0);
    },

    /** Stops looking for jobs and waits for the one running to finish. */
    async stop(): Promise<void> {
      started = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },

    /** This process's worker id (as stored in jobs.locked_by). */
    workerId,
  };
}

export type JobQueue = ReturnType<typeof createJobQueue>;
