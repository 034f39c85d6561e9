// The conversation and its closing record, as the API shows them and the storage keeps them.
import { z } from 'zod';
import { STEP_KEYS } from './steps.ts';
import { LEGAL_RULE_KEYS, LEGAL_VARIANTS } from './legal-terms.ts';
import { LIMITS } from './limits.ts';
import { day, id, instant, optionalEmail, optionalPhone, requiredText, text } from './schema-helpers.ts';

export const CONVERSATION_MODES = ['in_person', 'phone', 'video'] as const;
export const CONVERSATION_STATUSES = ['open', 'closing', 'closed'] as const;
export const AGREEMENT_STATUSES = ['open', 'done', 'cancelled'] as const;
export const CONFIRMATION_STATES = ['pending', 'confirmed', 'corrected'] as const;
export const QUESTION_STATES = ['open', 'answered', 'follow_up'] as const;

/** The languages a participant's page and mail can be in. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type ConversationMode = (typeof CONVERSATION_MODES)[number];
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** How a leader can be reached; kept on the user's profile and copied into each closing (step 5). */
export const contactCardSchema = z
  .object({
    name: text(LIMITS.name),
    role: text(LIMITS.shortText),
    phone: optionalPhone,
    email: optionalEmail,
    reachability: text(LIMITS.shortText),
  })
  // Strict like every other body: an unknown key inside the card is a mistake to report, not to drop.
  .strict();
export type ContactCard = z.output<typeof contactCardSchema>;

export const participantSchema = z.object({
  id,
  name: z.string(),
  role: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** The participant agreed that their contact details are kept (required for email/phone). */
  contactConsent: z.boolean(),
  consentRecordedAt: z.string().nullable(),
  /** The language of the participant's page and mail. */
  language: z.enum(LANGUAGES),
  /** When the participant first acted on their page (a GET never counts: mail scanners open links too). */
  openedAt: z.string().nullable(),
});
export type Participant = z.output<typeof participantSchema>;

export const participantInputSchema = z
  .object({
    name: requiredText(LIMITS.name),
    role: text(LIMITS.shortText).default(''),
    email: optionalEmail,
    phone: optionalPhone,
    contactConsent: z.boolean().default(false),
    language: z.enum(LANGUAGES).default('nl'),
  })
  .strict()
  .refine((p) => p.contactConsent || (!p.email && !p.phone), {
    message: 'consent_required',
    path: ['contactConsent'],
  });
export type ParticipantInput = z.input<typeof participantInputSchema>;

export const participantPatchSchema = z
  .object({
    name: requiredText(LIMITS.name),
    role: text(LIMITS.shortText),
    email: optionalEmail,
    phone: optionalPhone,
    contactConsent: z.boolean(),
    language: z.enum(LANGUAGES),
  })
  .partial()
  .strict();

export const AGREEMENT_ANSWER_STATES = ['accepted', 'questioned'] as const;
export type AgreementAnswerChoice = (typeof AGREEMENT_ANSWER_STATES)[number];

/** A participant's answer to an agreement: acceptable and realistic, or not, and why. */
export const agreementAnswerSchema = z.object({
  participantId: id,
  state: z.enum(AGREEMENT_ANSWER_STATES),
  reason: z.string(),
  /** The agreement's revision the participant answered. */
  revision: z.number().int(),
  /** True while the agreement still says what the participant answered (its revision did not change). */
  current: z.boolean(),
  /** The record version the participant answered. */
  version: z.number().int().nullable(),
  answeredAt: z.string(),
});
export type AgreementAnswer = z.output<typeof agreementAnswerSchema>;

/** Owner of an agreement: 'leader', a participant id, or null when nobody has been named yet. */
export const ownerRefSchema = z.union([z.literal('leader'), id]).nullable();

export const agreementHistoryEntrySchema = z.object({
  at: z.string(),
  byUserId: z.string().nullable(),
  /** Set when a participant changed the status through their link (e.g. marked their agreement done). */
  byParticipantId: z.string().nullable(),
  status: z.enum(AGREEMENT_STATUSES),
  note: z.string(),
  /** A status change, or a deadline moved (with the old and new day; the note says why). */
  kind: z.enum(['status', 'deadline']),
  deadlineFrom: z.string().nullable(),
  deadlineTo: z.string().nullable(),
  /** Evidence given with "done": a link, and the day it was done. */
  evidenceLink: z.string().nullable(),
  doneOn: z.string().nullable(),
});

