import type { AuditEntry } from '../../core/index.ts';
import type { Executor } from './executor.ts';
import { fromJson } from './json.ts';

/** The audit log: append-only. */
export function auditRepository(db: Executor) {
  return {
    /** Appends an entry. */
    async add(entry: AuditEntry): Promise<void> {
      await db
        .insertInto('audit_log')
        .values({
          id: entry.id,
          at: entry.at,
          user_id: entry.userId,
          conversation_id: entry.conversationId,
          action: entry.action,
          details: JSON.stringify(entry.details),
        })
        .execute();
    },
    /** The administration's entries (users, teams, types, settings: no conversation), newest first. */
    async organisation(limit: number): Promise<AuditEntry[]> {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('conversation_id', 'is', null)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        at: row.at,
        userId: row.user_id,
        conversationId: row.conversation_id,
        action: row.action,
        details: fromJson<Record<string, unknown>>(row.details, {}),
      }));
    },
    /** The entries of one conversation, oldest first. */
    async forConversation(conversationId: string): Promise<AuditEntry[]> {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('conversation_id', '=', conversationId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        at: row.at,
        userId: row.user_id,
        conversationId: row.conversation_id,
        action: row.action,
        details: fromJson<Record<string, unknown>>(row.details, {}),
      }));
    },
  };
}
