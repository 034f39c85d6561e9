import type { Participant } from '../../core/index.ts';
import type { Executor } from './executor.ts';
import { bit } from './json.ts';

/** Participants of conversations, and their confirmation of the summary. */
export function participantsRepository(db: Executor) {
  return {
    /** Adds a participant at the given position. */
    async insert(conversationId: string, participant: Participant, position: number): Promise<void> {
      await db
        .insertInto('participants')
        .values({
          id: participant.id,
          conversation_id: conversationId,
          name: participant.name,
          role: participant.role,
          email: participant.email,
          phone: participant.phone,
          contact_consent: bit(participant.contactConsent),
          consent_recorded_at: participant.consentRecordedAt,
          position,
          language: participant.language,
        })
        .execute();
    },
    /** Replaces the fields of a participant. */
    async update(conversationId: string, participant: Participant): Promise<void> {
      await db
        .updateTable('participants')
        .set({
          name: participant.name,
          role: participant.role,
          email: participant.email,
          phone: participant.phone,
          contact_consent: bit(participant.contactConsent),
          consent_recorded_at: participant.consentRecordedAt,
          language: participant.language,
        })
        .where('id', '=', participant.id)
        .where('conversation_id', '=', conversationId)
        .execute();
    },
    /** Removes a participant (their confirmation goes with them). */
    async delete(conversationId: string, participantId: string): Promise<void> {
      await db
        .deleteFrom('participants')
        .where('id', '=', participantId)
        .where('conversation_id', '=', conversationId)
        .execute();
    },
    /** Notes the first time a participant acted on their page. */
    async markOpened(conversationId: string, participantId: string, at: string): Promise<void> {
      await db
        .updateTable('participants')
        .set({ opened_at: at })
        .where('id', '=', participantId)
        .where('conversation_id', '=', conversationId)
        .where('opened_at', 'is', null)
        .execute();
    },
    /** Notes that a participant gave feedback (also when anonymously: their page then thanks them). */
    async markFeedback(conversationId: string, participantId: string, at: string): Promise<void> {
      await db
        .updateTable('participants')
        .set({ feedback_at: at })
        .where('id', '=', participantId)
        .where('conversation_id', '=', conversationId)
        .execute();
    },
    /** When the participant gave feedback, or null. */
    async feedbackAt(participantId: string): Promise<string | null> {
      const row = await db
        .selectFrom('participants')
        .select('feedback_at')
        .where('id', '=', participantId)
        .executeTakeFirst();
      return row?.feedback_at ?? null;
    },
    /** The position after the last participant. */
    async nextPosition(conversationId: string): Promise<number> {
      const row = await db
        .selectFrom('participants')
        .select((eb) => eb.fn.max('position').as('p'))
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      return row?.p === null || row?.p === undefined ? 0 : Number(row.p) + 1;
    },
  };
}

/** Each participant's answer to the summary: pending, confirmed or corrected. */
export function confirmationsRepository(db: Executor) {
  return {
    /** A pending confirmation for a new participant. */
    async insertPending(conversationId: string, participantId: string): Promise<void> {
      await db
        .insertInto('confirmations')
        .values({
          conversation_id: conversationId,
          participant_id: participantId,
          state: 'pending',
          correction: '',
          summary_revision: 1,
          source: 'leader',
          version: null,
          answered_at: null,
        })
        .execute();
    },
    /**
     * Records an answer to the summary as it read at `summaryRevision`: by the leader at the table, or by the
     * participant through their link (with the record version they answered).
     */
    async set(
      conversationId: string,
      participantId: string,
      answer: {
        state: string;
        correction: string;
        summaryRevision: number;
        source: 'leader' | 'participant';
        version: number | null;
        answeredAt: string | null;
      },
    ): Promise<void> {
      await db
        .updateTable('confirmations')
        .set({
          state: answer.state,
          correction: answer.correction,
          summary_revision: answer.summaryRevision,
          source: answer.source,
          version: answer.version,
          answered_at: answer.answeredAt,
        })
        .where('conversation_id', '=', conversationId)
        .where('participant_id', '=', participantId)
        .execute();
    },
  };
}
