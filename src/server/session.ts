// Sessions over HTTP: the cookie, who is asking (request.actor), CSRF and Origin checks.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type Actor, type User } from '../core/index.ts';
import { csrfMatches, type Services } from '../services/index.ts';

export const SESSION_COOKIE = 'sluitstuk_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, set by the session hook on routes that need one. */
    actor: Actor | null;
    sessionUser: User | null;
    sessionToken: string | null;
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    /** True for routes anyone may call (health, setup, login). */
    public?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True when the request reached us over HTTPS (directly, or through a trusted proxy). */
export function isHttps(request: FastifyRequest, publicUrl: URL | null): boolean {
  return request.protocol === 'https' || publicUrl?.protocol === 'https:';
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure behind HTTPS; a browser-session cookie. */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/** Removes the session cookie. */
export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/** The actor of a request that passed the session hook. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('not_authenticated');
  return request.actor;
}

/**
 * The session check of /api (run after the rate limiter, which counts every request, also forged ones):
 * public routes that change state (setup, login) are refused for a foreign Origin, and for a host other than
 * PUBLIC_URL's when that is set (DNS rebinding); all others need a valid session, and a matching
 * X-CSRF-Token when they change state.
 */
export function sessionHook(services: Services, publicUrl: URL | null) {
  return async (request: FastifyRequest): Promise<void> => {
    request.actor = null;
    request.sessionUser = null;
    request.sessionToken = null;
    request.csrfToken = null;
    if (request.is404) return;
    if (request.routeOptions.config?.public) {
      if (!SAFE_METHODS.has(request.method)) {
        // request.host is the Host header, or X-Forwarded-Host from a trusted proxy.
        if (publicUrl && request.host.toLowerCase() !== publicUrl.host)
          throw new AppError('host_not_allowed');
        const origin = request.headers.origin;
        const expected = publicUrl?.origin ?? `${request.protocol}://${request.host}`;
        if (origin !== undefined && origin !== expected)
          throw new AppError('csrf_invalid', { reason: 'origin' });
      }
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) throw new AppError('not_authenticated');
    const session = await services.auth.resolveSession(token);
    if (!SAFE_METHODS.has(request.method)) {
      const presented = request.headers['x-csrf-token'];
      if (!csrfMatches(token, typeof presented === 'string' ? presented : undefined))
        throw new AppError('csrf_invalid');
    }
    request.actor = session.actor;
    request.sessionUser = session.user;
    request.sessionToken = token;
    request.csrfToken = session.csrfToken;
  };
}
