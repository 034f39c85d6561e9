// Conversation types: editable templates that carry the default next steps and their terms (step 3).
import { z } from 'zod';
import type { Term } from './calendar.ts';
import { CONVERSATION_MODES } from './conversation.ts';
import { LIMITS } from './limits.ts';
import { LEGAL_RULES, LEGAL_RULE_KEYS, LEGAL_VARIANTS, type LegalTermRef } from './legal-terms.ts';
import { id, requiredText, text } from './schema-helpers.ts';

/** A conversation type's reference to a statutory term. */
export const legalTermRefSchema = z
  .object({ rule: z.enum(LEGAL_RULE_KEYS), variant: z.enum(LEGAL_VARIANTS).default('standard') })
  .strict() satisfies z.ZodType<LegalTermRef>;

export const termSchema = z
  .object({
    amount: z.number().int().min(0).max(3650),
    unit: z.enum(['days', 'working_days', 'weeks', 'months']),
  })
  .strict();

export const nextStepTemplateSchema = z
  .object({
    label: requiredText(LIMITS.shortText),
    /** The term after the conversation; null when the step has no date of its own. */
    term: termSchema.nullable(),
    /** The rule the term comes from, e.g. "art. 7:10 Awb"; empty for practice-based terms. */
    legalBasis: text(LIMITS.shortText).default(''),
    note: text(LIMITS.text).default(''),
    /** A statutory term: the date is computed by the law's rule (and the Algemene termijnenwet), not by `term`. */
    legal: legalTermRefSchema.nullable().default(null),
  })
  .strict();
export type NextStepTemplate = z.output<typeof nextStepTemplateSchema>;

export const conversationTypeSchema = z.object({
  id,
  key: z.string(),
  name: z.string(),
  description: z.string(),
  nextSteps: z.array(nextStepTemplateSchema),
  /** The mode a new conversation of this type starts with, or null to let the leader choose. */
  mode: z.enum(CONVERSATION_MODES).nullable(),
  /** Questions the leader may ask in step 6 (feedback). */
  feedbackQuestions: z.array(z.string()),
  archived: z.boolean(),
});
export type ConversationType = z.output<typeof conversationTypeSchema>;

export const conversationTypeInputSchema = z
  .object({
    key: z
      .string()
      .min(2)
      .max(60)
      .regex(/^[a-z0-9-]+$/),
    name: requiredText(LIMITS.shortText),
    description: text(LIMITS.text).default(''),
    nextSteps: z.array(nextStepTemplateSchema).max(LIMITS.nextStepTemplates).default([]),
    mode: z.enum(CONVERSATION_MODES).nullable().default(null),
    feedbackQuestions: z.array(requiredText(LIMITS.shortText)).max(LIMITS.feedbackQuestions).default([]),
  })
  .strict();
export const conversationTypePatchSchema = z
  .object({
    name: requiredText(LIMITS.shortText),
    description: text(LIMITS.text),
    nextSteps: z.array(nextStepTemplateSchema).max(LIMITS.nextStepTemplates),
    mode: z.enum(CONVERSATION_MODES).nullable(),
    feedbackQuestions: z.array(requiredText(LIMITS.shortText)).max(LIMITS.feedbackQuestions),
    archived: z.boolean(),
  })
  .partial()
  .strict();

export type ConversationTypeSeed = Omit<ConversationType, 'id' | 'archived'>;

const weeks = (amount: number): Term => ({ amount, unit: 'weeks' });
const workingDays = (amount: number): Term => ({ amount, unit: 'working_days' });

/** A next step whose date a statutory rule decides (see legal-terms.ts). */
function statutory(label: string, rule: keyof typeof LEGAL_RULES): NextStepTemplate {
  return {
    label,
    term: weeks(LEGAL_RULES[rule].weeks),
    legalBasis: LEGAL_RULES[rule].basis,
    note: '',
    legal: { rule, variant: 'standard' },
  };
}

const practice = (label: string, term: Term): NextStepTemplate => ({
  label,
  term,
  legalBasis: '',
  note: '',
  legal: null,
});

