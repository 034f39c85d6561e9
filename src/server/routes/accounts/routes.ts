// Password reset: the public steps a person takes with a mailed link. Tokens travel in request bodies (never
// in a URL that could be logged).
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { passwordResetConfirmSchema, passwordResetRequestSchema } from '../../../core/index.ts';
import type { Services } from '../../../services/index.ts';
import { errorSchema } from '../common.ts';

export interface AccountRouteOptions {
  services: Services;
  /** Requests per minute per address on these public forms. */
  rateLimit: number;
}

/** Routes of password reset. */
export const accountRoutes: FastifyPluginAsyncZod<AccountRouteOptions> = async (
  app,
  { services, rateLimit },
) => {
  const accounts = services.accounts;
  const strict = { public: true, rateLimit: { max: rateLimit, timeWindow: '1 minute' } };
  const publicErrors = { 400: errorSchema, 403: errorSchema, 429: errorSchema, 503: errorSchema };

  app.post(
    '/auth/password-reset',
    {
      config: strict,
      schema: {
        tags: ['accounts'],
        description:
          'Mails a reset link when an account has this address; the answer is the same either way.',
        body: passwordResetRequestSchema,
        response: { 202: z.object({}), ...publicErrors },
      },
    },
    async (request, reply) => {
      await accounts.requestPasswordReset(request.body);
      return reply.code(202).send({});
    },
  );
  app.post(
    '/auth/password-reset/confirm',
    {
      config: strict,
      schema: {
        tags: ['accounts'],
        body: passwordResetConfirmSchema,
        response: { 204: z.undefined(), ...publicErrors },
      },
    },
    async (request, reply) => {
      await accounts.resetPassword(request.body);
      return reply.code(204).send();
    },
  );
};
