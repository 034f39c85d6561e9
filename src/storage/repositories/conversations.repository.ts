import {
  STEP_KEYS,
  type Agreement,
  type AgreementAnswer,
  type AgreementStatus,
  type Closing,
  type ContactCard,
  type Conversation,
  type ConversationMode,
  type ConversationStatus,
  type ConversationSummary,
  type Expectation,
  type LegalRuleKey,
  LEGAL_RULE_KEYS,
  RESPONSE_NOTIFICATION_KINDS,
} from '../../core/index.ts';
import type { Executor } from './executor.ts';
import { bool, fromJson } from './json.ts';
import type { DatabaseKind } from '../db.ts';
import { jsonRows, loadQuery } from './conversation-load.ts';

/** The row fields of a conversation (without its closing record). */
export interface ConversationHead {
  id: string;
  typeId: string;
  leaderId: string;
  title: string;
  startsAt: string;
  startsAtUtc: string;
  startsOn: string;
  mode: ConversationMode;
  status: ConversationStatus;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface ConversationFilter {
  leaderId: string;
  q?: string;
  typeId?: string;
  status?: ConversationStatus;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** The statutory rule of a stored next step, or null (also for a rule this version no longer knows). */
function legalOf(rule: string | null, variant: string | null, from: string | null): Expectation['legal'] {
  if (!rule || !from || !(LEGAL_RULE_KEYS as readonly string[]).includes(rule)) return null;
  return { rule: rule as LegalRuleKey, variant: variant === 'committee' ? 'committee' : 'standard', from };
}

/** Escapes LIKE wildcards so a search for "50%" finds "50%". */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Conversations, and loading one with its whole closing record. */
export function conversationsRepository(db: Executor, kind: DatabaseKind) {
  return {
    /** Stores the row of a new conversation. */
    async insert(head: ConversationHead): Promise<void> {
      await db
        .insertInto('conversations')
        .values({
          id: head.id,
          type_id: head.typeId,
          leader_id: head.leaderId,
          title: head.title,
          starts_at: head.startsAt,
          starts_at_utc: head.startsAtUtc,
          starts_on: head.startsOn,
          mode: head.mode,
          status: head.status,
          created_at: head.createdAt,
          updated_at: head.updatedAt,
          closed_at: head.closedAt,
        })
        .execute();
    },

    /** The row of a conversation without its closing record, or null. */
    async head(id: string): Promise<ConversationHead | null> {
      const row = await db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      return {
        id: row.id,
        typeId: row.type_id,
        leaderId: row.leader_id,
        title: row.title,
        startsAt: row.starts_at,
        startsAtUtc: row.starts_at_utc,
        startsOn: row.starts_on,
        mode: row.mode as ConversationMode,
        status: row.status as ConversationStatus,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        closedAt: row.closed_at,
      };
    },

    /** Changes row fields of a conversation (updated_at included by the caller). */
    async update(
      id: string,
      patch: Partial<Omit<ConversationHead, 'id' | 'leaderId' | 'createdAt'>>,
    ): Promise<void> {
      await db
        .updateTable('conversations')
        .set({
          ...(patch.typeId !== undefined ? { type_id: patch.typeId } : {}),
          ...(patch.title !== undefined ? { title: patch.title } : {}),
          ...(patch.startsAt !== undefined ? { starts_at: patch.startsAt } : {}),
          ...(patch.startsAtUtc !== undefined ? { starts_at_utc: patch.startsAtUtc } : {}),
          ...(patch.startsOn !== undefined ? { starts_on: patch.startsOn } : {}),
          ...(patch.mode !== undefined ? { mode: patch.mode } : {}),
          ...(patch.status !== undefined ? { status: patch.status } : {}),
          ...(patch.updatedAt !== undefined ? { updated_at: patch.updatedAt } : {}),
          ...(patch.closedAt !== undefined ? { closed_at: patch.closedAt } : {}),
        })
        .where('id', '=', id)
        .execute();
    },

    /** Marks the conversation as changed now. */
    async touch(id: string, at: string): Promise<void> {
      await db
        .updateTable('conversations')
        .set((eb) => ({ updated_at: at, revision: eb('revision', '+', 1) }))
        .where('id', '=', id)
        .execute();
    },

    /**
     * Raises the revision without marking the conversation as changed by its leader (a participant answered
     * through their link): a device's copy is outdated, so its next write is compared anew (If-Match).
     */
    async raiseRevision(id: string): Promise<void> {
      await db
        .updateTable('conversations')
        .set((eb) => ({ revision: eb('revision', '+', 1) }))
        .where('id', '=', id)
        .execute();
    },

    /** Deletes a conversation; its closing record goes with it (ON DELETE CASCADE). */
    async delete(id: string): Promise<void> {
      await db.deleteFrom('conversations').where('id', '=', id).execute();
    },

    /** One page of a leader's conversations, newest first, with the total that match. */
    async list(filter: ConversationFilter): Promise<{ items: ConversationSummary[]; total: number }> {
      let query = db.selectFrom('conversations').where('leader_id', '=', filter.leaderId);
      if (filter.q)
        query = query.where((eb) => eb(eb.fn('lower', ['title']), 'like', likePattern(filter.q!)));
      if (filter.typeId) query = query.where('type_id', '=', filter.typeId);
      if (filter.status) query = query.where('status', '=', filter.status);
      if (filter.from) query = query.where('starts_on', '>=', filter.from);
      if (filter.to) query = query.where('starts_on', '<=', filter.to);
      const totalRow = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const rows = await query
        .select([
          'id',
          'type_id',
          'title',
          'starts_at',
          'mode',
          'leader_id',
          'status',
          'updated_at',
          'revision',
        ])
        .select((eb) => [
          eb
            .selectFrom('record_versions')
            .select((v) => v.fn.max('number').as('n'))
            .whereRef('record_versions.conversation_id', '=', 'conversations.id')
            .as('latest_version'),
          eb
            .selectFrom('notifications')
            .select((n) => n.fn.countAll().as('n'))
            .whereRef('notifications.conversation_id', '=', 'conversations.id')
            .whereRef('notifications.user_id', '=', 'conversations.leader_id')
            .where('notifications.read_at', 'is', null)
            .where('notifications.kind', 'in', RESPONSE_NOTIFICATION_KINDS)
            .as('unread'),
        ])
        .orderBy('starts_at_utc', 'desc')
        .orderBy('id')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute();
      const ids = rows.map((row) => row.id);
      const names = new Map<string, string[]>();
      if (ids.length > 0) {
        const participants = await db
          .selectFrom('participants')
          .select(['conversation_id', 'name'])
          .where('conversation_id', 'in', ids)
          .orderBy('conversation_id')
          .orderBy('position')
          .execute();
        for (const p of participants) {
          const list = names.get(p.conversation_id) ?? [];
          list.push(p.name);
          names.set(p.conversation_id, list);
        }
      }
      return {
        total: Number(totalRow.n),
        items: rows.map((row) => ({
          id: row.id,
          typeId: row.type_id,
          title: row.title,
          startsAt: row.starts_at,
          mode: row.mode as ConversationMode,
          leaderId: row.leader_id,
          status: row.status as ConversationStatus,
          participantNames: names.get(row.id) ?? [],
          updatedAt: row.updated_at,
          revision: row.revision,
          latestVersion:
            row.latest_version === null || row.latest_version === undefined
              ? null
              : Number(row.latest_version),
          unread: Number(row.unread ?? 0),
        })),
      };
    },

    /** A conversation with its whole closing record, or null: one statement (see conversation-load.ts). */
    async load(id: string): Promise<Conversation | null> {
      const row = (await db.executeQuery(loadQuery(kind, id))).rows[0];
      if (!row) return null;
      const steps = jsonRows(row.steps);
      const participants = jsonRows(row.participants);
      const history = jsonRows(row.history);
      const closingRow = row.closing_id === null ? null : row;

      const stepMap = new Map(steps.map((s) => [s.step, s]));
      const historyBy = new Map<string, Agreement['history']>();
      for (const h of history) {
        const list = historyBy.get(h.agreement_id) ?? [];
        list.push({
          at: h.at,
          byUserId: h.by_user_id,
          byParticipantId: h.by_participant_id ?? null,
          status: h.status as AgreementStatus,
          note: h.note,
          kind: h.kind === 'deadline' ? 'deadline' : 'status',
          deadlineFrom: h.deadline_from,
          deadlineTo: h.deadline_to,
          evidenceLink: h.evidence_link,
          doneOn: h.done_on,
        });
        historyBy.set(h.agreement_id, list);
      }

      const summaryRevision = Number(closingRow?.summary_revision ?? 1);
      const agreementRows = jsonRows(row.agreements);
      const revisionOf = new Map(agreementRows.map((a) => [a.id, Number(a.revision)]));
      const answersBy = new Map<string, AgreementAnswer[]>();
      for (const a of jsonRows(row.answers)) {
        const list = answersBy.get(a.agreement_id) ?? [];
        list.push({
          participantId: a.participant_id,
          state: a.state === 'questioned' ? 'questioned' : 'accepted',
          reason: a.reason,
          revision: Number(a.agreement_revision),
          current: revisionOf.get(a.agreement_id) === Number(a.agreement_revision),
          version: a.version === null ? null : Number(a.version),
          answeredAt: a.answered_at,
        });
        answersBy.set(a.agreement_id, list);
      }

      const closing: Closing = {
        steps: Object.fromEntries(
          STEP_KEYS.map((key) => {
            const step = stepMap.get(key);
            return [
              key,
              {
                state: (step?.state ?? 'open') as 'open' | 'done' | 'skipped',
                skipReason: step?.skip_reason ?? null,
              },
            ];
          }),
        ) as Closing['steps'],
        summary: {
          text: closingRow?.summary_text ?? '',
          revision: summaryRevision,
          confirmations: participants.map((p) => ({
            participantId: p.id,
            state: (p.confirmation_state ?? 'pending') as 'pending' | 'confirmed' | 'corrected',
            correction: p.correction ?? '',
            revision: Number(p.confirmation_revision ?? summaryRevision),
            current: Number(p.confirmation_revision ?? summaryRevision) === summaryRevision,
            source: p.confirmation_source === 'participant' ? 'participant' : 'leader',
            version: p.confirmation_version === null ? null : Number(p.confirmation_version),
            answeredAt: p.confirmation_answered_at ?? null,
          })),
        },
        agreements: agreementRows.map((a) => ({
          id: a.id,
          sourceText: a.source_text,
          owner: a.owner,
          action: a.action,
          deadline: a.deadline,
          measure: a.measure,
          acceptedBy: fromJson<string[]>(a.accepted_by, []),
          status: a.status as AgreementStatus,
          history: historyBy.get(a.id) ?? [],
          position: Number(a.position),
          revision: Number(a.revision),
          answers: answersBy.get(a.id) ?? [],
        })),
        expectations: jsonRows(row.expectations).map((e) => ({
          id: e.id,
          label: e.label,
          date: e.date,
          note: e.note,
          source: e.source === 'template' ? 'template' : 'custom',
          position: Number(e.position),
          legal: legalOf(e.legal_rule, e.legal_variant, e.legal_from),
        })),
        questions: jsonRows(row.questions).map((q) => ({
          id: q.id,
          askedBy: q.asked_by,
          text: q.text,
          answer: q.answer,
          state: q.state as 'open' | 'answered' | 'follow_up',
          position: Number(q.position),
          agreementId: q.agreement_id ?? null,
        })),
        questionRound: {
          targetMinutes: Number(closingRow?.question_round_target_minutes ?? 5),
          startedAt: closingRow?.question_round_started_at ?? null,
        },
        contact: {
          card: fromJson<ContactCard | null>(closingRow?.contact_card ?? null, null),
          shared: bool(closingRow?.contact_shared ?? 0),
        },
        feedback: {
          asked: bool(closingRow?.feedback_asked ?? 0),
          notes: closingRow?.feedback_notes ?? '',
          responses: jsonRows(row.feedback).map((f) => ({
            id: f.id,
            participantId: f.participant_id,
            score: f.score === null ? null : Number(f.score),
            wentWell: f.went_well,
            tip: f.tip,
            givenOn: f.given_on,
            version: Number(f.version),
          })),
        },
        thanks: {
          said: bool(closingRow?.thanks_said ?? 0),
          closingMessage: closingRow?.thanks_message ?? '',
        },
      };

      return {
        id: row.id,
        typeId: row.type_id,
        title: row.title,
        startsAt: row.starts_at,
        mode: row.mode as ConversationMode,
        leaderId: row.leader_id,
        status: row.status as ConversationStatus,
        participants: participants.map((p) => ({
          id: p.id,
          name: p.name,
          role: p.role,
          email: p.email,
          phone: p.phone,
          contactConsent: bool(p.contact_consent),
          consentRecordedAt: p.consent_recorded_at,
          language: p.language === 'en' ? 'en' : 'nl',
          openedAt: p.opened_at ?? null,
        })),
        closing,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        closedAt: row.closed_at,
        // A number on both drivers (pg returns integer columns as numbers).
        revision: Number(row.revision),
        latestVersion: row.latest_version === null ? null : Number(row.latest_version),
        unread: Number(row.unread),
      };
    },
  };
}
