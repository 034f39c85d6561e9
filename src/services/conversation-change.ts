// One door for every change to a conversation: load it, check the actor may edit it, honour the device's
// preconditions (If-Match, Idempotency-Key), run the change, touch updated_at and raise the revision, write the
// audit entry and read it back, all in one transaction. Every change passes here (the closing record, the
// follow-up's done and moved agreements), so an offline device's queued write is compared with all of them.
import {
  AppError,
  canEditConversation,
  type Actor,
  type AuditEntry,
  type Conversation,
} from '../core/index.ts';
import type { Repositories } from '../storage/index.ts';
import { writeAudit, type Context } from './context.ts';

/** What a change does inside the transaction; it returns the audit details (field names, states). */
export type ConversationWork = (
  repos: Repositories,
  conversation: Conversation,
  at: string,
) => Promise<AuditEntry['details'] | void>;

/** Preconditions of a write, from the request (If-Match, Idempotency-Key); see `changeConversation`. */
export interface WriteOptions {
  /** The revision the client's change was based on: refused when the conversation has moved on. */
  ifRevision?: number;
  /** The client's key for this change: a repeat with the same key is not made twice. */
  idempotencyKey?: string;
}

/**
 * Runs `work` on a conversation the actor may change and returns it anew with its revision raised; someone
 * else's answers as if it did not exist. With `ifRevision`, refuses (revision_mismatch) when the conversation
 * has changed since that revision: another device wrote in between, and the client compares again. With an
 * `idempotencyKey` seen before, the change is not made twice: the conversation is returned as it is.
 */
export async function changeConversation(
  ctx: Context,
  actor: Actor,
  conversationId: string,
  action: string,
  work: ConversationWork,
  options: WriteOptions = {},
): Promise<Conversation> {
  return ctx.storage.transaction(async (repos) => {
    const conversation = await repos.conversations.load(conversationId);
    // Someone else's conversation answers as if it did not exist: ids are not to be probed.
    if (!conversation || !canEditConversation(actor, conversation))
      throw new AppError('conversation_not_found');
    const { idempotencyKey, ifRevision } = options;
    // A repeat of a change that was made (its answer got lost, or a second tab sent it too).
    if (idempotencyKey && (await repos.idempotency.find(actor.userId, idempotencyKey))) return conversation;
    if (ifRevision !== undefined && ifRevision !== conversation.revision)
      throw new AppError('revision_mismatch', { revision: conversation.revision });
    const at = ctx.now();
    const details = (await work(repos, conversation, at)) ?? {};
    // touch raises the revision too (0009): every device's copy older than this is compared before it writes.
    await repos.conversations.touch(conversationId, at);
    if (idempotencyKey) await repos.idempotency.insert(actor.userId, idempotencyKey, conversationId, at);
    await writeAudit(ctx, repos, { at, userId: actor.userId, conversationId, action, details });
    return (await repos.conversations.load(conversationId))!;
  });
}
