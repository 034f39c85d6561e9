// Aggregates for the coach's view ("Inzicht"): counts per leader over a period, never a conversation's
// content. The services add leaders up to a team and hide every number based on too few conversations.
import { sql, type RawBuilder } from 'kysely';
import type { DatabaseKind } from '../db.ts';
import type { Executor } from './executor.ts';

/** Counts of one leader over a period (conversations by the day they started). */
export interface LeaderCounts {
  leaderId: string;
  conversations: number;
  closed: number;
  /** Per step and state, how many conversations. */
  steps: { step: string; state: string; count: number }[];
  /** Per step, the reasons to skip it as leaders wrote them (trimmed, lower case), with their count. */
  skipReasons: SkipReasonCount[];
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
  // Three dialect differences, in one place: a boolean counted as 0/1, JSON array length, substring search.
  const bit = (condition: RawBuilder<unknown>) => sql`case when ${condition} then 1 else 0 end`;
  const jsonLength = (column: RawBuilder<unknown>) =>
    kind === 'sqlite' ? sql`json_array_length(${column})` : sql`json_array_length(${column}::json)`;
  const contains = (haystack: RawBuilder<unknown>, needle: RawBuilder<unknown>) =>
    kind === 'sqlite' ? sql`instr(${haystack}, ${needle}) > 0` : sql`strpos(${haystack}, ${needle}) > 0`;

  /** The conversations in scope: the leaders', started in [from, to], with their number of participants. */
  const scope = (leaderIds: readonly string[], from: string, to: string) => sql`scope as materialized (
    select c.id, c.leader_id,
      (select count(*) from participants p where p.conversation_id = c.id) as people
    from conversations c
    where c.leader_id in (${sql.join(leaderIds)}) and c.starts_on >= ${from} and c.starts_on <= ${to}
  )`;

