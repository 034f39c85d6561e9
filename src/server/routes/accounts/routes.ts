// Password reset and invitations: the public steps a person takes with a mailed link, and the
// administrator's invitations. Tokens travel in request bodies (never in a URL that could be logged).
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  invitationAcceptSchema,
  invitationInputSchema,
  invitationPreviewSchema,
  invitationSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
} from '../../../core/index.ts';
import type { Services } from '../../../services/index.ts';
import { actorOf, isHttps, setSessionCookie } from '../../session.ts';
import { commonErrors, errorSchema, pathId } from '../common.ts';
import { signedInSchema } from '../auth/schema.ts';

const invitationResultSchema = z.object({
  invitation: invitationSchema,
  mailed: z.boolean(),
  link: z.string().nullable(),
});
const tokenOnly = z.object({ token: z.string().min(20).max(200) }).strict();

export interface AccountRouteOptions {
  services: Services;
  publicUrl: URL | null;
  /** Requests per minute per address on these public forms. */
  rateLimit: number;
}

/** Routes of password reset and invitations. */
export const accountRoutes: FastifyPluginAsyncZod<AccountRouteOptions> = async (
  app,
  { services, publicUrl, rateLimit },
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

  app.post(
    '/auth/invitation/preview',
    {
      config: strict,
      schema: {
        tags: ['accounts'],
        body: tokenOnly,
        response: { 200: invitationPreviewSchema, ...publicErrors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return accounts.previewInvitation(request.body.token);
    },
  );
  app.post(
    '/auth/invitation/accept',
    {
      config: strict,
      schema: {
        tags: ['accounts'],
        body: invitationAcceptSchema,
        response: { 200: signedInSchema, ...publicErrors },
      },
    },
    async (request, reply) => {
      const signedIn = await accounts.acceptInvitation(request.body);
      setSessionCookie(reply, signedIn.token, isHttps(request, publicUrl));
      return { user: signedIn.user, csrfToken: signedIn.csrfToken };
    },
  );

  app.get(
    '/users/invitations',
    { schema: { tags: ['admin'], response: { 200: z.array(invitationSchema), ...commonErrors } } },
    async (request) => accounts.listInvitations(actorOf(request)),
  );
  app.post(
    '/users/invitations',
    {
      schema: {
        tags: ['admin'],
        description:
          'Adds a pending account and mails the invitation; without mail set up the answer holds the link to pass on.',
        body: invitationInputSchema,
        response: { 201: invitationResultSchema, ...commonErrors, 409: errorSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await accounts.invite(actorOf(request), request.body)),
  );
  app.post(
    '/users/invitations/:userId/resend',
    {
      schema: {
        tags: ['admin'],
        params: z.object({ userId: pathId }),
        response: { 200: invitationResultSchema, ...commonErrors },
      },
    },
    async (request) => accounts.resendInvitation(actorOf(request), request.params.userId),
  );
  app.delete(
    '/users/invitations/:userId',
    {
      schema: {
        tags: ['admin'],
        params: z.object({ userId: pathId }),
        response: { 204: z.undefined(), ...commonErrors },
      },
    },
    async (request, reply) => {
      await accounts.revokeInvitation(actorOf(request), request.params.userId);
      return reply.code(204).send();
    },
  );
};
