// The scenario and preparation-card formats (docs/scenarios.md), as zod schemas built on first use: the web app
// imports the engine from this module without paying for zod, which it never needs (scenarios reach it
// validated by the server).
import { z } from 'zod';
import { MOVE_KINDS, type MoveKind } from '../analyzer/index.ts';

/** Where the conversation takes place. */
export const SETTINGS = [
  'counter',
  'phone',
  'kitchen_table',
  'one_on_one',
  'hearing',
  'residents_evening',
] as const;
export type Setting = (typeof SETTINGS)[number];

/** How a practice conversation can end. `unfinished`: the leader stopped before it ended. */
export const END_STATES = ['good', 'weak', 'broken_off', 'out_of_time'] as const;
export type EndState = (typeof END_STATES)[number] | 'unfinished';

/** The parts of the debrief that get a score of their own. */
export const SCORE_PARTS = ['tension', 'clarity', 'closing'] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];

/** The kinds of rubric checks (docs/scenarios.md). */
export const RUBRIC_CHECKS = ['respond', 'before_peak', 'once', 'avoid', 'order'] as const;
export type RubricCheck = (typeof RUBRIC_CHECKS)[number];

/** Limits that keep a scenario a conversation, not a book. */
export const SCENARIO_LIMITS = { line: 600, short: 120, lines: 12, moods: 7, turns: 40, rubric: 12 } as const;

// eslint-disable-next-line no-control-regex -- control characters have no place in a scenario's texts
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