// Questions a leader can ask in step 6, in plain words; the organisation changes them per type.
const FEEDBACK_DEFAULT = [
  'Wat vond u van dit gesprek?',
  'Heeft u kunnen zeggen wat u belangrijk vond?',
  'Wat kan ik een volgende keer beter doen?',
];

/** The types every new organisation starts with. Terms follow Dutch law where a law sets them. */
export const SEED_CONVERSATION_TYPES: ConversationTypeSeed[] = [
  {
    key: 'wmo-keukentafelgesprek',
    name: 'Wmo-keukentafelgesprek',
    description: 'Onderzoek naar ondersteuning thuis, bij de inwoner aan tafel.',
    mode: 'in_person',
    feedbackQuestions: FEEDBACK_DEFAULT,
    nextSteps: [
      practice('Gespreksverslag naar de inwoner', workingDays(5)),
      statutory('Onderzoek afgerond', 'wmo-2.3.2'),
      statutory('Besluit op de aanvraag (beschikking)', 'wmo-2.3.5'),
    ],
  },
  {
    key: 'klachtgesprek',
    name: 'Klachtgesprek',
    description: 'Een klacht bespreken en samen naar een oplossing zoeken.',
    mode: null,
    feedbackQuestions: FEEDBACK_DEFAULT,
    nextSteps: [
      practice('Schriftelijke bevestiging van de afspraken', workingDays(5)),
      statutory('Afhandeling van de klacht', 'awb-9:11'),
    ],
  },
  {
    key: 'bezwaar-hoorzitting',
    name: 'Bezwaar / hoorzitting',
    description: 'Horen van de indiener van een bezwaarschrift.',
    mode: 'in_person',
    feedbackQuestions: FEEDBACK_DEFAULT,
    nextSteps: [
      practice('Verslag van de hoorzitting', weeks(2)),
      statutory('Beslissing op bezwaar', 'awb-7:10'),
    ],
  },
  {
    key: 'afwijzingsgesprek',
    name: 'Afwijzingsgesprek',
    description: 'Een besluit toelichten dat niet is wat de ander hoopte.',
    mode: null,
    feedbackQuestions: FEEDBACK_DEFAULT,
    nextSteps: [
      practice('Besluit op papier', workingDays(5)),
      statutory('Laatste dag om bezwaar te maken', 'awb-6:7'),
    ],
  },
  {
    key: 'een-op-een',
    name: '1-op-1 gesprek',
    description: 'Een gesprek tussen leidinggevende en medewerker.',
    mode: 'in_person',
    feedbackQuestions: ['Wat had je meer van mij nodig?', 'Wat moet ik vaker of minder vaak doen?'],
    nextSteps: [
      practice('Afspraken op papier', workingDays(3)),
      practice('Volgend 1-op-1 gesprek', weeks(4)),
    ],
  },
  {
    key: 'overleg-meerdere-partijen',
    name: 'Overleg met meerdere partijen',
    description: 'Overleg met partners, netwerk of ketenpartijen.',
    mode: null,
    feedbackQuestions: FEEDBACK_DEFAULT,
    nextSteps: [
      practice('Verslag naar alle deelnemers', workingDays(5)),
      practice('Vervolgoverleg', weeks(6)),
    ],
  },
  {
    key: 'bewonersavond',
    name: 'Bewonersavond',
    description: 'Een avond met bewoners over plannen in hun buurt.',
    mode: 'in_person',
    feedbackQuestions: FEEDBACK_DEFAULT,
    nextSteps: [
      practice('Verslag op de website en per post', weeks(2)),
      practice('Terugkoppeling van wat er met de inbreng gebeurt', weeks(6)),
    ],
  },
  {
    key: 'telefoongesprek',
    name: 'Telefoongesprek',
    description: 'Een gesprek aan de telefoon, zonder elkaar te zien.',
    mode: 'phone',
    feedbackQuestions: FEEDBACK_DEFAULT,
    nextSteps: [
      practice('Bevestiging per e-mail of brief', workingDays(2)),
      practice('Terugbelafspraak', workingDays(5)),
    ],
  },
];
