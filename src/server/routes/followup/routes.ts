// "Mijn afspraken": the leader's open agreements, marking one done with evidence, moving a deadline.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  agreementEvidenceInputSchema,
  agreementMoveInputSchema,
  conversationSchema,
  myAgreementsQuerySchema,
} from '../../../core/index.ts';
import type { Services } from '../../../services/index.ts';
import { actorOf } from '../../session.ts';
import { commonErrors, pathId } from '../common.ts';

const group = z.enum(['overdue', 'this_week', 'later', 'no_deadline']);
const myAgreementSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  conversationTitle: z.string(),
  conversationDay: z.string(),
  action: z.string(),
  sourceText: z.string(),
  owner: z.enum(['leader', 'participant', 'nobody']),
  ownerName: z.string(),
  deadline: z.string().nullable(),
  measure: z.string(),
  group,
  daysOverdue: z.number().int(),
  moves: z.number().int(),
});
const myAgreementsSchema = z.object({
  today: z.string(),
  items: z.array(myAgreementSchema),
  counts: z.object({
    overdue: z.number().int(),
    this_week: z.number().int(),
    later: z.number().int(),
    no_deadline: z.number().int(),
    mine: z.number().int(),
    waiting: z.number().int(),
  }),
});
const agreementParams = z.object({ conversationId: pathId, agreementId: pathId });

/** Routes of the follow-up. */
export const followupRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const followup = services.followup;

  app.get(
    '/my-agreements',
    {
      schema: {
        tags: ['follow-up'],
        querystring: myAgreementsQuerySchema,
        response: { 200: myAgreementsSchema, ...commonErrors },
      },
    },
    async (request) => followup.myAgreements(actorOf(request), request.query),
  );
  app.post(
    '/conversations/:conversationId/agreements/:agreementId/done',
    {
      schema: {
        tags: ['follow-up'],
        params: agreementParams,
        body: agreementEvidenceInputSchema,
        response: { 200: conversationSchema, ...commonErrors },
      },
    },
    async (request) =>
      followup.markDone(
        actorOf(request),
        request.params.conversationId,
        request.params.agreementId,
        request.body,
      ),
  );
  app.post(
    '/conversations/:conversationId/agreements/:agreementId/move',
    {
      schema: {
        tags: ['follow-up'],
        params: agreementParams,
        body: agreementMoveInputSchema,
        response: { 200: conversationSchema, ...commonErrors },
      },
    },
    async (request) =>
      followup.moveDeadline(
        actorOf(request),
        request.params.conversationId,
        request.params.agreementId,
        request.body,
      ),
  );
};