function build() {
  const text = (max: number) =>
    z
      .string()
      .trim()
      .min(1)
      .max(max)
      .refine((value) => !CONTROL.test(value), { message: 'control_characters' });
  const line = text(SCENARIO_LIMITS.line);
  const short = text(SCENARIO_LIMITS.short);
  const lines = z.array(line).min(1).max(SCENARIO_LIMITS.lines);
  const slug = z
    .string()
    .min(2)
    .max(80)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug' });
  const moodId = z
    .string()
    .min(1)
    .max(40)
    .regex(/^[\p{Ll}\p{N}_-]+$/u, { message: 'mood_word' });
  const move = z.enum(MOVE_KINDS);
  const moves = z.array(move).min(1).max(MOVE_KINDS.length);
  const lang = z.enum(['nl', 'en']);
  const byMood = z.record(z.string(), lines);

  const rubricItem = z
    .object({
      id: slug,
      part: z.enum(['tension', 'clarity']),
      check: z.enum(RUBRIC_CHECKS),
      moves,
      /** respond: from this mood up, every turn should hold one of the moves. */
      moodAtLeast: moodId.optional(),
      /** before_peak: the move must come before the persona first reaches this mood. */
      peak: moodId.optional(),
      /** order: one of these moves must come before the first of `moves`. */
      first: moves.optional(),
      label: short,
      tip: line,
    })
    .strict();

  const scenario = z
    .object({
      id: slug,
      lang,
      title: short,
      setting: z.enum(SETTINGS),
      /** Key of a conversation type (e.g. klachtgesprek): the card is offered before such a real conversation. */
      conversationType: slug.optional(),
      card: slug,
      summary: line,
      goal: line,
      persona: z.object({ name: text(60), about: line }).strict(),
      /** The persona's moods from calmest to most upset. */
      moods: z.array(moodId).min(2).max(SCENARIO_LIMITS.moods),
      start: moodId,
      opening: line,
      /** Steps on the mood scale per kind of move (negative calms); `none`: a turn without any move. */
      effects: z.partialRecord(z.enum([...MOVE_KINDS, 'none']), z.number().int().min(-3).max(3)),
      /** The persona's lines per kind of move (`default` when no other fits), per mood after the turn (`any`). */
      replies: z.partialRecord(z.enum([...MOVE_KINDS, 'default']), byMood),
      endings: z.object({ good: line, weak: line, broken_off: line, out_of_time: line }).strict(),
      rules: z
        .object({
          maxTurns: z.number().int().min(2).max(SCENARIO_LIMITS.turns),
          walkout: z.object({ mood: moodId, after: z.number().int().min(1).max(10) }).strict(),
          goodAtMost: moodId,
          /** The conversation starts in the question round (a residents' evening): a new topic interrupts it. */
          questionRoundOpen: z.boolean().optional(),
          timeWarning: z
            .object({ turn: z.number().int().min(1).max(SCENARIO_LIMITS.turns), line })
            .strict()
            .optional(),
        })
        .strict(),
      closing: z.object({ contains: moves }).strict(),
      rubric: z.array(rubricItem).min(2).max(SCENARIO_LIMITS.rubric),
      /** Example sentences per kind of move: the suggestions of the beginner mode. */
      examples: z.partialRecord(move, lines),
      /** Scripted runs that show the scenario works: `sluitstuk practice check` plays them. */
      rehearsals: z
        .array(
          z
            .object({
              name: short,
              expect: z.enum(END_STATES),
              turns: z.array(line).min(1).max(SCENARIO_LIMITS.turns),
            })
            .strict(),
        )
        .max(6)
        .optional(),
    })
    .strict()
    .superRefine((s, ctx) => {
      const moods = new Set(s.moods);
      const problem = (path: (string | number)[], message: string, params: Record<string, unknown> = {}) =>
        ctx.addIssue({ code: 'custom', path, message, params });
      const knownMood = (value: string | undefined, path: (string | number)[]) => {
        if (value !== undefined && !moods.has(value))
          problem(path, 'unknown_mood', { value, moods: s.moods.join(', ') });
      };
      if (moods.size !== s.moods.length) problem(['moods'], 'duplicate_mood');
      knownMood(s.start, ['start']);
      knownMood(s.rules.walkout.mood, ['rules', 'walkout', 'mood']);
      knownMood(s.rules.goodAtMost, ['rules', 'goodAtMost']);
      if (s.rules.timeWarning && s.rules.timeWarning.turn >= s.rules.maxTurns)
        problem(['rules', 'timeWarning', 'turn'], 'warning_after_end', { max: s.rules.maxTurns });
      for (const [kind, perMood] of Object.entries(s.replies))
        for (const mood of Object.keys(perMood ?? {}))
          if (mood !== 'any') knownMood(mood, ['replies', kind, mood]);
      const fallback = s.replies.default ?? {};
      for (const mood of s.moods)
        if (!fallback[mood] && !fallback.any)
          problem(['replies', 'default'], 'default_reply_missing', { mood });
      const ids = new Set<string>();
      s.rubric.forEach((item, i) => {
        if (ids.has(item.id)) problem(['rubric', i, 'id'], 'duplicate_id', { value: item.id });
        ids.add(item.id);
        knownMood(item.moodAtLeast, ['rubric', i, 'moodAtLeast']);
        knownMood(item.peak, ['rubric', i, 'peak']);
        const needs: Record<RubricCheck, string | null> = {
          respond: 'moodAtLeast',
          before_peak: 'peak',
          order: 'first',
          once: null,
          avoid: null,
        };
        const needed = needs[item.check];
        if (needed && item[needed as keyof typeof item] === undefined)
          problem(['rubric', i, needed], 'rubric_field_missing', { check: item.check });
      });
      for (const part of ['tension', 'clarity'] as const)
        if (!s.rubric.some((item) => item.part === part))
          problem(['rubric'], 'rubric_part_missing', { part });
    });

  const card = z
    .object({
      id: slug,
      lang,
      conversationType: slug.optional(),
      title: short,
      goal: line,
      questions: z.object({ open: lines, check: lines }).strict(),
      tension: lines,
      /** Optional hints per closing step for this kind of conversation. */
      steps: z
        .partialRecord(
          z.enum(['summary', 'agreements', 'expectations', 'questions', 'contact', 'feedback', 'thanks']),
          line,
        )
        .optional(),
    })
    .strict();

  return { scenario, card };
}

let built: ReturnType<typeof build> | null = null;

/** The zod schemas of a scenario and a preparation card (built once, on first use). */
export function practiceSchemas(): ReturnType<typeof build> {
  built ??= build();
  return built;
}

export type Scenario = z.output<ReturnType<typeof build>['scenario']>;
export type PreparationCard = z.output<ReturnType<typeof build>['card']>;
export type RubricItem = Scenario['rubric'][number];
export type Rehearsal = NonNullable<Scenario['rehearsals']>[number];
/** A scenario as the web app gets it: without the scripted rehearsals. */
export type PublicScenario = Omit<Scenario, 'rehearsals'>;
export type { MoveKind };
