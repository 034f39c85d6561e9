// The access log: who opened which record, when. A burst of openings by one person (reloads, tabs) is one entry
// per ACCESS_COALESCE_MINUTES, so the log stays readable and a page view costs no write most of the time.
import type { Context } from './context.ts';

/** Openings of the same record by the same person within this many minutes count once. */
export const ACCESS_COALESCE_MINUTES = 5;

/** What can be opened: the conversation's record, its export, a download of the report. */
export type AccessAction = 'conversation.opened' | 'conversation.exported' | 'report.downloaded';

/** Records that a user opened a conversation's record (at most once per ACCESS_COALESCE_MINUTES). */
export async function recordAccess(
  ctx: Context,
  userId: string,
  conversationId: string,
  action: AccessAction,
): Promise<void> {
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - ACCESS_COALESCE_MINUTES * 60_000).toISOString();
  const log = ctx.storage.repos.accessLog;
  if (await log.hasSince(userId, conversationId, action, since)) return;
  await log.add({ id: ctx.ids.id(), at: now.toISOString(), userId, conversationId, action });
}
