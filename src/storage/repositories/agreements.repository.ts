import type { Agreement } from '../../core/index.ts';
import { sql } from 'kysely';
import type { Executor } from './executor.ts';

export type AgreementFields = Omit<Agreement, 'id' | 'history' | 'position' | 'answers'>;

// Each participant at most once: the coach's view counts the ticks to see whether everyone accepted.
const acceptedJson = (ids: readonly string[]): string => JSON.stringify([...new Set(ids)]);

/** Agreements and their status history. */
export function agreementsRepository(db: Executor) {
  return {
    /** Adds an agreement at the given position. */
    async insert(
      conversationId: string,
      id: string,
      fields: AgreementFields,
      position: number,
    ): Promise<void> {
      await db
        .insertInto('agreements')
        .values({
          id,
          conversation_id: conversationId,
          source_text: fields.sourceText,
          owner: fields.owner,
          action: fields.action,
          deadline: fields.deadline,
          measure: fields.measure,
          accepted_by: acceptedJson(fields.acceptedBy),
          status: fields.status,
          position,
          revision: fields.revision,
        })
        .execute();
    },
    /**
     * Adds an agreement after the last one (position = highest + 1, or 0), in one statement: the position is
     * read and written together (INSERT … SELECT max(position)), one round trip fewer than nextPosition + insert.
     */
    async insertLast(conversationId: string, id: string, fields: AgreementFields): Promise<void> {
      await db
        .insertInto('agreements')
        .columns([
          'id',
          'conversation_id',
          'source_text',
          'owner',
          'action',
          'deadline',
          'measure',
          'accepted_by',
          'status',
          'position',
          'revision',
        ])
        .expression(
          db
            .selectFrom('agreements')
            .select([
              sql<string>`${id}`.as('id'),
              sql<string>`${conversationId}`.as('conversation_id'),
              sql<string>`${fields.sourceText}`.as('source_text'),
              sql<string | null>`${fields.owner}`.as('owner'),
              sql<string>`${fields.action}`.as('action'),
              sql<string | null>`${fields.deadline}`.as('deadline'),
              sql<string>`${fields.measure}`.as('measure'),
              sql<string>`${acceptedJson(fields.acceptedBy)}`.as('accepted_by'),
              sql<string>`${fields.status}`.as('status'),
              sql<number>`coalesce(max(position) + 1, 0)`.as('position'),
              sql<number>`${fields.revision}`.as('revision'),
            ])
            .where('conversation_id', '=', conversationId),
        )
        .execute();
    },
    /** Replaces the fields of an agreement. */
    async update(conversationId: string, id: string, fields: AgreementFields): Promise<void> {
      await db
        .updateTable('agreements')
        .set({
          source_text: fields.sourceText,
          owner: fields.owner,
          action: fields.action,
          deadline: fields.deadline,
          measure: fields.measure,
          accepted_by: acceptedJson(fields.acceptedBy),
          status: fields.status,
          revision: fields.revision,
        })
        .where('id', '=', id)
        .where('conversation_id', '=', conversationId)
        .execute();
    },
    /** Removes an agreement with its history. */
    async delete(conversationId: string, id: string): Promise<void> {
      await db
        .deleteFrom('agreements')
        .where('id', '=', id)
        .where('conversation_id', '=', conversationId)
        .execute();
    },
    /** Adds a status change to an agreement's history. */
    async addHistory(
      id: string,
      agreementId: string,
      entry: {
        at: string;
        byUserId: string | null;
        byParticipantId?: string | null;
        status: string;
        note: string;
        kind?: 'status' | 'deadline';
        deadlineFrom?: string | null;
        deadlineTo?: string | null;
        evidenceLink?: string | null;
        doneOn?: string | null;
      },
    ): Promise<void> {
      await db
        .insertInto('agreement_history')
        .values({
          id,
          agreement_id: agreementId,
          at: entry.at,
          by_user_id: entry.byUserId,
          by_participant_id: entry.byParticipantId ?? null,
          status: entry.status,
          note: entry.note,
          kind: entry.kind ?? 'status',
          deadline_from: entry.deadlineFrom ?? null,
          deadline_to: entry.deadlineTo ?? null,
          evidence_link: entry.evidenceLink ?? null,
          done_on: entry.doneOn ?? null,
        })
        .execute();
    },
    /** The position after the last agreement. */
    async nextPosition(conversationId: string): Promise<number> {
      const row = await db
        .selectFrom('agreements')
        .select((eb) => eb.fn.max('position').as('p'))
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      return row?.p === null || row?.p === undefined ? 0 : Number(row.p) + 1;
    },
  };
}
