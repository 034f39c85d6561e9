// The leader's side of sharing: make a version of the record, give each participant a personal link (by
// mail through the outbox, on a handout, or to copy), see what happened to each delivery and what the
// participants answered, revoke links, try a failed mail again, read earlier versions.
import {
  AppError,
  answerCounts,
  answersOnto,
  buildReport,
  canEditConversation,
  canReadConversation,
  sharedContent,
  type Actor,
  type Conversation,
  type Delivery,
  type LinkChannel,
  type MadeLink,
  type Notification,
  type NotificationGroup,
  type Participant,
  type ShareState,
  type shareInputSchema,
} from '../core/index.ts';
import type { z } from 'zod';
import type { Repositories, StoredDelivery, StoredNotification } from '../storage/index.ts';
import { writeAudit, type Context } from './context.ts';
import type { JobQueue } from './jobs.ts';
import { hashToken, newLinkToken, sha256 } from './secrets.ts';
import { loadReportInput } from './report.service.ts';
import { renderHandoutHtml, renderReportFile, type RenderedFile } from '../render/index.ts';

/** The job kind of a share mail (the outbox). */
export const SHARE_MAIL_JOB = 'mail.share';
/** The job kind of the mail that tells a leader about answers. */
export const NOTICE_MAIL_JOB = 'mail.notice';

/** The idempotency key of the job that sends one delivery: one job per delivery, ever. */
export const deliveryJobKey = (deliveryId: string) => `delivery:${deliveryId}`;

/** The content hash of what participants would see of this record. */
export function contentHashOf(conversation: Conversation): string {
  return sha256(JSON.stringify(sharedContent(conversation)));
}

/** The address of a participant's page for a link token. */
export function participantUrl(base: URL | string, token: string): string {
  return new URL(`/p/${token}`, base).toString();
}

/** Why a participant cannot be mailed, or null when they can. */
export function noMailReason(participant: Participant): 'no_address' | 'no_consent' | null {
  if (!participant.email) return 'no_address';
  if (!participant.contactConsent) return 'no_consent';
  return null;
}

/**
 * How long a new participant link works: the organisation's setting (Beheer → Instellingen) once it is set up,
 * else the configured LINK_TTL. One place, so the share screen says what the links really do.
 */
async function linkLifetimeMs(ctx: Context, repos: Repositories): Promise<number> {
  const days = (await repos.organisation.get()) ? (await repos.organisation.settings()).linkLifetimeDays : 0;
  return days > 0 ? days * 86_400_000 : ctx.linkTtlSeconds * 1000;
}

/** Version and link helpers shared by the leader's and the participant's side. */
export function sharingParts(ctx: Context) {
  return {
    /** The latest version, or a new one when the record changed since (or was never shared). */
    async ensureVersion(
      repos: Repositories,
      actor: Actor,
      conversation: Conversation,
    ): Promise<{ number: number; created: boolean }> {
      const versions = await repos.versions.list(conversation.id);
      const latest = versions.at(-1);
      const hash = contentHashOf(conversation);
      if (latest && latest.contentHash === hash) return { number: latest.number, created: false };
      const number = (latest?.number ?? 0) + 1;
      await repos.versions.insert(
        {
          id: ctx.ids.id(),
          conversationId: conversation.id,
          number,
          createdAt: ctx.now(),
          createdBy: actor.userId,
          contentHash: hash,
        },
        { ...conversation, latestVersion: number, unread: 0 },
      );
      return { number, created: true };
    },

    /** A new link for a participant: the token is returned once and only its hash is stored. */
    async mintLink(
      repos: Repositories,
      conversationId: string,
      participantId: string,
      channel: LinkChannel,
    ): Promise<{ id: string; token: string; expiresAt: string }> {
      const token = newLinkToken();
      const createdAt = ctx.now();
      const lifetimeMs = await linkLifetimeMs(ctx, repos);
      const expiresAt = new Date(ctx.clock.now().getTime() + lifetimeMs).toISOString();
      const id = ctx.ids.id();
      await repos.links.insert({
        id,
        tokenHash: hashToken(token),
        conversationId,
        participantId,
        channel,
        createdAt,
        expiresAt,
        revokedAt: null,
      });
      return { id, token, expiresAt };
    },
  };
}

function toDelivery(stored: StoredDelivery, retryAt: string | null): Delivery {
  return {
    id: stored.id,
    participantId: stored.participantId,
    version: stored.version,
    channel: stored.channel,
    state: stored.state,
    recipient: stored.recipient,
    attempts: stored.attempts,
    error: stored.lastError,
    retryAt,
    createdAt: stored.createdAt,
    sentAt: stored.sentAt,
  };
}

