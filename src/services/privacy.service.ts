// Privacy by design (AVG): the access log of a conversation, retention per conversation type (a report of what
// will go, and the run that deletes or anonymises it), and a person's data: find their participant records,
// export everything stored about them, or erase it. Every export and erasure is audited.
import {
  AppError,
  canReadConversation,
  type AccessLogEntry,
  type Actor,
  type Conversation,
  type PersonExport,
  type PersonMatch,
  type RetentionItem,
  type RetentionPolicy,
  type RetentionReport,
  type RetentionRun,
} from '../core/index.ts';
import { t } from '../i18n/index.ts';
import type { RetentionCandidate, Repositories } from '../storage/index.ts';
import { recordAccess } from './access-log.ts';
import { requireAdmin, writeAudit, type Context } from './context.ts';
import { contentHashOf } from './sharing.service.ts';

/** The access and audit logs are kept this long, then removed by the retention run. */
export const LOG_RETENTION_MONTHS = 24;
/** How far ahead the retention report looks by default. */
export const RETENTION_HORIZON_DAYS = 30;

function addMonths(iso: string, months: number): Date {
  const date = new Date(iso);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date;
}

/** When a conversation's retention runs out: its closing (or, never closed, its last change) plus the months. */
export function retentionDue(candidate: Pick<RetentionCandidate, 'closedAt' | 'updatedAt' | 'months'>): Date {
  return addMonths(candidate.closedAt ?? candidate.updatedAt, candidate.months);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A function that replaces a person's name (whole, and each part of three letters or more), e-mail address and
 * phone number in free text, as whole words and regardless of case.
 */
export function scrubberFor(
  person: { name: string; email: string | null; phone: string | null },
  marker: string,
): (text: string) => string {
  const terms = new Set<string>();
  const name = person.name.trim();
  if (name) terms.add(name);
  for (const part of name.split(/\s+/)) if (part.length >= 3) terms.add(part);
  if (person.email) terms.add(person.email);
  if (person.phone) terms.add(person.phone);
  const list = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  if (list.length === 0) return (text) => text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => text.replace(pattern, marker);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A shared version's content (the conversation as JSON) without one participant: their entries (themselves,
 * their confirmation) leave every list, their id leaves every reference, and every text is scrubbed.
 */
export function eraseFromContent(
  value: unknown,
  participantId: string,
  scrub: (text: string) => string,
): unknown {
  if (typeof value === 'string') return scrub(value);
  if (Array.isArray(value))
    return value
      .filter(
        (v) =>
          v !== participantId &&
          !(isRecord(v) && (v.id === participantId || v.participantId === participantId)),
      )
      .map((v) => eraseFromContent(v, participantId, scrub));
  if (isRecord(value))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        v === participantId ? null : eraseFromContent(v, participantId, scrub),
      ]),
    );
  return value;
}

