// Setup, sign in/out, the session, password change and the own profile.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  authMethodsSchema,
  invitationAcceptSchema,
  loginInputSchema,
  passwordChangeSchema,
  profilePatchSchema,
  setupInputSchema,
  userSchema,
} from '../../../core/index.ts';
import type { Services } from '../../../services/index.ts';
import { actorOf, clearSessionCookie, isHttps, setSessionCookie } from '../../session.ts';
import { commonErrors, errorSchema } from '../common.ts';
import { logoutSchema, sessionSchema, setupOidcSchema, setupStateSchema, signedInSchema } from './schema.ts';

export interface AuthRouteOptions {
  services: Services;
  publicUrl: URL | null;
  /** Attempts per minute per address on setup and password change. */
  loginRateLimit: number;
  /**
   * Requests per minute per address on login: a flood guard only. Failed sign-ins are limited per account and
   * per address by the auth service, so colleagues behind one network do not use up each other's attempts.
   */
  signInRateLimit: number;
}

/** Routes of accounts and sessions. */
export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (
  app,
  { services, publicUrl, loginRateLimit, signInRateLimit },
) => {
  const strict = { rateLimit: { max: loginRateLimit, timeWindow: '1 minute' } };

  app.get(
    '/auth/methods',
    { config: { public: true }, schema: { tags: ['auth'], response: { 200: authMethodsSchema } } },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return services.auth.methods();
    },
  );

  app.get(
    '/setup',
    { config: { public: true }, schema: { tags: ['auth'], response: { 200: setupStateSchema } } },
    async () => ({ needed: await services.auth.setupNeeded() }),
  );

  app.post(
    '/setup',
    {
      config: { public: true, ...strict },
      schema: {
        tags: ['auth'],
        body: setupInputSchema,
        response: { 201: z.union([signedInSchema, setupOidcSchema]), 409: errorSchema },
      },
    },
    async (request, reply) => {
      const result = await services.auth.setup(request.body);
      if (!('token' in result)) return reply.code(201).send(result);
      setSessionCookie(reply, result.token, isHttps(request, publicUrl));
      return reply.code(201).send({ user: result.user, csrfToken: result.csrfToken });
    },
  );

  app.post(
    '/auth/login',
    {
      config: { public: true, rateLimit: { max: signInRateLimit, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        body: loginInputSchema,
        response: { 200: signedInSchema, 401: errorSchema, 403: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const signedIn = await services.auth.login(request.body, { address: request.ip });
      setSessionCookie(reply, signedIn.token, isHttps(request, publicUrl));
      return { user: signedIn.user, csrfToken: signedIn.csrfToken };
    },
  );

  // Invitations: the token travels in the body (from the link's #fragment), never in a logged URL.
  app.post(
    '/invitations/lookup',
    {
      config: { public: true, ...strict },
      schema: {
        tags: ['auth'],
        body: z.object({ token: z.string().min(20).max(200) }).strict(),
        response: {
          200: z.object({
            name: z.string(),
            email: z.string(),
            organisation: z.string(),
            /** 'oidc': local passwords are off, the person signs in with the organisation's account. */
            signIn: z.enum(['password', 'oidc']),
          }),
          404: errorSchema,
        },
      },
    },
    async (request) => services.auth.invitation(request.body.token),
  );
  app.post(
    '/invitations/accept',
    {
      config: { public: true, ...strict },
      schema: {
        tags: ['auth'],
        body: invitationAcceptSchema,
        response: { 200: signedInSchema, 400: errorSchema, 403: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const signedIn = await services.auth.acceptInvitation(request.body);
      setSessionCookie(reply, signedIn.token, isHttps(request, publicUrl));
      return { user: signedIn.user, csrfToken: signedIn.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['auth'],
        description:
          "Ends the session: 204, or 200 with the identity provider's logout address for a session that signed in there.",
        response: { 200: logoutSchema, 204: z.undefined(), ...commonErrors },
      },
    },
    async (request, reply) => {
      const { redirectTo } = await services.auth.logout(request.sessionToken!);
      clearSessionCookie(reply, isHttps(request, publicUrl));
      if (redirectTo) return reply.code(200).send({ redirectTo });
      return reply.code(204).send();
    },
  );

  app.get(
    '/auth/session',
    { schema: { tags: ['auth'], response: { 200: sessionSchema, ...commonErrors } } },
    async (request, reply) => {
      const { user, organisation } = await services.auth.session(actorOf(request));
      reply.header('cache-control', 'no-store');
      return { user, organisation, csrfToken: request.csrfToken! };
    },
  );

  app.post(
    '/auth/password',
    {
      config: strict,
      schema: {
        tags: ['auth'],
        body: passwordChangeSchema,
        response: { 204: z.undefined(), ...commonErrors },
      },
    },
    async (request, reply) => {
      await services.auth.changePassword(actorOf(request), request.sessionToken!, request.body);
      return reply.code(204).send();
    },
  );

  app.patch(
    '/me',
    { schema: { tags: ['auth'], body: profilePatchSchema, response: { 200: userSchema, ...commonErrors } } },
    async (request) => services.auth.updateProfile(actorOf(request), request.body),
  );
};
