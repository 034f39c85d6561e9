// Signing in with the organisation's account: OpenID Connect, authorization code flow with PKCE (openid-client).
// The state, nonce and PKCE verifier of a started sign-in stay on the server (oidc_flows, keyed by the state's
// hash); the browser holds only the state, in a short-lived cookie, so a callback is accepted once and only in
// the browser that started it. Roles and team come from configurable claims; the first sign-in creates the
// account, or only links a known one (OIDC_ACCOUNTS). Keycloak is the usual broker in front of Entra ID, DigiD
// or eHerkenning (see docs/privacy.md and README).
import { timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import { AppError, type Role, type User } from '../core/index.ts';
import type { OidcConfig } from '../config/index.ts';
import { NO_PASSWORD, isUniqueViolation, type Repositories } from '../storage/index.ts';
import { startSession, type SignedIn } from './auth.service.ts';
import { writeAudit, type Context } from './context.ts';
import { takeUpInvitation } from './organisation.service.ts';
import { hashToken } from './secrets.ts';

/** How long a started sign-in waits for the provider's answer. */
export const OIDC_FLOW_SECONDS = 10 * 60;

/** The path of the callback under the public address; the provider must list it as a redirect URI. */
export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';

/** Why a sign-in through the provider failed; the login page explains each (accounts.oidc.failed.*). */
export type OidcFailure =
  | 'state'
  | 'nonce'
  | 'denied'
  | 'account_unknown'
  | 'no_role'
  | 'email_missing'
  | 'inactive'
  | 'unreachable'
  | 'provider';

const RANK: Record<Role, number> = { leader: 1, coach: 2, admin: 3 };

function fail(reason: OidcFailure): never {
  throw new AppError('oidc_failed', { reason });
}

/** A path inside the app to return to; anything else (another site, '//host', a backslash trick) is '/'. */
export function safeReturnPath(value: string | undefined | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || /[\\\r\n\t]/.test(value)) return '/';
  if (value.startsWith('/api/')) return '/';
  return value.slice(0, 500);
}

/** The value at a dotted path of the claims ('realm_access.roles'); a key with dots is tried whole first. */
export function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  let value: unknown = claims;
  for (const part of path.split('.')) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** The role the claims give: the highest mapped value, else the default (null: no role). */
export function roleFrom(claims: Record<string, unknown>, config: OidcConfig): Role | null {
  if (!config.roleClaim || config.roleMap.length === 0) return config.defaultRole;
  const values = new Set(strings(claimAt(claims, config.roleClaim)));
  let best: Role | null = null;
  for (const { value, role } of config.roleMap) {
    if (values.has(value) && (!best || RANK[role] > RANK[best])) best = role;
  }
  return best ?? config.defaultRole;
}

/** The team name the claims give (a Keycloak group path '/Team Oost' becomes 'Team Oost'), or null. */
export function teamFrom(claims: Record<string, unknown>, config: OidcConfig): string | null {
  if (!config.teamClaim) return null;
  const first = strings(claimAt(claims, config.teamClaim))
    .map((v) => v.replace(/^\/+/, '').split('/').pop()!.trim())
    .find(Boolean);
  return first ? first.slice(0, 200) : null;
}

function nameFrom(claims: Record<string, unknown>, email: string): string {
  const given = typeof claims.given_name === 'string' ? claims.given_name : '';
  const family = typeof claims.family_name === 'string' ? claims.family_name : '';
  const candidates = [claims.name, `${given} ${family}`.trim(), claims.preferred_username, email];
  const name = candidates.find((c): c is string => typeof c === 'string' && c.trim() !== '')!;
  return name.trim().slice(0, 200);
}

function reasonOf(error: unknown): OidcFailure {
  // openid-client wraps oauth4webapi's error: the compared claim sits one or two causes deep.
  const e = error as { code?: string; error?: string; message?: string; cause?: unknown };
  const inner = e?.cause as { claim?: string; message?: string; cause?: { claim?: string } } | undefined;
  const claim = inner?.claim ?? inner?.cause?.claim;
  if (e?.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'nonce') return 'nonce';
  if (e?.code === 'OAUTH_INVALID_RESPONSE' && /"state"/.test(`${e.message} ${inner?.message ?? ''}`))
    return 'state';
  if (e?.code === 'OAUTH_AUTHORIZATION_RESPONSE_ERROR')
    return e.error === 'access_denied' ? 'denied' : 'provider';
  if (error instanceof TypeError || (error as Error)?.name === 'TimeoutError') return 'unreachable';
  return 'provider';
}

