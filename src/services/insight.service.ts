// The coach's view ("Inzicht"): how a team or a leader closes conversations over a period, in aggregates
// only. Every number based on fewer than INSIGHT_MINIMUM conversations (or answers) is withheld, so a 1-on-1
// cannot reveal one person's answer. Who may see what is core's policy (canSeeInsight).
import {
  AppError,
  INSIGHT_MINIMUM,
  INSIGHT_TIPS,
  STEP_KEYS,
  addDays,
  canSeeInsight,
  dayOf,
  mondayOf,
  type Actor,
  type InsightAverage,
  type InsightFeedback,
  type InsightQuery,
  type InsightRatio,
  type InsightScope,
  type InsightFigures,
  type InsightView,
} from '../core/index.ts';
import type { LeaderCounts } from '../storage/index.ts';
import type { Lang } from '../i18n/index.ts';
import type { Context } from './context.ts';
import { insightCsv } from './insight-csv.ts';

/** A share that is shown only when its base and the scope's conversations reach the minimum. */
function ratio(part: number, base: number, conversations: number): InsightRatio {
  if (base < INSIGHT_MINIMUM || conversations < INSIGHT_MINIMUM) return { shown: false };
  return { shown: true, part, base, share: part / base };
}

/** An average score that is shown only when it rests on the minimum number of scores and conversations. */
function average(total: number, base: number, conversations: number): InsightAverage {
  if (base < INSIGHT_MINIMUM || conversations < INSIGHT_MINIMUM) return { shown: false };
  return { shown: true, average: Math.round((total / base) * 10) / 10, base };
}

function sum(list: LeaderCounts[], pick: (c: LeaderCounts) => number): number {
  return list.reduce((total, c) => total + pick(c), 0);
}

/** The buckets of the trend: weeks for a period up to a quarter, months beyond. */
function bucketOf(day: string, weekly: boolean): string {
  return weekly ? mondayOf(day) : day.slice(0, 7);
}

/**
 * The view of a set of leaders' counts (a team, one leader, or the organisation). `tips` are the most recent
 * tips of the scope, or null when they are not to be shown at all (a team's beside a leader's own view).
 */
