// Signing in with the organisation's account against a real OpenID provider (oidc-provider) in this process:
// the whole code + PKCE flow through the provider's own login pages, roles and team from claims, accounts
// created or only known ones, a refused state and a refused nonce, and a logout that ends the provider's
// session too. On every dialect.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';
import type { AuthConfig, OidcConfig } from '../../src/config/index.ts';
import { smtpMailer } from '../../src/mail/index.ts';
import { dialects } from './dialects.ts';
import { ADMIN, Client, codeOf, rawDatabase, startHarness, type Harness } from './harness.ts';
import { startSmtp, type TestSmtp } from './smtp.ts';

const APP = new URL('http://sluitstuk.test');
/** With PUBLIC_URL set, setup and login accept only its host. */
const HOST = { host: APP.host };
const CLIENT_ID = 'sluitstuk';
const CLIENT_SECRET = 'een-lang-client-geheim-voor-de-test-0123456789';

/** The people at the provider: their claims, changeable by a test. */
const people: Record<string, Record<string, unknown>> = {
  'p-lotte': {
    email: 'lotte@gemeente.example',
    email_verified: true,
    name: 'Lotte de Wit',
    groups: ['sluitstuk-coach', 'andere-app'],
    team: '/Sociaal Domein/Team Noord',
  },
  'p-bram': { email: 'bram@gemeente.example', email_verified: true, name: 'Bram Vos', groups: [] },
  'p-anna': { email: ADMIN.email, email_verified: true, name: ADMIN.name, groups: ['sluitstuk-beheer'] },
  'p-onbevestigd': { email: 'niet@gemeente.example', email_verified: false, name: 'X', groups: [] },
  // Invited by the administrator as pia@gemeente.example: the provider spells the address differently.
  'p-pia': {
    email: 'Pia.Poort@Gemeente.Example',
    email_verified: true,
    name: 'Pia Poort',
    groups: ['sluitstuk-coach'],
  },
};

async function startProvider(): Promise<{ issuer: string; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [new URL('/api/auth/oidc/callback', APP).toString()],
        post_logout_redirect_uris: [new URL('/login?signedOut=1', APP).toString()],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    // A confidential client must use PKCE here too: success proves the verifier matched.
    pkce: { required: () => true },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
      organisation: ['groups', 'team'],
    },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['cookie-key-for-tests-only'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    findAccount: async (_ctx, id) =>
      people[id] ? { accountId: id, claims: async () => ({ sub: id, ...people[id] }) } : undefined,
  });
  // The default pages load no outside files in this test: only their forms are read.
  server.on('request', provider.callback());
  return { issuer, server };
}

/** A browser at the provider: keeps its cookies, follows nothing by itself. */
class ProviderBrowser {
  cookies = new Map<string, string>();
  async get(url: string): Promise<Response> {
    return this.send(url, { method: 'GET' });
  }
  async post(url: string, form: Record<string, string>): Promise<Response> {
    return this.send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  }
  private async send(url: string, init: RequestInit): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /**
   * Walks from an authorization URL through the provider's login and consent pages as the person `login`, and
   * returns the address the provider finally sends the browser to (the app's callback).
   */
  async signIn(authorizationUrl: string, login: string): Promise<URL> {
    let response = await this.get(authorizationUrl);
    for (let step = 0; step < 12; step++) {
      const location = response.headers.get('location');
      if (location) {
        const next = new URL(location, authorizationUrl);
        if (next.origin === APP.origin) return next;
        response = await this.get(next.toString());
        continue;
      }
      const html = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      assert.ok(
        action && prompt,
        `expected a login or consent form, got ${response.status}: ${html.slice(0, 300)}`,
      );
      const target = new URL(action, authorizationUrl).toString();
      response = await this.post(target, prompt === 'login' ? { prompt, login, password: 'x' } : { prompt });
    }
    throw new Error('too many steps at the provider');
  }
}

