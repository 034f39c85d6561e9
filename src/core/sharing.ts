// Sharing the record with the participants: versions, links, deliveries, and what the participants answered.
// Pure: the services store and send, this file decides what the answers mean (one meaning in one place).
import { z } from 'zod';
import { standingAnswer } from './acceptance.ts';
import type { Conversation } from './conversation.ts';
import { LIMITS } from './limits.ts';
import { id, requiredText, text } from './schema-helpers.ts';

/** How a participant gets their link: in a mail, on a printed handout, or copied by the leader. */
export const LINK_CHANNELS = ['email', 'handout', 'link'] as const;
export type LinkChannel = (typeof LINK_CHANNELS)[number];

/**
 * Where a delivery stands. Mail: queued → sending → sent, or failed (with the reason; retried with backoff
 * until it is permanent). A handout or a copied link is 'made' once the leader has it.
 */
export const DELIVERY_STATES = ['queued', 'sending', 'sent', 'failed', 'made'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** Why a mail could not be delivered, as a code the leader's screen translates. */
export const DELIVERY_ERRORS = [
  'mail_not_configured',
  'smtp_unreachable',
  'smtp_refused',
  'recipient_refused',
  'no_address',
  'no_consent',
  'participant_removed',
  'internal',
] as const;
export type DeliveryError = (typeof DELIVERY_ERRORS)[number];

/** Kinds of notification for the leader: a participant asks for attention, or a mail failed. */
export const RESPONSE_NOTIFICATION_KINDS = [
  'summary_corrected',
  'agreement_questioned',
  'agreement_done',
  'feedback_given',
  'delivery_failed',
] as const;
/** Kinds of notification that remind the leader of their own follow-up (an agreement's deadline). */
export const REMINDER_NOTIFICATION_KINDS = ['agreement_reminder'] as const;
/** Every kind of notification; responses and reminders are counted and badged apart. */
export const NOTIFICATION_KINDS = [...RESPONSE_NOTIFICATION_KINDS, ...REMINDER_NOTIFICATION_KINDS] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
/** Which badge a kind of notification counts towards: the participants' responses, or the leader's reminders. */
export type NotificationGroup = 'responses' | 'reminders';

export type ResponseNotificationKind = (typeof RESPONSE_NOTIFICATION_KINDS)[number];

/** True for a kind that tells of a participant's response or a failed mail (not a reminder). */
export function isResponseNotification(kind: NotificationKind): kind is ResponseNotificationKind {
  return (RESPONSE_NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

/** The group a kind of notification belongs to. */
export function notificationGroup(kind: NotificationKind): NotificationGroup {
  return isResponseNotification(kind) ? 'responses' : 'reminders';
}

/** The details of an agreement_reminder notification: which agreement, its deadline, and where it stands. */
export interface ReminderNoticeDetails {
  agreementId: string;
  action: string;
  deadline: string;
  /** Working days from the deadline (negative: before it), as in the organisation's schedule. */
  offset: number;
  /** Before the deadline, on the day, or after it (core's reminderMoment of the offset). */
  moment: 'before' | 'today' | 'after';
}

/** The default lifetime of a participant's link: 30 days. */
export const DEFAULT_LINK_TTL_SECONDS = 30 * 86400;

export const deliverySchema = z.object({
  id,
  participantId: id,
  version: z.number().int(),
  channel: z.enum(LINK_CHANNELS),
  state: z.enum(DELIVERY_STATES),
  /** The address it went to (mail only). */
  recipient: z.string().nullable(),
  attempts: z.number().int(),
  error: z.enum(DELIVERY_ERRORS).nullable(),
  /** When the next attempt is due, while a failed mail is still being retried. */
  retryAt: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type Delivery = z.output<typeof deliverySchema>;

/** Per participant: how they can be reached, what they got, and what they answered. */
export const participantShareSchema = z.object({
  participantId: id,
  name: z.string(),
  /** The address a mail goes to, when there is one with consent. */
  email: z.string().nullable(),
  /** Why no mail can go to this participant (null when it can). */
  noMailReason: z.enum(['no_address', 'no_consent']).nullable(),
  /** The latest version this participant was given (by any channel), or null. */
  version: z.number().int().nullable(),
  deliveries: z.array(deliverySchema),
  activeLinks: z.number().int(),
  linkExpiresAt: z.string().nullable(),
  openedAt: z.string().nullable(),
  summary: z.object({
    state: z.enum(['pending', 'confirmed', 'corrected']),
    correction: z.string(),
    current: z.boolean(),
    version: z.number().int().nullable(),
  }),
  agreements: z.object({
    accepted: z.number().int(),
    questioned: z.number().int(),
    pending: z.number().int(),
    done: z.number().int(),
  }),
  /** Feedback given with their name (anonymous feedback is never tied to a participant). */
  feedbackGiven: z.boolean(),
});
export type ParticipantShare = z.output<typeof participantShareSchema>;

export const notificationSchema = z.object({
  id,
  conversationId: id,
  conversationTitle: z.string(),
  participantId: z.string().nullable(),
  participantName: z.string().nullable(),
  kind: z.enum(NOTIFICATION_KINDS),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.output<typeof notificationSchema>;

export const recordVersionSchema = z.object({
  number: z.number().int(),
  createdAt: z.string(),
});

/** The share state of one conversation, as the leader's "Verslag delen" screen shows it. */
export const shareStateSchema = z.object({
  conversationId: id,
  /** Mail is set up (SMTP_URL): without it, links are copied and handouts printed. */
  mail: z.object({ configured: z.boolean() }),
  /** How long a new link works, in days. */
  linkDays: z.number().int(),
  versions: z.array(recordVersionSchema),
  /** The record differs from the latest version shared: a new share makes version n + 1. */
  changedSinceLatest: z.boolean(),
  participants: z.array(participantShareSchema),
  notifications: z.array(notificationSchema),
});
export type ShareState = z.output<typeof shareStateSchema>;

/** Body of POST /api/conversations/:id/share: the participants to mail (default: all with address and consent). */
export const shareInputSchema = z
  .object({
    participantIds: z.array(id).max(LIMITS.participants).optional(),
    /** Also end the links given earlier to these participants. */
    revokeEarlier: z.boolean().default(false),
  })
  .strict();

/** A link made for a participant (to copy, or printed on a handout): shown once, never stored. */
export const madeLinkSchema = z.object({
  participantId: id,
  url: z.string(),
  expiresAt: z.string(),
  version: z.number().int(),
});
export type MadeLink = z.output<typeof madeLinkSchema>;

// --- The participant's answers, as forms on their page post them ---------------------------------------

export const summaryAnswerSchema = z.discriminatedUnion('answer', [
  z.object({ answer: z.literal('confirmed') }),
  z.object({ answer: z.literal('corrected'), correction: requiredText(LIMITS.text) }),
]);
export const agreementAnswerInputSchema = z.discriminatedUnion('answer', [
  z.object({ answer: z.literal('accepted') }),
  z.object({ answer: z.literal('questioned'), reason: requiredText(LIMITS.reason) }),
]);
export const agreementDoneInputSchema = z.object({ note: text(LIMITS.reason).default('') });
export const feedbackAnswerSchema = z
  .object({
    score: z.number().int().min(1).max(5).nullable(),
    wentWell: text(LIMITS.text).default(''),
    tip: text(LIMITS.text).default(''),
    anonymous: z.boolean().default(false),
  })
  .refine((f) => f.score !== null || f.wentWell !== '' || f.tip !== '', { message: 'required' });

// --- What the answers mean ------------------------------------------------------------------------------

// Standing answers and the A and R they make: acceptance.ts (free of zod, so the web app and core's SMART
// verdict use the same rule).

/** The content of a record that participants see; two records with equal content need no new version. */
export function sharedContent(conversation: Conversation): unknown {
  const { closing } = conversation;
  return {
    title: conversation.title,
    typeId: conversation.typeId,
    startsAt: conversation.startsAt,
    mode: conversation.mode,
    participants: conversation.participants.map((p) => ({
      id: p.id,
      name: p.name,
      role: p.role,
      email: p.contactConsent ? p.email : null,
      phone: p.contactConsent ? p.phone : null,
    })),
    summary: closing.summary.text,
    agreements: closing.agreements.map((a) => ({
      id: a.id,
      sourceText: a.sourceText,
      owner: a.owner,
      action: a.action,
      deadline: a.deadline,
      measure: a.measure,
      status: a.status,
    })),
    expectations: closing.expectations.map((e) => ({ label: e.label, date: e.date, note: e.note })),
    questions: closing.questions.map((q) => ({ text: q.text, answer: q.answer, state: q.state })),
    contact: closing.contact.card,
    closingMessage: closing.thanks.closingMessage,
  };
}

/** Counts of a participant's agreement answers (accepted, questioned, still open, own ones done). */
export function answerCounts(
  conversation: Conversation,
  participantId: string,
): { accepted: number; questioned: number; pending: number; done: number } {
  const counts = { accepted: 0, questioned: 0, pending: 0, done: 0 };
  for (const agreement of conversation.closing.agreements) {
    if (agreement.status === 'cancelled') continue;
    counts[standingAnswer(agreement, participantId).state] += 1;
    if (agreement.owner === participantId && agreement.status === 'done') counts.done += 1;
  }
  return counts;
}

/**
 * A shared version with the live record's answers put onto it, for a report of that version: an answer counts
 * as current when it was given to the very words the version shows (it carries over to a new version that did
 * not change them); an answer to other words is kept, marked as not current, so the report can say so. Done
 * notes (agreement history) and feedback come from the live record; everything else is the version's.
 */
export function answersOnto(live: Conversation, reported: Conversation): Conversation {
  const liveAgreements = new Map(live.closing.agreements.map((a) => [a.id, a]));
  const summaryRevision = reported.closing.summary.revision;
  return {
    ...reported,
    participants: reported.participants.map((p) => ({
      ...p,
      openedAt: live.participants.find((x) => x.id === p.id)?.openedAt ?? null,
    })),
    closing: {
      ...reported.closing,
      summary: {
        ...reported.closing.summary,
        confirmations: reported.participants.map((p) => {
          const c = live.closing.summary.confirmations.find((x) => x.participantId === p.id);
          return c
            ? { ...c, current: c.state === 'pending' || c.revision === summaryRevision }
            : {
                participantId: p.id,
                state: 'pending' as const,
                correction: '',
                revision: summaryRevision,
                current: true,
                source: 'leader' as const,
                version: null,
                answeredAt: null,
              };
        }),
      },
      agreements: reported.closing.agreements.map((a) => {
        const now = liveAgreements.get(a.id);
        return {
          ...a,
          acceptedBy: now?.acceptedBy ?? a.acceptedBy,
          history: now?.history ?? a.history,
          answers: (now?.answers ?? []).map((x) => ({ ...x, current: x.revision === a.revision })),
        };
      }),
      feedback: { ...reported.closing.feedback, responses: live.closing.feedback.responses },
    },
  };
}