function viewOf(counts: LeaderCounts[], from: string, to: string, tips: string[] | null): InsightFigures {
  const conversations = sum(counts, (c) => c.conversations);
  // The reasons of all leaders together, most common first (then by step and words, for a stable order).
  const byReason = new Map<string, { step: string; reason: string; count: number }>();
  for (const r of counts.flatMap((c) => c.skipReasons)) {
    const key = `${r.step}\u0000${r.reason}`;
    const found = byReason.get(key);
    if (found) found.count += r.count;
    else byReason.set(key, { ...r });
  }
  const reasons = [...byReason.values()].sort(
    (a, b) => b.count - a.count || a.step.localeCompare(b.step) || a.reason.localeCompare(b.reason),
  );
  const enough = conversations >= INSIGHT_MINIMUM;
  const steps = Object.fromEntries(
    STEP_KEYS.map((step) => {
      const of = (state: string) =>
        sum(counts, (c) => c.steps.find((s) => s.step === step && s.state === state)?.count ?? 0);
      const topReasons = reasons
        .filter((r) => r.step === step && r.count >= INSIGHT_MINIMUM && enough)
        .slice(0, 3)
        .map((r) => ({ reason: r.reason, count: r.count }));
      return [
        step,
        {
          done: ratio(of('done'), conversations, conversations),
          skipped: ratio(of('skipped'), conversations, conversations),
          topReasons,
        },
      ];
    }),
  ) as InsightView['steps'];
  const weekly = Date.parse(to) - Date.parse(from) <= 92 * 86_400_000;
  const buckets = new Map<string, number>();
  for (const c of counts) {
    for (const { day, count } of c.closedByDay) {
      const key = bucketOf(day, weekly);
      buckets.set(key, (buckets.get(key) ?? 0) + count);
    }
  }
  const trend = [...buckets.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([bucket, closed]) => ({ bucket, closed: closed >= INSIGHT_MINIMUM ? closed : null }));
  // The participants' scores per week or month, each bucket under the same minimum of answers.
  const scoreBuckets = new Map<string, { scored: number; sum: number }>();
  for (const c of counts) {
    for (const { day, scored, sum: total } of c.scoresByDay) {
      const key = bucketOf(day, weekly);
      const bucket = scoreBuckets.get(key) ?? { scored: 0, sum: 0 };
      bucket.scored += scored;
      bucket.sum += total;
      scoreBuckets.set(key, bucket);
    }
  }
  const scoreTrend = [...scoreBuckets.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([bucket, b]) => ({
      bucket,
      score: enough && b.scored >= INSIGHT_MINIMUM ? Math.round((b.sum / b.scored) * 10) / 10 : null,
    }));
  const answers = sum(counts, (c) => c.feedbackAnswers);
  const feedback: InsightFeedback = {
    answers: enough && answers >= INSIGHT_MINIMUM ? answers : null,
    score: average(
      sum(counts, (c) => c.feedbackScoreSum),
      sum(counts, (c) => c.feedbackScored),
      conversations,
    ),
    trend: scoreTrend,
    // Sorted by their words, so the order tells nothing about when (or from whom) a tip came.
    tips:
      tips && enough && answers >= INSIGHT_MINIMUM
        ? [...tips].sort((a, b) => a.localeCompare(b, 'nl'))
        : null,
  };
  const confirmed = sum(counts, (c) => c.confirmed);
  const corrected = sum(counts, (c) => c.corrected);
  return {
    enough,
    conversations: enough ? conversations : null,
    closed: ratio(
      sum(counts, (c) => c.closed),
      conversations,
      conversations,
    ),
    steps,
    agreements: enough ? sum(counts, (c) => c.agreements) : null,
    smartComplete: ratio(
      sum(counts, (c) => c.smartComplete),
      sum(counts, (c) => c.agreements),
      conversations,
    ),
    accepted: ratio(
      sum(counts, (c) => c.accepted),
      sum(counts, (c) => c.withParticipants),
      conversations,
    ),
    keptOnTime: ratio(
      sum(counts, (c) => c.keptOnTime),
      sum(counts, (c) => c.due),
      conversations,
    ),
    summaryConfirmed: ratio(confirmed, confirmed + corrected, conversations),
    trendUnit: weekly ? 'week' : 'month',
    trend,
    feedback,
  };
}

