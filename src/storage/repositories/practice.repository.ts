import type { PracticeAttempt, PracticeAttemptSummary, PracticeScores } from '../../core/index.ts';
import type { Executor } from './executor.ts';
import { bit, bool, fromJson } from './json.ts';
import type { PracticeAttemptTable } from '../tables.ts';

const EMPTY: PracticeScores = { total: 0, tension: 0, clarity: 0, closing: 0 };

function summaryOf(row: Omit<PracticeAttemptTable, 'turns' | 'user_id'>): PracticeAttemptSummary {
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    scenarioTitle: row.scenario_title,
    lang: row.lang === 'en' ? 'en' : 'nl',
    seed: Number(row.seed),
    beginner: bool(row.beginner),
    end: row.end_state,
    score: { ...EMPTY, ...fromJson<Partial<PracticeScores>>(row.scores, {}), total: Number(row.score_total) },
    createdAt: row.created_at,
    shared: bool(row.shared),
    sharedAt: row.shared_at,
  };
}

const SUMMARY_COLUMNS = [
  'id',
  'scenario_id',
  'scenario_title',
  'lang',
  'seed',
  'beginner',
  'end_state',
  'score_total',
  'scores',
  'created_at',
  'shared',
  'shared_team_id',
  'shared_at',
] as const;

/** A shared attempt as the team aggregates need it: whose (to count leaders), never what was said. */
export interface SharedAttemptRow {
  userId: string;
  scenarioId: string;
  scenarioTitle: string;
  end: string;
  score: PracticeScores;
  createdAt: string;
}

/** Practice attempts of leaders, and the shared ones of a team. */
export function practiceRepository(db: Executor) {
  return {
    /** Stores a scored attempt. */
    async add(attempt: PracticeAttempt): Promise<void> {
      await db
        .insertInto('practice_attempts')
        .values({
          id: attempt.id,
          user_id: attempt.userId,
          scenario_id: attempt.scenarioId,
          scenario_title: attempt.scenarioTitle,
          lang: attempt.lang,
          seed: attempt.seed,
          beginner: bit(attempt.beginner),
          turns: JSON.stringify(attempt.turns),
          end_state: attempt.end,
          score_total: attempt.score.total,
          scores: JSON.stringify(attempt.score),
          created_at: attempt.createdAt,
          shared: bit(attempt.shared),
          shared_team_id: null,
          shared_at: attempt.sharedAt,
        })
        .execute();
    },
    /** A user's attempts, oldest first; of one scenario when given. */
    async listForUser(userId: string, scenarioId?: string): Promise<PracticeAttemptSummary[]> {
      let query = db.selectFrom('practice_attempts').select(SUMMARY_COLUMNS).where('user_id', '=', userId);
      if (scenarioId) query = query.where('scenario_id', '=', scenarioId);
      const rows = await query.orderBy('created_at').orderBy('id').execute();
      return rows.map(summaryOf);
    },
    /** One attempt of this user, or null (someone else's attempt is not found either). */
    async findForUser(userId: string, id: string): Promise<PracticeAttempt | null> {
      const row = await db
        .selectFrom('practice_attempts')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (!row) return null;
      return { ...summaryOf(row), userId: row.user_id, turns: fromJson<string[]>(row.turns, []) };
    },
    /** Shares an attempt with the coach of `teamId`, or stops sharing it (teamId null). */
    async setShared(userId: string, id: string, teamId: string | null, at: string): Promise<boolean> {
      const result = await db
        .updateTable('practice_attempts')
        .set({ shared: bit(teamId !== null), shared_team_id: teamId, shared_at: teamId ? at : null })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    /** Deletes an attempt of this user; false when there was none. */
    async delete(userId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('practice_attempts')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    /** Attempts shared with the team by leaders who are still in it, oldest first. */
    async sharedWithTeam(teamId: string): Promise<SharedAttemptRow[]> {
      const rows = await db
        .selectFrom('practice_attempts')
        .innerJoin('users', 'users.id', 'practice_attempts.user_id')
        .select([
          'practice_attempts.user_id',
          'practice_attempts.scenario_id',
          'practice_attempts.scenario_title',
          'practice_attempts.end_state',
          'practice_attempts.score_total',
          'practice_attempts.scores',
          'practice_attempts.created_at',
        ])
        .where('practice_attempts.shared', '=', 1)
        .where('practice_attempts.shared_team_id', '=', teamId)
        .where('users.team_id', '=', teamId)
        .orderBy('practice_attempts.created_at')
        .orderBy('practice_attempts.id')
        .execute();
      return rows.map((row) => ({
        userId: row.user_id,
        scenarioId: row.scenario_id,
        scenarioTitle: row.scenario_title,
        end: row.end_state,
        score: {
          ...EMPTY,
          ...fromJson<Partial<PracticeScores>>(row.scores, {}),
          total: Number(row.score_total),
        },
        createdAt: row.created_at,
      }));
    },
  };
}