/** Use cases of privacy: access log, retention, a person's data. */
export function privacyService(ctx: Context) {
  const repos = ctx.storage.repos;

  async function conversationOf(trx: Repositories, participantId: string): Promise<Conversation | null> {
    const match = (await trx.privacy.findParticipantById(participantId)) ?? null;
    return match ? trx.conversations.load(match) : null;
  }

  /** The jobs of a conversation's deliveries (of one participant, or all) go before the deliveries do. */
  async function dropDeliveryJobs(trx: Repositories, conversationId: string, participantId?: string) {
    const deliveries = await trx.deliveries.forConversation(conversationId);
    await trx.privacy.deleteJobsOfDeliveries(
      deliveries.filter((d) => !participantId || d.participantId === participantId).map((d) => d.id),
    );
  }

  /** Deletes a conversation with everything that hangs off it, the queue's mail jobs included. */
  async function deleteConversation(trx: Repositories, conversationId: string): Promise<void> {
    await dropDeliveryJobs(trx, conversationId);
    await trx.conversations.delete(conversationId);
  }

  async function anonymise(trx: Repositories, conversationId: string, at: string): Promise<void> {
    // Shared versions are full copies of the record: they go, with the links and deliveries of the sharing.
    await dropDeliveryJobs(trx, conversationId);
    await trx.privacy.deleteSharing(conversationId);
    const title = t('nl', 'privacy.anonymised.title');
    await trx.privacy.rewriteTexts(conversationId, (text, column) =>
      column === 'title' ? title : text ? '' : text,
    );
    await trx.privacy.anonymiseParticipants(conversationId, (n) =>
      t('nl', 'privacy.anonymised.participant', { n }),
    );
    await trx.privacy.markAnonymised(conversationId, at);
  }

  /** What sharing the record (issue 8) holds about one participant: versions, links, mails, answers, feedback. */
  async function sharedWith(
    conversation: Conversation,
    participantId: string,
  ): Promise<PersonExport['records'][number]['shared']> {
    const sharing = await repos.privacy.sharingOf(conversation.id, participantId);
    const actionOf = (agreementId: string) =>
      conversation.closing.agreements.find((a) => a.id === agreementId)?.action ?? '';
    return {
      versions: sharing.versions,
      links: sharing.links,
      deliveries: sharing.deliveries.map(({ id: _id, ...d }) => d),
      answers: sharing.answers.map(({ agreementId, ...a }) => ({ agreement: actionOf(agreementId), ...a })),
      feedback: sharing.feedback,
    };
  }

  return {
    /** Who opened a conversation's record, newest first: its leader and administrators may read it. */
    async accessLog(actor: Actor, conversationId: string): Promise<AccessLogEntry[]> {
      const head = await repos.conversations.head(conversationId);
      if (!head || (!canReadConversation(actor, head) && actor.role !== 'admin'))
        throw new AppError('conversation_not_found');
      return (await repos.accessLog.forConversation(conversationId)).map((entry) => ({
        at: entry.at,
        userId: entry.userId,
        userName: entry.userName,
        action: entry.action,
      }));
    },

    /** The retention of every conversation type (administrators). */
    async retentionPolicies(actor: Actor): Promise<RetentionPolicy[]> {
      requireAdmin(actor);
      return repos.privacy.retentionPolicies();
    },

    /** Sets how long a type's conversations are kept after closing, or (null) keeps them (administrators). */
    async setRetention(
      actor: Actor,
      typeId: string,
      retention: { months: number; action: 'delete' | 'anonymise' } | null,
    ): Promise<RetentionPolicy> {
      requireAdmin(actor);
      return ctx.storage.transaction(async (trx) => {
        if (!(await trx.conversationTypes.find(typeId))) throw new AppError('conversation_type_not_found');
        await trx.privacy.setRetention(typeId, retention);
        await writeAudit(ctx, trx, {
          userId: actor.userId,
          conversationId: null,
          action: 'retention.set',
          details: { typeId, months: retention?.months ?? null, retentionAction: retention?.action ?? null },
        });
        return (await trx.privacy.retentionPolicies()).find((p) => p.typeId === typeId)!;
      });
    },

    /** What the retention run will delete or anonymise within `horizonDays` (and what is overdue), for admins. */
    async retentionReport(actor: Actor, horizonDays = RETENTION_HORIZON_DAYS): Promise<RetentionReport> {
      requireAdmin(actor);
      const now = ctx.clock.now();
      const until = now.getTime() + horizonDays * 86_400_000;
      const items: RetentionItem[] = [];
      for (const candidate of await repos.privacy.retentionCandidates()) {
        const due = retentionDue(candidate);
        if (due.getTime() > until) continue;
        items.push({
          conversationId: candidate.conversationId,
          typeName: candidate.typeName,
          leaderName: candidate.leaderName,
          closedAt: candidate.closedAt,
          dueAt: due.toISOString(),
          action: candidate.action,
          overdue: due.getTime() <= now.getTime(),
        });
      }
      items.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
      return {
        generatedAt: now.toISOString(),
        horizonDays,
        policies: await repos.privacy.retentionPolicies(),
        items,
      };
    },

    /**
     * Deletes or anonymises every conversation whose retention has run out, and removes access and audit log
     * entries older than LOG_RETENTION_MONTHS. Runs as the system (the scheduled job, or `sluitstuk retention`).
     */
    async runRetention(
      actor: Actor,
      options: { dryRun?: boolean } = {},
    ): Promise<RetentionRun & { items: RetentionItem[] }> {
      requireAdmin(actor);
      const now = ctx.clock.now();
      const at = now.toISOString();
      const due: RetentionItem[] = [];
      for (const candidate of await repos.privacy.retentionCandidates()) {
        const dueAt = retentionDue(candidate);
        if (dueAt.getTime() > now.getTime()) continue;
        due.push({
          conversationId: candidate.conversationId,
          typeName: candidate.typeName,
          leaderName: candidate.leaderName,
          closedAt: candidate.closedAt,
          dueAt: dueAt.toISOString(),
          action: candidate.action,
          overdue: true,
        });
      }
      const logBefore = addMonths(at, -LOG_RETENTION_MONTHS).toISOString();
      if (options.dryRun) {
        return {
          at,
          deleted: due.filter((d) => d.action === 'delete').length,
          anonymised: due.filter((d) => d.action === 'anonymise').length,
          logEntriesRemoved: 0,
          items: due,
        };
      }
      let deleted = 0;
      let anonymised = 0;
      for (const item of due) {
        // One transaction per conversation: a failure leaves the others done and this one whole.
        await ctx.storage.transaction(async (trx) => {
          if (item.action === 'delete') {
            await deleteConversation(trx, item.conversationId);
            deleted++;
          } else {
            await anonymise(trx, item.conversationId, at);
            anonymised++;
          }
          await writeAudit(ctx, trx, {
            userId: null,
            conversationId: item.conversationId,
            action: item.action === 'delete' ? 'retention.deleted' : 'retention.anonymised',
            details: { typeName: item.typeName, dueAt: item.dueAt },
          });
        });
      }
      const logEntriesRemoved =
        (await repos.accessLog.deleteBefore(logBefore)) + (await repos.privacy.deleteAuditBefore(logBefore));
      return { at, deleted, anonymised, logEntriesRemoved, items: due };
    },

    /** Participant records that may be one person: by name, e-mail or phone (administrators; audited). */
    async findPerson(actor: Actor, query: string): Promise<PersonMatch[]> {
      requireAdmin(actor);
      const matches = await repos.privacy.findParticipants(query);
      await writeAudit(ctx, repos, {
        userId: actor.userId,
        conversationId: null,
        action: 'privacy.searched',
        details: { results: matches.length },
      });
      return matches;
    },

    /** Everything stored about the chosen participant records (administrators; audited, and in each access log). */
    async exportPerson(actor: Actor, participantIds: string[]): Promise<PersonExport> {
      requireAdmin(actor);
      const organisation = (await repos.organisation.get())?.name ?? '';
      const records: PersonExport['records'] = [];
      const names = new Set<string>();
      const emails = new Set<string>();
      const phones = new Set<string>();
      for (const participantId of [...new Set(participantIds)]) {
        const conversation = await conversationOf(repos, participantId);
        const participant = conversation?.participants.find((p) => p.id === participantId);
        if (!conversation || !participant) throw new AppError('participant_not_found', { participantId });
        names.add(participant.name);
        if (participant.email) emails.add(participant.email);
        if (participant.phone) phones.add(participant.phone);
        const [type, leader] = await Promise.all([
          repos.conversationTypes.find(conversation.typeId),
          repos.users.find(conversation.leaderId),
        ]);
        const c = conversation.closing;
        const ownerOf = (owner: string | null) =>
          owner === null
            ? null
            : owner === participantId
              ? 'this_person'
              : owner === 'leader'
                ? 'leader'
                : 'other';
        const confirmation = c.summary.confirmations.find((x) => x.participantId === participantId) ?? null;
        records.push({
          conversation: {
            id: conversation.id,
            type: type?.name ?? '',
            title: conversation.title,
            startsAt: conversation.startsAt,
            mode: conversation.mode,
            status: conversation.status,
            closedAt: conversation.closedAt,
            leader: leader?.name ?? null,
          },
          participant: {
            name: participant.name,
            role: participant.role,
            email: participant.email,
            phone: participant.phone,
            contactConsent: participant.contactConsent,
            consentRecordedAt: participant.consentRecordedAt,
          },
          summary: {
            text: c.summary.text,
            confirmation: confirmation
              ? { state: confirmation.state, correction: confirmation.correction }
              : null,
          },
          agreements: c.agreements.map((a) => ({
            sourceText: a.sourceText,
            action: a.action,
            deadline: a.deadline,
            measure: a.measure,
            status: a.status,
            owner: ownerOf(a.owner),
            acceptedByThisPerson: a.acceptedBy.includes(participantId),
            history: a.history.map((h) => ({ at: h.at, status: h.status, note: h.note })),
          })),
          expectations: c.expectations.map((e) => ({ label: e.label, date: e.date, note: e.note })),
          questions: c.questions.map((q) => ({
            askedByThisPerson: q.askedBy === participantId,
            text: q.text,
            answer: q.answer,
            state: q.state,
          })),
          skipReasons: Object.entries(c.steps)
            .filter(([, s]) => s.skipReason)
            .map(([step, s]) => ({ step, reason: s.skipReason! })),
          feedbackNotes: c.feedback.notes,
          closingMessage: c.thanks.closingMessage,
          shared: await sharedWith(conversation, participantId),
        });
        await recordAccess(ctx, actor.userId, conversation.id, 'conversation.exported');
      }
      await writeAudit(ctx, repos, {
        userId: actor.userId,
        conversationId: null,
        action: 'privacy.exported',
        details: { records: records.length },
      });
      return {
        generatedAt: ctx.now(),
        organisation,
        person: { names: [...names], emails: [...emails], phones: [...phones] },
        records,
      };
    },

    /**
     * Erases the chosen participant records: the person leaves each conversation, and their name, e-mail and
     * phone are replaced in its free text; or, with `deleteConversations`, the whole conversations go.
     * Administrators only; audited per conversation without naming the person.
     */
    async erasePerson(
      actor: Actor,
      participantIds: string[],
      options: { deleteConversations: boolean },
    ): Promise<{ conversations: number; participants: number; deletedConversations: number }> {
      requireAdmin(actor);
      const marker = t('nl', 'privacy.erased.marker');
      let participants = 0;
      let deletedConversations = 0;
      const touched = new Set<string>();
      await ctx.storage.transaction(async (trx) => {
        for (const participantId of [...new Set(participantIds)]) {
          const conversation = await conversationOf(trx, participantId);
          const participant = conversation?.participants.find((p) => p.id === participantId);
          if (!conversation || !participant) throw new AppError('participant_not_found', { participantId });
          touched.add(conversation.id);
          if (options.deleteConversations) {
            await deleteConversation(trx, conversation.id);
            deletedConversations++;
          } else {
            const scrub = scrubberFor(participant, marker);
            await trx.privacy.rewriteTexts(conversation.id, scrub);
            // What was shared with the participants keeps the record as it was, without this person.
            for (const version of await trx.privacy.versionContents(conversation.id)) {
              const erased = eraseFromContent(JSON.parse(version.content), participantId, scrub);
              await trx.privacy.setVersionContent(
                version.id,
                JSON.stringify(erased),
                contentHashOf(erased as Conversation),
              );
            }
            await dropDeliveryJobs(trx, conversation.id, participantId);
            await trx.privacy.forgetParticipantSharing(conversation.id, participantId);
            for (const agreement of conversation.closing.agreements) {
              if (agreement.owner === participantId || agreement.acceptedBy.includes(participantId)) {
                const { id, history: _h, position: _p, ...fields } = agreement;
                await trx.agreements.update(conversation.id, id, {
                  ...fields,
                  // The texts were scrubbed above; write back the scrubbed ones, not the loaded copy.
                  ...(await trx.privacy.agreementTexts(id)),
                  owner: agreement.owner === participantId ? null : agreement.owner,
                  acceptedBy: agreement.acceptedBy.filter((p) => p !== participantId),
                });
              }
            }
            await trx.questions.clearAskedBy(conversation.id, participantId);
            await trx.participants.delete(conversation.id, participantId);
            await trx.privacy.forgetInAudit(conversation.id, participantId);
          }
          participants++;
          await writeAudit(ctx, trx, {
            userId: actor.userId,
            conversationId: conversation.id,
            action: 'privacy.erased',
            details: { conversationDeleted: options.deleteConversations },
          });
        }
      });
      return { conversations: touched.size, participants, deletedConversations };
    },
  };
}
