// Conversations and every change to their closing record. Each change runs in one transaction, is written to
// the audit log (field names and states, not the content itself) and returns the whole updated conversation.
import type {
  agreementInputSchema,
  agreementPatchSchema,
  confirmationInputSchema,
  contactInputSchema,
  conversationInputSchema,
  conversationPatchSchema,
  conversationQuerySchema,
  expectationInputSchema,
  expectationPatchSchema,
  feedbackInputSchema,
  participantInputSchema,
  participantPatchSchema,
  questionInputSchema,
  questionPatchSchema,
  questionRoundInputSchema,
  reopenInputSchema,
  stepStatusInputSchema,
  summaryInputSchema,
  thanksInputSchema,
} from '../core/index.ts';
import {
  AppError,
  LIMITS,
  canCreateConversation,
  canEditConversation,
  canReadConversation,
  dayOf,
  missingForClosing,
  nextStepsFrom,
  contactCardFor,
  DEFAULT_QUESTION_ROUND_MINUTES,
  type Actor,
  type Agreement,
  type AuditEntry,
  type Conversation,
  type ConversationSummary,
  type MissingItem,
  type Participant,
  type SensitiveField,
  type StepKey,
} from '../core/index.ts';
import type { z } from 'zod';
import type { Repositories } from '../storage/index.ts';
import { writeAudit, type Context } from './context.ts';
import { withSensitive } from './sensitive.ts';
import { recordAccess } from './access-log.ts';
import { legalExpectation } from './legal-notes.ts';
import { changeConversation, type ConversationWork, type WriteOptions } from './conversation-change.ts';

type Out<S extends z.ZodType> = z.output<S>;

/** A conversation as the services answer it: with the special personal data found in its free text. */
export type ConversationAnswer = Conversation & { sensitive: SensitiveField[] };

/** The fields of a patch that were given (undefined means "leave as it is"). */
function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Names of the fields present in a patch, for the audit log. */
function fieldsOf(patch: object): string[] {
  return Object.keys(definedOnly(patch));
}

/** Refuses an owner or participant reference that is not 'leader' or one of the conversation's participants. */
function checkRef(conversation: Conversation, ref: string | null | undefined, field: string): void {
  if (ref === null || ref === undefined || ref === 'leader') return;
  if (!conversation.participants.some((p) => p.id === ref)) {
    throw new AppError('owner_not_in_conversation', { field });
  }
}

function checkParticipants(conversation: Conversation, ids: string[] | undefined, field: string): void {
  for (const id of ids ?? []) {
    if (!conversation.participants.some((p) => p.id === id))
      throw new AppError('owner_not_in_conversation', { field });
  }
}

function consentOrRefuse(participant: {
  email: string | null;
  phone: string | null;
  contactConsent: boolean;
}): void {
  if (!participant.contactConsent && (participant.email || participant.phone)) {
    throw new AppError('validation_failed', {
      fields: [{ path: 'contactConsent', code: 'consent_required' }],
    });
  }
}

/** True when an agreement's words (not its status or ticks) differ: who, what, by when, how we know. */
function agreementWordsChanged(
  before: Pick<Agreement, 'sourceText' | 'owner' | 'action' | 'deadline' | 'measure'>,
  after: Pick<Agreement, 'sourceText' | 'owner' | 'action' | 'deadline' | 'measure'>,
): boolean {
  return (
    before.sourceText !== after.sourceText ||
    before.owner !== after.owner ||
    before.action !== after.action ||
    before.deadline !== after.deadline ||
    before.measure !== after.measure
  );
}

