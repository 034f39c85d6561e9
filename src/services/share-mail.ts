// The mail jobs: the share mail to a participant (the outbox) and the notice to a leader about answers.
//
// A share mail runs as: (1) commit a fresh link and the state 'sending'; (2) render; (3) hand it to the SMTP
// server; (4) commit 'sent' at once. A crash before (3) sends nothing and the retry makes another link; a
// crash between the server's "250 OK" and the commit of (4) is the only way to a second copy (the retry sends
// again, with the same Message-ID, which many mail systems recognise). Nothing slow sits in that window.
import {
  AppError,
  MailSendError,
  answersOnto,
  buildReport,
  isAppError,
  isResponseNotification,
  type Conversation,
  type MailAttachment,
  type MailMessage,
  type Participant,
  type Report,
} from '../core/index.ts';
import { t, type Lang } from '../i18n/index.ts';
import type { Repositories, StoredJob } from '../storage/index.ts';
import type { Context } from './context.ts';
import { JobError, type JobQueue } from './jobs.ts';
import {
  NOTICE_MAIL_JOB,
  SHARE_MAIL_JOB,
  noMailReason,
  participantUrl,
  sharingParts,
} from './sharing.service.ts';
import { renderReportFile, renderShareMail } from '../render/index.ts';
import { loadReportInput } from './report.service.ts';

