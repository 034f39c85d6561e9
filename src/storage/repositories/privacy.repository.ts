// What privacy needs below the domain: finding a person's participant records, rewriting every free-text column
// of a conversation (erasure, anonymisation), and the conversations whose retention has run out.
import { sql } from 'kysely';
import type { Executor } from './executor.ts';

/** A participant record found for a person, with the conversation it belongs to (no conversation content). */
export interface ParticipantMatch {
  participantId: string;
  conversationId: string;
  name: string;
  email: string | null;
  phone: string | null;
  typeName: string;
  startsOn: string;
  leaderName: string | null;
}

/** A conversation whose type has a retention period. */
export interface RetentionCandidate {
  conversationId: string;
  typeId: string;
  typeName: string;
  leaderName: string | null;
  status: string;
  closedAt: string | null;
  updatedAt: string;
  anonymisedAt: string | null;
  months: number;
  action: 'delete' | 'anonymise';
}

/**
 * Every column that holds free text a leader typed about a conversation, by table, with how its rows are tied to
 * the conversation. Erasure and anonymisation go through this one list (and the test checks it covers every
 * text column of every table that belongs to a conversation).
 */
export const CONVERSATION_TEXT_COLUMNS = {
  conversations: { key: 'id', columns: ['title'] },
  closings: { key: 'conversation_id', columns: ['summary_text', 'feedback_notes', 'thanks_message'] },
  step_statuses: { key: 'conversation_id', columns: ['skip_reason'] },
  confirmations: { key: 'conversation_id', columns: ['correction'] },
  agreements: { key: 'conversation_id', columns: ['source_text', 'action', 'measure'] },
  expectations: { key: 'conversation_id', columns: ['label', 'note'] },
  questions: { key: 'conversation_id', columns: ['text', 'answer'] },
  // What participants wrote on their page (issue 8): why an agreement is not achievable, and their feedback.
  agreement_answers: { key: 'conversation_id', columns: ['reason'] },
  participant_feedback: { key: 'conversation_id', columns: ['went_well', 'tip'] },
} as const;

/** What the sharing of a record (issue 8) holds about one participant, for their export. */
export interface ParticipantSharing {
  versions: { number: number; sharedAt: string }[];
  links: { channel: string; createdAt: string; expiresAt: string; revokedAt: string | null }[];
  deliveries: {
    id: string;
    channel: string;
    state: string;
    recipient: string | null;
    createdAt: string;
    sentAt: string | null;
  }[];
  answers: { agreementId: string; state: string; reason: string; answeredAt: string }[];
  feedback: { score: number | null; wentWell: string; tip: string; givenOn: string }[];
}

type TextTable = keyof typeof CONVERSATION_TEXT_COLUMNS;

