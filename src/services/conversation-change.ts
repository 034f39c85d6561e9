// One door for every change to a conversation: load it, check the actor may edit it, run the change, touch
// updated_at, write the audit entry and read it back, all in one transaction.
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

/** Runs `work` on a conversation the actor may change; someone else's answers as if it did not exist. */
export async function changeConversation(
  ctx: Context,
  actor: Actor,
  conversationId: string,
  action: string,
  work: ConversationWork,
): Promise<Conversation> {
  return ctx.storage.transaction(async (repos) => {
    const conversation = await repos.conversations.load(conversationId);
    // Someone else's conversation answers as if it did not exist: ids are not to be probed.
    if (!conversation || !canEditConversation(actor, conversation))
      throw new AppError('conversation_not_found');
    const at = ctx.now();
    const details = (await work(repos, conversation, at)) ?? {};
    await repos.conversations.touch(conversationId, at);
    await writeAudit(ctx, repos, { at, userId: actor.userId, conversationId, action, details });
    return (await repos.conversations.load(conversationId))!;
  });
}
