// Retention as a kind of job on the durable queue: one pass a night (03:00 Dutch time) deletes or anonymises
// what ran out and prunes the logs. The pass puts the next night's on the queue; an idempotency key per day
// makes it one job however many processes share the database, and a pass the server missed runs when it is back.
import { addDays, amsterdamAt, dayOf } from '../core/index.ts';
import type { StoredJob } from '../storage/index.ts';
import type { Context } from './context.ts';
import type { JobQueue } from './jobs.ts';
import type { privacyService } from './privacy.service.ts';

/** The job kind of the nightly retention pass. */
export const RETENTION_JOB = 'privacy.retention';
/** The hour (Dutch time) of the pass: at night, when nobody is writing a record. */
export const RETENTION_HOUR = 3;

/** Registers the retention pass; `ensureScheduled` puts the coming night's on the queue (a no-op when it is). */
export function registerRetentionJob(
  ctx: Context,
  jobs: JobQueue,
  privacy: ReturnType<typeof privacyService>,
): { ensureScheduled(): Promise<void> } {
  async function schedule(day: string): Promise<void> {
    await ctx.storage.transaction(async (trx) => {
      await jobs.enqueue(
        trx,
        RETENTION_JOB,
        { day },
        { runAt: amsterdamAt(day, RETENTION_HOUR), idempotencyKey: `${RETENTION_JOB}:${day}` },
      );
    });
  }

  jobs.register(RETENTION_JOB, {
    async run(job: StoredJob) {
      await privacy.runRetention({ userId: 'system', role: 'admin', teamId: null });
      // The next pass is the night after the one this was for, or after today when it ran late.
      const planned = String(job.payload.day ?? dayOf(ctx.clock.now()));
      const today = dayOf(ctx.clock.now());
      await schedule(addDays(planned > today ? planned : today, 1));
    },
  });

  return {
    async ensureScheduled() {
      const now = ctx.clock.now();
      const today = dayOf(now);
      // Before 03:00 tonight's pass is today's; after it, tomorrow's (today's already ran or is due now).
      await schedule(
        now.getTime() < amsterdamAt(today, RETENTION_HOUR).getTime() ? today : addDays(today, 1),
      );
    },
  };
}
