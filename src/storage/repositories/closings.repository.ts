import { STEP_KEYS, type ContactCard, type StepKey } from '../../core/index.ts';
import type { Executor } from './executor.ts';
import { bit } from './json.ts';

export interface ClosingFields {
  summaryText: string;
  questionRoundTargetMinutes: number;
  questionRoundStartedAt: string | null;
  contactCard: ContactCard | null;
  contactShared: boolean;
  feedbackAsked: boolean;
  feedbackNotes: string;
  thanksSaid: boolean;
  thanksMessage: string;
}

/** The single-value fields of a closing record (summary text, question round, contact, feedback, thanks). */
export function closingsRepository(db: Executor) {
  return {
    /** Creates the closing record of a new conversation. */
    async insert(conversationId: string, fields: ClosingFields): Promise<void> {
      await db
        .insertInto('closings')
        .values({
          conversation_id: conversationId,
          summary_text: fields.summaryText,
          question_round_target_minutes: fields.questionRoundTargetMinutes,
          question_round_started_at: fields.questionRoundStartedAt,
          contact_card: fields.contactCard ? JSON.stringify(fields.contactCard) : null,
          contact_shared: bit(fields.contactShared),
          feedback_asked: bit(fields.feedbackAsked),
          feedback_notes: fields.feedbackNotes,
          thanks_said: bit(fields.thanksSaid),
          thanks_message: fields.thanksMessage,
          summary_revision: 1,
        })
        .execute();
    },
    /** Sets a new summary text and bumps its revision (answers to the old text then name the old revision). */
    async setSummary(conversationId: string, text: string): Promise<void> {
      await db
        .updateTable('closings')
        .set((eb) => ({ summary_text: text, summary_revision: eb('summary_revision', '+', 1) }))
        .where('conversation_id', '=', conversationId)
        .execute();
    },
    /** Changes the given fields. */
    async update(conversationId: string, patch: Partial<ClosingFields>): Promise<void> {
      const values = {
        ...(patch.summaryText !== undefined ? { summary_text: patch.summaryText } : {}),
        ...(patch.questionRoundTargetMinutes !== undefined
          ? { question_round_target_minutes: patch.questionRoundTargetMinutes }
          : {}),
        ...(patch.questionRoundStartedAt !== undefined
          ? { question_round_started_at: patch.questionRoundStartedAt }
          : {}),
        ...(patch.contactCard !== undefined
          ? { contact_card: patch.contactCard ? JSON.stringify(patch.contactCard) : null }
          : {}),
        ...(patch.contactShared !== undefined ? { contact_shared: bit(patch.contactShared) } : {}),
        ...(patch.feedbackAsked !== undefined ? { feedback_asked: bit(patch.feedbackAsked) } : {}),
        ...(patch.feedbackNotes !== undefined ? { feedback_notes: patch.feedbackNotes } : {}),
        ...(patch.thanksSaid !== undefined ? { thanks_said: bit(patch.thanksSaid) } : {}),
        ...(patch.thanksMessage !== undefined ? { thanks_message: patch.thanksMessage } : {}),
      };
      if (Object.keys(values).length === 0) return;
      await db.updateTable('closings').set(values).where('conversation_id', '=', conversationId).execute();
    },
  };
}

/** Where each of the seven steps stands. */
export function stepStatusesRepository(db: Executor) {
  return {
    /** All seven steps open, for a new conversation. */
    async insertOpen(conversationId: string): Promise<void> {
      await db
        .insertInto('step_statuses')
        .values(
          STEP_KEYS.map((step) => ({
            conversation_id: conversationId,
            step,
            state: 'open',
            skip_reason: null,
          })),
        )
        .execute();
    },
    /** Sets the state of one step. */
    async set(
      conversationId: string,
      step: StepKey,
      state: string,
      skipReason: string | null,
    ): Promise<void> {
      await db
        .updateTable('step_statuses')
        .set({ state, skip_reason: skipReason })
        .where('conversation_id', '=', conversationId)
        .where('step', '=', step)
        .execute();
    },
  };
}
