// The audit log: every change to a conversation, who made it and when.
import { z } from 'zod';

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  conversationId: z.string().nullable(),
  /** What happened, e.g. 'agreement.added', 'step.skipped', 'conversation.closed'. */
  action: z.string(),
  /** What changed (field names and new values); never secrets. */
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.output<typeof auditEntrySchema>;
