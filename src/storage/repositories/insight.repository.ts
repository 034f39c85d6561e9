// Aggregates for the coach's view ("Inzicht"): counts per leader over a period, never a conversation's
// content. The services add leaders up to a team and hide every number based on too few conversations.
import { sql } from 'kysely';
import type { DatabaseKind } from '../db.ts';
import type { Executor } from './executor.ts';

/** Counts of one leader over a period (conversations by the day they started). */
export interface LeaderCounts {
  leaderId: string;
  conversations: number;
  closed: number;
  /** Per step and state, how many conversations. */
  steps: { step: string; state: string; count: number }[];
  agreements: number;
  /** Agreements with owner, action, measure and deadline: the four letters the reader can see. */
  smartComplete: number;
  /** Agreements every participant accepted at the table. */
  accepted: number;
  /** Agreements whose deadline has passed, and of those the ones done by their deadline. */
  due: number;
  keptOnTime: number;
  confirmed: number;
  corrected: number;
  /** Conversations closed per day they started (for the trend). */
  closedByDay: { day: string; count: number }[];
}

/** Skip reasons as leaders wrote them, normalised (trimmed, lower case), with their count. */
export interface SkipReasonCount {
  step: string;
  reason: string;
  count: number;
}

const num = (value: unknown): number => Number(value ?? 0);

