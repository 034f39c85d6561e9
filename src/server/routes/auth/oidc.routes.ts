// Signing in with the organisation's account: the browser is sent to the identity provider and comes back to
// the callback. Both are browser navigations, so failures redirect to the login page with a reason instead of
// answering JSON. Without a configured provider the routes answer 404.
import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isAppError } from '../../../core/index.ts';
import { OIDC_FLOW_SECONDS, safeReturnPath, type Services } from '../../../services/index.ts';
import { isHttps, setSessionCookie } from '../../session.ts';
import { errorSchema } from '../common.ts';

/** The cookie that ties a callback to the browser that started the sign-in. */
export const OIDC_STATE_COOKIE = 'sluitstuk_oidc_state';
const COOKIE_PATH = '/api/auth/oidc';

/** Routes of the OIDC sign-in. */
export const oidcRoutes: FastifyPluginAsyncZod<{ services: Services; publicUrl: URL | null }> = async (
  app,
  { services, publicUrl },
) => {
  const oidc = services.oidc;
  if (!oidc) return;
  const redirect = { 302: z.undefined(), 404: errorSchema };

  app.get(
    '/auth/oidc/start',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        description: "Sends the browser to the organisation's identity provider.",
        querystring: z.object({ returnTo: z.string().max(500).optional() }),
        response: redirect,
      },
    },
    async (request, reply) => {
      try {
        const { url, state } = await oidc.start(request.query.returnTo);
        reply.setCookie(OIDC_STATE_COOKIE, state, {
          path: COOKIE_PATH,
          httpOnly: true,
          // Lax: the provider's redirect back is a top-level navigation from another site.
          sameSite: 'lax',
          secure: isHttps(request, publicUrl),
          maxAge: OIDC_FLOW_SECONDS,
        });
        return reply.header('cache-control', 'no-store').redirect(url, 302);
      } catch (error) {
        return failed(reply, error);
      }
    },
  );

  app.get(
    '/auth/oidc/callback',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        description: "The identity provider's answer: starts a session and returns to the app.",
        response: redirect,
      },
    },
    async (request, reply) => {
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
      const stateCookie = request.cookies[OIDC_STATE_COOKIE];
      reply.clearCookie(OIDC_STATE_COOKIE, { path: COOKIE_PATH });
      try {
        const signedIn = await oidc.finish(query, stateCookie);
        setSessionCookie(reply, signedIn.token, isHttps(request, publicUrl));
        return reply.header('cache-control', 'no-store').redirect(safeReturnPath(signedIn.returnTo), 302);
      } catch (error) {
        return failed(reply, error);
      }
    },
  );

  function failed(reply: FastifyReply, error: unknown) {
    if (!isAppError(error)) throw error;
    const reason =
      error.code === 'oidc_failed'
        ? String(error.details?.reason ?? 'provider')
        : error.code === 'unavailable'
          ? 'unreachable'
          : null;
    if (!reason) throw error;
    return reply
      .header('cache-control', 'no-store')
      .redirect(`/login?signin=${encodeURIComponent(reason)}`, 302);
  }
};
