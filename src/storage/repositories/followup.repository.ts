// Follow-up of agreements: a leader's open agreements across their conversations, the candidates of a
// scheduler pass, and the log of reminders (its unique key makes each reminder happen at most once).
import type { Executor } from './executor.ts';
import { isUniqueViolation } from './errors.ts';
import { bool } from './json.ts';

/** An open agreement with what "Mijn afspraken" and the reminders need of its conversation. */
export interface OpenAgreementRow {
  id: string;
  conversationId: string;
  conversationTitle: string;
  conversationDay: string;
  leaderId: string;
  action: string;
  sourceText: string;
  owner: string | null;
  ownerName: string | null;
  deadline: string | null;
  measure: string;
  moves: number;
}

/** An open agreement in a scheduler pass, with its recipients' reachability. */
export interface ReminderCandidate {
  agreementId: string;
  conversationId: string;
  conversationTitle: string;
  deadline: string;
  action: string;
  sourceText: string;
  owner: string | null;
  leaderId: string;
  leaderName: string;
  leaderEmail: string;
  leaderLocale: string;
  leaderActive: boolean;
  participantName: string | null;
  participantEmail: string | null;
  participantConsent: boolean;
}

export interface ReminderLogEntry {
  id: string;
  agreementId: string;
  conversationId: string;
  deadline: string;
  offset: number;
  recipient: string;
  dueOn: string;
  outcome: string;
  createdAt: string;
}

