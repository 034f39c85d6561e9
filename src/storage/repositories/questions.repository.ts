import type { Question } from '../../core/index.ts';
import type { Executor } from './executor.ts';

/** Questions and remarks of the last round (step 4). */
export function questionsRepository(db: Executor) {
  return {
    /** Adds a question. */
    async insert(conversationId: string, question: Question): Promise<void> {
      await db
        .insertInto('questions')
        .values({
          id: question.id,
          conversation_id: conversationId,
          asked_by: question.askedBy,
          text: question.text,
          answer: question.answer,
          state: question.state,
          position: question.position,
          agreement_id: question.agreementId,
        })
        .execute();
    },
    /** Replaces the fields of a question. */
    async update(conversationId: string, question: Question): Promise<void> {
      await db
        .updateTable('questions')
        .set({
          asked_by: question.askedBy,
          text: question.text,
          answer: question.answer,
          state: question.state,
          agreement_id: question.agreementId,
        })
        .where('id', '=', question.id)
        .where('conversation_id', '=', conversationId)
        .execute();
    },
    /** Removes a question. */
    async delete(conversationId: string, id: string): Promise<void> {
      await db
        .deleteFrom('questions')
        .where('id', '=', id)
        .where('conversation_id', '=', conversationId)
        .execute();
    },
    /** Forgets who asked, for questions asked by a participant who is removed. */
    async clearAskedBy(conversationId: string, participantId: string): Promise<void> {
      await db
        .updateTable('questions')
        .set({ asked_by: null })
        .where('conversation_id', '=', conversationId)
        .where('asked_by', '=', participantId)
        .execute();
    },
    /** Forgets the agreement a question became, when that agreement is removed. */
    async clearAgreement(conversationId: string, agreementId: string): Promise<void> {
      await db
        .updateTable('questions')
        .set({ agreement_id: null })
        .where('conversation_id', '=', conversationId)
        .where('agreement_id', '=', agreementId)
        .execute();
    },
    /** The position after the last question. */
    async nextPosition(conversationId: string): Promise<number> {
      const row = await db
        .selectFrom('questions')
        .select((eb) => eb.fn.max('position').as('p'))
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      return row?.p === null || row?.p === undefined ? 0 : Number(row.p) + 1;
    },
  };
}
