// The report model: one picture of a conversation's record, pure data, for one audience. Every format
// (HTML, PDF, calendar, contact card, handout, mail) is rendered from it by src/render; none reads the
// conversation itself. The leader's version holds everything; a participant's version only what that
// participant may see (docs/ARCHITECTURE.md, "Report model").
import { agreementSentence, type SentenceLang } from './agreement-sentence.ts';
import { dayOf } from './calendar.ts';
import type {
  AgreementStatus,
  ContactCard,
  Conversation,
  ConversationMode,
  ConversationStatus,
} from './conversation.ts';
import { STEP_KEYS, type StepKey, type StepStatus } from './steps.ts';

/** Who the report is for. */
export type ReportAudience =
  /** The leader: the internal version, with skip reasons, notes about feedback and agreement history. */
  | { kind: 'leader' }
  /** Everyone at the table together (the printed or copied record): nothing internal, nobody's own marks. */
  | { kind: 'participants' }
  /** One participant (their link, their mail, their handout): nothing internal, their own agreements marked. */
  | { kind: 'participant'; participantId: string };

/** A participant's answer to the summary of one version: not yet given, "klopt", or a correction. */
export type SummaryAnswerState = 'pending' | 'confirmed' | 'corrected';
/** A participant's answer to an agreement: not yet given, accepted, or questioned with a reason. */
export type AgreementAnswerState = 'pending' | 'accepted' | 'questioned';

/** Everything the report is built from. */
export interface ReportInput {
  organisation: { name: string };
  conversation: Conversation;
  /** Name of the conversation type ("Wmo-keukentafelgesprek"); empty when unknown. */
  typeName: string;
  /** The leader's name and profile card; the closing's own card (step 5) wins when there is one. */
  leader: { name: string; contactCard: ContactCard | null };
  /** The record version being reported, or null for the current, not (yet) shared state: a draft. */
  version: { number: number; createdAt: string } | null;
  /** The language of the report (the participant's, or the leader's). */
  lang: SentenceLang;
}

export interface ReportParticipant {
  id: string;
  name: string;
  role: string;
  /** Only when this participant consented to their contact details being kept (and shown), else null. */
  email: string | null;
  phone: string | null;
  /** True for the participant this report is for. */
  isViewer: boolean;
}

export interface ReportSummaryAnswer {
  participantId: string;
  name: string;
  state: SummaryAnswerState;
  /** The correction when state is 'corrected', else empty. */
  correction: string;
  /** The version the answer is about; null when given at the table or not given. */
  version: number | null;
  /** True when the text has changed since the answer was given (the answer is about an earlier wording). */
  outdated: boolean;
}

export interface ReportAgreementAnswer {
  participantId: string;
  name: string;
  state: AgreementAnswerState;
  reason: string;
  version: number | null;
  outdated: boolean;
  done: { note: string; at: string } | null;
}

export interface ReportAgreement {
  id: string;
  /** 1-based position in the list. */
  number: number;
  /** The agreement as one grammatical sentence naming the owner (and the deadline when there is one). */
  sentence: string;
  /** 'leader', a participant id, or null when nobody has been named. */
  ownerRef: string | null;
  /** The owner's name, or null when nobody has been named. */
  ownerName: string | null;
  action: string;
  /** The leader's own words. */
  sourceText: string;
  /** 'YYYY-MM-DD' or null. */
  deadline: string | null;
  /** How everyone will know it was done. */
  measure: string;
  status: AgreementStatus;
  /** True when the report's participant owns this agreement. */
  mine: boolean;
  /**
   * Whether it concerns the report's participant (their calendar holds only these): their own, the leader's
   * and those owned by nobody at the table, not another participant's. Always true without a participant.
   */
  concernsViewer: boolean;
  /** Answers per participant: all of them for the leader, only the viewer's own for a participant. */
  answers: ReportAgreementAnswer[];
  /** Status changes over time: the leader's version only (empty otherwise). */
  history: { at: string; status: AgreementStatus; note: string }[];
}