/** Use cases of the coach's view. */
export function insightService(ctx: Context) {
  const repos = ctx.storage.repos;

  async function leadersOf(actor: Actor, scope: InsightScope): Promise<{ ids: string[]; name: string }> {
    if (scope.kind === 'organisation') {
      const users = await repos.users.list();
      const organisation = await repos.organisation.get();
      return { ids: users.map((u) => u.id), name: organisation?.name ?? '' };
    }
    if (scope.kind === 'team') {
      const team = await repos.teams.find(scope.id);
      if (!team) throw new AppError('team_not_found');
      return { ids: (await repos.insight.teamMembers(team.id)).map((m) => m.id), name: team.name };
    }
    const leader = await repos.users.find(scope.id);
    if (!leader) throw new AppError('user_not_found');
    return { ids: [leader.id], name: leader.name };
  }

  async function scopeTeam(scope: InsightScope): Promise<string | null> {
    if (scope.kind === 'team') return scope.id;
    if (scope.kind === 'leader') return (await repos.users.find(scope.id))?.teamId ?? null;
    return null;
  }

  return {
    /** The aggregates of a team, a leader or the organisation over [from, to], for who may see them. */
    async view(actor: Actor, query: InsightQuery): Promise<InsightView> {
      const scope: InsightScope =
        query.scope === 'organisation'
          ? { kind: 'organisation', id: '' }
          : {
              kind: query.scope,
              id: query.id ?? (query.scope === 'leader' ? actor.userId : (actor.teamId ?? '')),
            };
      const teamId = await scopeTeam(scope);
      // Someone else's leader or team answers 404 for a leader (ids are not probed) and 403 for a coach.
      if (!canSeeInsight(actor, scope, teamId)) {
        // A leader asking about another leader learns nothing, not even whether that leader exists.
        throw new AppError(
          actor.role === 'leader' && scope.kind === 'leader' ? 'user_not_found' : 'forbidden',
        );
      }
      const today = dayOf(ctx.clock.now());
      const to = query.to ?? today;
      const from = query.from ?? addDays(to, -90);
      if (from > to) throw new AppError('invalid_date', { field: 'from', reason: 'after_to' });
      const { ids, name } = await leadersOf(actor, scope);
      // A leader's own view comes with their team's figures beside it.
      const team = scope.kind === 'leader' && teamId ? await repos.teams.find(teamId) : null;
      const memberIds = team ? (await repos.insight.teamMembers(team.id)).map((m) => m.id) : [];
      // All figures from one snapshot, so they add up even while people keep working.
      const { counts, tips, teamCounts } = await ctx.storage.transaction(async (trx) => {
        await trx.insight.beginRead();
        return {
          counts: await trx.insight.leaderCounts(ids, from, to, today),
          tips: await trx.insight.tips(ids, from, to, INSIGHT_TIPS),
          teamCounts: team ? await trx.insight.leaderCounts(memberIds, from, to, today) : null,
        };
      });
      const view: InsightView = {
        scope: { ...scope, name },
        period: { from, to },
        minimum: INSIGHT_MINIMUM,
        ...viewOf(counts, from, to, tips),
        compare: null,
        leaders: [],
      };
      if (team && teamCounts) {
        // The team's numbers follow the same minimum; its tips stay with the team's own view.
        view.compare = { name: team.name, ...viewOf(teamCounts, from, to, null) };
      }
      if (scope.kind === 'team') {
        // Per leader of the team: the same minimum per leader, so a leader with few conversations shows none.
        const members = await repos.insight.teamMembers(scope.id);
        view.leaders = members.map((member) => {
          const own = counts.filter((c) => c.leaderId === member.id);
          const conversations = sum(own, (c) => c.conversations);
          return {
            id: member.id,
            name: member.name,
            conversations: conversations >= INSIGHT_MINIMUM ? conversations : null,
            closed: ratio(
              sum(own, (c) => c.closed),
              conversations,
              conversations,
            ),
            smartComplete: ratio(
              sum(own, (c) => c.smartComplete),
              sum(own, (c) => c.agreements),
              conversations,
            ),
            keptOnTime: ratio(
              sum(own, (c) => c.keptOnTime),
              sum(own, (c) => c.due),
              conversations,
            ),
            feedbackScore: average(
              sum(own, (c) => c.feedbackScoreSum),
              sum(own, (c) => c.feedbackScored),
              conversations,
            ),
          };
        });
      }
      return view;
    },

    /** The same view as CSV text in the given language (a UTF-8 byte order mark first, for spreadsheets). */
    async csv(actor: Actor, query: InsightQuery, lang: Lang): Promise<string> {
      return '\uFEFF' + insightCsv(await this.view(actor, query), lang);
    },

    /** What the actor may look at: their own view, their team (coach), every team (admin). */
    async scopes(actor: Actor): Promise<{
      self: boolean;
      teams: { id: string; name: string }[];
      leaders: { id: string; name: string; teamId: string | null }[];
      organisation: boolean;
    }> {
      const teams = await repos.teams.list();
      const users = await repos.users.list();
      const visibleTeams =
        actor.role === 'admin'
          ? teams
          : actor.role === 'coach'
            ? teams.filter((t) => t.id === actor.teamId)
            : [];
      const teamIds = new Set(visibleTeams.map((t) => t.id));
      return {
        self: true,
        teams: visibleTeams,
        leaders: users
          .filter((u) => (u.teamId && teamIds.has(u.teamId)) || (actor.role === 'admin' && !u.invited))
          .map((u) => ({ id: u.id, name: u.name, teamId: u.teamId })),
        organisation: actor.role === 'admin',
      };
    },
  };
}
