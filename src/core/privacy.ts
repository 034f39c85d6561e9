// Privacy by design (AVG): retention per conversation type, a person's data (find, export, erase), the access log.
import { z } from 'zod';
import { id } from './schema-helpers.ts';

export const RETENTION_ACTIONS = ['delete', 'anonymise'] as const;
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];

/** How long conversations of a type are kept after closing, and what happens then; null keeps them. */
export const retentionInputSchema = z
  .object({
    months: z.number().int().min(1).max(120),
    action: z.enum(RETENTION_ACTIONS),
  })
  .strict()
  .nullable();

export const retentionPolicySchema = z.object({
  typeId: id,
  typeName: z.string(),
  months: z.number().int().nullable(),
  action: z.enum(RETENTION_ACTIONS).nullable(),
});
export type RetentionPolicy = z.output<typeof retentionPolicySchema>;

/** One conversation that retention will remove or anonymise: no content, only what the admin needs to decide. */
export const retentionItemSchema = z.object({
  conversationId: id,
  typeName: z.string(),
  leaderName: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** The day it is due (closing, or last change when never closed, plus the type's months). */
  dueAt: z.string(),
  action: z.enum(RETENTION_ACTIONS),
  overdue: z.boolean(),
});
export type RetentionItem = z.output<typeof retentionItemSchema>;

export const retentionReportSchema = z.object({
  generatedAt: z.string(),
  horizonDays: z.number().int(),
  policies: z.array(retentionPolicySchema),
  items: z.array(retentionItemSchema),
});
export type RetentionReport = z.output<typeof retentionReportSchema>;

export const retentionRunSchema = z.object({
  at: z.string(),
  deleted: z.number().int(),
  anonymised: z.number().int(),
  logEntriesRemoved: z.number().int(),
});
export type RetentionRun = z.output<typeof retentionRunSchema>;

export const personQuerySchema = z.object({ q: z.string().trim().min(2).max(200) }).strict();

export const personMatchSchema = z.object({
  participantId: id,
  conversationId: id,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  typeName: z.string(),
  startsOn: z.string(),
  leaderName: z.string().nullable(),
});
export type PersonMatch = z.output<typeof personMatchSchema>;

/** The participant records an admin chose as one person's, for an export or an erasure. */
export const personSelectionSchema = z
  .object({
    participantIds: z.array(id).min(1).max(200),
    /** Erasure only: delete the whole conversations these records belong to, not only the person in them. */
    deleteConversations: z.boolean().default(false),
  })
  .strict();

/** An entry of the access log as the leader and the admin read it. */
export const accessEntrySchema = z.object({
  at: z.string(),
  userId: z.string(),
  userName: z.string().nullable(),
  action: z.string(),
});
export type AccessLogEntry = z.output<typeof accessEntrySchema>;

/** Everything stored about one person, as exported (JSON, and the readable page made from it). */
export const personExportSchema = z.object({
  generatedAt: z.string(),
  organisation: z.string(),
  person: z.object({ names: z.array(z.string()), emails: z.array(z.string()), phones: z.array(z.string()) }),
  records: z.array(
    z.object({
      conversation: z.object({
        id,
        type: z.string(),
        title: z.string(),
        startsAt: z.string(),
        mode: z.string(),
        status: z.string(),
        closedAt: z.string().nullable(),
        leader: z.string().nullable(),
      }),
      participant: z.object({
        name: z.string(),
        role: z.string(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
        contactConsent: z.boolean(),
        consentRecordedAt: z.string().nullable(),
      }),
      summary: z.object({
        text: z.string(),
        confirmation: z.object({ state: z.string(), correction: z.string() }).nullable(),
      }),
      agreements: z.array(
        z.object({
          sourceText: z.string(),
          action: z.string(),
          deadline: z.string().nullable(),
          measure: z.string(),
          status: z.string(),
          /** 'this_person', 'leader', 'other' (another participant) or null. */
          owner: z.string().nullable(),
          acceptedByThisPerson: z.boolean(),
          history: z.array(z.object({ at: z.string(), status: z.string(), note: z.string() })),
        }),
      ),
      expectations: z.array(z.object({ label: z.string(), date: z.string().nullable(), note: z.string() })),
      questions: z.array(
        z.object({ askedByThisPerson: z.boolean(), text: z.string(), answer: z.string(), state: z.string() }),
      ),
      skipReasons: z.array(z.object({ step: z.string(), reason: z.string() })),
      feedbackNotes: z.string(),
      closingMessage: z.string(),
      /** What sharing the record holds about the person: versions, their links and mails, answers, feedback. */
      shared: z.object({
        versions: z.array(z.object({ number: z.number().int(), sharedAt: z.string() })),
        links: z.array(
          z.object({
            channel: z.string(),
            createdAt: z.string(),
            expiresAt: z.string(),
            revokedAt: z.string().nullable(),
          }),
        ),
        deliveries: z.array(
          z.object({
            channel: z.string(),
            state: z.string(),
            recipient: z.string().nullable(),
            createdAt: z.string(),
            sentAt: z.string().nullable(),
          }),
        ),
        answers: z.array(
          z.object({ agreement: z.string(), state: z.string(), reason: z.string(), answeredAt: z.string() }),
        ),
        feedback: z.array(
          z.object({
            score: z.number().int().nullable(),
            wentWell: z.string(),
            tip: z.string(),
            givenOn: z.string(),
          }),
        ),
      }),
    }),
  ),
});
export type PersonExport = z.output<typeof personExportSchema>;