/** Privacy operations over several tables. */
export function privacyRepository(db: Executor) {
  /** Rows of a table belonging to a conversation, with a stable row identity for the update. */
  async function rewriteTable(
    table: TextTable,
    conversationId: string,
    rewrite: (text: string, column: string) => string,
  ): Promise<number> {
    const { key, columns } = CONVERSATION_TEXT_COLUMNS[table];
    // Kysely's table typing cannot follow a table chosen at run time; the list above is the contract.
    const rows = (await db
      .selectFrom(table as 'questions')
      .selectAll()
      .where(key as 'conversation_id', '=', conversationId)
      .execute()) as unknown as Record<string, unknown>[];
    let changed = 0;
    for (const row of rows) {
      const set: Record<string, string> = {};
      for (const column of columns) {
        const value = row[column];
        if (typeof value !== 'string') continue;
        const next = rewrite(value, column);
        if (next !== value) set[column] = next;
      }
      if (Object.keys(set).length === 0) continue;
      let query = db.updateTable(table as 'questions').set(set as never);
      for (const id of identityOf(table)) query = query.where(id as 'id', '=', row[id] as string);
      await query.execute();
      changed++;
    }
    return changed;
  }

  function identityOf(table: TextTable): string[] {
    if (table === 'closings') return ['conversation_id'];
    if (table === 'step_statuses') return ['conversation_id', 'step'];
    if (table === 'confirmations') return ['conversation_id', 'participant_id'];
    if (table === 'agreement_answers') return ['agreement_id', 'participant_id'];
    return ['id'];
  }

  return {
    /** Participant records whose e-mail or phone is exactly this, or whose name contains it (case-insensitive). */
    async findParticipants(query: string): Promise<ParticipantMatch[]> {
      const q = query.trim().toLowerCase();
      const digits = q.replace(/[^\d+]/g, '');
      const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const rows = await db
        .selectFrom('participants as p')
        .innerJoin('conversations as c', 'c.id', 'p.conversation_id')
        .innerJoin('conversation_types as t', 't.id', 'c.type_id')
        .leftJoin('users as u', 'u.id', 'c.leader_id')
        .select([
          'p.id as participantId',
          'p.conversation_id as conversationId',
          'p.name',
          'p.email',
          'p.phone',
          't.name as typeName',
          'c.starts_on as startsOn',
          'u.name as leaderName',
        ])
        .where((eb) =>
          eb.or([
            eb(sql<string>`lower(p.name)`, 'like', sql<string>`${like} escape '\\'`),
            eb(sql<string>`lower(p.email)`, '=', q),
            ...(digits.length >= 6
              ? [eb(sql<string>`replace(replace(replace(p.phone, ' ', ''), '-', ''), '.', '')`, '=', digits)]
              : []),
          ]),
        )
        .orderBy('c.starts_on', 'desc')
        .orderBy('p.id')
        .limit(200)
        .execute();
      return rows;
    },

    /** The conversation a participant record belongs to, or null. */
    async findParticipantById(participantId: string): Promise<string | null> {
      const row = await db
        .selectFrom('participants')
        .select('conversation_id')
        .where('id', '=', participantId)
        .executeTakeFirst();
      return row?.conversation_id ?? null;
    },

    /** The stored texts of one agreement. */
    async agreementTexts(
      agreementId: string,
    ): Promise<{ sourceText: string; action: string; measure: string }> {
      const row = await db
        .selectFrom('agreements')
        .select(['source_text', 'action', 'measure'])
        .where('id', '=', agreementId)
        .executeTakeFirstOrThrow();
      return { sourceText: row.source_text, action: row.action, measure: row.measure };
    },

    /** Rewrites every free-text column of one conversation; returns how many rows changed. */
    async rewriteTexts(
      conversationId: string,
      rewrite: (text: string, column: string) => string,
    ): Promise<number> {
      let changed = 0;
      for (const table of Object.keys(CONVERSATION_TEXT_COLUMNS) as TextTable[]) {
        changed += await rewriteTable(table, conversationId, rewrite);
      }
      // The history notes hang off the agreements, not off the conversation directly.
      const history = await db
        .selectFrom('agreement_history as h')
        .innerJoin('agreements as a', 'a.id', 'h.agreement_id')
        .select(['h.id', 'h.note'])
        .where('a.conversation_id', '=', conversationId)
        .execute();
      for (const row of history) {
        const next = rewrite(row.note, 'note');
        if (next !== row.note) {
          await db.updateTable('agreement_history').set({ note: next }).where('id', '=', row.id).execute();
          changed++;
        }
      }
      return changed;
    },

    /** Replaces a participant's id in the audit details of a conversation, so no trace points at them. */
    async forgetInAudit(conversationId: string, participantId: string): Promise<void> {
      await db
        .updateTable('audit_log')
        .set({ details: sql<string>`replace(details, ${participantId}, 'erased')` })
        .where('conversation_id', '=', conversationId)
        .execute();
    },

    /** Anonymises the participants of a conversation: "Deelnemer 1", no role, no contact details. */
    async anonymiseParticipants(conversationId: string, label: (position: number) => string): Promise<void> {
      const rows = await db
        .selectFrom('participants')
        .select(['id', 'position'])
        .where('conversation_id', '=', conversationId)
        .orderBy('position')
        .execute();
      let n = 0;
      for (const row of rows) {
        await db
          .updateTable('participants')
          .set({
            name: label(++n),
            role: '',
            email: null,
            phone: null,
            contact_consent: 0,
            consent_recorded_at: null,
          })
          .where('id', '=', row.id)
          .execute();
      }
    },

    /** Marks a conversation anonymised. */
    async markAnonymised(conversationId: string, at: string): Promise<void> {
      await db
        .updateTable('conversations')
        .set({ anonymised_at: at })
        .where('id', '=', conversationId)
        .execute();
    },

    /** Conversations whose type keeps them for a limited time (not yet anonymised), oldest first. */
    async retentionCandidates(): Promise<RetentionCandidate[]> {
      const rows = await db
        .selectFrom('conversations as c')
        .innerJoin('conversation_types as t', 't.id', 'c.type_id')
        .leftJoin('users as u', 'u.id', 'c.leader_id')
        .select([
          'c.id',
          'c.type_id',
          't.name as type_name',
          'u.name as leader_name',
          'c.status',
          'c.closed_at',
          'c.updated_at',
          'c.anonymised_at',
          't.retention_months',
          't.retention_action',
        ])
        .where('t.retention_months', 'is not', null)
        .where('c.anonymised_at', 'is', null)
        .orderBy('c.updated_at')
        .execute();
      return rows.map((row) => ({
        conversationId: row.id,
        typeId: row.type_id,
        typeName: row.type_name,
        leaderName: row.leader_name,
        status: row.status,
        closedAt: row.closed_at,
        updatedAt: row.updated_at,
        anonymisedAt: row.anonymised_at,
        months: Number(row.retention_months),
        action: row.retention_action === 'anonymise' ? 'anonymise' : 'delete',
      }));
    },

    /** The retention of every conversation type. */
    async retentionPolicies(): Promise<
      { typeId: string; typeName: string; months: number | null; action: 'delete' | 'anonymise' | null }[]
    > {
      const rows = await db
        .selectFrom('conversation_types')
        .select(['id', 'name', 'retention_months', 'retention_action'])
        .orderBy('name')
        .execute();
      return rows.map((row) => ({
        typeId: row.id,
        typeName: row.name,
        months: row.retention_months === null ? null : Number(row.retention_months),
        action:
          row.retention_months === null
            ? null
            : row.retention_action === 'anonymise'
              ? 'anonymise'
              : 'delete',
      }));
    },

    /** Sets (or with null clears) the retention of a conversation type. */
    async setRetention(typeId: string, retention: { months: number; action: 'delete' | 'anonymise' } | null) {
      await db
        .updateTable('conversation_types')
        .set({ retention_months: retention?.months ?? null, retention_action: retention?.action ?? null })
        .where('id', '=', typeId)
        .execute();
    },

    /** The record versions, deliveries, links, answers and named feedback of one participant. */
    async sharingOf(conversationId: string, participantId: string): Promise<ParticipantSharing> {
      const [versions, links, deliveries, answers, feedback] = await Promise.all([
        db
          .selectFrom('record_versions')
          .select(['number', 'created_at'])
          .where('conversation_id', '=', conversationId)
          .orderBy('number')
          .execute(),
        db
          .selectFrom('participant_links')
          .select(['channel', 'created_at', 'expires_at', 'revoked_at'])
          .where('participant_id', '=', participantId)
          .orderBy('created_at')
          .execute(),
        db
          .selectFrom('deliveries')
          .select(['id', 'channel', 'state', 'recipient', 'created_at', 'sent_at'])
          .where('participant_id', '=', participantId)
          .orderBy('created_at')
          .execute(),
        db
          .selectFrom('agreement_answers')
          .select(['agreement_id', 'state', 'reason', 'answered_at'])
          .where('participant_id', '=', participantId)
          .orderBy('answered_at')
          .execute(),
        db
          .selectFrom('participant_feedback')
          .select(['score', 'went_well', 'tip', 'given_on'])
          .where('participant_id', '=', participantId)
          .orderBy('given_on')
          .execute(),
      ]);
      return {
        versions: versions.map((v) => ({ number: Number(v.number), sharedAt: v.created_at })),
        links: links.map((l) => ({
          channel: l.channel,
          createdAt: l.created_at,
          expiresAt: l.expires_at,
          revokedAt: l.revoked_at,
        })),
        deliveries: deliveries.map((d) => ({
          id: d.id,
          channel: d.channel,
          state: d.state,
          recipient: d.recipient,
          createdAt: d.created_at,
          sentAt: d.sent_at,
        })),
        answers: answers.map((a) => ({
          agreementId: a.agreement_id,
          state: a.state,
          reason: a.reason,
          answeredAt: a.answered_at,
        })),
        feedback: feedback.map((f) => ({
          score: f.score === null ? null : Number(f.score),
          wentWell: f.went_well,
          tip: f.tip,
          givenOn: f.given_on,
        })),
      };
    },

    /** The shared versions of a conversation with their content (JSON text), to rewrite on erasure. */
    async versionContents(conversationId: string): Promise<{ id: string; content: string }[]> {
      return db
        .selectFrom('record_versions')
        .select(['id', 'content'])
        .where('conversation_id', '=', conversationId)
        .execute();
    },

    /** Replaces a version's content and its hash. */
    async setVersionContent(id: string, content: string, contentHash: string): Promise<void> {
      await db
        .updateTable('record_versions')
        .set({ content, content_hash: contentHash })
        .where('id', '=', id)
        .execute();
    },

    /**
     * What a participant leaves behind beyond their row (whose links, deliveries and answers go with it): the
     * leader's notifications about them, the feedback they gave under their name, the reminders sent to them
     * and the jobs that would still send them one.
     */
    async forgetParticipantSharing(conversationId: string, participantId: string): Promise<void> {
      await db
        .deleteFrom('notifications')
        .where('conversation_id', '=', conversationId)
        .where('participant_id', '=', participantId)
        .execute();
      await db.deleteFrom('participant_feedback').where('participant_id', '=', participantId).execute();
      // The follow-up's record of reminders sent to them (their id as recipient).
      await db
        .deleteFrom('reminders')
        .where('conversation_id', '=', conversationId)
        .where('recipient', '=', participantId)
        .execute();
      // Jobs that name them: a reminder mail to them (waiting, done or failed), whose last error can quote
      // their address back from the mail server. Only the id is matched: ids are base-36 letters and digits,
      // nothing a LIKE pattern would read as a wildcard.
      await db.deleteFrom('jobs').where('payload', 'like', `%"${participantId}"%`).execute();
    },

    /** Removes everything of a conversation's sharing: versions (full copies), links, deliveries, notifications. */
    async deleteSharing(conversationId: string): Promise<void> {
      for (const table of ['record_versions', 'participant_links', 'deliveries', 'notifications'] as const) {
        await db.deleteFrom(table).where('conversation_id', '=', conversationId).execute();
      }
    },

    /**
     * Removes the jobs that name one of these deliveries (a share mail, its retries and its last error, which
     * can quote the recipient's address back from the mail server). Only ids are matched.
     */
    async deleteJobsOfDeliveries(deliveryIds: string[]): Promise<void> {
      for (const id of deliveryIds) {
        await db
          .deleteFrom('jobs')
          // Ids are base-36 letters and digits: nothing a LIKE pattern would read as a wildcard.
          .where('payload', 'like', `%"${id}"%`)
          .execute();
      }
    },

    /** Removes audit entries older than an instant (the log's own retention). */
    async deleteAuditBefore(before: string): Promise<number> {
      const result = await db.deleteFrom('audit_log').where('at', '<', before).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