function oidcConfig(issuer: string, overrides: Partial<OidcConfig> = {}): AuthConfig {
  return {
    localPasswords: true,
    oidc: {
      issuer: new URL(issuer),
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      scopes: ['openid', 'email', 'profile', 'organisation'],
      label: 'Gemeente-account',
      roleClaim: 'groups',
      roleMap: [
        { value: 'sluitstuk-beheer', role: 'admin' },
        { value: 'sluitstuk-coach', role: 'coach' },
      ],
      defaultRole: 'leader',
      teamClaim: 'team',
      accounts: 'create',
      allowHttp: true,
      ...overrides,
    },
  };
}

/** Starts a sign-in at the app: the provider's address and the state cookie the app set. */
async function startAt(h: Harness, returnTo?: string): Promise<{ url: string; stateCookie: string }> {
  const response = await h.app.inject({
    method: 'GET',
    url: '/api/auth/oidc/start' + (returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''),
  });
  assert.equal(response.statusCode, 302, response.body);
  const cookie = response.cookies.find((c) => c.name === 'sluitstuk_oidc_state');
  assert.ok(cookie?.httpOnly, 'the state cookie is HttpOnly');
  return { url: response.headers.location as string, stateCookie: cookie.value };
}

/** Delivers the provider's redirect to the app's callback with the given state cookie. */
async function callback(h: Harness, url: URL, stateCookie: string | null) {
  const response = await h.app.inject({
    method: 'GET',
    url: url.pathname + url.search,
    headers: stateCookie ? { cookie: `sluitstuk_oidc_state=${stateCookie}` } : {},
  });
  const session = response.cookies.find((c) => c.name === 'sluitstuk_session' && c.value !== '');
  return { response, location: response.headers.location as string, session: session?.value ?? null };
}

async function sessionOf(h: Harness, token: string) {
  const client = new Client(h.app);
  client.cookie = token;
  const session = await client.get('/api/auth/session');
  client.csrf = session.json().csrfToken;
  return { client, session };
}

