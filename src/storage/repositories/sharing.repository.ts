// Sharing the record: its versions, the participants' links (SHA-256 of the token only), deliveries, the
// participants' answers, their feedback, and the leader's notifications.
import {
  AppError,
  type Conversation,
  type DeliveryError,
  type DeliveryState,
  type LinkChannel,
  REMINDER_NOTIFICATION_KINDS,
  RESPONSE_NOTIFICATION_KINDS,
  type NotificationGroup,
  type NotificationKind,
} from '../../core/index.ts';
import type { Executor } from './executor.ts';
import { fromJson } from './json.ts';
import { isUniqueViolation } from './errors.ts';

export interface StoredVersion {
  id: string;
  conversationId: string;
  number: number;
  createdAt: string;
  createdBy: string;
  contentHash: string;
}

export interface StoredLink {
  id: string;
  tokenHash: string;
  conversationId: string;
  participantId: string;
  channel: LinkChannel;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface StoredDelivery {
  id: string;
  conversationId: string;
  participantId: string;
  version: number;
  channel: LinkChannel;
  state: DeliveryState;
  recipient: string | null;
  linkId: string | null;
  messageId: string | null;
  attempts: number;
  lastError: DeliveryError | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
}

export interface StoredNotification {
  id: string;
  userId: string;
  conversationId: string;
  participantId: string | null;
  kind: NotificationKind;
  details: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

function toDelivery(row: {
  id: string;
  conversation_id: string;
  participant_id: string;
  version: number;
  channel: string;
  state: string;
  recipient: string | null;
  link_id: string | null;
  message_id: string | null;
  attempts: number;
  last_error: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}): StoredDelivery {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    participantId: row.participant_id,
    version: Number(row.version),
    channel: row.channel as LinkChannel,
    state: row.state as DeliveryState,
    recipient: row.recipient,
    linkId: row.link_id,
    messageId: row.message_id,
    attempts: Number(row.attempts),
    lastError: row.last_error as DeliveryError | null,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sentAt: row.sent_at,
  };
}

function toLink(row: {
  id: string;
  token_hash: string;
  conversation_id: string;
  participant_id: string;
  channel: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}): StoredLink {
  return {
    id: row.id,
    tokenHash: row.token_hash,
    conversationId: row.conversation_id,
    participantId: row.participant_id,
    channel: row.channel as LinkChannel,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

/** Record versions: what was shared, as it was. */
export function versionsRepository(db: Executor) {
  return {
    /** Stores a new version; a second version with the same number (two shares racing) is a conflict. */
    async insert(version: StoredVersion, content: Conversation): Promise<void> {
      try {
        await db
          .insertInto('record_versions')
          .values({
            id: version.id,
            conversation_id: version.conversationId,
            number: version.number,
            created_at: version.createdAt,
            created_by: version.createdBy,
            content: JSON.stringify(content),
            content_hash: version.contentHash,
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('conflict');
        throw error;
      }
    },
    /** Every version of a conversation, oldest first (without content). */
    async list(conversationId: string): Promise<StoredVersion[]> {
      const rows = await db
        .selectFrom('record_versions')
        .select(['id', 'conversation_id', 'number', 'created_at', 'created_by', 'content_hash'])
        .where('conversation_id', '=', conversationId)
        .orderBy('number')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        conversationId: row.conversation_id,
        number: Number(row.number),
        createdAt: row.created_at,
        createdBy: row.created_by,
        contentHash: row.content_hash,
      }));
    },
    /** One version with the conversation as it was shared, or null. */
    async find(
      conversationId: string,
      number: number,
    ): Promise<(StoredVersion & { content: Conversation }) | null> {
      const row = await db
        .selectFrom('record_versions')
        .selectAll()
        .where('conversation_id', '=', conversationId)
        .where('number', '=', number)
        .executeTakeFirst();
      if (!row) return null;
      const content = fromJson<Conversation | null>(row.content, null);
      if (!content) return null;
      return {
        id: row.id,
        conversationId: row.conversation_id,
        number: Number(row.number),
        createdAt: row.created_at,
        createdBy: row.created_by,
        contentHash: row.content_hash,
        content,
      };
    },
  };
}

/** Participant links, keyed by the SHA-256 of their token. */
export function linksRepository(db: Executor) {
  return {
    /** Stores a new link. */
    async insert(link: StoredLink): Promise<void> {
      await db
        .insertInto('participant_links')
        .values({
          id: link.id,
          token_hash: link.tokenHash,
          conversation_id: link.conversationId,
          participant_id: link.participantId,
          channel: link.channel,
          created_at: link.createdAt,
          expires_at: link.expiresAt,
          revoked_at: link.revokedAt,
        })
        .execute();
    },
    /** The link with this token hash (also an expired or revoked one: the caller says which), or null. */
    async findByHash(tokenHash: string): Promise<StoredLink | null> {
      const row = await db
        .selectFrom('participant_links')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row ? toLink(row) : null;
    },
    /** Every link of a conversation, newest first. */
    async forConversation(conversationId: string): Promise<StoredLink[]> {
      const rows = await db
        .selectFrom('participant_links')
        .selectAll()
        .where('conversation_id', '=', conversationId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toLink);
    },
    /** Ends every link of a participant that still works; returns how many. */
    async revokeForParticipant(conversationId: string, participantId: string, at: string): Promise<number> {
      const result = await db
        .updateTable('participant_links')
        .set({ revoked_at: at })
        .where('conversation_id', '=', conversationId)
        .where('participant_id', '=', participantId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', at)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}

/** Deliveries of a version to a participant: a mail (tracked until sent), a handout or a copied link. */
export function deliveriesRepository(db: Executor) {
  return {
    /** Stores a new delivery. */
    async insert(delivery: StoredDelivery): Promise<void> {
      await db
        .insertInto('deliveries')
        .values({
          id: delivery.id,
          conversation_id: delivery.conversationId,
          participant_id: delivery.participantId,
          version: delivery.version,
          channel: delivery.channel,
          state: delivery.state,
          recipient: delivery.recipient,
          link_id: delivery.linkId,
          message_id: delivery.messageId,
          attempts: delivery.attempts,
          last_error: delivery.lastError,
          created_by: delivery.createdBy,
          created_at: delivery.createdAt,
          updated_at: delivery.updatedAt,
          sent_at: delivery.sentAt,
        })
        .execute();
    },
    /** One delivery, or null. */
    async find(id: string): Promise<StoredDelivery | null> {
      const row = await db.selectFrom('deliveries').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toDelivery(row) : null;
    },
    /** Every delivery of a conversation, newest first. */
    async forConversation(conversationId: string): Promise<StoredDelivery[]> {
      const rows = await db
        .selectFrom('deliveries')
        .selectAll()
        .where('conversation_id', '=', conversationId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toDelivery);
    },
    /** Changes the state of a delivery (and what goes with it). */
    async update(
      id: string,
      patch: Partial<
        Pick<StoredDelivery, 'state' | 'linkId' | 'attempts' | 'lastError' | 'sentAt' | 'recipient'>
      > & {
        updatedAt: string;
      },
    ): Promise<void> {
      await db
        .updateTable('deliveries')
        .set({
          updated_at: patch.updatedAt,
          ...(patch.state !== undefined ? { state: patch.state } : {}),
          ...(patch.linkId !== undefined ? { link_id: patch.linkId } : {}),
          ...(patch.attempts !== undefined ? { attempts: patch.attempts } : {}),
          ...(patch.lastError !== undefined ? { last_error: patch.lastError } : {}),
          ...(patch.sentAt !== undefined ? { sent_at: patch.sentAt } : {}),
          ...(patch.recipient !== undefined ? { recipient: patch.recipient } : {}),
        })
        .where('id', '=', id)
        .execute();
    },
  };
}

/** The participants' own answers to agreements, and their feedback. */
export function answersRepository(db: Executor) {
  return {
    /** Records (or replaces) a participant's answer to an agreement. */
    async setAgreementAnswer(answer: {
      conversationId: string;
      agreementId: string;
      participantId: string;
      state: 'accepted' | 'questioned';
      reason: string;
      agreementRevision: number;
      version: number | null;
      answeredAt: string;
    }): Promise<void> {
      const values = {
        state: answer.state,
        reason: answer.reason,
        agreement_revision: answer.agreementRevision,
        version: answer.version,
        answered_at: answer.answeredAt,
      };
      await db
        .insertInto('agreement_answers')
        .values({
          agreement_id: answer.agreementId,
          participant_id: answer.participantId,
          conversation_id: answer.conversationId,
          ...values,
        })
        .onConflict((oc) => oc.columns(['agreement_id', 'participant_id']).doUpdateSet(values))
        .execute();
    },
    /** Stores a participant's feedback (participantId null when given without their name). */
    async addFeedback(feedback: {
      id: string;
      conversationId: string;
      participantId: string | null;
      version: number;
      score: number | null;
      wentWell: string;
      tip: string;
      givenOn: string;
    }): Promise<void> {
      await db
        .insertInto('participant_feedback')
        .values({
          id: feedback.id,
          conversation_id: feedback.conversationId,
          participant_id: feedback.participantId,
          version: feedback.version,
          score: feedback.score,
          went_well: feedback.wentWell,
          tip: feedback.tip,
          given_on: feedback.givenOn,
        })
        .execute();
    },
  };
}

/** What the leader is told: a participant corrected, questioned, finished or gave feedback; a mail failed. */
export function notificationsRepository(db: Executor) {
  return {
    /** Adds a notification. */
    async add(notification: StoredNotification): Promise<void> {
      await db
        .insertInto('notifications')
        .values({
          id: notification.id,
          user_id: notification.userId,
          conversation_id: notification.conversationId,
          participant_id: notification.participantId,
          kind: notification.kind,
          details: JSON.stringify(notification.details),
          created_at: notification.createdAt,
          read_at: notification.readAt,
        })
        .execute();
    },
    /** A user's notifications with their conversation's title, newest first; unread only when asked. */
    async forUser(
      userId: string,
      options: { unreadOnly?: boolean; conversationId?: string; limit: number },
    ): Promise<(StoredNotification & { conversationTitle: string })[]> {
      let query = db
        .selectFrom('notifications')
        .innerJoin('conversations', 'conversations.id', 'notifications.conversation_id')
        .selectAll('notifications')
        .select('conversations.title as conversation_title')
        .where('notifications.user_id', '=', userId)
        // A conversation handed to another leader keeps its old notifications away from its new one.
        .whereRef('conversations.leader_id', '=', 'notifications.user_id');
      if (options.unreadOnly) query = query.where('notifications.read_at', 'is', null);
      if (options.conversationId)
        query = query.where('notifications.conversation_id', '=', options.conversationId);
      const rows = await query
        .orderBy('notifications.created_at', 'desc')
        .orderBy('notifications.id', 'desc')
        .limit(options.limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        userId: row.user_id,
        conversationId: row.conversation_id,
        participantId: row.participant_id,
        kind: row.kind as NotificationKind,
        details: fromJson<Record<string, unknown>>(row.details, {}),
        createdAt: row.created_at,
        readAt: row.read_at,
        conversationTitle: row.conversation_title,
      }));
    },
    /** How many notifications of a group (responses by default) a user has not read. */
    async unreadCount(userId: string, group: NotificationGroup = 'responses'): Promise<number> {
      const row = await db
        .selectFrom('notifications')
        .innerJoin('conversations', 'conversations.id', 'notifications.conversation_id')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('notifications.user_id', '=', userId)
        .whereRef('conversations.leader_id', '=', 'notifications.user_id')
        .where('notifications.read_at', 'is', null)
        .where('notifications.kind', 'in', kindsOf(group))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** Marks a user's notifications read (of one conversation, or all; of one group, or both). */
    async markRead(
      userId: string,
      at: string,
      conversationId?: string,
      group?: NotificationGroup,
    ): Promise<void> {
      let query = db
        .updateTable('notifications')
        .set({ read_at: at })
        .where('user_id', '=', userId)
        .where('read_at', 'is', null);
      if (conversationId) query = query.where('conversation_id', '=', conversationId);
      if (group) query = query.where('kind', 'in', kindsOf(group));
      await query.execute();
    },
  };
}

function kindsOf(group: NotificationGroup): readonly NotificationKind[] {
  return group === 'reminders' ? REMINDER_NOTIFICATION_KINDS : RESPONSE_NOTIFICATION_KINDS;
}