export const agreementSchema = z.object({
  id,
  /** The sentence as the leader typed it. */
  sourceText: z.string(),
  owner: ownerRefSchema,
  action: z.string(),
  deadline: z.string().nullable(),
  /** How everyone will know the agreement has been kept. */
  measure: z.string(),
  acceptedBy: z.array(id),
  status: z.enum(AGREEMENT_STATUSES),
  history: z.array(agreementHistoryEntrySchema),
  position: z.number().int(),
  /** Bumped whenever what the agreement says changes; answers name the revision they answered. */
  revision: z.number().int(),
  /** The participants' own answers through their link (the A and R of SMART). */
  answers: z.array(agreementAnswerSchema),
});
export type Agreement = z.output<typeof agreementSchema>;

export const agreementInputSchema = z
  .object({
    sourceText: text(LIMITS.text).default(''),
    owner: ownerRefSchema.default(null),
    action: text(LIMITS.text).default(''),
    deadline: day.nullable().default(null),
    measure: text(LIMITS.text).default(''),
    acceptedBy: z.array(id).max(LIMITS.participants).default([]),
  })
  .strict();

export const agreementPatchSchema = z
  .object({
    sourceText: text(LIMITS.text),
    owner: ownerRefSchema,
    action: text(LIMITS.text),
    deadline: day.nullable(),
    measure: text(LIMITS.text),
    acceptedBy: z.array(id).max(LIMITS.participants),
    status: z.enum(AGREEMENT_STATUSES),
    statusNote: text(LIMITS.reason),
  })
  .partial()
  .strict();

export const expectationSchema = z.object({
  id,
  label: z.string(),
  date: z.string().nullable(),
  note: z.string(),
  /** Where the step came from: the conversation type's template, or typed by the leader. */
  source: z.enum(['template', 'custom']),
  position: z.number().int(),
  /** A statutory term: its rule and the day it counts from; the date follows from them. */
  legal: z
    .object({ rule: z.enum(LEGAL_RULE_KEYS), variant: z.enum(LEGAL_VARIANTS), from: z.string() })
    .nullable(),
});
export type Expectation = z.output<typeof expectationSchema>;

export const expectationInputSchema = z
  .object({
    label: requiredText(LIMITS.shortText),
    date: day.nullable().default(null),
    note: text(LIMITS.text).default(''),
  })
  .strict();
export const expectationPatchSchema = z
  .object({
    label: requiredText(LIMITS.shortText),
    date: day.nullable(),
    note: text(LIMITS.text),
    /** For a statutory term: the day it counts from; the date and the note are computed anew. */
    legalFrom: day,
  })
  .partial()
  .strict();

export const questionSchema = z.object({
  id,
  /** Participant id of who asked, 'leader', or null when not recorded. */
  askedBy: ownerRefSchema,
  text: z.string(),
  answer: z.string(),
  state: z.enum(QUESTION_STATES),
  position: z.number().int(),
  /** The agreement this question became when it needed a follow-up ("vervolg"), or null. */
  agreementId: id.nullable(),
});
export type Question = z.output<typeof questionSchema>;

export const questionInputSchema = z
  .object({
    askedBy: ownerRefSchema.default(null),
    text: requiredText(LIMITS.text),
    answer: text(LIMITS.text).default(''),
    state: z.enum(QUESTION_STATES).default('open'),
  })
  .strict();
export const questionPatchSchema = z
  .object({
    askedBy: ownerRefSchema,
    text: requiredText(LIMITS.text),
    answer: text(LIMITS.text),
    state: z.enum(QUESTION_STATES),
  })
  .partial()
  .strict();

export const confirmationSchema = z.object({
  participantId: id,
  state: z.enum(CONFIRMATION_STATES),
  correction: z.string(),
  /** The summary's revision this answer was given to. */
  revision: z.number().int(),
  /** True while the summary still reads as it did when this answer was given. */
  current: z.boolean(),
  /** Who recorded it: the leader at the table, or the participant through their link. */
  source: z.enum(['leader', 'participant']),
  /** The record version the participant answered (null when recorded at the table). */
  version: z.number().int().nullable(),
  answeredAt: z.string().nullable(),
});
export type Confirmation = z.output<typeof confirmationSchema>;

export const stepStatusSchema = z.object({
  state: z.enum(['open', 'done', 'skipped']),
  skipReason: z.string().nullable(),
});

export const stepStatusInputSchema = z
  .object({
    state: z.enum(['open', 'done', 'skipped']),
    skipReason: text(LIMITS.reason).nullish(),
  })
  .strict();