for (const dialect of dialects()) {
  describe(`OpenID Connect sign-in on ${dialect}`, () => {
    let provider: { issuer: string; server: Server };
    let h: Harness;
    before(async () => {
      provider = await startProvider();
      h = await startHarness(dialect, { auth: oidcConfig(provider.issuer), publicUrl: APP });
      const setup = await new Client(h.app).post('/api/setup', ADMIN, HOST);
      assert.equal(setup.statusCode, 201, setup.body);
    });
    after(async () => {
      await h.close();
      // fetch keeps connections alive: close them, or the server (and the test process) never ends.
      provider.server.closeAllConnections();
      await new Promise((resolve) => provider.server.close(resolve));
    });

    test('the login page learns both ways in', async () => {
      const methods = await new Client(h.app).get('/api/auth/methods');
      assert.deepEqual(methods.json(), {
        password: true,
        passwordReset: false,
        oidc: { label: 'Gemeente-account' },
      });
    });

    test('first sign-in creates the account with the role and team from the claims; PKCE and nonce are sent', async () => {
      const { url, stateCookie } = await startAt(h, '/conversations/new');
      const authorization = new URL(url);
      assert.equal(authorization.origin, provider.issuer);
      assert.equal(authorization.searchParams.get('code_challenge_method'), 'S256');
      assert.ok((authorization.searchParams.get('code_challenge') ?? '').length >= 43);
      assert.ok(authorization.searchParams.get('nonce'));
      assert.equal(authorization.searchParams.get('state'), stateCookie);

      const back = await new ProviderBrowser().signIn(url, 'p-lotte');
      const { location, session } = await callback(h, back, stateCookie);
      assert.equal(location, '/conversations/new');
      assert.ok(session);
      const { session: answer } = await sessionOf(h, session);
      const user = answer.json().user;
      assert.equal(user.email, 'lotte@gemeente.example');
      assert.equal(user.name, 'Lotte de Wit');
      assert.equal(user.role, 'coach');
      const team = await h.storage.repos.teams.find(user.teamId);
      assert.equal(team?.name, 'Team Noord');
      // The account has no local password: nobody can guess one. It is not an invitation waiting either.
      assert.equal(await h.storage.repos.users.passwordHash(user.id), '');
      // (Beheer's list reads the stored row: before 0010 an empty hash read as "invited".)
      assert.equal((await h.storage.repos.users.find(user.id))?.invited, false);
    });

    test('the next sign-in finds the same account and applies changed claims', async () => {
      const before = (await h.storage.repos.users.list()).length;
      people['p-lotte']!.groups = ['sluitstuk-beheer'];
      const { url, stateCookie } = await startAt(h);
      const { location, session } = await callback(
        h,
        await new ProviderBrowser().signIn(url, 'p-lotte'),
        stateCookie,
      );
      assert.equal(location, '/');
      const { session: answer } = await sessionOf(h, session!);
      assert.equal(answer.json().user.role, 'admin');
      assert.equal((await h.storage.repos.users.list()).length, before);
      people['p-lotte']!.groups = ['sluitstuk-coach'];
    });

    test('an existing account is linked by its verified address; an unverified one is refused', async () => {
      const { url, stateCookie } = await startAt(h);
      const { session } = await callback(h, await new ProviderBrowser().signIn(url, 'p-anna'), stateCookie);
      const { session: answer } = await sessionOf(h, session!);
      assert.equal(answer.json().user.email, ADMIN.email);
      assert.equal(answer.json().user.role, 'admin');

      const second = await startAt(h);
      const refused = await callback(
        h,
        await new ProviderBrowser().signIn(second.url, 'p-onbevestigd'),
        second.stateCookie,
      );
      assert.equal(refused.location, '/login?signin=email_missing');
      assert.equal(refused.session, null);
    });

    test('a state that is not this browser’s, or used twice, is refused and signs nobody in', async () => {
      const { url, stateCookie } = await startAt(h);
      const back = await new ProviderBrowser().signIn(url, 'p-bram');
      // Someone else's callback link opened in a browser without (or with another) state cookie.
      assert.equal((await callback(h, back, null)).location, '/login?signin=state');
      const other = await startAt(h);
      const foreign = await callback(h, back, other.stateCookie);
      assert.equal(foreign.location, '/login?signin=state');
      assert.equal(foreign.session, null);
      // The right browser succeeds once; a replay of the same answer is refused.
      const first = await callback(h, back, stateCookie);
      assert.ok(first.session);
      const replay = await callback(h, back, stateCookie);
      assert.equal(replay.location, '/login?signin=state');
      assert.equal(replay.session, null);
    });

    test('a sign-in that waited too long is refused', async () => {
      const { url, stateCookie } = await startAt(h);
      const back = await new ProviderBrowser().signIn(url, 'p-bram');
      h.clock.advance(11 * 60 * 1000);
      try {
        assert.equal((await callback(h, back, stateCookie)).location, '/login?signin=state');
      } finally {
        h.clock.advance(-11 * 60 * 1000);
      }
    });

    test('an ID token whose nonce is not the one sent is refused', async () => {
      const { url, stateCookie } = await startAt(h);
      const back = await new ProviderBrowser().signIn(url, 'p-bram');
      const raw = rawDatabase(h);
      try {
        await raw.db.updateTable('oidc_flows').set({ nonce: 'een-andere-nonce' }).execute();
      } finally {
        await raw.db.destroy();
      }
      const refused = await callback(h, back, stateCookie);
      assert.equal(refused.location, '/login?signin=nonce');
      assert.equal(refused.session, null);
    });

    test('a person who cancels at the provider comes back to the login page with the reason', async () => {
      const { url, stateCookie } = await startAt(h);
      const state = new URL(url).searchParams.get('state')!;
      const cancelled = new URL(`/api/auth/oidc/callback?error=access_denied&state=${state}`, APP);
      assert.equal((await callback(h, cancelled, stateCookie)).location, '/login?signin=denied');
    });

    test('returnTo stays inside the app', async () => {
      for (const evil of ['//evil.example/x', 'https://evil.example', '/\\evil.example', '/api/users']) {
        const { url, stateCookie } = await startAt(h, evil);
        const { location } = await callback(
          h,
          await new ProviderBrowser().signIn(url, 'p-bram'),
          stateCookie,
        );
        assert.equal(location, '/', evil);
      }
    });

    test('logout ends the session here and at the provider', async () => {
      const browser = new ProviderBrowser();
      const { url, stateCookie } = await startAt(h);
      const { session } = await callback(h, await browser.signIn(url, 'p-bram'), stateCookie);
      const { client } = await sessionOf(h, session!);
      const out = await client.post('/api/auth/logout');
      assert.equal(out.statusCode, 200, out.body);
      const endSession = new URL(out.json().redirectTo);
      assert.equal(endSession.origin, provider.issuer);
      assert.ok(endSession.searchParams.get('id_token_hint'));
      assert.equal(
        endSession.searchParams.get('post_logout_redirect_uri'),
        'http://sluitstuk.test/login?signedOut=1',
      );
      client.cookie = session;
      assert.equal((await client.get('/api/auth/session')).statusCode, 401);

      // At the provider: confirm the logout, and be sent back to the app.
      const page = await (await browser.get(endSession.toString())).text();
      const action = /<form[^>]*action="([^"]+)"/.exec(page)![1]!;
      const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)![1]!;
      const done = await browser.post(new URL(action, provider.issuer).toString(), { xsrf, logout: 'yes' });
      assert.equal(done.headers.get('location'), 'http://sluitstuk.test/login?signedOut=1');
      // The provider's session is gone: a new sign-in asks for the login again instead of passing straight through.
      const again = await startAt(h);
      const first = await browser.get(again.url);
      const interaction = new URL(first.headers.get('location')!, provider.issuer);
      const html = await (await browser.get(interaction.toString())).text();
      assert.match(html, /name="prompt" value="login"/);
    });

    test('a local session logs out without a provider address', async () => {
      const client = new Client(h.app);
      await client.post('/api/auth/login', { email: ADMIN.email, password: ADMIN.password }, HOST);
      assert.equal((await client.post('/api/auth/logout')).statusCode, 204);
    });
  });

  describe(`OpenID Connect with known accounts only and local passwords off on ${dialect}`, () => {
    let provider: { issuer: string; server: Server };
    let h: Harness;
    let smtp: TestSmtp;
    before(async () => {
      provider = await startProvider();
      smtp = await startSmtp();
      h = await startHarness(dialect, {
        auth: {
          ...oidcConfig(provider.issuer, { accounts: 'known', defaultRole: null }),
          localPasswords: false,
        },
        publicUrl: APP,
        mailer: smtpMailer({ url: smtp.url, from: 'noreply@sluitstuk.test', timeoutSeconds: 5 }),
      });
    });
    after(async () => {
      await smtp.stop();
      await h.close();
      // fetch keeps connections alive: close them, or the server (and the test process) never ends.
      provider.server.closeAllConnections();
      await new Promise((resolve) => provider.server.close(resolve));
    });

    test('setup without a password, then the administrator signs in with the organisation account', async () => {
      const anon = new Client(h.app);
      const { password: _p, ...withoutPassword } = ADMIN;
      const setup = await anon.post('/api/setup', withoutPassword, HOST);
      assert.equal(setup.statusCode, 201, setup.body);
      assert.equal(setup.json().signIn, 'oidc');
      assert.equal(anon.cookie, null);
      const { url, stateCookie } = await startAt(h);
      const { session } = await callback(h, await new ProviderBrowser().signIn(url, 'p-anna'), stateCookie);
      const { session: answer } = await sessionOf(h, session!);
      assert.equal(answer.json().user.role, 'admin');
    });

    test('passwords are refused, and the login page is told so', async () => {
      const login = await new Client(h.app).post(
        '/api/auth/login',
        { email: ADMIN.email, password: ADMIN.password },
        HOST,
      );
      assert.equal(login.statusCode, 403);
      assert.equal(codeOf(login), 'local_login_disabled');
      assert.equal((await new Client(h.app).get('/api/auth/methods')).json().password, false);
    });

    test('an unknown person is refused; without a mapped role nobody gets in', async () => {
      const { url, stateCookie } = await startAt(h);
      const unknown = await callback(h, await new ProviderBrowser().signIn(url, 'p-lotte'), stateCookie);
      assert.equal(unknown.location, '/login?signin=account_unknown');
      assert.equal(await h.storage.repos.users.findWithHash('lotte@gemeente.example'), null);

      // Bram has an account but no Sluitstuk group at the provider, and there is no default role.
      const admin = new Client(h.app);
      const again = await startAt(h);
      const { session } = await callback(
        h,
        await new ProviderBrowser().signIn(again.url, 'p-anna'),
        again.stateCookie,
      );
      admin.cookie = session;
      admin.csrf = (await admin.get('/api/auth/session')).json().csrfToken;
      const added = await admin.post('/api/users', {
        email: 'bram@gemeente.example',
        name: 'Bram Vos',
        role: 'leader',
        password: 'een-wachtwoord-dat-niet-werkt',
      });
      assert.equal(added.statusCode, 201, added.body);
      const third = await startAt(h);
      const noRole = await callback(
        h,
        await new ProviderBrowser().signIn(third.url, 'p-bram'),
        third.stateCookie,
      );
      assert.equal(noRole.location, '/login?signin=no_role');
    });

    test('an invitation points to the organisation sign-in, and the first sign-in there ends it', async () => {
      const admin = new Client(h.app);
      const start = await startAt(h);
      const signedIn = await callback(
        h,
        await new ProviderBrowser().signIn(start.url, 'p-anna'),
        start.stateCookie,
      );
      admin.cookie = signedIn.session;
      admin.csrf = (await admin.get('/api/auth/session')).json().csrfToken;
      const invited = await admin.post('/api/users/invite', {
        email: 'pia.poort@gemeente.example',
        name: 'Pia Poort',
        role: 'leader',
      });
      assert.equal(invited.statusCode, 201, invited.body);
      const userId = invited.json().user.id;
      assert.deepEqual(
        (await h.services.jobs.runDue()).map((r) => [r.kind, r.outcome]),
        [['account.invitation_mail', 'done']],
      );
      const [mail] = await smtp.waitFor(1);
      const text = mail!.text ?? '';
      // No password to choose: the mail sends her to the organisation's account.
      assert.match(text, /meldt u zich aan met het account van uw organisatie \(Gemeente-account\)/);
      assert.doesNotMatch(text, /kiest u zelf een wachtwoord/);
      const token = /http:\/\/sluitstuk\.test\/invite#([A-Za-z0-9_-]{43})/.exec(text)?.[1];
      assert.ok(token, text);
      const visitor = new Client(h.app);
      const lookup = await visitor.post('/api/invitations/lookup', { token }, HOST);
      assert.equal(lookup.json().signIn, 'oidc');
      const password = await visitor.post(
        '/api/invitations/accept',
        { token, password: 'een-wachtwoord-toch' },
        HOST,
      );
      assert.equal(codeOf(password), 'local_login_disabled');

      // Known accounts only: the invitation made her known. The address matches in any case.
      const first = await startAt(h);
      const pia = await callback(
        h,
        await new ProviderBrowser().signIn(first.url, 'p-pia'),
        first.stateCookie,
      );
      assert.equal(pia.location, '/');
      const { session } = await sessionOf(h, pia.session!);
      assert.equal(session.json().user.id, userId);
      assert.equal(session.json().user.invited, false);
      // Her role comes from the provider's claims, as for every account there.
      assert.equal(session.json().user.role, 'coach');
      const users = (await admin.get('/api/users')).json() as {
        id: string;
        invited: boolean;
        invitation: unknown;
      }[];
      const listed = users.find((u) => u.id === userId)!;
      assert.equal(listed.invited, false);
      assert.equal(listed.invitation, null);
      // The invitation is over: its link no longer works, and the audit log says how it ended.
      assert.equal(
        codeOf(await visitor.post('/api/invitations/lookup', { token }, HOST)),
        'invitation_invalid',
      );
      const audit = (await admin.get('/api/audit')).json() as {
        action: string;
        userId: string;
        details: { method?: string };
      }[];
      assert.ok(
        audit.some(
          (e) =>
            e.action === 'user.invitation_accepted' && e.userId === userId && e.details.method === 'oidc',
        ),
        JSON.stringify(audit.slice(0, 5)),
      );
    });
  });
}