/** Queries of the follow-up. */
export function followupRepository(db: Executor) {
  return {
    /** Every open agreement of a leader's conversations, soonest deadline first (none last). */
    async openForLeader(leaderId: string): Promise<OpenAgreementRow[]> {
      const rows = await db
        .selectFrom('agreements as a')
        .innerJoin('conversations as c', 'c.id', 'a.conversation_id')
        .leftJoin('participants as p', (join) =>
          join.onRef('p.id', '=', 'a.owner').onRef('p.conversation_id', '=', 'a.conversation_id'),
        )
        .select((eb) => [
          'a.id',
          'a.conversation_id',
          'c.title',
          'c.starts_on',
          'c.leader_id',
          'a.action',
          'a.source_text',
          'a.owner',
          'p.name as owner_name',
          'a.deadline',
          'a.measure',
          eb
            .selectFrom('agreement_history as h')
            .select((h) => h.fn.countAll().as('n'))
            .whereRef('h.agreement_id', '=', 'a.id')
            .where('h.kind', '=', 'deadline')
            .as('moves'),
        ])
        .where('c.leader_id', '=', leaderId)
        .where('a.status', '=', 'open')
        .orderBy((eb) => eb.case().when('a.deadline', 'is', null).then(1).else(0).end())
        .orderBy('a.deadline')
        .orderBy('c.starts_at_utc')
        .orderBy('a.position')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        conversationId: row.conversation_id,
        conversationTitle: row.title,
        conversationDay: row.starts_on,
        leaderId: row.leader_id,
        action: row.action,
        sourceText: row.source_text,
        owner: row.owner,
        ownerName: row.owner_name,
        deadline: row.deadline,
        measure: row.measure,
        moves: Number(row.moves ?? 0),
      }));
    },

    /**
     * Open agreements with a deadline in [from, to], in (deadline, id) order after `after`, at most `limit`: a
     * scheduler pass pages through them. Keyset paging along the index (status, deadline, id) keeps each page
     * one index range, and memory flat, over a hundred thousand agreements.
     */
    async reminderCandidates(
      from: string,
      to: string,
      after: { deadline: string; id: string } | null,
      limit: number,
    ): Promise<ReminderCandidate[]> {
      const rows = await db
        .selectFrom('agreements as a')
        .innerJoin('conversations as c', 'c.id', 'a.conversation_id')
        .innerJoin('users as u', 'u.id', 'c.leader_id')
        .leftJoin('participants as p', (join) =>
          join.onRef('p.id', '=', 'a.owner').onRef('p.conversation_id', '=', 'a.conversation_id'),
        )
        .select([
          'a.id',
          'a.conversation_id',
          'c.title',
          'a.deadline',
          'a.action',
          'a.source_text',
          'a.owner',
          'c.leader_id',
          'u.name as leader_name',
          'u.email as leader_email',
          'u.locale as leader_locale',
          'u.active as leader_active',
          'p.name as participant_name',
          'p.email as participant_email',
          'p.contact_consent',
        ])
        .where('a.status', '=', 'open')
        .where('a.deadline', '>=', after ? after.deadline : from)
        .where('a.deadline', '<=', to)
        .$if(after !== null, (q) =>
          q.where((eb) =>
            eb.or([
              eb('a.deadline', '>', after!.deadline),
              eb.and([eb('a.deadline', '=', after!.deadline), eb('a.id', '>', after!.id)]),
            ]),
          ),
        )
        .orderBy('a.deadline')
        .orderBy('a.id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        agreementId: row.id,
        conversationId: row.conversation_id,
        conversationTitle: row.title,
        deadline: row.deadline!,
        action: row.action,
        sourceText: row.source_text,
        owner: row.owner,
        leaderId: row.leader_id,
        leaderName: row.leader_name,
        leaderEmail: row.leader_email,
        leaderLocale: row.leader_locale,
        leaderActive: bool(row.leader_active),
        participantName: row.participant_name,
        participantEmail: row.participant_email,
        participantConsent: row.contact_consent === null ? false : bool(row.contact_consent),
      }));
    },

    /** True when this reminder (agreement, deadline, offset, recipient) was already handled. */
    async reminderLogged(agreementId: string, deadline: string, offset: number, recipient: string) {
      const row = await db
        .selectFrom('reminders')
        .select('id')
        .where('agreement_id', '=', agreementId)
        .where('deadline', '=', deadline)
        .where('offset_days', '=', offset)
        .where('recipient', '=', recipient)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** How a reminder was handled ('sending', 'sent', 'skipped_…'), or null when it was not yet. */
    async reminderOutcome(
      agreementId: string,
      deadline: string,
      offset: number,
      recipient: string,
    ): Promise<string | null> {
      const row = await db
        .selectFrom('reminders')
        .select('outcome')
        .where('agreement_id', '=', agreementId)
        .where('deadline', '=', deadline)
        .where('offset_days', '=', offset)
        .where('recipient', '=', recipient)
        .executeTakeFirst();
      return row?.outcome ?? null;
    },

    /** Records how a reminder ended (after 'sending': 'sent'). */
    async setReminderOutcome(
      agreementId: string,
      deadline: string,
      offset: number,
      recipient: string,
      outcome: string,
    ): Promise<void> {
      await db
        .updateTable('reminders')
        .set({ outcome })
        .where('agreement_id', '=', agreementId)
        .where('deadline', '=', deadline)
        .where('offset_days', '=', offset)
        .where('recipient', '=', recipient)
        .execute();
    },

    /** The handled reminders of many agreements at once, as 'agreementId|deadline|offset|recipient' keys. */
    async reminderKeys(agreementIds: readonly string[]): Promise<Set<string>> {
      if (agreementIds.length === 0) return new Set();
      const rows = await db
        .selectFrom('reminders')
        .select(['agreement_id', 'deadline', 'offset_days', 'recipient'])
        .where('agreement_id', 'in', agreementIds)
        .execute();
      return new Set(rows.map((r) => `${r.agreement_id}|${r.deadline}|${r.offset_days}|${r.recipient}`));
    },

    /** Records a reminder; false when it was recorded already (by this or another process). */
    async logReminder(entry: ReminderLogEntry): Promise<boolean> {
      try {
        const result = await db
          .insertInto('reminders')
          .values({
            id: entry.id,
            agreement_id: entry.agreementId,
            conversation_id: entry.conversationId,
            deadline: entry.deadline,
            offset_days: entry.offset,
            recipient: entry.recipient,
            due_on: entry.dueOn,
            outcome: entry.outcome,
            created_at: entry.createdAt,
          })
          .onConflict((oc) =>
            oc.columns(['agreement_id', 'deadline', 'offset_days', 'recipient']).doNothing(),
          )
          .executeTakeFirst();
        return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },

    /** The reminders of a conversation, oldest first (the record and the tests read them). */
    async remindersOf(conversationId: string): Promise<ReminderLogEntry[]> {
      const rows = await db
        .selectFrom('reminders')
        .selectAll()
        .where('conversation_id', '=', conversationId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        agreementId: r.agreement_id,
        conversationId: r.conversation_id,
        deadline: r.deadline,
        offset: Number(r.offset_days),
        recipient: r.recipient,
        dueOn: r.due_on,
        outcome: r.outcome,
        createdAt: r.created_at,
      }));
    },

    /** Leaders who asked for the Monday digest, active ones only. */
    async digestRecipients(): Promise<{ id: string; name: string; email: string; locale: string }[]> {
      return (
        db
          .selectFrom('users')
          .select(['id', 'name', 'email', 'locale'])
          .where('weekly_digest', '=', 1)
          .where('active', '=', 1)
          // Not while the invitation waits; accounts that sign in with the organisation's account are welcome.
          .where('invited', '=', 0)
          .orderBy('id')
          .execute()
      );
    },
  };
}