/** Feedback a participant gave on their page. */
export const feedbackResponseSchema = z.object({
  id,
  participantId: id.nullable(),
  /** 1 (bad) to 5 (very good), or null when only words were given. */
  score: z.number().int().min(1).max(5).nullable(),
  wentWell: z.string(),
  tip: z.string(),
  givenOn: z.string(),
  version: z.number().int(),
});
export type FeedbackResponse = z.output<typeof feedbackResponseSchema>;

/** The closing record: everything the seven steps produce. */
export const closingSchema = z.object({
  steps: z.object(
    Object.fromEntries(STEP_KEYS.map((key) => [key, stepStatusSchema])) as {
      [K in (typeof STEP_KEYS)[number]]: typeof stepStatusSchema;
    },
  ),
  summary: z.object({
    text: z.string(),
    /** Bumped whenever the text changes. */
    revision: z.number().int(),
    confirmations: z.array(confirmationSchema),
  }),
  agreements: z.array(agreementSchema),
  expectations: z.array(expectationSchema),
  questions: z.array(questionSchema),
  /** Target length of the question round in minutes, and when it started (for the gentle time box). */
  questionRound: z.object({ targetMinutes: z.number().int(), startedAt: z.string().nullable() }),
  contact: z.object({ card: contactCardSchema.nullable(), shared: z.boolean() }),
  feedback: z.object({
    asked: z.boolean(),
    notes: z.string(),
    /** What participants wrote on their page (participantId null when given without their name). */
    responses: z.array(feedbackResponseSchema),
  }),
  thanks: z.object({ said: z.boolean(), closingMessage: z.string() }),
});
export type Closing = z.output<typeof closingSchema>;

export const conversationSchema = z.object({
  id,
  typeId: id,
  title: z.string(),
  startsAt: z.string(),
  mode: z.enum(CONVERSATION_MODES),
  leaderId: id,
  status: z.enum(CONVERSATION_STATUSES),
  participants: z.array(participantSchema),
  closing: closingSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
  /** Raised by every change: a write sent with If-Match of an older revision is refused (412). */
  revision: z.number().int(),
  /** The number of the latest version shared with the participants, or null before the first share. */
  latestVersion: z.number().int().nullable(),
  /** Notifications about this conversation the leader has not seen yet (answers, failed deliveries). */
  unread: z.number().int(),
});
export type Conversation = z.output<typeof conversationSchema>;

/** A conversation in a list: no closing record. */
export const conversationSummarySchema = conversationSchema
  .pick({
    id: true,
    typeId: true,
    title: true,
    startsAt: true,
    mode: true,
    leaderId: true,
    status: true,
    revision: true,
    latestVersion: true,
    unread: true,
  })
  .extend({ participantNames: z.array(z.string()), updatedAt: z.string() });
export type ConversationSummary = z.output<typeof conversationSummarySchema>;

export const conversationInputSchema = z
  .object({
    typeId: id,
    title: requiredText(LIMITS.shortText),
    startsAt: instant,
    mode: z.enum(CONVERSATION_MODES),
    participants: z.array(participantInputSchema).max(LIMITS.participants).default([]),
  })
  .strict();
export type ConversationInput = z.input<typeof conversationInputSchema>;

export const conversationPatchSchema = z
  .object({
    typeId: id,
    title: requiredText(LIMITS.shortText),
    startsAt: instant,
    mode: z.enum(CONVERSATION_MODES),
  })
  .partial()
  // No status: a conversation is closed only by finish (with its check) and reopened only by reopen (with a
  // reason); both are audited as such.
  .strict();

/** Reopening a closed conversation needs a reason; it is kept in the audit log. */
export const reopenInputSchema = z.object({ reason: requiredText(LIMITS.reason) }).strict();

export const conversationQuerySchema = z
  .object({
    q: text(LIMITS.shortText).optional(),
    typeId: id.optional(),
    status: z.enum(CONVERSATION_STATUSES).optional(),
    from: day.optional(),
    to: day.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

export const summaryInputSchema = z.object({ text: text(LIMITS.longText) }).strict();
export const confirmationInputSchema = z
  .object({ state: z.enum(CONFIRMATION_STATES), correction: text(LIMITS.text).default('') })
  .strict();
export const contactInputSchema = z
  .object({ card: contactCardSchema.nullable().optional(), shared: z.boolean().optional() })
  .strict();
export const feedbackInputSchema = z
  .object({ asked: z.boolean().optional(), notes: text(LIMITS.longText).optional() })
  .strict();
export const thanksInputSchema = z
  .object({ said: z.boolean().optional(), closingMessage: text(LIMITS.text).optional() })
  .strict();
export const questionRoundInputSchema = z
  .object({
    targetMinutes: z.number().int().min(1).max(60).optional(),
    startedAt: instant.nullable().optional(),
  })
  .strict();