/** A stored notification as the API shows it, with the names it refers to. */
export function toNotification(
  stored: StoredNotification & { conversationTitle: string },
  participantName: string | null,
): Notification {
  return {
    id: stored.id,
    conversationId: stored.conversationId,
    conversationTitle: stored.conversationTitle,
    participantId: stored.participantId,
    participantName,
    kind: stored.kind,
    details: stored.details,
    createdAt: stored.createdAt,
    readAt: stored.readAt,
  };
}

/** Use cases of the leader around sharing the record. */
export function sharingService(ctx: Context, jobs: JobQueue) {
  const parts = sharingParts(ctx);

  async function own(repos: Repositories, actor: Actor, conversationId: string): Promise<Conversation> {
    const conversation = await repos.conversations.load(conversationId);
    // Someone else's conversation answers as if it did not exist.
    if (!conversation || !canEditConversation(actor, conversation))
      throw new AppError('conversation_not_found');
    return conversation;
  }

  function participantOf(conversation: Conversation, participantId: string): Participant {
    const participant = conversation.participants.find((p) => p.id === participantId);
    if (!participant) throw new AppError('participant_not_found');
    return participant;
  }

  async function state(repos: Repositories, conversation: Conversation): Promise<ShareState> {
    const [versions, deliveries, links, notifications] = await Promise.all([
      repos.versions.list(conversation.id),
      repos.deliveries.forConversation(conversation.id),
      repos.links.forConversation(conversation.id),
      repos.notifications.forUser(conversation.leaderId, { conversationId: conversation.id, limit: 50 }),
    ]);
    const now = ctx.now();
    const retryAt = new Map<string, string | null>();
    for (const d of deliveries) {
      if (d.channel !== 'email' || d.state !== 'queued' || d.attempts === 0) continue;
      const job = await repos.jobs.findByKey(deliveryJobKey(d.id));
      retryAt.set(d.id, job?.status === 'pending' ? job.runAt : null);
    }
    const latest = versions.at(-1);
    const nameOf = (id: string | null) =>
      id ? (conversation.participants.find((p) => p.id === id)?.name ?? null) : null;
    return {
      conversationId: conversation.id,
      mail: { configured: ctx.mailer !== null },
      linkDays: Math.round((await linkLifetimeMs(ctx, repos)) / 86_400_000),
      versions: versions.map((v) => ({ number: v.number, createdAt: v.createdAt })),
      changedSinceLatest: !latest || latest.contentHash !== contentHashOf(conversation),
      participants: conversation.participants.map((p) => {
        const own = deliveries.filter((d) => d.participantId === p.id);
        const given = own.filter((d) => d.state === 'sent' || d.state === 'made' || d.state === 'sending');
        const active = links.filter(
          (l) => l.participantId === p.id && l.revokedAt === null && l.expiresAt > now,
        );
        const confirmation = conversation.closing.summary.confirmations.find((c) => c.participantId === p.id);
        return {
          participantId: p.id,
          name: p.name,
          email: noMailReason(p) === null ? p.email : null,
          noMailReason: noMailReason(p),
          version: given.length > 0 ? Math.max(...given.map((d) => d.version)) : null,
          deliveries: own.map((d) => toDelivery(d, retryAt.get(d.id) ?? null)),
          activeLinks: active.length,
          linkExpiresAt:
            active.length > 0
              ? active
                  .map((l) => l.expiresAt)
                  .sort()
                  .at(-1)!
              : null,
          openedAt: p.openedAt,
          summary: {
            state: confirmation?.state ?? 'pending',
            correction: confirmation?.correction ?? '',
            current: confirmation?.current ?? true,
            version: confirmation?.version ?? null,
          },
          agreements: answerCounts(conversation, p.id),
          feedbackGiven: conversation.closing.feedback.responses.some((r) => r.participantId === p.id),
        };
      }),
      notifications: notifications.map((n) => toNotification(n, nameOf(n.participantId))),
    };
  }

  return {
    /** What was shared with whom, what happened to each mail, and what came back. */
    async state(actor: Actor, conversationId: string): Promise<ShareState> {
      const repos = ctx.storage.repos;
      const conversation = await repos.conversations.load(conversationId);
      if (!conversation || !canReadConversation(actor, conversation))
        throw new AppError('conversation_not_found');
      return state(repos, conversation);
    },

    /**
     * Shares the current version by mail with the chosen participants (default: everyone with an address
     * and consent). The deliveries and their jobs are written in one transaction; the mails go after the commit.
     */
    async share(
      actor: Actor,
      conversationId: string,
      input: z.output<typeof shareInputSchema>,
    ): Promise<ShareState> {
      const result = await ctx.storage.transaction(async (repos) => {
        const conversation = await own(repos, actor, conversationId);
        if (!ctx.mailer) throw new AppError('mail_not_configured');
        const chosen = input.participantIds
          ? input.participantIds.map((id) => participantOf(conversation, id))
          : conversation.participants.filter((p) => noMailReason(p) === null);
        const refused = chosen
          .map((p, index) => ({ index, reason: noMailReason(p) }))
          .filter((r) => r.reason !== null);
        if (input.participantIds && refused.length > 0) {
          throw new AppError('validation_failed', {
            fields: refused.map((r) => ({ path: `participantIds.${r.index}`, message: r.reason })),
          });
        }
        if (chosen.length === 0) throw new AppError('nobody_to_mail');
        const { number } = await parts.ensureVersion(repos, actor, conversation);
        const at = ctx.now();
        const host = ctx.publicUrl?.hostname || 'sluitstuk.invalid';
        for (const participant of chosen) {
          if (input.revokeEarlier) await repos.links.revokeForParticipant(conversationId, participant.id, at);
          const id = ctx.ids.id();
          await repos.deliveries.insert({
            id,
            conversationId,
            participantId: participant.id,
            version: number,
            channel: 'email',
            state: 'queued',
            recipient: participant.email,
            linkId: null,
            messageId: `<${id}@${host}>`,
            attempts: 0,
            lastError: null,
            createdBy: actor.userId,
            createdAt: at,
            updatedAt: at,
            sentAt: null,
          });
          await jobs.enqueue(
            repos,
            SHARE_MAIL_JOB,
            { deliveryId: id },
            { idempotencyKey: deliveryJobKey(id) },
          );
        }
        await writeAudit(ctx, repos, {
          at,
          userId: actor.userId,
          conversationId,
          action: 'record.shared',
          details: {
            version: number,
            channel: 'email',
            participants: chosen.length,
            revokeEarlier: input.revokeEarlier,
          },
        });
        return state(repos, await own(repos, actor, conversationId));
      });
      jobs.wake();
      return result;
    },

    /**
     * A link for one participant, to copy or to print on a handout: the current version is shared with them
     * (a new version when the record changed), and the link is shown this once.
     */
    async makeLink(
      actor: Actor,
      conversationId: string,
      participantId: string,
      channel: Exclude<LinkChannel, 'email'>,
      base: URL | string,
      options: { revokeEarlier?: boolean } = {},
    ): Promise<MadeLink> {
      return ctx.storage.transaction(async (repos) => {
        const conversation = await own(repos, actor, conversationId);
        participantOf(conversation, participantId);
        const { number } = await parts.ensureVersion(repos, actor, conversation);
        const at = ctx.now();
        if (options.revokeEarlier) await repos.links.revokeForParticipant(conversationId, participantId, at);
        const link = await parts.mintLink(repos, conversationId, participantId, channel);
        await repos.deliveries.insert({
          id: ctx.ids.id(),
          conversationId,
          participantId,
          version: number,
          channel,
          state: 'made',
          recipient: null,
          linkId: link.id,
          messageId: null,
          attempts: 0,
          lastError: null,
          createdBy: actor.userId,
          createdAt: at,
          updatedAt: at,
          sentAt: at,
        });
        await writeAudit(ctx, repos, {
          at,
          userId: actor.userId,
          conversationId,
          action: 'record.shared',
          details: { version: number, channel, participants: 1 },
        });
        return {
          participantId,
          url: participantUrl(base, link.token),
          expiresAt: link.expiresAt,
          version: number,
        };
      });
    },

    /**
     * A printable handout for one participant with a new link as a QR code (a share by handout): an A4
     * page in large type, as HTML to print in the browser, or as a PDF where Chromium is there.
     */
    async handout(
      actor: Actor,
      conversationId: string,
      participantId: string,
      base: URL | string,
      options: { format: 'html' | 'pdf'; revokeEarlier?: boolean },
    ): Promise<RenderedFile & { link: MadeLink }> {
      if (options.format === 'pdf' && !ctx.pdf)
        throw new AppError('pdf_unavailable', {
          install: 'apt-get install chromium',
          setting: 'CHROME_PATH',
        });
      const link = await this.makeLink(actor, conversationId, participantId, 'handout', base, options);
      const repos = ctx.storage.repos;
      const live = (await repos.conversations.load(conversationId))!;
      const version = (await repos.versions.find(conversationId, link.version))!;
      const participant = live.participants.find((p) => p.id === participantId)!;
      const input = await loadReportInput(repos, answersOnto(live, version.content), participant.language);
      const report = buildReport(
        { ...input, version: { number: version.number, createdAt: version.createdAt } },
        { kind: 'participant', participantId },
      );
      const now = ctx.clock.now();
      if (options.format === 'pdf')
        return {
          ...(await renderReportFile(report, 'handout', { now, pdf: ctx.pdf, link: link.url })),
          link,
        };
      return {
        contentType: 'text/html; charset=utf-8',
        filename: 'handout.html',
        body: await renderHandoutHtml(report, { now, link: link.url }),
        link,
      };
    },

    /** Ends every working link of a participant (a lost handout, a mail to the wrong address). */
    async revokeLinks(actor: Actor, conversationId: string, participantId: string): Promise<ShareState> {
      return ctx.storage.transaction(async (repos) => {
        const conversation = await own(repos, actor, conversationId);
        participantOf(conversation, participantId);
        const at = ctx.now();
        const revoked = await repos.links.revokeForParticipant(conversationId, participantId, at);
        await writeAudit(ctx, repos, {
          at,
          userId: actor.userId,
          conversationId,
          action: 'links.revoked',
          details: { participantId, revoked },
        });
        return state(repos, conversation);
      });
    },

    /** Tries a failed mail again now (after the address was corrected, or the mail server is back). */
    async retryDelivery(actor: Actor, conversationId: string, deliveryId: string): Promise<ShareState> {
      const result = await ctx.storage.transaction(async (repos) => {
        const conversation = await own(repos, actor, conversationId);
        const delivery = await repos.deliveries.find(deliveryId);
        if (!delivery || delivery.conversationId !== conversationId || delivery.channel !== 'email')
          throw new AppError('delivery_not_found');
        if (!ctx.mailer) throw new AppError('mail_not_configured');
        const participant = participantOf(conversation, delivery.participantId);
        if (noMailReason(participant) !== null) throw new AppError('nobody_to_mail');
        if (delivery.state === 'failed' || delivery.state === 'queued') {
          const at = ctx.now();
          // The address may have been corrected since: the mail goes to the one on record now.
          await repos.deliveries.update(deliveryId, {
            state: 'queued',
            lastError: null,
            recipient: participant.email,
            updatedAt: at,
          });
          const requeued = await repos.jobs.findByKey(deliveryJobKey(deliveryId));
          if (requeued) await repos.jobs.requeue(requeued.id, at);
          else
            await jobs.enqueue(
              repos,
              SHARE_MAIL_JOB,
              { deliveryId },
              { idempotencyKey: deliveryJobKey(deliveryId) },
            );
          await writeAudit(ctx, repos, {
            at,
            userId: actor.userId,
            conversationId,
            action: 'delivery.retried',
            details: { deliveryId },
          });
        }
        return state(repos, conversation);
      });
      jobs.wake();
      return result;
    },

    /** An earlier version as it was shared (its leader only). */
    async version(
      actor: Actor,
      conversationId: string,
      number: number,
    ): Promise<{ number: number; createdAt: string; conversation: Conversation }> {
      const repos = ctx.storage.repos;
      const head = await repos.conversations.head(conversationId);
      if (!head || !canReadConversation(actor, head)) throw new AppError('conversation_not_found');
      const found = await repos.versions.find(conversationId, number);
      if (!found) throw new AppError('version_not_found');
      return { number: found.number, createdAt: found.createdAt, conversation: found.content };
    },

    /** The actor's notifications (newest first), how many responses and how many reminders are unread. */
    async notifications(actor: Actor): Promise<{ unread: number; reminders: number; items: Notification[] }> {
      const repos = ctx.storage.repos;
      const [unread, reminders, items] = await Promise.all([
        repos.notifications.unreadCount(actor.userId, 'responses'),
        repos.notifications.unreadCount(actor.userId, 'reminders'),
        repos.notifications.forUser(actor.userId, { limit: 50 }),
      ]);
      const names = new Map<string, string>();
      for (const item of items) {
        if (!item.participantId || names.has(item.participantId)) continue;
        const conversation = await repos.conversations.load(item.conversationId);
        for (const p of conversation?.participants ?? []) names.set(p.id, p.name);
      }
      return {
        unread,
        reminders,
        items: items.map((n) =>
          toNotification(n, n.participantId ? (names.get(n.participantId) ?? null) : null),
        ),
      };
    },

    /**
     * Marks the actor's notifications read: of one conversation (its leader only), or all; of one group
     * (responses or reminders), or both.
     */
    async markRead(
      actor: Actor,
      conversationId?: string,
      group?: NotificationGroup,
    ): Promise<{ unread: number; reminders: number }> {
      const repos = ctx.storage.repos;
      if (conversationId) {
        const head = await repos.conversations.head(conversationId);
        if (!head || !canReadConversation(actor, head)) throw new AppError('conversation_not_found');
      }
      await repos.notifications.markRead(actor.userId, ctx.now(), conversationId, group);
      const [unread, reminders] = await Promise.all([
        repos.notifications.unreadCount(actor.userId, 'responses'),
        repos.notifications.unreadCount(actor.userId, 'reminders'),
      ]);
      return { unread, reminders };
    },
  };
}
