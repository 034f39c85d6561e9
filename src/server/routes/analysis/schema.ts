// Response schemas of the analyzer routes, for validation-free serialisation and the OpenAPI document: every
// field the answers carry, with the analyzer's codes and the words for them in the reader's language.
import { z } from 'zod';

const lang = z.enum(['nl', 'en']);
const day = z.string().describe('YYYY-MM-DD');
const params = z.record(z.string(), z.union([z.string(), z.number()]));

const deadline = z
  .object({
    date: day,
    phrase: z.string().describe('the words of the text the day was read from'),
    kind: z.enum(['date', 'weekday', 'relative', 'period', 'time']),
    rule: z.string().optional().describe('the time rule that read it'),
  })
  .nullable();

const smart = z.object({
  owner: z.boolean(),
  specific: z.boolean(),
  measurable: z.boolean(),
  timeBound: z.boolean(),
});

const hint = z.object({
  letter: z.enum(['owner', 'specific', 'measurable', 'timeBound']),
  code: z.string().describe('stable code, e.g. deadline_vague, owner_missing'),
  params: params,
  message: z.string().describe('the hint in the language of Accept-Language'),
});

/** The answer of POST /api/agreements/read. */
export const agreementReadingSchema = z.object({
  lang,
  owner: z.string().nullable(),
  action: z.string().nullable(),
  deadline,
  vagueTerms: z.array(z.string()),
  smart,
  hints: z.array(hint),
  notReadable: z.tuple([z.literal('acceptable'), z.literal('realistic')]),
});

const step = z.object({ present: z.boolean(), lines: z.array(z.number().int()) });
const stepKeys = [
  'summary',
  'agreements',
  'expectations',
  'questions',
  'contact',
  'feedback',
  'thanks',
] as const;

const confidence = z.object({
  level: z.enum(['sure', 'uncertain']),
  reasons: z.array(z.string()).describe('why it is uncertain: no_deadline, no_owner, vague_action, …'),
  reasonTexts: z.array(z.string()),
  evidence: z.object({
    lines: z.array(z.number().int()),
    time: z.string().nullable(),
    owner: z.string().nullable(),
  }),
});

/** The answer of POST /api/analyses. */
export const transcriptAnalysisSchema = z.object({
  fileName: z.string(),
  format: z.enum(['txt', 'vtt', 'srt']),
  language: lang,
  tipsLanguage: lang,
  date: day,
  utterances: z.number().int(),
  speakers: z.array(z.string()),
  speakersInferred: z.boolean(),
  leader: z.object({
    name: z.string().nullable(),
    inferred: z.boolean(),
    basis: z.enum(['option', 'closing-moves', 'most-utterances', 'none']),
  }),
  closing: z.object({ present: z.boolean(), startLine: z.number().int().nullable() }),
  steps: z.object(
    Object.fromEntries(stepKeys.map((k) => [k, step])) as Record<(typeof stepKeys)[number], typeof step>,
  ),
  agreements: z.array(
    z.object({
      line: z.number().int(),
      speaker: z.string().nullable(),
      text: z.string(),
      owner: z.string().nullable(),
      action: z.string().nullable(),
      deadline,
      vagueTerms: z.array(z.string()),
      smart,
      hints: z.array(hint),
      confidence,
    }),
  ),
  score: z.number().int().min(0).max(100),
  tips: z.array(
    z.object({
      code: z.string(),
      step: z.enum(stepKeys).nullable(),
      params: params,
      text: z.string(),
    }),
  ),
  evidence: z.array(z.object({ line: z.number().int(), speaker: z.string().nullable(), text: z.string() })),
  warnings: z.array(z.string()),
});
