// Practice over HTTP: scenarios and cards, a leader's attempts (stored, shared, deleted) and the coach's view.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../../services/index.ts';
import { actorOf } from '../../session.ts';
import { commonErrors } from '../common.ts';
import {
  attemptAnswerSchema,
  attemptInputSchema,
  attemptParams,
  attemptSummarySchema,
  attemptsQuery,
  cardAnswerSchema,
  cardParams,
  cardSummarySchema,
  cardsQuery,
  savedAttemptSchema,
  scenarioAnswerSchema,
  scenarioParams,
  scenarioSummarySchema,
  sharePatchSchema,
  teamParams,
  teamPracticeSchema,
} from './schema.ts';

const tags = ['practice'];

/** Routes of practice. */
export const practiceRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const practice = services.practice;

  app.get(
    '/practice/scenarios',
    { schema: { tags, response: { 200: z.array(scenarioSummarySchema), ...commonErrors } } },
    async (request) => practice.listScenarios(actorOf(request)),
  );
  app.get(
    '/practice/scenarios/:scenarioId',
    { schema: { tags, params: scenarioParams, response: { 200: scenarioAnswerSchema, ...commonErrors } } },
    async (request) => practice.scenario(actorOf(request), request.params.scenarioId),
  );
  app.get(
    '/practice/cards',
    {
      schema: {
        tags,
        querystring: cardsQuery,
        response: { 200: z.array(cardSummarySchema), ...commonErrors },
      },
    },
    async (request) => practice.listCards(actorOf(request), request.query.type),
  );
  app.get(
    '/practice/cards/:cardId',
    { schema: { tags, params: cardParams, response: { 200: cardAnswerSchema, ...commonErrors } } },
    async (request) => practice.card(actorOf(request), request.params.cardId),
  );
  app.get(
    '/practice/attempts',
    {
      schema: {
        tags,
        querystring: attemptsQuery,
        response: { 200: z.array(attemptSummarySchema), ...commonErrors },
      },
    },
    async (request) => practice.attempts(actorOf(request), request.query.scenarioId),
  );
  app.post(
    '/practice/attempts',
    { schema: { tags, body: attemptInputSchema, response: { 201: savedAttemptSchema, ...commonErrors } } },
    async (request, reply) =>
      reply.code(201).send(await practice.saveAttempt(actorOf(request), request.body)),
  );
  app.get(
    '/practice/attempts/:attemptId',
    { schema: { tags, params: attemptParams, response: { 200: attemptAnswerSchema, ...commonErrors } } },
    async (request) => practice.attempt(actorOf(request), request.params.attemptId),
  );
  app.patch(
    '/practice/attempts/:attemptId',
    {
      schema: {
        tags,
        params: attemptParams,
        body: sharePatchSchema,
        response: { 200: attemptSummarySchema, ...commonErrors },
      },
    },
    async (request) => practice.shareAttempt(actorOf(request), request.params.attemptId, request.body.shared),
  );
  app.delete(
    '/practice/attempts/:attemptId',
    { schema: { tags, params: attemptParams, response: { 204: z.undefined(), ...commonErrors } } },
    async (request, reply) => {
      await practice.deleteAttempt(actorOf(request), request.params.attemptId);
      return reply.code(204).send();
    },
  );
  app.get(
    '/teams/:teamId/practice',
    { schema: { tags, params: teamParams, response: { 200: teamPracticeSchema, ...commonErrors } } },
    async (request) => practice.teamPractice(actorOf(request), request.params.teamId),
  );
};