  return {
    /**
     * Starts the view's reads; the first statement of its transaction. PostgreSQL: one snapshot for all of them
     * (repeatable read, read only, so the figures add up), and no JIT compilation: on these aggregates compiling
     * cost more than it saved (200,000 agreements: 13-16 s with JIT, 5.5-9 s without, on the bench machine).
     * SQLite's transaction is one snapshot already.
     */
    async beginRead(): Promise<void> {
      if (kind !== 'postgres') return;
      await sql`set transaction isolation level repeatable read, read only`.execute(db);
      await sql`set local jit = off`.execute(db);
    },

    /** Per leader of `leaderIds`, the counts over conversations that started in [from, to]. */
    async leaderCounts(
      leaderIds: readonly string[],
      from: string,
      to: string,
      today: string,
    ): Promise<LeaderCounts[]> {
      if (leaderIds.length === 0) return [];
      const inScope = sql<boolean>`conversations.leader_id in (${sql.join(leaderIds)}) and conversations.starts_on >= ${from} and conversations.starts_on <= ${to}`;
      // Conversations per leader and day: the totals and the trend of finished closings from the same rows
      // (the index (leader_id, starts_on, id, status) answers it without reading a conversation).
      const days = await db
        .selectFrom('conversations')
        .where(inScope)
        .select((eb) => [
          'conversations.leader_id',
          'conversations.starts_on',
          eb.fn.countAll().as('n'),
          eb.fn.sum(eb.case().when('conversations.status', '=', 'closed').then(1).else(0).end()).as('closed'),
        ])
        .groupBy(['conversations.leader_id', 'conversations.starts_on'])
        .execute();
      // The steps' states and the reasons to skip, in one pass over the steps (a covering index holds them).
      const reason = sql<
        string | null
      >`case when s.state = 'skipped' and s.skip_reason is not null then lower(trim(s.skip_reason)) end`;
      const steps = await db
        .selectFrom('conversations')
        .innerJoin('step_statuses as s', 's.conversation_id', 'conversations.id')
        .where(inScope)
        .select((eb) => [
          'conversations.leader_id',
          's.step',
          's.state',
          reason.as('reason'),
          eb.fn.countAll().as('n'),
        ])
        .groupBy(['conversations.leader_id', 's.step', 's.state', reason])
        .execute();
      // The agreements in one aggregate. Accepted (core's standingAnswer for every participant): the ticks at
      // the table (accepted_by holds current participants only, each once) plus the participants who accepted
      // the current wording on their page without a tick, with nobody questioning it, make up everyone. The
      // participants' answers are read only for the agreements they answered; the history only for the agreements
      // done whose deadline has passed.
      const agreements = await sql<{
        leader_id: string;
        n: number | string;
        smart: number | string | null;
        with_participants: number | string | null;
        accepted: number | string | null;
        due: number | string | null;
        kept: number | string | null;
      }>`
        with ${scope(leaderIds, from, to)},
        answered as materialized (
          select aa.agreement_id,
            sum(${bit(sql`aa.state = 'questioned'`)}) as questioned,
            sum(${bit(sql`aa.state = 'accepted' and not ${contains(sql`x.accepted_by`, sql`'"' || aa.participant_id || '"'`)}`)}) as unticked
          from scope s
          join agreements x on x.conversation_id = s.id
          join agreement_answers aa on aa.agreement_id = x.id and aa.agreement_revision = x.revision
          group by aa.agreement_id
        )
        select s.leader_id, count(*) as n,
          sum(${bit(sql`a.owner is not null and a.action <> '' and a.measure <> '' and a.deadline is not null`)}) as smart,
          sum(${bit(sql`s.people > 0`)}) as with_participants,
          sum(${bit(sql`s.people > 0 and coalesce(an.questioned, 0) = 0 and ${jsonLength(sql`a.accepted_by`)} + coalesce(an.unticked, 0) >= s.people`)}) as accepted,
          sum(${bit(sql`a.deadline < ${today} and a.status <> 'cancelled'`)}) as due,
          sum(case when a.status = 'done' and a.deadline < ${today} then ${bit(
            sql`(select min(coalesce(h.done_on, substr(h.at, 1, 10))) from agreement_history h
                 where h.agreement_id = a.id and h.status = 'done') <= a.deadline`,
          )} else 0 end) as kept
        from scope s
        join agreements a on a.conversation_id = s.id
        left join answered an on an.agreement_id = a.id
        group by s.leader_id
      `
        .execute(db)
        .then((r) => r.rows);
      const confirmations = await db
        .selectFrom('conversations')
        .innerJoin('confirmations as f', 'f.conversation_id', 'conversations.id')
        .where(inScope)
        .select((eb) => ['conversations.leader_id', 'f.state', eb.fn.countAll().as('n')])
        .groupBy(['conversations.leader_id', 'f.state'])
        .execute();
      // The participants' feedback per leader and day: the totals and the trend of the score from the same rows.
      const feedback = await db
        .selectFrom('conversations')
        .innerJoin('participant_feedback as pf', 'pf.conversation_id', 'conversations.id')
        .where(inScope)
        .select((eb) => [
          'conversations.leader_id',
          'conversations.starts_on',
          eb.fn.countAll().as('n'),
          eb.fn.count('pf.score').as('scored'),
          eb.fn.sum('pf.score').as('score_sum'),
        ])
        .groupBy(['conversations.leader_id', 'conversations.starts_on'])
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
            skipReasons: [],
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
      for (const row of days) {
        const e = entry(row.leader_id);
        e.conversations += num(row.n);
        e.closed += num(row.closed);
        if (num(row.closed) > 0) e.closedByDay.push({ day: row.starts_on, count: num(row.closed) });
      }
      for (const row of steps) {
        const e = entry(row.leader_id);
        const same = e.steps.find((x) => x.step === row.step && x.state === row.state);
        if (same) same.count += num(row.n);
        else e.steps.push({ step: row.step, state: row.state, count: num(row.n) });
        if (row.reason) e.skipReasons.push({ step: row.step, reason: row.reason, count: num(row.n) });
      }
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
      for (const row of feedback) {
        const e = entry(row.leader_id);
        e.feedbackAnswers += num(row.n);
        e.feedbackScored += num(row.scored);
        e.feedbackScoreSum += num(row.score_sum);
        if (num(row.scored) > 0)
          e.scoresByDay.push({ day: row.starts_on, scored: num(row.scored), sum: num(row.score_sum) });
      }
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