/** Registers the mail jobs with the queue. */
export function registerMailJobs(ctx: Context, jobs: JobQueue): void {
  const parts = sharingParts(ctx);
  const repos = () => ctx.storage.repos;

  async function giveUpDelivery(deliveryId: string, code: string): Promise<void> {
    await ctx.storage.transaction(async (trx) => {
      const delivery = await trx.deliveries.find(deliveryId);
      if (!delivery || delivery.state === 'sent') return;
      await trx.deliveries.update(deliveryId, {
        state: 'failed',
        lastError: (delivery.lastError ?? code) as never,
        updatedAt: ctx.now(),
      });
      const conversation = await trx.conversations.head(delivery.conversationId);
      if (!conversation) return;
      await trx.notifications.add({
        id: ctx.ids.id(),
        userId: conversation.leaderId,
        conversationId: delivery.conversationId,
        participantId: delivery.participantId,
        kind: 'delivery_failed',
        details: { deliveryId, error: delivery.lastError ?? code },
        createdAt: ctx.now(),
        readAt: null,
      });
    });
  }

  async function failNow(deliveryId: string, code: string): Promise<never> {
    await repos().deliveries.update(deliveryId, { lastError: code as never, updatedAt: ctx.now() });
    throw new JobError(code, true);
  }

  jobs.register(SHARE_MAIL_JOB, {
    async run(job: StoredJob) {
      const deliveryId = String(job.payload.deliveryId ?? '');
      const delivery = await repos().deliveries.find(deliveryId);
      // The conversation was deleted since (its deliveries went with it), or the mail went already.
      if (!delivery || delivery.state === 'sent') return;
      const mailer = ctx.mailer;
      if (!mailer) return failNow(deliveryId, 'mail_not_configured');
      const live = await repos().conversations.load(delivery.conversationId);
      const participant = live?.participants.find((p) => p.id === delivery.participantId);
      if (!live || !participant) return failNow(deliveryId, 'participant_removed');
      const reason = noMailReason(participant);
      if (reason) return failNow(deliveryId, reason);

      const link = await ctx.storage.transaction(async (trx) => {
        const minted = await parts.mintLink(trx, live.id, participant.id, 'email');
        await trx.deliveries.update(deliveryId, {
          state: 'sending',
          linkId: minted.id,
          attempts: job.attempts,
          recipient: participant.email,
          updatedAt: ctx.now(),
        });
        return minted;
      });
      const message = await shareMessage(
        repos(),
        live,
        participant,
        delivery.version,
        delivery.messageId!,
        link,
      );
      try {
        await mailer.send(message);
      } catch (error) {
        const failure =
          error instanceof MailSendError
            ? error
            : new MailSendError('smtp_unreachable', false, String(error));
        await repos().deliveries.update(deliveryId, {
          state: 'queued',
          lastError: failure.code,
          updatedAt: ctx.now(),
        });
        throw new JobError(`${failure.code}: ${failure.message}`, failure.permanent);
      }
      // The server has the mail: record it before anything else can happen.
      await repos().deliveries.update(deliveryId, {
        state: 'sent',
        lastError: null,
        sentAt: ctx.now(),
        updatedAt: ctx.now(),
      });
    },
    async onGiveUp(job, error) {
      await giveUpDelivery(String(job.payload.deliveryId ?? ''), error.split(':')[0] ?? 'internal');
    },
  });

  jobs.register(NOTICE_MAIL_JOB, {
    async run(job: StoredJob) {
      const mailer = ctx.mailer;
      if (!mailer || !ctx.publicUrl) return;
      const conversationId = String(job.payload.conversationId ?? '');
      const live = await repos().conversations.load(conversationId);
      if (!live) return;
      const leader = await repos().users.find(live.leaderId);
      if (!leader || !leader.active) return;
      const unread = await repos().notifications.forUser(leader.id, {
        conversationId,
        unreadOnly: true,
        limit: 50,
      });
      // Seen in the app already: no need to mail. A reminder had a mail of its own (services/reminders.ts), so
      // it is not told again here; only the participants' responses and failed mails are.
      const responses = unread.flatMap((n) =>
        isResponseNotification(n.kind) ? [{ ...n, kind: n.kind }] : [],
      );
      if (responses.length === 0) return;
      const lang: Lang = leader.locale;
      const nameOf = (id: string | null) =>
        id ? (live.participants.find((p) => p.id === id)?.name ?? '') : t(lang, 'sharing.notice.anonymous');
      const lines = responses
        .slice()
        .reverse()
        .map((n) => t(lang, `sharing.notice.${n.kind}`, { name: nameOf(n.participantId) }));
      const url = new URL(`/conversations/${encodeURIComponent(live.id)}/share`, ctx.publicUrl).toString();
      const organisation = await repos().organisation.get();
      await mailer.send({
        messageId: `<${job.id}@${ctx.publicUrl.hostname}>`,
        fromName: organisation?.name ?? null,
        to: leader.email,
        replyTo: null,
        subject: t(lang, 'sharing.notice.subject', { title: live.title }),
        text: [
          t(lang, 'sharing.notice.intro', { title: live.title }),
          '',
          ...lines.map((l) => `- ${l}`),
          '',
          url,
        ].join('\n'),
        html: [
          `<p>${escape(t(lang, 'sharing.notice.intro', { title: live.title }))}</p>`,
          `<ul>${lines.map((l) => `<li>${escape(l)}</li>`).join('')}</ul>`,
          `<p><a href="${escape(url)}">${escape(t(lang, 'sharing.notice.open'))}</a></p>`,
        ].join('\n'),
        attachments: [],
      });
    },
  });

  /** The share mail for one participant: the participant's version of the record, their link in the body. */
  async function shareMessage(
    trx: Repositories,
    live: Conversation,
    participant: Participant,
    version: number,
    messageId: string,
    link: { token: string; expiresAt: string },
  ): Promise<MailMessage> {
    const found = await trx.versions.find(live.id, version);
    if (!found) throw new AppError('version_not_found');
    const input = await loadReportInput(trx, answersOnto(live, found.content), participant.language);
    const report: Report = buildReport(
      { ...input, version: { number: found.number, createdAt: found.createdAt } },
      { kind: 'participant', participantId: participant.id },
    );
    const organisation = await trx.organisation.get();
    const url = participantUrl(ctx.publicUrl!, link.token);
    const now = ctx.clock.now();
    const body = renderShareMail(report, { now, link: url, expiresAt: new Date(link.expiresAt) });
    // The record as PDF (when a browser to print it is there), the dates, the leader's card.
    const attachments: MailAttachment[] = [];
    for (const format of ['pdf', 'ics', 'vcf'] as const) {
      if (format === 'pdf' && !ctx.pdf) continue;
      try {
        const file = await renderReportFile(report, format, { now, pdf: ctx.pdf });
        attachments.push({ filename: file.filename, contentType: file.contentType, content: file.body });
      } catch (error) {
        // Chromium failed to start: the mail still goes, with the record in its body and the link.
        if (!(isAppError(error) && error.code === 'pdf_unavailable')) throw error;
      }
    }
    return {
      messageId,
      fromName: organisation?.name ?? null,
      to: participant.email!,
      replyTo: report.leader.email,
      subject: body.subject,
      text: body.text,
      html: body.html,
      attachments,
    };
  }
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
