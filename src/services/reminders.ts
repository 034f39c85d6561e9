// The follow-up's jobs on the one durable queue (services/jobs.ts): a daily scheduler pass that finds the
// reminders due, one job per reminder that sends it, and the Monday digest. Each reminder exists at most once:
// its job has an idempotency key (agreement, deadline, offset, recipient) and the reminders table a unique key
// on the same four, so neither a second pass, a restart nor a second server process can send it twice.
// A reminder is sent as: (1) record it as 'sending' (for the leader, in the same transaction, the notification
// in the app); (2) hand the mail to SMTP; (3) record 'sent'. A crash between the SMTP server's acceptance and
// (3) is the only way to a second copy (same Message-ID). Without mail the leader is reminded in the app only.
import {
  DEFAULT_REMINDER_SCHEDULE,
  addDays,
  dayOf,
  deadlineWindow,
  dueReminder,
  groupOf,
  mondayOf,
  reminderMoment,
  type ReminderNoticeDetails,
} from '../core/index.ts';
import type { Lang } from '../i18n/index.ts';
import { renderDigestMail, renderReminderMail } from '../render/index.ts';
import type { ReminderCandidate, Repositories, StoredJob } from '../storage/index.ts';
import type { Context } from './context.ts';
import { JobError, type JobQueue } from './jobs.ts';
import { participantUrl, sharingParts } from './sharing.service.ts';

export const SCAN_JOB = 'followup.scan';
export const REMINDER_JOB = 'followup.reminder';
export const DIGEST_JOB = 'followup.digest';
export const DIGEST_MAIL_JOB = 'followup.digest_mail';

/** The hour (Dutch time) of the daily pass and of the Monday digest. */
const SCAN_HOUR = 7;
const DIGEST_HOUR = 8;
/** Candidates per page of a pass: memory stays flat over a hundred thousand open agreements. */
const PAGE = 2000;

/** The instant of `hour`:00 in Amsterdam on a day (summer or winter time). */
export function amsterdamAt(day: string, hour: number): Date {
  // Try the offsets Amsterdam uses; the one whose Dutch day and hour come out right is it.
  for (const offset of [1, 2]) {
    const candidate = new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+0${offset}:00`);
    const hourThere = Number(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Amsterdam',
        hour: '2-digit',
        hourCycle: 'h23',
      }).format(candidate),
    );
    if (hourThere === hour && dayOf(candidate) === day) return candidate;
  }
  return new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+01:00`);
}

/** Who a reminder goes to, and whether they can be reached. */
function recipientOf(c: ReminderCandidate): { key: string; reachable: boolean; why: string } {
  if (c.owner && c.owner !== 'leader') {
    // A participant gets mail only with an address and their consent; otherwise the leader follows it up.
    const reachable = Boolean(c.participantEmail) && c.participantConsent;
    return { key: c.owner, reachable, why: reachable ? '' : 'skipped_no_consent' };
  }
  return { key: 'leader', reachable: c.leaderActive, why: c.leaderActive ? '' : 'skipped_inactive' };
}

/** A reminder the pass decided on (for the job, and for `jobs run --dry-run`). */
export interface PlannedReminder {
  agreementId: string;
  conversationId: string;
  deadline: string;
  offset: number;
  dueOn: string;
  recipient: string;
  idempotencyKey: string;
}