/** Aggregate queries over conversations, steps, agreements and confirmations. */
export function insightRepository(db: Executor, kind: DatabaseKind) {
  const jsonLength =
    kind === 'sqlite'
      ? sql<number>`json_array_length(a.accepted_by)`
      : sql<number>`json_array_length(a.accepted_by::json)`;

  return {
    /** Per leader of `leaderIds`, the counts over conversations that started in [from, to]. */
    async leaderCounts(
      leaderIds: readonly string[],
      from: string,
      to: string,
      today: string,
    ): Promise<LeaderCounts[]> {
      if (leaderIds.length === 0) return [];
      const conversations = await db
        .selectFrom('conversations as c')
        .select((eb) => [
          'c.leader_id',
          eb.fn.countAll().as('n'),
          eb.fn.sum(eb.case().when('c.status', '=', 'closed').then(1).else(0).end()).as('closed'),
        ])
        .where('c.leader_id', 'in', leaderIds)
        .where('c.starts_on', '>=', from)
        .where('c.starts_on', '<=', to)
        .groupBy('c.leader_id')
        .execute();
      const steps = await db
        .selectFrom('step_statuses as s')
        .innerJoin('conversations as c', 'c.id', 's.conversation_id')
        .select((eb) => ['c.leader_id', 's.step', 's.state', eb.fn.countAll().as('n')])
        .where('c.leader_id', 'in', leaderIds)
        .where('c.starts_on', '>=', from)
        .where('c.starts_on', '<=', to)
        .groupBy(['c.leader_id', 's.step', 's.state'])
        .execute();
      const doneDay = sql<
        string | null
      >`(select min(coalesce(h.done_on, substr(h.at, 1, 10))) from agreement_history h where h.agreement_id = a.id and h.status = 'done')`;
      const participantCount = sql<number>`(select count(*) from participants p where p.conversation_id = a.conversation_id)`;
      const agreements = await db
        .selectFrom('agreements as a')
        .innerJoin('conversations as c', 'c.id', 'a.conversation_id')
        .select((eb) => [
          'c.leader_id',
          eb.fn.countAll().as('n'),
          eb.fn
            .sum(
              eb
                .case()
                .when(
                  eb.and([
                    eb('a.owner', 'is not', null),
                    eb('a.action', '<>', ''),
                    eb('a.measure', '<>', ''),
                    eb('a.deadline', 'is not', null),
                  ]),
                )
                .then(1)
                .else(0)
                .end(),
            )
            .as('smart'),
          eb.fn
            .sum(
              eb
                .case()
                .when(eb.and([eb(participantCount, '>', 0), eb(jsonLength, '>=', participantCount)]))
                .then(1)
                .else(0)
                .end(),
            )
            .as('accepted'),
          eb.fn
            .sum(
              eb
                .case()
                .when(eb.and([eb('a.deadline', '<', today), eb('a.status', '<>', 'cancelled')]))
                .then(1)
                .else(0)
                .end(),
            )
            .as('due'),
          eb.fn
            .sum(
              eb
                .case()
                .when(
                  eb.and([
                    eb('a.deadline', '<', today),
                    eb('a.status', '=', 'done'),
                    eb(doneDay, '<=', eb.ref('a.deadline')),
                  ]),
                )
                .then(1)
                .else(0)
                .end(),
            )
            .as('kept'),
        ])
        .where('c.leader_id', 'in', leaderIds)
        .where('c.starts_on', '>=', from)
        .where('c.starts_on', '<=', to)
        .groupBy('c.leader_id')
        .execute();
      const confirmations = await db
        .selectFrom('confirmations as f')
        .innerJoin('conversations as c', 'c.id', 'f.conversation_id')
        .select((eb) => ['c.leader_id', 'f.state', eb.fn.countAll().as('n')])
        .where('c.leader_id', 'in', leaderIds)
        .where('c.starts_on', '>=', from)
        .where('c.starts_on', '<=', to)
        .groupBy(['c.leader_id', 'f.state'])
        .execute();
      const closedByDay = await db
        .selectFrom('conversations as c')
        .select((eb) => ['c.leader_id', 'c.starts_on', eb.fn.countAll().as('n')])
        .where('c.leader_id', 'in', leaderIds)
        .where('c.starts_on', '>=', from)
        .where('c.starts_on', '<=', to)
        .where('c.status', '=', 'closed')
        .groupBy(['c.leader_id', 'c.starts_on'])
        .execute();

      const byLeader = new Map<string, LeaderCounts>();
      const entry = (leaderId: string): LeaderCounts => {
        let found = byLeader.get(leaderId);
        if (!found) {
          found = {
            leaderId,
            conversations: 0,
            closed: 0,
            steps: [],
            agreements: 0,
            smartComplete: 0,
            accepted: 0,
            due: 0,
            keptOnTime: 0,
            confirmed: 0,
            corrected: 0,
            closedByDay: [],
          };
          byLeader.set(leaderId, found);
        }
        return found;
      };
      for (const row of conversations) {
        const e = entry(row.leader_id);
        e.conversations = num(row.n);
        e.closed = num(row.closed);
      }
      for (const row of steps)
        entry(row.leader_id).steps.push({ step: row.step, state: row.state, count: num(row.n) });
      for (const row of agreements) {
        const e = entry(row.leader_id);
        e.agreements = num(row.n);
        e.smartComplete = num(row.smart);
        e.accepted = num(row.accepted);
        e.due = num(row.due);
        e.keptOnTime = num(row.kept);
      }
      for (const row of confirmations) {
        const e = entry(row.leader_id);
        if (row.state === 'confirmed') e.confirmed = num(row.n);
        if (row.state === 'corrected') e.corrected = num(row.n);
      }
      for (const row of closedByDay)
        entry(row.leader_id).closedByDay.push({ day: row.starts_on, count: num(row.n) });
      return [...byLeader.values()];
    },

    /** The skip reasons of the leaders' conversations in [from, to], most common first. */
    async skipReasons(leaderIds: readonly string[], from: string, to: string): Promise<SkipReasonCount[]> {
      if (leaderIds.length === 0) return [];
      const reason = sql<string>`lower(trim(s.skip_reason))`;
      const rows = await db
        .selectFrom('step_statuses as s')
        .innerJoin('conversations as c', 'c.id', 's.conversation_id')
        .select((eb) => ['s.step', reason.as('reason'), eb.fn.countAll().as('n')])
        .where('c.leader_id', 'in', leaderIds)
        .where('c.starts_on', '>=', from)
        .where('c.starts_on', '<=', to)
        .where('s.state', '=', 'skipped')
        .where('s.skip_reason', 'is not', null)
        .groupBy(['s.step', reason])
        .orderBy(sql`count(*)`, 'desc')
        .orderBy('s.step')
        .execute();
      return rows.map((row) => ({ step: row.step, reason: row.reason, count: num(row.n) }));
    },

    /** Every user who leads conversations in a team (any role: coaches and admins may lead too). */
    async teamMembers(teamId: string): Promise<{ id: string; name: string }[]> {
      return db
        .selectFrom('users')
        .select(['id', 'name'])
        .where('team_id', '=', teamId)
        .orderBy('name')
        .orderBy('id')
        .execute();
    },
  };
}
