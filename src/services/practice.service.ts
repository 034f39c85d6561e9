// Practice: the scenarios and cards (from the scenario folder), a leader's attempts and history, sharing with
// the coach, and the coach's aggregate view. The server replays every attempt with the engine, so the scores
// it stores are its own, not what a browser claims.
import {
  AppError,
  canSeeTeamPractice,
  dayOf,
  type Actor,
  type PracticeAttempt,
  type PracticeAttemptSummary,
  type TeamPractice,
  type TeamPracticeScenario,
} from '../core/index.ts';
import { DEFAULT_SCENARIOS_DIR } from '../config/index.ts';
import type { Debrief, PreparationCard, PublicScenario, Scenario } from '../practice/index.ts';
import type { Context } from './context.ts';
import { loadPractice, scenarioFolder } from './scenario-files.ts';

/** What the list of scenarios shows. */
export interface ScenarioSummary {
  id: string;
  title: string;
  lang: 'nl' | 'en';
  setting: Scenario['setting'];
  summary: string;
  persona: string;
  conversationType: string | null;
  card: string;
}

export interface CardSummary {
  id: string;
  lang: 'nl' | 'en';
  title: string;
  conversationType: string | null;
}

export interface AttemptInput {
  scenarioId: string;
  seed: number;
  beginner: boolean;
  turns: string[];
}

/** Most attempts one leader keeps per scenario; the oldest are not removed, new ones are refused past it. */
const MAX_ATTEMPTS_PER_SCENARIO = 500;

const publicScenario = ({ rehearsals: _rehearsals, ...rest }: Scenario): PublicScenario => rest;