export interface ReportNextStep {
  id: string;
  label: string;
  /** 'YYYY-MM-DD' or null when the step has no date. */
  date: string | null;
  note: string;
}

export interface ReportQuestion {
  id: string;
  /** Name of who asked, or null when not recorded. */
  askedBy: string | null;
  text: string;
  answer: string;
  state: 'open' | 'answered' | 'follow_up';
}

/** One conversation's record for one audience. */
export interface Report {
  audience: ReportAudience;
  lang: SentenceLang;
  organisation: { name: string };
  conversation: {
    id: string;
    title: string;
    typeName: string;
    startsAt: string;
    /** The Dutch day of the conversation, 'YYYY-MM-DD'. */
    day: string;
    mode: ConversationMode;
    status: ConversationStatus;
    closedAt: string | null;
  };
  /** The version reported, or null for a draft (not shared, the current state). */
  version: { number: number; createdAt: string } | null;
  /** True when the conversation is not closed yet. */
  draft: boolean;
  /** How to reach the leader. */
  leader: ContactCard;
  participants: ReportParticipant[];
  /** The participant this report is for, or null for the leader's and the shared version. */
  viewer: ReportParticipant | null;
  summary: { text: string; answers: ReportSummaryAnswer[] };
  agreements: ReportAgreement[];
  /** The next steps (expectations), by date, undated last. */
  nextSteps: ReportNextStep[];
  questions: ReportQuestion[];
  feedback: {
    asked: boolean;
    /** The leader's notes about the feedback: leader's version only (empty otherwise). */
    notes: string;
    /** Ids of participants who gave feedback through their link: leader's version only. */
    givenBy: string[];
  };
  /** The closing message of step 7 (may be empty). */
  closingMessage: string;
  thanked: boolean;
  /** Step states with skip reasons: the leader's version only (null otherwise). */
  steps: Record<StepKey, StepStatus> | null;
}

/** The leader's name as everyone sees it: the step-5 card, else the profile card, else the account name. */
function leaderCard(input: ReportInput): ContactCard {
  const card = input.conversation.closing.contact.card ?? input.leader.contactCard;
  const base: ContactCard = card ?? { name: '', role: '', phone: null, email: null, reachability: '' };
  return { ...base, name: base.name || input.leader.name };
}

