import type { Executor } from './executor.ts';

export interface TeamCounts {
  conversations: number;
  closed: number;
  /** Per step and state, how many conversations of the team's leaders. */
  steps: { step: string; state: string; count: number }[];
  agreements: number;
}

/** Aggregates only: counts, never content. */
export function statisticsRepository(db: Executor) {
  return {
    /** Counts over the conversations led by members of a team. */
    async team(teamId: string): Promise<TeamCounts> {
      const members = db.selectFrom('users').select('id').where('team_id', '=', teamId);
      const totals = await db
        .selectFrom('conversations')
        .select((eb) => [
          eb.fn.countAll().as('n'),
          eb.fn.sum(eb.case().when('status', '=', 'closed').then(1).else(0).end()).as('closed'),
        ])
        .where('leader_id', 'in', members)
        .executeTakeFirstOrThrow();
      const steps = await db
        .selectFrom('step_statuses')
        .innerJoin('conversations', 'conversations.id', 'step_statuses.conversation_id')
        .select((eb) => ['step_statuses.step', 'step_statuses.state', eb.fn.countAll().as('n')])
        .where('conversations.leader_id', 'in', members)
        .groupBy(['step_statuses.step', 'step_statuses.state'])
        .execute();
      const agreements = await db
        .selectFrom('agreements')
        .innerJoin('conversations', 'conversations.id', 'agreements.conversation_id')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('conversations.leader_id', 'in', members)
        .executeTakeFirstOrThrow();
      return {
        conversations: Number(totals.n),
        closed: Number(totals.closed ?? 0),
        steps: steps.map((row) => ({ step: row.step, state: row.state, count: Number(row.n) })),
        agreements: Number(agreements.n),
      };
    },

    /** The type of the leader's most recently created conversation whose type is still in use, or null. */
    async latestTypeOf(leaderId: string): Promise<string | null> {
      const row = await db
        .selectFrom('conversations')
        .innerJoin('conversation_types', 'conversation_types.id', 'conversations.type_id')
        .select('conversations.type_id')
        .where('conversations.leader_id', '=', leaderId)
        .where('conversation_types.archived', '=', 0)
        .orderBy('conversations.created_at', 'desc')
        .orderBy('conversations.id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row?.type_id ?? null;
    },

    /** The organisation's type in use with the most conversations (ties: by name), or null. */
    async mostUsedType(): Promise<string | null> {
      const row = await db
        .selectFrom('conversations')
        .innerJoin('conversation_types', 'conversation_types.id', 'conversations.type_id')
        .select((eb) => ['conversations.type_id', eb.fn.countAll().as('n')])
        .where('conversation_types.archived', '=', 0)
        .groupBy(['conversations.type_id', 'conversation_types.name'])
        .orderBy('n', 'desc')
        .orderBy('conversation_types.name')
        .limit(1)
        .executeTakeFirst();
      return row?.type_id ?? null;
    },
  };
}
