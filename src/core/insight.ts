// The coach's view ("Inzicht"): its query, its answer, and the rule that hides small numbers. Aggregates only:
// nothing here names a participant or quotes a conversation.
import { z } from 'zod';
import type { StepKey } from './steps.ts';
import { day, id } from './schema-helpers.ts';

/** A number based on fewer conversations or answers than this is not shown (a 1-on-1 must stay private). */
export const INSIGHT_MINIMUM = 5;
/** At most this many tips are shown: the most recent ones, then put in alphabetical order. */
export const INSIGHT_TIPS = 30;

/** Whose closings the view is about. */
export interface InsightScope {
  kind: 'team' | 'leader' | 'organisation';
  /** The team's or leader's id; empty for the organisation. */
  id: string;
}

/** A share, or nothing when it would be based on too few. */
export type InsightRatio = { shown: false } | { shown: true; part: number; base: number; share: number };

/** An average score (1 to 5), or nothing when it would rest on too few answers. */
export type InsightAverage = { shown: false } | { shown: true; average: number; base: number };

/** What the participants said on their pages: feedback answers, their scores over time, and their tips. */
export interface InsightFeedback {
  /** Feedback answers given about the period's conversations; null when fewer than the minimum. */
  answers: number | null;
  /** The average of the answers that gave a score. */
  score: InsightAverage;
  /** The average score per week or month; null where a bucket has fewer scores than the minimum. */
  trend: { bucket: string; score: number | null }[];
  /**
   * The tips, without names or dates, in alphabetical order (never in the order they came); null while the
   * answers are fewer than the minimum.
   */
  tips: string[] | null;
}

export interface InsightFigures {
  /** False when the scope has fewer than INSIGHT_MINIMUM conversations in the period: nothing is shown. */
  enough: boolean;
  conversations: number | null;
  closed: InsightRatio;
  steps: Record<
    StepKey,
    { done: InsightRatio; skipped: InsightRatio; topReasons: { reason: string; count: number }[] }
  >;
  agreements: number | null;
  /** Owner, action, how-we-know and deadline all present: the four letters the reader can see. */
  smartComplete: InsightRatio;
  /**
   * Accepted by every participant (their own answer on their page while it is current, else the leader's tick
   * at the table: core's standingAnswer), of the agreements of conversations with participants.
   */
  accepted: InsightRatio;
  /** Of the agreements whose deadline has passed: done by the deadline. */
  keptOnTime: InsightRatio;
  /** Of the summaries answered: confirmed (the rest were corrected). */
  summaryConfirmed: InsightRatio;
  trendUnit: 'week' | 'month';
  /** Closings finished per week (Monday) or month; null where fewer than the minimum. */
  trend: { bucket: string; closed: number | null }[];
  feedback: InsightFeedback;
}

export interface InsightView extends InsightFigures {
  scope: InsightScope & { name: string };
  period: { from: string; to: string };
  minimum: number;
  /** A leader's own view: their team's figures beside theirs. */
  compare: (InsightFigures & { name: string }) | null;
  /** A team's view: per leader, each under the same minimum. */
  leaders: {
    id: string;
    name: string;
    conversations: number | null;
    closed: InsightRatio;
    smartComplete: InsightRatio;
    keptOnTime: InsightRatio;
    feedbackScore: InsightAverage;
  }[];
}

export const insightQuerySchema = z
  .object({
    scope: z.enum(['team', 'leader', 'organisation']).default('leader'),
    id: id.optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .strict();
export type InsightQuery = z.output<typeof insightQuerySchema>;
