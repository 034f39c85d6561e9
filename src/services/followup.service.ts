// After the conversation: a leader's open agreements ("Mijn afspraken"), marking one done with evidence, and
// moving a deadline with a reason. Every change goes through the conversation's one door (audited, one
// transaction); the history keeps each step, so the record and the next share tell what happened.
import type {
  agreementEvidenceInputSchema,
  agreementMoveInputSchema,
  myAgreementsQuerySchema,
} from '../core/index.ts';
import {
  AppError,
  addDays,
  dayOf,
  groupOf,
  type Actor,
  type AgreementGroup,
  type Conversation,
  type MyAgreement,
} from '../core/index.ts';
import type { z } from 'zod';
import type { Context } from './context.ts';
import { changeConversation } from './conversation-change.ts';

/** "Mijn afspraken": the open agreements of the actor's conversations, grouped, with counts per group. */
export interface MyAgreements {
  today: string;
  items: MyAgreement[];
  counts: Record<AgreementGroup, number> & { mine: number; waiting: number };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86_400_000);
}

/** Use cases of the follow-up. */
export function followupService(ctx: Context) {
  const repos = ctx.storage.repos;

  /** The agreement of a conversation the actor may change; someone else's answers as not found. */
  function agreementOf(conversation: Conversation, agreementId: string) {
    const agreement = conversation.closing.agreements.find((a) => a.id === agreementId);
    if (!agreement) throw new AppError('agreement_not_found');
    return agreement;
  }

  return {
    /** Every open agreement across the actor's own conversations: overdue, this week, later; mine or waiting. */
    async myAgreements(actor: Actor, query: z.output<typeof myAgreementsQuerySchema>): Promise<MyAgreements> {
      const today = dayOf(ctx.clock.now());
      const rows = await repos.followup.openForLeader(actor.userId);
      const all: MyAgreement[] = rows.map((row) => {
        const group = groupOf(row.deadline, today);
        return {
          id: row.id,
          conversationId: row.conversationId,
          conversationTitle: row.conversationTitle,
          conversationDay: row.conversationDay,
          action: row.action,
          sourceText: row.sourceText,
          owner: row.owner === 'leader' ? 'leader' : row.owner ? 'participant' : 'nobody',
          ownerName: row.owner === 'leader' ? '' : (row.ownerName ?? ''),
          deadline: row.deadline,
          measure: row.measure,
          group,
          daysOverdue: group === 'overdue' && row.deadline ? daysBetween(row.deadline, today) : 0,
          moves: row.moves,
        };
      });
      // An agreement without an owner waits on the leader too: somebody must still name who does it.
      const mine = (a: MyAgreement) => a.owner !== 'participant';
      const items = all.filter((a) => query.side === 'all' || (query.side === 'mine' ? mine(a) : !mine(a)));
      const counts = { overdue: 0, this_week: 0, later: 0, no_deadline: 0, mine: 0, waiting: 0 };
      for (const a of all) {
        counts[a.group] += 1;
        if (mine(a)) counts.mine += 1;
        else counts.waiting += 1;
      }
      return { today, items, counts };
    },

    /** Marks an agreement done with evidence (a note, a link, the day it was done); kept in its history. */
    async markDone(
      actor: Actor,
      conversationId: string,
      agreementId: string,
      input: z.output<typeof agreementEvidenceInputSchema>,
    ): Promise<Conversation> {
      const today = dayOf(ctx.clock.now());
      if (input.doneOn && input.doneOn > today) {
        throw new AppError('invalid_date', { field: 'doneOn', reason: 'future' });
      }
      return changeConversation(
        ctx,
        actor,
        conversationId,
        'agreement.done',
        async (trx, conversation, at) => {
          const current = agreementOf(conversation, agreementId);
          if (current.status === 'done') throw new AppError('conflict', { reason: 'already_done' });
          const { id: _id, history: _h, position: _p, ...fields } = current;
          await trx.agreements.update(conversationId, agreementId, { ...fields, status: 'done' });
          await trx.agreements.addHistory(ctx.ids.id(), agreementId, {
            at,
            byUserId: actor.userId,
            status: 'done',
            note: input.note,
            evidenceLink: input.link || null,
            doneOn: input.doneOn ?? today,
          });
          // The audit log names what was given, not the words or the link themselves.
          return {
            agreementId,
            status: 'done',
            evidence: [
              input.note ? 'note' : null,
              input.link ? 'link' : null,
              input.doneOn ? 'doneOn' : null,
            ].filter(Boolean),
          };
        },
      );
    },

    /** Moves a deadline with a reason; the old and new day stay in the history. Done or cancelled: refused. */
    async moveDeadline(
      actor: Actor,
      conversationId: string,
      agreementId: string,
      input: z.output<typeof agreementMoveInputSchema>,
    ): Promise<Conversation> {
      const today = dayOf(ctx.clock.now());
      if (input.deadline < today) throw new AppError('invalid_date', { field: 'deadline', reason: 'past' });
      // A deadline years away is a typing error, not a plan.
      if (input.deadline > addDays(today, 3 * 366)) {
        throw new AppError('invalid_date', { field: 'deadline', reason: 'too_far' });
      }
      return changeConversation(
        ctx,
        actor,
        conversationId,
        'agreement.moved',
        async (trx, conversation, at) => {
          const current = agreementOf(conversation, agreementId);
          if (current.status !== 'open') throw new AppError('conflict', { reason: 'not_open' });
          if (current.deadline === input.deadline)
            throw new AppError('conflict', { reason: 'same_deadline' });
          const { id: _id, history: _h, position: _p, ...fields } = current;
          await trx.agreements.update(conversationId, agreementId, { ...fields, deadline: input.deadline });
          await trx.agreements.addHistory(ctx.ids.id(), agreementId, {
            at,
            byUserId: actor.userId,
            status: current.status,
            note: input.reason,
            kind: 'deadline',
            deadlineFrom: current.deadline,
            deadlineTo: input.deadline,
          });
          return { agreementId, fields: ['deadline'] };
        },
      );
    },
  };
}
