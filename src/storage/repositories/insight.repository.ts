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
  /** Agreements of conversations with participants (the base of `accepted`). */
  withParticipants: number;
  /** Agreements every participant accepted: their current answer on their page, else the tick at the table. */
  accepted: number;
  /** Agreements whose deadline has passed, and of those the ones done by their deadline. */
  due: number;
  keptOnTime: number;
  confirmed: number;
  corrected: number;
  /** Conversations closed per day they started (for the trend). */
  closedByDay: { day: string; count: number }[];
  /** Feedback answers participants gave on their pages, how many with a score, and the scores' sum. */
  feedbackAnswers: number;
  feedbackScored: number;
  feedbackScoreSum: number;
  /** Scores per day the conversation started (for the trend of the score). */
  scoresByDay: { day: string; scored: number; sum: number }[];
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
  // A participant's standing answer (core's standingAnswer): their own answer to the agreement's current
  // revision, else the leader's tick at the table (accepted_by, a JSON array of participant ids), else none.
  const ticked =
    kind === 'sqlite'
      ? sql<boolean>`exists (select 1 from json_each(a.accepted_by) j where j.value = p.id)`
      : sql<boolean>`jsonb_exists(a.accepted_by::jsonb, p.id)`;
  const hasParticipants = sql<boolean>`exists (select 1 from participants p where p.conversation_id = a.conversation_id)`;
  const everyoneAccepted = sql<boolean>`not exists (
    select 1 from participants p
    left join agreement_answers aa
      on aa.agreement_id = a.id and aa.participant_id = p.id and aa.agreement_revision = a.revision
    where p.conversation_id = a.conversation_id
      and coalesce(aa.state, case when ${ticked} then 'accepted' else 'pending' end) <> 'accepted'
  )`;

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
          eb.fn.sum(eb.case().when(hasParticipants).then(1).else(0).end()).as('with_participants'),
          eb.fn
            .sum(
              eb
                .case()
                .when(eb.and([hasParticipants, everyoneAccepted]))
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
      const feedback = await db
        .selectFrom('participant_feedback as pf')
        .innerJoin('conversations as c', 'c.id', 'pf.conversation_id')
        .select((eb) => [
          'c.leader_id',
          eb.fn.countAll().as('n'),
          eb.fn.count('pf.score').as('scored'),
          eb.fn.sum('pf.score').as('score_sum'),
        ])
        .where('c.leader_id', 'in', leaderIds)
        .where('c.starts_on', '>=', from)
        .where('c.starts_on', '<=', to)
        .groupBy('c.leader_id')
        .execute();
      const scoresByDay = await db
        .selectFrom('participant_feedback as pf')
        .innerJoin('conversations as c', 'c.id', 'pf.conversation_id')
        .select((eb) => [
          'c.leader_id',
          'c.starts_on',
          eb.fn.count('pf.score').as('scored'),
          eb.fn.sum('pf.score').as('score_sum'),
        ])
        .where('c.leader_id', 'in', leaderIds)
        .where('c.starts_on', '>=', from)
        .where('c.starts_on', '<=', to)
        .where('pf.score', 'is not', null)
        .groupBy(['c.leader_id', 'c.starts_on'])
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
            withParticipants: 0,
            accepted: 0,
            due: 0,
            keptOnTime: 0,
            confirmed: 0,
            corrected: 0,
            closedByDay: [],
            feedbackAnswers: 0,
            feedbackScored: 0,
            feedbackScoreSum: 0,
            scoresByDay: [],
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
        e.withParticipants = num(row.with_participants);
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
      for (const row of feedback) {
        const e = entry(row.leader_id);
        e.feedbackAnswers = num(row.n);
        e.feedbackScored = num(row.scored);
        e.feedbackScoreSum = num(row.score_sum);
      }
      for (const row of scoresByDay)
        entry(row.leader_id).scoresByDay.push({
          day: row.starts_on,
          scored: num(row.scored),
          sum: num(row.score_sum),
        });
      return [...byLeader.values()];
    },

    /**
     * The most recent tips participants wrote about the leaders' conversations in [from, to], as bare text:
     * no name, no date, no conversation (the service shows them only from the minimum number of answers on).
     */
    async tips(leaderIds: readonly string[], from: string, to: string, limit: number): Promise<string[]> {
      if (leaderIds.length === 0) return [];
      const rows = await db
        .selectFrom('participant_feedback as pf')
        .innerJoin('conversations as c', 'c.id', 'pf.conversation_id')
        .select('pf.tip')
        .where('c.leader_id', 'in', leaderIds)
        .where('c.starts_on', '>=', from)
        .where('c.starts_on', '<=', to)
        .where(sql<string>`trim(pf.tip)`, '<>', '')
        .orderBy('pf.given_on', 'desc')
        .orderBy('pf.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => row.tip.trim());
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
