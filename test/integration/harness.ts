// Builds the real app on a fresh database of one dialect, and a small cookie-keeping client for app.inject().
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { fixedClock, type Mailer } from '../../src/core/index.ts';
import { createDatabase, type Storage } from '../../src/storage/index.ts';
import { createServices, type AnalysisLimits, type Services } from '../../src/services/index.ts';
import { buildApp } from '../../src/server/index.ts';
import type { AuthConfig } from '../../src/config/index.ts';
import { openDatabase, type OpenDatabase } from '../../src/storage/db.ts';
import { freshDatabase, type Dialect, type FreshDatabase } from './dialects.ts';

export const START = new Date('2026-11-27T09:00:00.000Z');
/** The SETUP_CODE the test servers run with (as an automated install would set it). */
export const TEST_SETUP_CODE = 'test-setup-code-0123456789';
export const ADMIN = {
  organisationName: 'Gemeente Voorbeeld',
  name: 'Anna Admin',
  email: 'anna@example.nl',
  password: 'lange-zin-als-wachtwoord',
  setupCode: TEST_SETUP_CODE,
};

export interface Harness {
  app: FastifyInstance;
  storage: Storage;
  services: Services;
  clock: ReturnType<typeof fixedClock>;
  fresh: FreshDatabase;
  close(): Promise<void>;
}

/** The whole app on a new, migrated database. */
export async function startHarness(
  dialect: Dialect,
  options: {
    rateLimits?: { general: number; login: number; signIn?: number };
    sessionTtlSeconds?: number;
    mailer?: Mailer | null;
    linkTtlSeconds?: number;
    /** null: no SETUP_CODE, the server issues codes itself. */
    setupCode?: string | null;
    publicUrl?: URL | null;
    trustProxy?: boolean | number | string[];
    /** Collects the server's log lines (JSON) at info level. */
    logStream?: { write(line: string): void };
    analysis?: AnalysisLimits;
    /** Local passwords and the identity provider (issue 12). */
    auth?: AuthConfig;
  } = {},
): Promise<Harness> {
  const fresh = await freshDatabase(dialect);
  const storage = createDatabase(fresh.config);
  await storage.migrate();
  const clock = fixedClock(START);
  const services = createServices({
    storage,
    clock,
    sessionTtlSeconds: options.sessionTtlSeconds ?? 3600,
    mailer: options.mailer ?? null,
    publicUrl: options.publicUrl ?? null,
    linkTtlSeconds: options.linkTtlSeconds,
    setupCode: options.setupCode === undefined ? TEST_SETUP_CODE : options.setupCode,
    ...(options.analysis ? { analysis: options.analysis } : {}),
    ...(options.auth ? { auth: options.auth } : {}),
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  });
  const app = await buildApp({
    services,
    publicUrl: options.publicUrl ?? null,
    trustProxy: options.trustProxy ?? false,
    logLevel: options.logStream ? 'info' : 'silent',
    ...(options.logStream ? { logStream: options.logStream } : {}),
    webRoot: '/nonexistent-web-root',
    rateLimits: options.rateLimits ?? { general: 100_000, login: 10_000 },
  });
  return {
    app,
    storage,
    services,
    clock,
    fresh,
    async close() {
      await app.close();
      await storage.close();
      await fresh.drop();
    },
  };
}

/** A browser-like client: keeps the session cookie and sends the CSRF token on changes. */
export class Client {
  cookie: string | null = null;
  csrf: string | null = null;
  constructor(
    private readonly app: FastifyInstance,
    public lang: 'nl' | 'en' = 'nl',
  ) {}

  /** The Host every request names (with PUBLIC_URL set, setup and sign-in are taken only on that host). */
  host: string | null = null;

  /** Sends a request; JSON bodies are serialised. */
  async request(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method,
      url,
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      headers: {
        'accept-language': this.lang,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: `sluitstuk_session=${this.cookie}` } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...(this.host ? { host: this.host } : {}),
        ...headers,
      },
    });
    const set = response.cookies.find((c) => c.name === 'sluitstuk_session');
    if (set) this.cookie = set.value === '' ? null : set.value;
    if (response.statusCode < 300 && response.headers['content-type']?.toString().includes('json')) {
      const json = response.json() as { csrfToken?: string };
      if (json && typeof json === 'object' && 'csrfToken' in json && json.csrfToken)
        this.csrf = json.csrfToken;
    }
    return response;
  }

  get = (url: string, headers?: Record<string, string>) => this.request('GET', url, undefined, headers);
  post = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', url, body ?? {}, headers);
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  delete = (url: string) => this.request('DELETE', url);
}

/** Sets the installation up and returns the administrator's client. */
export async function setUp(app: FastifyInstance, options: { host?: string } = {}): Promise<Client> {
  const admin = new Client(app);
  // With PUBLIC_URL set, setup is taken only on that host (DNS rebinding): a test with one names it.
  admin.host = options.host ?? null;
  const response = await admin.post('/api/setup', ADMIN);
  if (response.statusCode !== 201) throw new Error(`setup failed: ${response.body}`);
  return admin;
}

/** Creates a user through the API and signs them in. */
export async function userClient(
  app: FastifyInstance,
  admin: Client,
  user: { email: string; name: string; role: 'leader' | 'coach' | 'admin'; teamId?: string | null },
): Promise<Client & { userId: string }> {
  const password = 'een-goed-wachtwoord-123';
  const created = await admin.post('/api/users', { ...user, teamId: user.teamId ?? null, password });
  if (created.statusCode !== 201) throw new Error(`user failed: ${created.body}`);
  const client = new Client(app) as Client & { userId: string };
  client.host = admin.host;
  const login = await client.post('/api/auth/login', { email: user.email, password });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  client.userId = created.json().id;
  return client;
}

/** A second connection to the harness's database for checks below the repositories (close it after). */
export function rawDatabase(h: Harness): OpenDatabase {
  return openDatabase(h.fresh.config);
}

/** The error code of an answer. */
export function codeOf(response: LightMyRequestResponse): string | undefined {
  try {
    return (response.json() as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}