/** Use cases of practice. */
export function practiceService(ctx: Context, scenariosDir: string = DEFAULT_SCENARIOS_DIR) {
  const folder = scenarioFolder(scenariosDir);
  const repos = ctx.storage.repos;

  async function scenarioById(id: string): Promise<Scenario> {
    const found = (await folder.library()).scenarios.find((s) => s.id === id);
    if (!found) throw new AppError('scenario_not_found');
    return found;
  }

  async function replay(scenario: Scenario, input: AttemptInput): Promise<Debrief> {
    const practice = await loadPractice();
    const date = dayOf(ctx.clock.now());
    const state = practice.playScript(scenario, input.turns, { seed: input.seed, date });
    if (!state.end) throw new AppError('validation_failed', { field: 'turns', reason: 'not_ended' });
    if (state.turns.length < input.turns.length)
      throw new AppError('validation_failed', { field: 'turns', reason: 'turns_after_end' });
    return practice.debrief(scenario, state, { date });
  }

  return {
    /** Every valid scenario (any signed-in user). */
    async listScenarios(_actor: Actor): Promise<ScenarioSummary[]> {
      return (await folder.library()).scenarios.map((s) => ({
        id: s.id,
        title: s.title,
        lang: s.lang,
        setting: s.setting,
        summary: s.summary,
        persona: s.persona.name,
        conversationType: s.conversationType ?? null,
        card: s.card,
      }));
    },

    /** One scenario to play (without its scripted rehearsals) and its preparation card. */
    async scenario(_actor: Actor, id: string): Promise<{ scenario: PublicScenario; card: PreparationCard }> {
      const scenario = await scenarioById(id);
      const card = (await folder.library()).cards.find((c) => c.id === scenario.card);
      if (!card) throw new AppError('practice_card_not_found');
      return { scenario: publicScenario(scenario), card };
    },

    /** The preparation cards, of one conversation type when given. */
    async listCards(_actor: Actor, conversationType?: string): Promise<CardSummary[]> {
      return (await folder.library()).cards
        .filter((c) => !conversationType || c.conversationType === conversationType)
        .map((c) => ({
          id: c.id,
          lang: c.lang,
          title: c.title,
          conversationType: c.conversationType ?? null,
        }));
    },

    /** One card, with the scenarios that practise it. */
    async card(
      _actor: Actor,
      id: string,
    ): Promise<{ card: PreparationCard; scenarios: { id: string; title: string }[] }> {
      const library = await folder.library();
      const card = library.cards.find((c) => c.id === id);
      if (!card) throw new AppError('practice_card_not_found');
      const scenarios = library.scenarios
        .filter((s) => s.card === id)
        .map((s) => ({ id: s.id, title: s.title }));
      return { card, scenarios };
    },

    /** Stores a finished attempt, scored by replaying it here. */
    async saveAttempt(
      actor: Actor,
      input: AttemptInput,
    ): Promise<{ attempt: PracticeAttemptSummary; debrief: Debrief }> {
      const scenario = await scenarioById(input.scenarioId);
      const result = await replay(scenario, input);
      const practice = await loadPractice();
      const existing = await repos.practice.listForUser(actor.userId, scenario.id);
      if (existing.length >= MAX_ATTEMPTS_PER_SCENARIO)
        throw new AppError('limit_reached', { field: 'attempts' });
      const attempt: PracticeAttempt = {
        id: ctx.ids.id(),
        userId: actor.userId,
        scenarioId: scenario.id,
        scenarioTitle: scenario.title,
        lang: scenario.lang,
        seed: input.seed,
        beginner: input.beginner,
        turns: input.turns.map(practice.cleanTurn),
        end: result.end,
        score: result.score,
        createdAt: ctx.now(),
        shared: false,
        sharedAt: null,
      };
      await repos.practice.add(attempt);
      const { turns: _turns, userId: _user, ...summary } = attempt;
      return { attempt: summary, debrief: result };
    },

    /** The actor's own attempts, oldest first (of one scenario when given). */
    async attempts(actor: Actor, scenarioId?: string): Promise<PracticeAttemptSummary[]> {
      return repos.practice.listForUser(actor.userId, scenarioId);
    },

    /** One of the actor's attempts with its debrief (null when the scenario is gone). */
    async attempt(
      actor: Actor,
      id: string,
    ): Promise<{ attempt: PracticeAttemptSummary; turns: string[]; debrief: Debrief | null }> {
      const found = await repos.practice.findForUser(actor.userId, id);
      if (!found) throw new AppError('practice_attempt_not_found');
      const { turns, userId: _user, ...attempt } = found;
      const scenario = (await folder.library()).scenarios.find((s) => s.id === found.scenarioId);
      let result: Debrief | null = null;
      if (scenario) {
        const practice = await loadPractice();
        const date = found.createdAt.slice(0, 10);
        result = practice.debrief(
          scenario,
          practice.playScript(scenario, turns, { seed: found.seed, date }),
          {
            date,
          },
        );
      }
      return { attempt, turns, debrief: result };
    },

    /** Shares an attempt's scores with the coach of the actor's team, or stops sharing them. */
    async shareAttempt(actor: Actor, id: string, shared: boolean): Promise<PracticeAttemptSummary> {
      if (!(await repos.practice.findForUser(actor.userId, id)))
        throw new AppError('practice_attempt_not_found');
      if (shared && !actor.teamId) throw new AppError('conflict', { reason: 'no_team' });
      const done = await repos.practice.setShared(actor.userId, id, shared ? actor.teamId : null, ctx.now());
      if (!done) throw new AppError('practice_attempt_not_found');
      const found = (await repos.practice.findForUser(actor.userId, id))!;
      const { turns: _turns, userId: _user, ...summary } = found;
      return summary;
    },

    /** Deletes one of the actor's attempts. */
    async deleteAttempt(actor: Actor, id: string): Promise<void> {
      if (!(await repos.practice.delete(actor.userId, id))) throw new AppError('practice_attempt_not_found');
    },

    /** What the leaders of a team shared, in numbers only: for the coach of that team. */
    async teamPractice(actor: Actor, teamId: string): Promise<TeamPractice> {
      if (!canSeeTeamPractice(actor, teamId)) throw new AppError('forbidden');
      const rows = await repos.practice.sharedWithTeam(teamId);
      const byScenario = new Map<string, typeof rows>();
      for (const row of rows)
        byScenario.set(row.scenarioId, [...(byScenario.get(row.scenarioId) ?? []), row]);
      const mean = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) / values.length);
      const scenarios: TeamPracticeScenario[] = [...byScenario.entries()].map(([scenarioId, list]) => {
        const perLeader = new Map<string, number[]>();
        for (const row of list)
          perLeader.set(row.userId, [...(perLeader.get(row.userId) ?? []), row.score.total]);
        const gains = [...perLeader.values()]
          .filter((s) => s.length >= 2)
          .map((s) => s[s.length - 1]! - s[0]!);
        const ends: Record<string, number> = {};
        for (const row of list) ends[row.end] = (ends[row.end] ?? 0) + 1;
        return {
          scenarioId,
          title: list[list.length - 1]!.scenarioTitle,
          attempts: list.length,
          leaders: perLeader.size,
          average: {
            total: mean(list.map((r) => r.score.total)),
            tension: mean(list.map((r) => r.score.tension)),
            clarity: mean(list.map((r) => r.score.clarity)),
            closing: mean(list.map((r) => r.score.closing)),
          },
          ends,
          improvement: gains.length > 0 ? mean(gains) : null,
        };
      });
      scenarios.sort((a, b) => b.attempts - a.attempts || a.title.localeCompare(b.title));
      return {
        teamId,
        leadersSharing: new Set(rows.map((r) => r.userId)).size,
        attempts: rows.length,
        scenarios,
      };
    },
  };
}
