import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../../services/index.ts';

const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});

/** GET /api/health: the server runs and reaches its database. */
export const healthRoutes: FastifyPluginAsyncZod<{ services: Services; version: string }> = async (
  app,
  { services, version },
) => {
  app.get(
    '/health',
    { config: { public: true }, schema: { tags: ['system'], response: { 200: healthSchema } } },
    async (_request, reply) => {
      const { database } = await services.health();
      reply.header('cache-control', 'no-store');
      return { status: 'ok' as const, database, version };
    },
  );
};
