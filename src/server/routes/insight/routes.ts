// The coach's view: aggregates of a team, a leader or the organisation, and their CSV export.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { insightQuerySchema } from '../../../core/index.ts';
import { pickLanguage } from '../../../i18n/index.ts';
import type { Services } from '../../../services/index.ts';
import { actorOf } from '../../session.ts';
import { commonErrors } from '../common.ts';

const ratio = z.union([
  z.object({ shown: z.literal(false) }),
  z.object({ shown: z.literal(true), part: z.number(), base: z.number(), share: z.number() }),
]);
const figures = {
  enough: z.boolean(),
  conversations: z.number().nullable(),
  closed: ratio,
  steps: z.record(
    z.string(),
    z.object({
      done: ratio,
      skipped: ratio,
      topReasons: z.array(z.object({ reason: z.string(), count: z.number() })),
    }),
  ),
  agreements: z.number().nullable(),
  smartComplete: ratio,
  accepted: ratio,
  keptOnTime: ratio,
  summaryConfirmed: ratio,
  trendUnit: z.enum(['week', 'month']),
  trend: z.array(z.object({ bucket: z.string(), closed: z.number().nullable() })),
};
const viewSchema = z.object({
  ...figures,
  scope: z.object({ kind: z.enum(['team', 'leader', 'organisation']), id: z.string(), name: z.string() }),
  period: z.object({ from: z.string(), to: z.string() }),
  minimum: z.number(),
  compare: z.object({ ...figures, name: z.string() }).nullable(),
  leaders: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      conversations: z.number().nullable(),
      closed: ratio,
      smartComplete: ratio,
      keptOnTime: ratio,
    }),
  ),
});
const scopesSchema = z.object({
  self: z.boolean(),
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
  leaders: z.array(z.object({ id: z.string(), name: z.string(), teamId: z.string().nullable() })),
  organisation: z.boolean(),
});

/** Routes of the coach's view. */
export const insightRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/insight',
    {
      schema: {
        tags: ['insight'],
        querystring: insightQuerySchema,
        response: { 200: viewSchema, ...commonErrors },
      },
    },
    async (request) => services.insight.view(actorOf(request), request.query),
  );
  app.get(
    '/insight/scopes',
    { schema: { tags: ['insight'], response: { 200: scopesSchema, ...commonErrors } } },
    async (request) => services.insight.scopes(actorOf(request)),
  );
  app.get(
    '/insight/export.csv',
    {
      schema: {
        tags: ['insight'],
        querystring: insightQuerySchema,
        response: { 200: z.string(), ...commonErrors },
      },
    },
    async (request, reply) => {
      const csv = await services.insight.csv(
        actorOf(request),
        request.query,
        pickLanguage(request.headers['accept-language']),
      );
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="sluitstuk-inzicht.csv"')
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );
};