/** Use cases of a leader's conversations. */
export function conversationsService(ctx: Context) {
  /**
   * Runs `work` through the one door for conversation changes (revision raised, If-Match and Idempotency-Key
   * honoured; see `changeConversation`) and answers with the privacy warnings.
   */
  const change = async (
    options: WriteOptions,
    actor: Actor,
    conversationId: string,
    action: string,
    work: ConversationWork,
  ): Promise<ConversationAnswer> =>
    withSensitive(await changeConversation(ctx, actor, conversationId, action, work, options));

  async function readable(actor: Actor, conversationId: string): Promise<Conversation> {
    const conversation = await ctx.storage.repos.conversations.load(conversationId);
    if (!conversation || !canReadConversation(actor, conversation))
      throw new AppError('conversation_not_found');
    return conversation;
  }

  /** Adds an agreement to a loaded conversation; its history starts as open. Returns its id. */
  async function insertAgreement(
    repos: Repositories,
    actor: Actor,
    conversation: Conversation,
    at: string,
    input: Out<typeof agreementInputSchema>,
  ): Promise<string> {
    if (conversation.closing.agreements.length >= LIMITS.agreements)
      throw new AppError('limit_reached', { limit: LIMITS.agreements });
    checkRef(conversation, input.owner, 'owner');
    checkParticipants(conversation, input.acceptedBy, 'acceptedBy');
    const id = ctx.ids.id();
    await repos.agreements.insertLast(conversation.id, id, { ...input, status: 'open', revision: 1 });
    await repos.agreements.addHistory(ctx.ids.id(), id, {
      at,
      byUserId: actor.userId,
      status: 'open',
      note: '',
    });
    return id;
  }

  function newParticipant(input: Out<typeof participantInputSchema>, at: string): Participant {
    return {
      id: ctx.ids.id(),
      name: input.name,
      role: input.role,
      email: input.email,
      phone: input.phone,
      contactConsent: input.contactConsent,
      consentRecordedAt: input.contactConsent ? at : null,
      language: input.language,
      openedAt: null,
    };
  }

  return {
    /** The actor's own conversations, filtered and paged. */
    async list(
      actor: Actor,
      query: Out<typeof conversationQuerySchema>,
    ): Promise<{ items: ConversationSummary[]; total: number }> {
      return ctx.storage.repos.conversations.list({ ...query, leaderId: actor.userId });
    },

    /**
     * The type a new conversation of this leader starts with: the type of their latest conversation, else the
     * one the organisation uses most, else none (the form then asks to choose).
     */
    async defaultType(
      actor: Actor,
    ): Promise<{ typeId: string | null; basis: 'latest' | 'most_used' | null }> {
      const statistics = ctx.storage.repos.statistics;
      const latest = await statistics.latestTypeOf(actor.userId);
      if (latest) return { typeId: latest, basis: 'latest' };
      const mostUsed = await statistics.mostUsedType();
      return mostUsed ? { typeId: mostUsed, basis: 'most_used' } : { typeId: null, basis: null };
    },

    /** One conversation with its closing record (its leader only); the opening goes into the access log. */
    async get(actor: Actor, conversationId: string): Promise<ConversationAnswer> {
      const conversation = await readable(actor, conversationId);
      await recordAccess(ctx, actor.userId, conversationId, 'conversation.opened');
      return withSensitive(conversation);
    },

    /** Starts a conversation: fresh closing record, next steps from the type, the leader's contact card. */
    async create(
      actor: Actor,
      input: Out<typeof conversationInputSchema>,
      options: WriteOptions = {},
    ): Promise<ConversationAnswer> {
      if (!canCreateConversation(actor)) throw new AppError('forbidden');
      let id = ctx.ids.id();
      await ctx.storage.transaction(async (repos) => {
        // Made before (a conversation created offline whose answer got lost): that one, not a second.
        const seen = options.idempotencyKey
          ? await repos.idempotency.find(actor.userId, options.idempotencyKey)
          : null;
        if (seen) {
          id = seen.conversationId;
          return;
        }
        const type = await repos.conversationTypes.find(input.typeId);
        if (!type || type.archived) throw new AppError('conversation_type_not_found');
        const leader = await repos.users.find(actor.userId);
        if (!leader) throw new AppError('not_authenticated');
        const at = ctx.now();
        const start = new Date(input.startsAt);
        const startsOn = dayOf(start);
        await repos.conversations.insert({
          id,
          typeId: type.id,
          leaderId: actor.userId,
          title: input.title,
          startsAt: input.startsAt,
          startsAtUtc: start.toISOString(),
          startsOn,
          mode: input.mode,
          status: 'open',
          createdAt: at,
          updatedAt: at,
          closedAt: null,
        });
        await repos.closings.insert(id, {
          summaryText: '',
          questionRoundTargetMinutes: DEFAULT_QUESTION_ROUND_MINUTES,
          questionRoundStartedAt: null,
          contactCard: contactCardFor(leader),
          contactShared: false,
          feedbackAsked: false,
          feedbackNotes: '',
          thanksSaid: false,
          thanksMessage: '',
        });
        await repos.steps.insertOpen(id);
        let position = 0;
        for (const p of input.participants) {
          const participant = newParticipant(p, at);
          await repos.participants.insert(id, participant, position++);
          await repos.confirmations.insertPending(id, participant.id);
        }
        const { holidayRegion } = await repos.organisation.settings();
        await repos.expectations.insert(
          id,
          nextStepsFrom(type, startsOn, holidayRegion).map((step, index) => ({
            id: ctx.ids.id(),
            label: step.label,
            ...(step.legal
              ? legalExpectation(step.legal, startsOn, step.note, leader.locale)
              : { date: step.date, note: step.note, legal: null }),
            source: 'template' as const,
            position: index,
          })),
        );
        await writeAudit(ctx, repos, {
          at,
          userId: actor.userId,
          conversationId: id,
          action: 'conversation.created',
          details: { typeId: type.id, participants: input.participants.length },
        });
        if (options.idempotencyKey)
          await repos.idempotency.insert(actor.userId, options.idempotencyKey, id, at);
      });
      const created = await ctx.storage.repos.conversations.load(id);
      // Made once and deleted since: the repeat does not bring it back.
      if (!created || !canReadConversation(actor, created)) throw new AppError('conversation_not_found');
      return withSensitive(created);
    },

    /** Changes title, type, start or mode (the status changes only through finish and reopen). */
    async update(
      actor: Actor,
      conversationId: string,
      patch: Out<typeof conversationPatchSchema>,
      options: WriteOptions = {},
    ): Promise<ConversationAnswer> {
      return change(options, actor, conversationId, 'conversation.updated', async (repos, conversation) => {
        if (patch.typeId !== undefined && patch.typeId !== conversation.typeId) {
          const type = await repos.conversationTypes.find(patch.typeId);
          if (!type || type.archived) throw new AppError('conversation_type_not_found');
        }
        const start = patch.startsAt !== undefined ? new Date(patch.startsAt) : null;
        // Only the fields of the patch schema, whatever else an object of that type might carry.
        const { typeId, title, startsAt, mode } = patch;
        await repos.conversations.update(conversationId, {
          ...definedOnly({ typeId, title, startsAt, mode }),
          ...(start ? { startsAtUtc: start.toISOString(), startsOn: dayOf(start) } : {}),
        });
        return { fields: fieldsOf(patch) };
      });
    },

    /** Deletes a conversation and its closing record; the audit log keeps that it happened. */
    async remove(actor: Actor, conversationId: string): Promise<void> {
      await ctx.storage.transaction(async (repos) => {
        const head = await repos.conversations.head(conversationId);
        if (!head || !canEditConversation(actor, head)) throw new AppError('conversation_not_found');
        await repos.conversations.delete(conversationId);
        await writeAudit(ctx, repos, {
          userId: actor.userId,
          conversationId,
          action: 'conversation.deleted',
          details: {},
        });
      });
    },

    /** Adds a participant, with a pending confirmation of the summary. */
    async addParticipant(
      actor: Actor,
      conversationId: string,
      input: Out<typeof participantInputSchema>,
      options: WriteOptions = {},
    ) {
      return change(options, actor, conversationId, 'participant.added', async (repos, conversation, at) => {
        if (conversation.participants.length >= LIMITS.participants)
          throw new AppError('limit_reached', { limit: LIMITS.participants });
        const participant = newParticipant(input, at);
        await repos.participants.insert(
          conversationId,
          participant,
          await repos.participants.nextPosition(conversationId),
        );
        await repos.confirmations.insertPending(conversationId, participant.id);
        return { participantId: participant.id };
      });
    },

    /** Changes a participant; contact details need consent. */
    async updateParticipant(
      actor: Actor,
      conversationId: string,
      participantId: string,
      patch: Out<typeof participantPatchSchema>,
      options: WriteOptions = {},
    ) {
      return change(
        options,
        actor,
        conversationId,
        'participant.updated',
        async (repos, conversation, at) => {
          const current = conversation.participants.find((p) => p.id === participantId);
          if (!current) throw new AppError('participant_not_found');
          const next: Participant = {
            ...current,
            ...definedOnly(patch),
          };
          consentOrRefuse(next);
          if (next.contactConsent !== current.contactConsent)
            next.consentRecordedAt = next.contactConsent ? at : null;
          await repos.participants.update(conversationId, next);
          return { participantId, fields: fieldsOf(patch) };
        },
      );
    },

    /** Removes a participant; agreements and questions that named them no longer do. */
    async removeParticipant(
      actor: Actor,
      conversationId: string,
      participantId: string,
      options: WriteOptions = {},
    ) {
      return change(options, actor, conversationId, 'participant.removed', async (repos, conversation) => {
        if (!conversation.participants.some((p) => p.id === participantId))
          throw new AppError('participant_not_found');
        for (const agreement of conversation.closing.agreements) {
          if (agreement.owner === participantId || agreement.acceptedBy.includes(participantId)) {
            const { id, history: _h, position: _p, answers: _a, ...fields } = agreement;
            await repos.agreements.update(conversationId, id, {
              ...fields,
              owner: agreement.owner === participantId ? null : agreement.owner,
              acceptedBy: agreement.acceptedBy.filter((p) => p !== participantId),
            });
          }
        }
        await repos.questions.clearAskedBy(conversationId, participantId);
        await repos.participants.delete(conversationId, participantId);
        return { participantId };
      });
    },

    /** Marks a step open, done or skipped (a skip needs a reason). */
    async setStep(
      actor: Actor,
      conversationId: string,
      step: StepKey,
      input: Out<typeof stepStatusInputSchema>,
      options: WriteOptions = {},
    ) {
      const reason = input.skipReason?.trim() ?? '';
      if (input.state === 'skipped' && reason === '') throw new AppError('skip_reason_required');
      return change(options, actor, conversationId, `step.${input.state}`, async (repos, conversation) => {
        await repos.steps.set(conversationId, step, input.state, input.state === 'skipped' ? reason : null);
        // The first step handled moves an open conversation into its closing phase.
        if (conversation.status === 'open' && input.state !== 'open') {
          await repos.conversations.update(conversationId, { status: 'closing' });
        }
        return { step };
      });
    },

    /**
     * Sets the summary text. A new text gets a new revision; confirmations stay as they were, tied to the
     * revision they confirmed, so the leader sees who confirmed an earlier text instead of losing it.
     */
    async setSummary(
      actor: Actor,
      conversationId: string,
      input: Out<typeof summaryInputSchema>,
      options: WriteOptions = {},
    ) {
      return change(options, actor, conversationId, 'summary.updated', async (repos, conversation) => {
        const { text, confirmations } = conversation.closing.summary;
        if (text === input.text) return { changed: false };
        await repos.closings.setSummary(conversationId, input.text);
        const earlier = confirmations.filter((c) => c.state !== 'pending' && c.current).length;
        return { changed: true, answersNowForEarlierText: earlier };
      });
    },

    /** Records whether a participant confirmed the summary or corrected it. */
    async setConfirmation(
      actor: Actor,
      conversationId: string,
      participantId: string,
      input: Out<typeof confirmationInputSchema>,
      options: WriteOptions = {},
    ) {
      return change(
        options,
        actor,
        conversationId,
        'summary.confirmation',
        async (repos, conversation, at) => {
          if (!conversation.participants.some((p) => p.id === participantId))
            throw new AppError('participant_not_found');
          await repos.confirmations.set(conversationId, participantId, {
            state: input.state,
            correction: input.state === 'corrected' ? input.correction : '',
            summaryRevision: conversation.closing.summary.revision,
            source: 'leader',
            version: null,
            answeredAt: input.state === 'pending' ? null : at,
          });
          return { participantId, state: input.state };
        },
      );
    },

    /** Adds an agreement; its history starts as open. */
    async addAgreement(
      actor: Actor,
      conversationId: string,
      input: Out<typeof agreementInputSchema>,
      options: WriteOptions = {},
    ) {
      return change(options, actor, conversationId, 'agreement.added', async (repos, conversation, at) => ({
        agreementId: await insertAgreement(repos, actor, conversation, at, input),
      }));
    },

    /** Changes an agreement; a status change, or a note with the status unchanged, adds a history entry. */
    async updateAgreement(
      actor: Actor,
      conversationId: string,
      agreementId: string,
      patch: Out<typeof agreementPatchSchema>,
      options: WriteOptions = {},
    ) {
      return change(options, actor, conversationId, 'agreement.updated', async (repos, conversation, at) => {
        const current = conversation.closing.agreements.find((a) => a.id === agreementId);
        if (!current) throw new AppError('agreement_not_found');
        checkRef(conversation, patch.owner, 'owner');
        checkParticipants(conversation, patch.acceptedBy, 'acceptedBy');
        const { statusNote, ...fields } = patch;
        const { id: _id, history: _h, position: _p, answers: _a, ...base } = current;
        const next = { ...base, ...definedOnly(fields) };
        // What the agreement says changed: the participants' answers were to the earlier words.
        if (agreementWordsChanged(base, next)) next.revision = base.revision + 1;
        await repos.agreements.update(conversationId, agreementId, next);
        const statusChanged = fields.status !== undefined && fields.status !== current.status;
        // A note with the status unchanged is news as well ("called; she calls back"): kept in the history.
        const note = statusNote?.trim() ?? '';
        if (statusChanged || note !== '') {
          await repos.agreements.addHistory(ctx.ids.id(), agreementId, {
            at,
            byUserId: actor.userId,
            status: next.status,
            note,
          });
        }
        return { agreementId, fields: fieldsOf(fields), ...(statusChanged ? { status: fields.status } : {}) };
      });
    },

    /** Removes an agreement. */
    async removeAgreement(
      actor: Actor,
      conversationId: string,
      agreementId: string,
      options: WriteOptions = {},
    ) {
      return change(options, actor, conversationId, 'agreement.removed', async (repos, conversation) => {
        if (!conversation.closing.agreements.some((a) => a.id === agreementId))
          throw new AppError('agreement_not_found');
        await repos.agreements.delete(conversationId, agreementId);
        // A question that had become this agreement needs a follow-up again.
        await repos.questions.clearAgreement(conversationId, agreementId);
        return { agreementId };
      });
    },

    /** Adds a next step of the leader's own. */
    async addExpectation(
      actor: Actor,
      conversationId: string,
      input: Out<typeof expectationInputSchema>,
      options: WriteOptions = {},
    ) {
      return change(options, actor, conversationId, 'expectation.added', async (repos, conversation) => {
        if (conversation.closing.expectations.length >= LIMITS.expectations)
          throw new AppError('limit_reached', { limit: LIMITS.expectations });
        const id = ctx.ids.id();
        await repos.expectations.insert(conversationId, [
          {
            id,
            ...input,
            source: 'custom',
            position: await repos.expectations.nextPosition(conversationId),
            legal: null,
          },
        ]);
        return { expectationId: id };
      });
    },

    /** Changes a next step. */
    async updateExpectation(
      actor: Actor,
      conversationId: string,
      expectationId: string,
      patch: Out<typeof expectationPatchSchema>,
      options: WriteOptions = {},
    ) {
      return change(options, actor, conversationId, 'expectation.updated', async (repos, conversation) => {
        const current = conversation.closing.expectations.find((e) => e.id === expectationId);
        if (!current) throw new AppError('expectation_not_found');
        const { legalFrom, ...fields } = patch;
        const next = { ...current, ...definedOnly(fields) };
        if (legalFrom !== undefined) {
          // Only a statutory step counts from a day; its date and explanation follow from the new day.
          if (!current.legal)
            throw new AppError('validation_failed', {
              fields: [{ path: 'legalFrom', message: 'not_statutory' }],
            });
          const leader = await repos.users.find(conversation.leaderId);
          Object.assign(next, legalExpectation(current.legal, legalFrom, '', leader?.locale ?? 'nl'));
        }
        await repos.expectations.update(conversationId, next);
        return { expectationId, fields: fieldsOf(patch) };
      });
    },

    /** Removes a next step. */
    async removeExpectation(
      actor: Actor,
      conversationId: string,
      expectationId: string,
      options: WriteOptions = {},
    ) {
      return change(options, actor, conversationId, 'expectation.removed', async (repos, conversation) => {
        if (!conversation.closing.expectations.some((e) => e.id === expectationId))
          throw new AppError('expectation_not_found');
        await repos.expectations.delete(conversationId, expectationId);
        return { expectationId };
      });
    },

    /** Records a question or remark of the last round. */
    async addQuestion(
      actor: Actor,
      conversationId: string,
      input: Out<typeof questionInputSchema>,
      options: WriteOptions = {},
    ) {
      return change(options, actor, conversationId, 'question.added', async (repos, conversation) => {
        if (conversation.closing.questions.length >= LIMITS.questions)
          throw new AppError('limit_reached', { limit: LIMITS.questions });
        checkRef(conversation, input.askedBy, 'askedBy');
        const id = ctx.ids.id();
        await repos.questions.insert(conversationId, {
          id,
          ...input,
          position: await repos.questions.nextPosition(conversationId),
          agreementId: null,
        });
        return { questionId: id };
      });
    },

    /** Changes a question (its answer, its state). */
    async updateQuestion(
      actor: Actor,
      conversationId: string,
      questionId: string,
      patch: Out<typeof questionPatchSchema>,
      options: WriteOptions = {},
    ) {
      return change(options, actor, conversationId, 'question.updated', async (repos, conversation) => {
        const current = conversation.closing.questions.find((q) => q.id === questionId);
        if (!current) throw new AppError('question_not_found');
        checkRef(conversation, patch.askedBy, 'askedBy');
        await repos.questions.update(conversationId, {
          ...current,
          ...definedOnly(patch),
        });
        return { questionId, fields: fieldsOf(patch), ...(patch.state ? { state: patch.state } : {}) };
      });
    },

    /**
     * Turns a question that needs a follow-up into an agreement (step 4's "vervolg", as the method says): the
     * agreement is added to step 2 and the question is marked as followed up by it, in one transaction.
     */
    async followUpQuestion(
      actor: Actor,
      conversationId: string,
      questionId: string,
      input: Out<typeof agreementInputSchema>,
      options: WriteOptions = {},
    ) {
      return change(
        options,
        actor,
        conversationId,
        'question.followed_up',
        async (repos, conversation, at) => {
          const question = conversation.closing.questions.find((q) => q.id === questionId);
          if (!question) throw new AppError('question_not_found');
          if (
            question.agreementId &&
            conversation.closing.agreements.some((a) => a.id === question.agreementId)
          )
            throw new AppError('conflict', {
              reason: 'already_followed_up',
              agreementId: question.agreementId,
            });
          const agreementId = await insertAgreement(repos, actor, conversation, at, input);
          await repos.questions.update(conversationId, { ...question, state: 'follow_up', agreementId });
          return { questionId, agreementId };
        },
      );
    },

    /** Removes a question. */
    async removeQuestion(
      actor: Actor,
      conversationId: string,
      questionId: string,
      options: WriteOptions = {},
    ) {
      return change(options, actor, conversationId, 'question.removed', async (repos, conversation) => {
        if (!conversation.closing.questions.some((q) => q.id === questionId))
          throw new AppError('question_not_found');
        await repos.questions.delete(conversationId, questionId);
        return { questionId };
      });
    },

    /** Sets the time box of the question round. */
    async setQuestionRound(
      actor: Actor,
      conversationId: string,
      input: Out<typeof questionRoundInputSchema>,
      options: WriteOptions = {},
    ) {
      return change(options, actor, conversationId, 'question_round.updated', async (repos) => {
        await repos.closings.update(conversationId, {
          questionRoundTargetMinutes: input.targetMinutes,
          questionRoundStartedAt: input.startedAt,
        });
        return { fields: fieldsOf(input) };
      });
    },

    /** Sets the leader's contact card for this conversation and whether it was shared. */
    async setContact(
      actor: Actor,
      conversationId: string,
      input: Out<typeof contactInputSchema>,
      options: WriteOptions = {},
    ) {
      return change(options, actor, conversationId, 'contact.updated', async (repos) => {
        await repos.closings.update(conversationId, { contactCard: input.card, contactShared: input.shared });
        return { fields: fieldsOf(input) };
      });
    },

    /** Records whether feedback was asked, and what was said. */
    async setFeedback(
      actor: Actor,
      conversationId: string,
      input: Out<typeof feedbackInputSchema>,
      options: WriteOptions = {},
    ) {
      return change(options, actor, conversationId, 'feedback.updated', async (repos) => {
        await repos.closings.update(conversationId, {
          feedbackAsked: input.asked,
          feedbackNotes: input.notes,
        });
        return { fields: fieldsOf(input) };
      });
    },

    /** Records the thanks and the closing message. */
    async setThanks(
      actor: Actor,
      conversationId: string,
      input: Out<typeof thanksInputSchema>,
      options: WriteOptions = {},
    ) {
      return change(options, actor, conversationId, 'thanks.updated', async (repos) => {
        await repos.closings.update(conversationId, {
          thanksSaid: input.said,
          thanksMessage: input.closingMessage,
        });
        return { fields: fieldsOf(input) };
      });
    },

    /** What a careful closing would still do. */
    async closingCheck(actor: Actor, conversationId: string): Promise<{ missing: MissingItem[] }> {
      return { missing: missingForClosing(await readable(actor, conversationId)) };
    },

    /** Closes the conversation; refuses with the missing items unless forced. */
    async finish(
      actor: Actor,
      conversationId: string,
      input: { force?: boolean },
      options: WriteOptions = {},
    ): Promise<ConversationAnswer> {
      return change(
        options,
        actor,
        conversationId,
        'conversation.closed',
        async (repos, conversation, at) => {
          // Closing twice would move closedAt silently; a closed record is reopened explicitly first.
          if (conversation.status === 'closed') throw new AppError('conversation_closed');
          const missing = missingForClosing(conversation);
          if (missing.length > 0 && !input.force) throw new AppError('closing_incomplete', { missing });
          await repos.conversations.update(conversationId, { status: 'closed', closedAt: at });
          return { forced: Boolean(input.force) && missing.length > 0, missing: missing.length };
        },
      );
    },

    /**
     * Reopens a closed conversation for changes: back into its closing phase, closedAt cleared. The reason is
     * kept in the audit log (the one place where the audit holds words a person wrote: it is the point of it).
     */
    async reopen(
      actor: Actor,
      conversationId: string,
      input: Out<typeof reopenInputSchema>,
      options: WriteOptions = {},
    ): Promise<ConversationAnswer> {
      return change(options, actor, conversationId, 'conversation.reopened', async (repos, conversation) => {
        if (conversation.status !== 'closed') throw new AppError('conversation_not_closed');
        await repos.conversations.update(conversationId, { status: 'closing', closedAt: null });
        return { reason: input.reason, closedAt: conversation.closedAt };
      });
    },

    /** The audit log of a conversation (its leader only). */
    async audit(actor: Actor, conversationId: string): Promise<AuditEntry[]> {
      await readable(actor, conversationId);
      return ctx.storage.repos.audit.forConversation(conversationId);
    },
  };
}