/** The follow-up's jobs, registered on the queue; `plan` and `ensureScheduled` for the CLI and the server. */
export function registerFollowupJobs(ctx: Context, jobs: JobQueue) {
  const repos = () => ctx.storage.repos;
  const parts = sharingParts(ctx);

  /** The reminders due on `today` that have not been handled, page by page. */
  async function plan(today: string): Promise<PlannedReminder[]> {
    const settings = await repos().organisation.settings();
    const schedule = settings.reminderSchedule.length
      ? settings.reminderSchedule
      : [...DEFAULT_REMINDER_SCHEDULE];
    const { from, to } = deadlineWindow(today, schedule);
    const planned: PlannedReminder[] = [];
    // Many agreements share a deadline: work out each deadline's due reminder once per pass.
    const dueFor = new Map<string, ReturnType<typeof dueReminder>>();
    const due = (deadline: string) => {
      if (!dueFor.has(deadline))
        dueFor.set(deadline, dueReminder(deadline, today, schedule, settings.holidayRegion));
      return dueFor.get(deadline)!;
    };
    let after: { deadline: string; id: string } | null = null;
    for (;;) {
      const page = await repos().followup.reminderCandidates(from, to, after, PAGE);
      if (page.length === 0) break;
      after = { deadline: page.at(-1)!.deadline, id: page.at(-1)!.agreementId };
      const handled = await repos().followup.reminderKeys(page.map((c) => c.agreementId));
      for (const c of page) {
        const reminder = due(c.deadline);
        if (!reminder) continue;
        const { key } = recipientOf(c);
        const logKey = `${c.agreementId}|${c.deadline}|${reminder.offset}|${key}`;
        if (handled.has(logKey)) continue;
        // Once a later offset went out, an earlier one that was missed is not sent any more.
        if (
          schedule.some(
            (o) => o > reminder.offset && handled.has(`${c.agreementId}|${c.deadline}|${o}|${key}`),
          )
        )
          continue;
        planned.push({
          agreementId: c.agreementId,
          conversationId: c.conversationId,
          deadline: c.deadline,
          offset: reminder.offset,
          dueOn: reminder.dueOn,
          recipient: key,
          idempotencyKey: `reminder:${logKey}`,
        });
      }
      if (page.length < PAGE) break;
    }
    return planned;
  }

  /** Puts today's pass and the coming Monday's digest on the queue (a no-op when they are there already). */
  async function ensureScheduled(): Promise<void> {
    const now = ctx.clock.now();
    const today = dayOf(now);
    await ctx.storage.transaction(async (trx) => {
      await jobs.enqueue(
        trx,
        SCAN_JOB,
        { day: today },
        { runAt: amsterdamAt(today, SCAN_HOUR), idempotencyKey: `${SCAN_JOB}:${today}` },
      );
      const monday = mondayOf(today);
      const nextMonday = monday === today ? today : addDays(monday, 7);
      await jobs.enqueue(
        trx,
        DIGEST_JOB,
        { day: nextMonday },
        { runAt: amsterdamAt(nextMonday, DIGEST_HOUR), idempotencyKey: `${DIGEST_JOB}:${nextMonday}` },
      );
    });
  }

  jobs.register(SCAN_JOB, {
    async run(job: StoredJob) {
      const day = String(job.payload.day ?? dayOf(ctx.clock.now()));
      // A pass that runs late (the server was down) looks at the day it runs, not the day it was meant for.
      const today = dayOf(ctx.clock.now()) > day ? dayOf(ctx.clock.now()) : day;
      const planned = await plan(today);
      // In statements of 500 rows (PostgreSQL takes at most 65,535 parameters; a row has 14).
      for (let i = 0; i < planned.length; i += 500) {
        await ctx.storage.transaction((trx) =>
          jobs.enqueueMany(
            trx,
            REMINDER_JOB,
            planned
              .slice(i, i + 500)
              .map((p) => ({ payload: { ...p }, options: { idempotencyKey: p.idempotencyKey } })),
          ),
        );
      }
      const next = addDays(today, 1);
      await ctx.storage.transaction(async (trx) => {
        await jobs.enqueue(
          trx,
          SCAN_JOB,
          { day: next },
          { runAt: amsterdamAt(next, SCAN_HOUR), idempotencyKey: `${SCAN_JOB}:${next}` },
        );
      });
    },
  });

  jobs.register(REMINDER_JOB, {
    async run(job: StoredJob) {
      const p = job.payload as unknown as PlannedReminder;
      const live = await repos().conversations.load(p.conversationId);
      const agreement = live?.closing.agreements.find((a) => a.id === p.agreementId);
      /** Records how this reminder was handled; false when it was recorded already. */
      const record = (trx: Repositories, outcome: string) =>
        trx.followup.logReminder({
          id: ctx.ids.id(),
          agreementId: p.agreementId,
          conversationId: p.conversationId,
          deadline: p.deadline,
          offset: p.offset,
          recipient: p.recipient,
          dueOn: p.dueOn,
          outcome,
          createdAt: ctx.now(),
        });
      // Gone, done, cancelled or moved since the pass: no reminder (a moved one gets its own later).
      if (!live || !agreement) return;
      if (agreement.status !== 'open') return void (await record(repos(), 'skipped_done'));
      if (agreement.deadline !== p.deadline) return void (await record(repos(), 'skipped_moved'));
      // 'sending' means an earlier attempt stopped before the mail was handed over: it goes now.
      const existing = await repos().followup.reminderOutcome(
        p.agreementId,
        p.deadline,
        p.offset,
        p.recipient,
      );
      if (existing && existing !== 'sending') return;
      const leader = await repos().users.find(live.leaderId);
      if (!leader) return;
      const participant =
        p.recipient === 'leader' ? null : (live.participants.find((x) => x.id === p.recipient) ?? null);
      if (p.recipient !== 'leader') {
        if (!participant || !participant.email || !participant.contactConsent)
          return void (await record(repos(), 'skipped_no_consent'));
      } else if (!leader.active) return void (await record(repos(), 'skipped_inactive'));
      const mailer = ctx.mailer;
      const publicUrl = ctx.publicUrl;
      const mail = mailer && publicUrl ? { mailer, publicUrl } : null;

      let url: string;
      if (!participant) {
        // The leader is reminded in the app, and by mail when mail is set up. The notification and the
        // reminder's row are written together, so a retry or a second process never adds a second one.
        if (!existing) {
          const first = await ctx.storage.transaction(async (trx) => {
            if (!(await record(trx, mail ? 'sending' : 'notified'))) return false;
            const details: ReminderNoticeDetails = {
              agreementId: p.agreementId,
              action: agreement.action || agreement.sourceText,
              deadline: p.deadline,
              offset: p.offset,
              moment: reminderMoment(p.offset),
            };
            await trx.notifications.add({
              id: ctx.ids.id(),
              userId: leader.id,
              conversationId: live.id,
              participantId: null,
              kind: 'agreement_reminder',
              details: { ...details },
              createdAt: ctx.now(),
              readAt: null,
            });
            return true;
          });
          if (!first) return;
        }
        if (!mail) return;
        url = new URL('/agreements', mail.publicUrl).toString();
      } else {
        // Without mail a participant cannot be reached; recorded so it is not tried every day.
        if (!mail) return void (await record(repos(), 'skipped_no_mail'));
        const link = await ctx.storage.transaction(async (trx) => {
          const minted = await parts.mintLink(trx, live.id, participant.id, 'email');
          if (!existing) await record(trx, 'sending');
          return minted;
        });
        url = participantUrl(mail.publicUrl, link.token);
      }
      const lang: Lang = participant ? participant.language : leader.locale;
      const organisation = await repos().organisation.get();
      const body = renderReminderMail({
        lang,
        audience: participant ? 'participant' : 'leader',
        name: participant?.name ?? leader.name,
        action: agreement.action || agreement.sourceText,
        title: live.title,
        deadline: p.deadline,
        offset: p.offset,
        leaderName: leader.name,
        url,
      });
      try {
        await mail.mailer.send({
          // The same Message-ID on every attempt: a copy after a crash is recognisable as the same mail.
          messageId: `<${job.id}@${mail.publicUrl.hostname}>`,
          fromName: organisation?.name ?? null,
          to: participant ? participant.email! : leader.email,
          replyTo: participant ? (live.closing.contact.card?.email ?? leader.email) : null,
          subject: body.subject,
          text: body.text,
          html: body.html,
          attachments: [],
        });
      } catch (error) {
        throw new JobError(
          error instanceof Error ? error.message : String(error),
          Boolean((error as { permanent?: boolean }).permanent),
        );
      }
      // The server has the mail: record it before anything else can happen.
      await repos().followup.setReminderOutcome(p.agreementId, p.deadline, p.offset, p.recipient, 'sent');
    },
  });

  jobs.register(DIGEST_JOB, {
    async run(job: StoredJob) {
      const day = String(job.payload.day ?? dayOf(ctx.clock.now()));
      const recipients = await repos().followup.digestRecipients();
      await ctx.storage.transaction(async (trx) => {
        for (const user of recipients) {
          await jobs.enqueue(
            trx,
            DIGEST_MAIL_JOB,
            { userId: user.id, day },
            { idempotencyKey: `digest:${user.id}:${day}` },
          );
        }
        const next = addDays(mondayOf(day), 7);
        await jobs.enqueue(
          trx,
          DIGEST_JOB,
          { day: next },
          { runAt: amsterdamAt(next, DIGEST_HOUR), idempotencyKey: `${DIGEST_JOB}:${next}` },
        );
      });
    },
  });

  jobs.register(DIGEST_MAIL_JOB, {
    async run(job: StoredJob) {
      const mailer = ctx.mailer;
      if (!mailer || !ctx.publicUrl) return;
      const user = await repos().users.find(String(job.payload.userId ?? ''));
      if (!user || !user.active || !user.weeklyDigest) return;
      const today = dayOf(ctx.clock.now());
      const open = await repos().followup.openForLeader(user.id);
      if (open.length === 0) return;
      const body = renderDigestMail({
        lang: user.locale,
        name: user.name,
        items: open.map((a) => ({
          action: a.action || a.sourceText,
          owner: a.owner === 'leader' ? 'leader' : a.owner ? 'participant' : 'nobody',
          ownerName: a.ownerName ?? '',
          deadline: a.deadline,
          group: groupOf(a.deadline, today),
        })),
        url: new URL('/agreements', ctx.publicUrl).toString(),
      });
      const organisation = await repos().organisation.get();
      await mailer.send({
        messageId: `<${job.id}@${ctx.publicUrl.hostname}>`,
        fromName: organisation?.name ?? null,
        to: user.email,
        replyTo: null,
        subject: body.subject,
        text: body.text,
        html: body.html,
        attachments: [],
      });
    },
  });

  return { plan, ensureScheduled };
}
