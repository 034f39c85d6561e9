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
        })
        .execute();
    },
    /** Records a participant's answer. */
    async set(
      conversationId: string,
      participantId: string,
      state: string,
      correction: string,
    ): Promise<void> {
      await db
        .updateTable('confirmations')
        .set({ state, correction })
        .where('conversation_id', '=', conversationId)
        .where('participant_id', '=', participantId)
        .execute();
    },
    /** Sets every confirmation of a conversation back to pending (the summary changed). */
    async resetAll(conversationId: string): Promise<void> {
      await db
        .updateTable('confirmations')
        .set({ state: 'pending', correction: '' })
        .where('conversation_id', '=', conversationId)
        .execute();
    },
  };
}
