// Conversation types: editable templates that carry the default next steps and their terms (step 3).
import { z } from 'zod';
import { addTerm, type Term } from './calendar.ts';
import { LIMITS } from './limits.ts';
import { id, requiredText, text } from './schema-helpers.ts';

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
  })
  .strict();
export type NextStepTemplate = z.output<typeof nextStepTemplateSchema>;

export const conversationTypeSchema = z.object({
  id,
  key: z.string(),
  name: z.string(),
  description: z.string(),
  nextSteps: z.array(nextStepTemplateSchema),
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
  })
  .strict();
export const conversationTypePatchSchema = z
  .object({
    name: requiredText(LIMITS.shortText),
    description: text(LIMITS.text),
    nextSteps: z.array(nextStepTemplateSchema).max(LIMITS.nextStepTemplates),
    archived: z.boolean(),
  })
  .partial()
  .strict();

export type ConversationTypeSeed = Omit<ConversationType, 'id' | 'archived'>;

const weeks = (amount: number): Term => ({ amount, unit: 'weeks' });
const workingDays = (amount: number): Term => ({ amount, unit: 'working_days' });

/** The types every new organisation starts with. Terms follow Dutch law where a law sets them. */
export const SEED_CONVERSATION_TYPES: ConversationTypeSeed[] = [
  {
    key: 'wmo-keukentafelgesprek',
    name: 'Wmo-keukentafelgesprek',
    description: 'Onderzoek naar ondersteuning thuis, bij de inwoner aan tafel.',
    nextSteps: [
      { label: 'Gespreksverslag naar de inwoner', term: workingDays(5), legalBasis: '', note: '' },
      {
        label: 'Onderzoek afgerond',
        term: weeks(6),
        legalBasis: 'art. 2.3.2 lid 1 Wmo 2015',
        note: 'Zes weken na de melding.',
      },
      {
        label: 'Besluit op de aanvraag (beschikking)',
        term: weeks(2),
        legalBasis: 'art. 2.3.5 lid 2 Wmo 2015',
        note: 'Twee weken na ontvangst van de aanvraag.',
      },
    ],
  },
  {
    key: 'klachtgesprek',
    name: 'Klachtgesprek',
    description: 'Een klacht bespreken en samen naar een oplossing zoeken.',
    nextSteps: [
      { label: 'Schriftelijke bevestiging van de afspraken', term: workingDays(5), legalBasis: '', note: '' },
      {
        label: 'Afhandeling van de klacht',
        term: weeks(6),
        legalBasis: 'art. 9:11 lid 1 Awb',
        note: 'Zes weken na ontvangst van de klacht; tien weken bij een klachtadviescommissie.',
      },
    ],
  },
  {
    key: 'bezwaar-hoorzitting',
    name: 'Bezwaar / hoorzitting',
    description: 'Horen van de indiener van een bezwaarschrift.',
    nextSteps: [
      { label: 'Verslag van de hoorzitting', term: weeks(2), legalBasis: '', note: '' },
      {
        label: 'Beslissing op bezwaar',
        term: weeks(6),
        legalBasis: 'art. 7:10 lid 1 Awb',
        note: 'Zes weken na afloop van de bezwaartermijn; twaalf weken met een adviescommissie (art. 7:10 lid 2).',
      },
    ],
  },
  {
    key: 'afwijzingsgesprek',
    name: 'Afwijzingsgesprek',
    description: 'Een besluit toelichten dat niet is wat de ander hoopte.',
    nextSteps: [
      { label: 'Besluit op papier', term: workingDays(5), legalBasis: '', note: '' },
      {
        label: 'Laatste dag om bezwaar te maken',
        term: weeks(6),
        legalBasis: 'art. 6:7 Awb',
        note: 'Zes weken na de dag waarop het besluit is verzonden.',
      },
    ],
  },
  {
    key: 'een-op-een',
    name: '1-op-1 gesprek',
    description: 'Een gesprek tussen leidinggevende en medewerker.',
    nextSteps: [
      { label: 'Afspraken op papier', term: workingDays(3), legalBasis: '', note: '' },
      { label: 'Volgend 1-op-1 gesprek', term: weeks(4), legalBasis: '', note: '' },
    ],
  },
  {
    key: 'overleg-meerdere-partijen',
    name: 'Overleg met meerdere partijen',
    description: 'Overleg met partners, netwerk of ketenpartijen.',
    nextSteps: [
      { label: 'Verslag naar alle deelnemers', term: workingDays(5), legalBasis: '', note: '' },
      { label: 'Vervolgoverleg', term: weeks(6), legalBasis: '', note: '' },
    ],
  },
  {
    key: 'bewonersavond',
    name: 'Bewonersavond',
    description: 'Een avond met bewoners over plannen in hun buurt.',
    nextSteps: [
      { label: 'Verslag op de website en per post', term: weeks(2), legalBasis: '', note: '' },
      { label: 'Terugkoppeling van wat er met de inbreng gebeurt', term: weeks(6), legalBasis: '', note: '' },
    ],
  },
  {
    key: 'telefoongesprek',
    name: 'Telefoongesprek',
    description: 'Een gesprek aan de telefoon, zonder elkaar te zien.',
    nextSteps: [
      { label: 'Bevestiging per e-mail of brief', term: workingDays(2), legalBasis: '', note: '' },
      { label: 'Terugbelafspraak', term: workingDays(5), legalBasis: '', note: '' },
    ],
  },
];

/** The type's next steps with their dates computed from the day of the conversation. */
export function nextStepsFrom(type: Pick<ConversationType, 'nextSteps'>, conversationDay: string) {
  return type.nextSteps.map((step) => ({
    label: step.label,
    date: step.term ? addTerm(conversationDay, step.term) : null,
    note: [step.note, step.legalBasis].filter(Boolean).join(' '),
  }));
}