/** Use cases of signing in through the identity provider; null when none is configured. */
export function oidcService(ctx: Context) {
  const config = ctx.auth.oidc;
  if (!config) return null;
  const settings: OidcConfig = config;
  let discovered: Promise<oidc.Configuration> | null = null;

  function redirectUri(): string {
    if (!ctx.publicUrl) throw new AppError('unavailable', { feature: 'oidc', reason: 'public_url' });
    return new URL(OIDC_CALLBACK_PATH, ctx.publicUrl).toString();
  }

  /** The provider's metadata, discovered once; a failed discovery is tried again on the next sign-in. */
  async function provider(): Promise<oidc.Configuration> {
    discovered ??= oidc
      .discovery(
        settings.issuer,
        settings.clientId,
        { client_secret: settings.clientSecret },
        oidc.ClientSecretBasic(settings.clientSecret),
        settings.allowHttp ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = null;
        throw error;
      });
    try {
      return await discovered;
    } catch {
      return fail('unreachable');
    }
  }

  async function findOrCreate(
    repos: Repositories,
    issuer: string,
    claims: Record<string, unknown>,
  ): Promise<User> {
    const at = ctx.now();
    const subject = String(claims.sub);
    const role = roleFrom(claims, settings);
    const teamName = teamFrom(claims, settings);
    const teamId = teamName ? await teamIdFor(repos, teamName, at) : undefined;

    const linkedId = await repos.identities.userFor(issuer, subject);
    let user = linkedId ? await repos.users.find(linkedId) : null;
    if (!user) {
      const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
      // An address the provider says it has not verified must not take over the account that has it.
      if (!email || !email.includes('@') || claims.email_verified === false) fail('email_missing');
      const known = await repos.users.findWithHash(email);
      if (known) {
        const { passwordHash: _hash, ...rest } = known;
        user = rest;
        // An invited colleague's first sign-in with the organisation's account takes the invitation up.
        if (user.invited && user.active) {
          await takeUpInvitation(ctx, repos, user.id, { method: 'oidc' });
          user = { ...user, invited: false };
        }
      } else {
        if (settings.accounts === 'known') fail('account_unknown');
        if (!role) fail('no_role');
        user = {
          id: ctx.ids.id(),
          email,
          name: nameFrom(claims, email),
          role,
          teamId: teamId ?? null,
          locale: 'nl',
          contactCard: {
            name: nameFrom(claims, email),
            role: '',
            phone: null,
            email: null,
            reachability: '',
          },
          active: true,
          createdAt: at,
          weeklyDigest: false,
          invited: false,
        };
        try {
          await repos.users.create(user, NO_PASSWORD);
        } catch (error) {
          if (error instanceof AppError && error.code === 'email_taken') fail('provider');
          throw error;
        }
        await writeAudit(ctx, repos, {
          at,
          userId: user.id,
          conversationId: null,
          action: 'account.created',
          details: { method: 'oidc', role },
        });
      }
      await repos.identities.link(issuer, subject, user.id, at);
    } else {
      await repos.identities.touch(issuer, subject, at);
    }
    if (!user.active) fail('inactive');

    // The provider is the source of roles and teams when claims for them are configured.
    const patch: Partial<Pick<User, 'role' | 'teamId'>> = {};
    if (settings.roleClaim && settings.roleMap.length > 0) {
      if (!role) fail('no_role');
      const lastAdmin =
        user.role === 'admin' && role !== 'admin' && (await repos.users.countActiveAdmins()) <= 1;
      if (role !== user.role && !lastAdmin) patch.role = role;
    }
    if (teamId !== undefined && teamId !== user.teamId) patch.teamId = teamId;
    if (Object.keys(patch).length > 0) {
      await repos.users.update(user.id, patch, at);
      await writeAudit(ctx, repos, {
        at,
        userId: user.id,
        conversationId: null,
        action: 'account.claims_applied',
        details: { fields: Object.keys(patch), ...(patch.role ? { role: patch.role } : {}) },
      });
      user = (await repos.users.find(user.id))!;
    }
    return user;
  }

  async function teamIdFor(repos: Repositories, name: string, at: string): Promise<string> {
    const existing = await repos.teams.findByName(name);
    if (existing) return existing.id;
    const team = { id: ctx.ids.id(), name };
    try {
      await repos.teams.create(team, at);
      return team.id;
    } catch (error) {
      if (!isUniqueViolation(error) && !(error instanceof AppError)) throw error;
      return (await repos.teams.findByName(name))!.id;
    }
  }

  return {
    /** What the login page shows on the button. */
    label: settings.label,

    /** Starts a sign-in: the provider's address to send the browser to, and the state for its cookie. */
    async start(returnTo: string | undefined): Promise<{ url: string; state: string }> {
      const server = await provider();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const now = ctx.clock.now();
      await ctx.storage.repos.oidcFlows.deleteExpired(now.toISOString());
      await ctx.storage.repos.oidcFlows.create({
        stateHash: hashToken(state),
        nonce,
        codeVerifier,
        returnTo: safeReturnPath(returnTo),
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + OIDC_FLOW_SECONDS * 1000).toISOString(),
      });
      const url = oidc.buildAuthorizationUrl(server, {
        redirect_uri: redirectUri(),
        scope: settings.scopes.join(' '),
        response_type: 'code',
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url: url.toString(), state };
    },

    /**
     * Finishes a sign-in from the provider's answer (the callback's query string) and the state cookie:
     * checks state, PKCE and nonce, maps the claims to the account and starts a session.
     */
    async finish(query: string, stateCookie: string | undefined): Promise<SignedIn & { returnTo: string }> {
      const params = new URLSearchParams(query);
      const state = params.get('state') ?? '';
      // The state must be the one this browser was given: a link from elsewhere cannot sign it in.
      const cookie = Buffer.from(stateCookie ?? '');
      if (
        !state ||
        cookie.length !== Buffer.byteLength(state) ||
        !timingSafeEqual(cookie, Buffer.from(state))
      )
        fail('state');
      const flow = await ctx.storage.repos.oidcFlows.take(hashToken(state));
      if (!flow || Date.parse(flow.expiresAt) <= ctx.clock.now().getTime()) fail('state');
      if (params.get('error')) fail(params.get('error') === 'access_denied' ? 'denied' : 'provider');

      const server = await provider();
      const currentUrl = new URL(redirectUri());
      currentUrl.search = params.toString();
      let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
      try {
        tokens = await oidc.authorizationCodeGrant(server, currentUrl, {
          pkceCodeVerifier: flow.codeVerifier,
          expectedState: state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
      } catch (error) {
        fail(reasonOf(error));
      }
      const idClaims = tokens.claims();
      if (!idClaims) fail('provider');
      let claims: Record<string, unknown> = { ...idClaims };
      // Many providers put roles, groups or the e-mail address only in the UserInfo answer.
      if (server.serverMetadata().userinfo_endpoint) {
        try {
          const info = await oidc.fetchUserInfo(server, tokens.access_token, idClaims.sub);
          claims = { ...info, ...idClaims };
        } catch (error) {
          fail(reasonOf(error));
        }
      }
      const issuer = server.serverMetadata().issuer;
      const user = await ctx.storage.transaction((repos) => findOrCreate(repos, issuer, claims));
      const session = await startSession(ctx, user.id, tokens.id_token ?? null);
      return { user, ...session, returnTo: flow.returnTo };
    },

    /** The provider's logout address for a session's ID token (RP-initiated logout), or null when it has none. */
    async endSessionUrl(idToken: string | null): Promise<string | null> {
      if (!idToken) return null;
      const server = await provider().catch(() => null);
      if (!server?.serverMetadata().end_session_endpoint || !ctx.publicUrl) return null;
      return oidc
        .buildEndSessionUrl(server, {
          id_token_hint: idToken,
          post_logout_redirect_uri: new URL('/login?signedOut=1', ctx.publicUrl).toString(),
        })
        .toString();
    },
  };
}

export type OidcService = NonNullable<ReturnType<typeof oidcService>>;
