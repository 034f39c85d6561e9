import { z } from 'zod';
import { STEP_KEYS, auditEntrySchema, conversationSummarySchema } from '../../../core/index.ts';
import { pathId } from '../common.ts';

export const conversationParams = z.object({ id: pathId });
export const participantParams = z.object({ id: pathId, participantId: pathId });
export const agreementParams = z.object({ id: pathId, agreementId: pathId });
export const expectationParams = z.object({ id: pathId, expectationId: pathId });
export const questionParams = z.object({ id: pathId, questionId: pathId });
export const stepParams = z.object({ id: pathId, step: z.enum(STEP_KEYS) });

export const conversationListSchema = z.object({
  items: z.array(conversationSummarySchema),
  total: z.number().int(),
});
export const closingCheckSchema = z.object({ missing: z.array(z.record(z.string(), z.unknown())) });
export const finishInputSchema = z.object({ force: z.boolean().optional() }).strict();
export const auditListSchema = z.array(auditEntrySchema);
