import type { Expectation } from '../../core/index.ts';
import type { Executor } from './executor.ts';

/** The next steps promised to the participants (step 3). */
export function expectationsRepository(db: Executor) {
  return {
    /** Adds next steps. */
    async insert(conversationId: string, expectations: Expectation[]): Promise<void> {
      if (expectations.length === 0) return;
      await db
        .insertInto('expectations')
        .values(
          expectations.map((e) => ({
            id: e.id,
            conversation_id: conversationId,
            label: e.label,
            date: e.date,
            note: e.note,
            source: e.source,
            position: e.position,
            legal_rule: e.legal?.rule ?? null,
            legal_variant: e.legal?.variant ?? null,
            legal_from: e.legal?.from ?? null,
          })),
        )
        .execute();
    },
    /** Replaces the fields of a next step. */
    async update(conversationId: string, expectation: Expectation): Promise<void> {
      await db
        .updateTable('expectations')
        .set({
          label: expectation.label,
          date: expectation.date,
          note: expectation.note,
          legal_rule: expectation.legal?.rule ?? null,
          legal_variant: expectation.legal?.variant ?? null,
          legal_from: expectation.legal?.from ?? null,
        })
        .where('id', '=', expectation.id)
        .where('conversation_id', '=', conversationId)
        .execute();
    },
    /** Removes a next step. */
    async delete(conversationId: string, id: string): Promise<void> {
      await db
        .deleteFrom('expectations')
        .where('id', '=', id)
        .where('conversation_id', '=', conversationId)
        .execute();
    },
    /** The position after the last next step. */
    async nextPosition(conversationId: string): Promise<number> {
      const row = await db
        .selectFrom('expectations')
        .select((eb) => eb.fn.max('position').as('p'))
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      return row?.p === null || row?.p === undefined ? 0 : Number(row.p) + 1;
    },
  };
}
