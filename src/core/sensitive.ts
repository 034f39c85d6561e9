// Special personal data found in a conversation's free text, as the API reports it with every answer.
import { z } from 'zod';
import { conversationSchema } from './conversation.ts';

/** One BSN or health detail in one field: which field, what rule, and where in its text. */
export const sensitiveFieldSchema = z.object({
  /** Dotted path with ids, e.g. 'closing.summary.text' or 'closing.agreements.<id>.action'. */
  field: z.string(),
  kind: z.enum(['bsn', 'health']),
  /** The analyzer's rule id (bsn.elfproef, health.condition, …). */
  rule: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});
export type SensitiveField = z.output<typeof sensitiveFieldSchema>;

/** A conversation as the API answers it: with the special personal data its free text holds. */
export const conversationAnswerSchema = conversationSchema.extend({
  sensitive: z.array(sensitiveFieldSchema),
});
