// A leader's conversations and every change to the closing record. Each change answers with the whole
// conversation, so the web app can replace its copy.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  agreementInputSchema,
  agreementPatchSchema,
  confirmationInputSchema,
  contactInputSchema,
  conversationInputSchema,
  conversationPatchSchema,
  conversationQuerySchema,
  conversationAnswerSchema,
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
} from '../../../core/index.ts';
import type { Services } from '../../../services/index.ts';
import { actorOf } from '../../session.ts';
import { commonErrors, errorSchema, writeOptionsOf } from '../common.ts';
import {
  agreementParams,
  auditListSchema,
  closingCheckSchema,
  conversationListSchema,
  conversationParams,
  expectationParams,
  finishInputSchema,
  participantParams,
  questionParams,
  stepParams,
} from './schema.ts';

const tags = ['conversations'];
const one = { 200: conversationAnswerSchema, ...commonErrors, 409: errorSchema };
const created = { 201: conversationAnswerSchema, ...commonErrors, 409: errorSchema };
const gone = { 204: z.undefined(), ...commonErrors };

/** Routes of conversations and their closing record. */
export const conversationRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (
  app,
  { services },
) => {
  const c = services.conversations;

  app.get(
    '/conversations',
    {
      schema: {
        tags,
        querystring: conversationQuerySchema,
        response: { 200: conversationListSchema, ...commonErrors },
      },
    },
    async (request) => c.list(actorOf(request), request.query),
  );
  app.post(
    '/conversations',
    { schema: { tags, body: conversationInputSchema, response: created } },
    async (request, reply) =>
      reply.code(201).send(await c.create(actorOf(request), request.body, writeOptionsOf(request))),
  );
  app.get(
    '/conversations/:id',
    { schema: { tags, params: conversationParams, response: one } },
    async (request) => c.get(actorOf(request), request.params.id),
  );
  app.patch(
    '/conversations/:id',
    { schema: { tags, params: conversationParams, body: conversationPatchSchema, response: one } },
    async (request) => c.update(actorOf(request), request.params.id, request.body, writeOptionsOf(request)),
  );
  app.delete(
    '/conversations/:id',
    { schema: { tags, params: conversationParams, response: gone } },
    async (request, reply) => {
      await c.remove(actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/conversations/:id/participants',
    { schema: { tags, params: conversationParams, body: participantInputSchema, response: created } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await c.addParticipant(actorOf(request), request.params.id, request.body, writeOptionsOf(request)),
        ),
  );
  app.patch(
    '/conversations/:id/participants/:participantId',
    { schema: { tags, params: participantParams, body: participantPatchSchema, response: one } },
    async (request) =>
      c.updateParticipant(
        actorOf(request),
        request.params.id,
        request.params.participantId,
        request.body,
        writeOptionsOf(request),
      ),
  );
  app.delete(
    '/conversations/:id/participants/:participantId',
    { schema: { tags, params: participantParams, response: one } },
    async (request) =>
      c.removeParticipant(
        actorOf(request),
        request.params.id,
        request.params.participantId,
        writeOptionsOf(request),
      ),
  );

  app.put(
    '/conversations/:id/steps/:step',
    { schema: { tags, params: stepParams, body: stepStatusInputSchema, response: one } },
    async (request) =>
      c.setStep(
        actorOf(request),
        request.params.id,
        request.params.step,
        request.body,
        writeOptionsOf(request),
      ),
  );
  app.put(
    '/conversations/:id/summary',
    { schema: { tags, params: conversationParams, body: summaryInputSchema, response: one } },
    async (request) =>
      c.setSummary(actorOf(request), request.params.id, request.body, writeOptionsOf(request)),
  );
  app.put(
    '/conversations/:id/summary/confirmations/:participantId',
    { schema: { tags, params: participantParams, body: confirmationInputSchema, response: one } },
    async (request) =>
      c.setConfirmation(
        actorOf(request),
        request.params.id,
        request.params.participantId,
        request.body,
        writeOptionsOf(request),
      ),
  );

  app.post(
    '/conversations/:id/agreements',
    { schema: { tags, params: conversationParams, body: agreementInputSchema, response: created } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await c.addAgreement(actorOf(request), request.params.id, request.body, writeOptionsOf(request)),
        ),
  );
  app.patch(
    '/conversations/:id/agreements/:agreementId',
    { schema: { tags, params: agreementParams, body: agreementPatchSchema, response: one } },
    async (request) =>
      c.updateAgreement(
        actorOf(request),
        request.params.id,
        request.params.agreementId,
        request.body,
        writeOptionsOf(request),
      ),
  );
  app.delete(
    '/conversations/:id/agreements/:agreementId',
    { schema: { tags, params: agreementParams, response: one } },
    async (request) =>
      c.removeAgreement(
        actorOf(request),
        request.params.id,
        request.params.agreementId,
        writeOptionsOf(request),
      ),
  );

  app.post(
    '/conversations/:id/expectations',
    { schema: { tags, params: conversationParams, body: expectationInputSchema, response: created } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await c.addExpectation(actorOf(request), request.params.id, request.body, writeOptionsOf(request)),
        ),
  );
  app.patch(
    '/conversations/:id/expectations/:expectationId',
    { schema: { tags, params: expectationParams, body: expectationPatchSchema, response: one } },
    async (request) =>
      c.updateExpectation(
        actorOf(request),
        request.params.id,
        request.params.expectationId,
        request.body,
        writeOptionsOf(request),
      ),
  );
  app.delete(
    '/conversations/:id/expectations/:expectationId',
    { schema: { tags, params: expectationParams, response: one } },
    async (request) =>
      c.removeExpectation(
        actorOf(request),
        request.params.id,
        request.params.expectationId,
        writeOptionsOf(request),
      ),
  );

  app.post(
    '/conversations/:id/questions',
    { schema: { tags, params: conversationParams, body: questionInputSchema, response: created } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await c.addQuestion(actorOf(request), request.params.id, request.body, writeOptionsOf(request)),
        ),
  );
  app.patch(
    '/conversations/:id/questions/:questionId',
    { schema: { tags, params: questionParams, body: questionPatchSchema, response: one } },
    async (request) =>
      c.updateQuestion(
        actorOf(request),
        request.params.id,
        request.params.questionId,
        request.body,
        writeOptionsOf(request),
      ),
  );
  app.delete(
    '/conversations/:id/questions/:questionId',
    { schema: { tags, params: questionParams, response: one } },
    async (request) =>
      c.removeQuestion(
        actorOf(request),
        request.params.id,
        request.params.questionId,
        writeOptionsOf(request),
      ),
  );

  app.post(
    '/conversations/:id/questions/:questionId/agreement',
    { schema: { tags, params: questionParams, body: agreementInputSchema, response: created } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await c.followUpQuestion(
            actorOf(request),
            request.params.id,
            request.params.questionId,
            request.body,
            writeOptionsOf(request),
          ),
        ),
  );

  app.put(
    '/conversations/:id/question-round',
    { schema: { tags, params: conversationParams, body: questionRoundInputSchema, response: one } },
    async (request) =>
      c.setQuestionRound(actorOf(request), request.params.id, request.body, writeOptionsOf(request)),
  );
  app.put(
    '/conversations/:id/contact',
    { schema: { tags, params: conversationParams, body: contactInputSchema, response: one } },
    async (request) =>
      c.setContact(actorOf(request), request.params.id, request.body, writeOptionsOf(request)),
  );
  app.put(
    '/conversations/:id/feedback',
    { schema: { tags, params: conversationParams, body: feedbackInputSchema, response: one } },
    async (request) =>
      c.setFeedback(actorOf(request), request.params.id, request.body, writeOptionsOf(request)),
  );
  app.put(
    '/conversations/:id/thanks',
    { schema: { tags, params: conversationParams, body: thanksInputSchema, response: one } },
    async (request) =>
      c.setThanks(actorOf(request), request.params.id, request.body, writeOptionsOf(request)),
  );

  app.get(
    '/conversations/:id/closing-check',
    { schema: { tags, params: conversationParams, response: { 200: closingCheckSchema, ...commonErrors } } },
    async (request) => c.closingCheck(actorOf(request), request.params.id),
  );
  app.post(
    '/conversations/:id/finish',
    { schema: { tags, params: conversationParams, body: finishInputSchema.optional(), response: one } },
    async (request) =>
      c.finish(actorOf(request), request.params.id, request.body ?? {}, writeOptionsOf(request)),
  );
  app.post(
    '/conversations/:id/reopen',
    { schema: { tags, params: conversationParams, body: reopenInputSchema, response: one } },
    async (request) => c.reopen(actorOf(request), request.params.id, request.body, writeOptionsOf(request)),
  );
  app.get(
    '/conversations/:id/audit',
    { schema: { tags, params: conversationParams, response: { 200: auditListSchema, ...commonErrors } } },
    async (request) => c.audit(actorOf(request), request.params.id),
  );
};
