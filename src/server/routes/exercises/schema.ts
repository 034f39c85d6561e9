// Schemas of the practice routes (this folder is not named practice: that name is the module's).
// docs/api.md; here they are objects, as the OpenAPI document needs no more.
import { z } from 'zod';
import { pathId } from '../common.ts';

// Documented in docs/scenarios.md and docs/api.md; typed by the practice module.
const object = z.unknown();

export const scenarioParams = z.object({ scenarioId: pathId });
export const cardParams = z.object({ cardId: pathId });
export const attemptParams = z.object({ attemptId: pathId });
export const teamParams = z.object({ teamId: pathId });

export const cardsQuery = z.object({ type: z.string().max(80).optional() }).strict();
export const attemptsQuery = z.object({ scenarioId: z.string().max(80).optional() }).strict();

export const attemptInputSchema = z
  .object({
    scenarioId: z.string().min(1).max(80),
    seed: z.number().int().min(0).max(2_147_483_647).default(0),
    beginner: z.boolean().default(false),
    // The engine cleans each turn (control characters, bidi overrides, length) before it is stored.
    turns: z.array(z.string().min(1).max(2000)).min(1).max(40),
  })
  .strict();

export const sharePatchSchema = z.object({ shared: z.boolean() }).strict();

const scores = z.object({
  total: z.number().int(),
  tension: z.number().int(),
  clarity: z.number().int(),
  closing: z.number().int(),
});

export const attemptSummarySchema = z.object({
  id: z.string(),
  scenarioId: z.string(),
  scenarioTitle: z.string(),
  lang: z.enum(['nl', 'en']),
  seed: z.number().int(),
  beginner: z.boolean(),
  end: z.string(),
  score: scores,
  createdAt: z.string(),
  shared: z.boolean(),
  sharedAt: z.string().nullable(),
});

export const scenarioSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  lang: z.enum(['nl', 'en']),
  setting: z.string(),
  summary: z.string(),
  persona: z.string(),
  conversationType: z.string().nullable(),
  card: z.string(),
});

export const cardSummarySchema = z.object({
  id: z.string(),
  lang: z.enum(['nl', 'en']),
  title: z.string(),
  conversationType: z.string().nullable(),
});

export const scenarioAnswerSchema = z.object({ scenario: object, card: object });
export const cardAnswerSchema = z.object({
  card: object,
  scenarios: z.array(z.object({ id: z.string(), title: z.string() })),
});
export const savedAttemptSchema = z.object({ attempt: attemptSummarySchema, debrief: object });
export const attemptAnswerSchema = z.object({
  attempt: attemptSummarySchema,
  turns: z.array(z.string()),
  debrief: object.nullable(),
});

export const teamPracticeSchema = z.object({
  teamId: z.string(),
  leadersSharing: z.number().int(),
  attempts: z.number().int(),
  scenarios: z.array(
    z.object({
      scenarioId: z.string(),
      title: z.string(),
      attempts: z.number().int(),
      leaders: z.number().int(),
      average: scores,
      ends: z.record(z.string(), z.number().int()),
      improvement: z.number().int().nullable(),
    }),
  ),
});