/** Builds the report of a conversation for one audience. Throws RangeError for an unknown participant. */
export function buildReport(input: ReportInput, audience: ReportAudience): Report {
  const { conversation } = input;
  const { closing } = conversation;
  const isLeader = audience.kind === 'leader';
  const viewerId = audience.kind === 'participant' ? audience.participantId : null;
  if (viewerId !== null && !conversation.participants.some((p) => p.id === viewerId)) {
    throw new RangeError(`participant ${viewerId} is not in conversation ${conversation.id}`);
  }
  const leader = leaderCard(input);
  const nameOf = (id: string) => conversation.participants.find((p) => p.id === id)?.name ?? '';

  const participants: ReportParticipant[] = conversation.participants.map((p) => {
    const mayShowContact = isLeader || p.id === viewerId || p.contactConsent;
    return {
      id: p.id,
      name: p.name,
      role: p.role,
      email: mayShowContact && p.contactConsent ? p.email : null,
      phone: mayShowContact && p.contactConsent ? p.phone : null,
      isViewer: p.id === viewerId,
    };
  });
  const viewer = participants.find((p) => p.isViewer) ?? null;
  const visibleTo = (participantId: string) => isLeader || participantId === viewerId;

  // What each participant answered: at the table (recorded by the leader) or through their link.
  const summaryAnswers: ReportSummaryAnswer[] = conversation.participants
    .filter((p) => visibleTo(p.id))
    .map((p) => {
      const c = closing.summary.confirmations.find((x) => x.participantId === p.id);
      return {
        participantId: p.id,
        name: p.name,
        state: c?.state ?? 'pending',
        correction: c?.state === 'corrected' ? c.correction : '',
        version: c?.version ?? null,
        outdated: c !== undefined && c.state !== 'pending' && !c.current,
      };
    });

  const ownerNameOf = (ref: string | null): string | null => {
    if (ref === null) return null;
    if (ref === 'leader') return leader.name;
    return nameOf(ref) || null;
  };

  const agreements: ReportAgreement[] = closing.agreements
    .slice()
    .sort((a, b) => a.position - b.position)
    .map((a, index) => {
      const ownerName = ownerNameOf(a.owner);
      // Those asked to accept: every participant but the owner (an owner accepts by taking it on).
      // A cancelled agreement asks nobody anything any more; the leader still sees what was answered.
      const answers: ReportAgreementAnswer[] = conversation.participants
        .filter((p) => visibleTo(p.id) && (isLeader || a.status !== 'cancelled'))
        .map((p) => {
          const atTable: ReportAgreementAnswer = {
            participantId: p.id,
            name: p.name,
            state: a.acceptedBy.includes(p.id) ? 'accepted' : 'pending',
            reason: '',
            version: null,
            outdated: false,
            done: null,
          };
          const answer = a.answers.find((x) => x.participantId === p.id);
          // The latest "done" the participant reported through their link, with its note.
          const done = a.history
            .filter((h) => h.byParticipantId === p.id && h.status === 'done')
            .sort((x, y) => x.at.localeCompare(y.at))
            .pop();
          return {
            ...atTable,
            state: answer ? answer.state : atTable.state,
            reason: answer?.state === 'questioned' ? answer.reason : '',
            version: answer?.version ?? null,
            outdated: answer !== undefined && !answer.current,
            done: done ? { note: done.note, at: done.at } : null,
          };
        });
      return {
        id: a.id,
        number: index + 1,
        sentence: agreementSentence(a, ownerName, input.lang),
        ownerRef: a.owner,
        ownerName,
        action: a.action,
        sourceText: a.sourceText,
        deadline: a.deadline,
        measure: a.measure,
        status: a.status,
        mine: viewerId !== null && a.owner === viewerId,
        // The viewer's own agreements, the leader's (made for them) and those nobody at the table owns.
        concernsViewer: viewerId === null || a.owner === viewerId || a.owner === 'leader' || a.owner === null,
        answers,
        history: isLeader ? a.history.map((h) => ({ at: h.at, status: h.status, note: h.note })) : [],
      };
    });

  const nextSteps: ReportNextStep[] = closing.expectations
    .slice()
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.position - b.position)
    .map((e) => ({ id: e.id, label: e.label, date: e.date, note: e.note }));

  const questions: ReportQuestion[] = closing.questions
    .slice()
    .sort((a, b) => a.position - b.position)
    .map((q) => ({
      id: q.id,
      askedBy: q.askedBy === null ? null : ownerNameOf(q.askedBy),
      text: q.text,
      answer: q.answer,
      state: q.state,
    }));

  const steps = isLeader
    ? (Object.fromEntries(STEP_KEYS.map((key) => [key, { ...closing.steps[key] }])) as Record<
        StepKey,
        StepStatus
      >)
    : null;

  return {
    audience,
    lang: input.lang,
    organisation: { name: input.organisation.name },
    conversation: {
      id: conversation.id,
      title: conversation.title,
      typeName: input.typeName,
      startsAt: conversation.startsAt,
      day: dayOf(new Date(conversation.startsAt)),
      mode: conversation.mode,
      status: conversation.status,
      closedAt: conversation.closedAt,
    },
    version: input.version ? { ...input.version } : null,
    draft: conversation.status !== 'closed',
    leader,
    participants,
    viewer,
    summary: { text: closing.summary.text, answers: summaryAnswers },
    agreements,
    nextSteps,
    questions,
    feedback: {
      asked: closing.feedback.asked,
      notes: isLeader ? closing.feedback.notes : '',
      // Feedback given without a name stays without one.
      givenBy: isLeader
        ? [...new Set(closing.feedback.responses.flatMap((r) => (r.participantId ? [r.participantId] : [])))]
        : [],
    },
    closingMessage: closing.thanks.closingMessage,
    thanked: closing.thanks.said,
    steps,
  };
}
