// Environment → typed configuration, read once at start. Every problem is collected and reported together,
// so a wrong deployment fails with one clear list instead of one error per restart.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAuthConfig, type AuthConfig } from './auth.ts';

export type { AuthConfig, OidcConfig, ConfigRole } from './auth.ts';

export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; /** Schema to use instead of public (tests). */ schema?: string };

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** How the server writes its log: JSON lines (for log collectors), readable lines, or by the terminal. */
export type LogFormat = 'json' | 'pretty' | 'auto';

export interface Config {
  port: number;
  /** Where the server binds; 'localhost' binds the loopback addresses only. */
  host: string;
  database: DatabaseConfig;
  /** How long a session lives without use, in seconds. */
  sessionTtlSeconds: number;
  /** Fastify's trustProxy: false, true, a hop count or a list of addresses. */
  trustProxy: boolean | number | string[];
  /** The public address (e.g. https://sluitstuk.gemeente.nl); decides Secure cookies and the allowed Origin. */
  publicUrl: URL | null;
  logLevel: LogLevel;
  /** Requests per minute per address on the API (login and setup have a stricter limit of their own). */
  rateLimitPerMinute: number;
  /** Folder of the practice scenarios (and their preparation cards in cards/). */
  scenariosDir: string;
  /** Outgoing mail (SMTP_URL, MAIL_FROM); null when mail is not set up (the default). */
  mail: { url: URL; from: string } | null;
  /** How long a participant's link works (LINK_TTL), in seconds. */
  linkTtlSeconds: number;
  /** How long a claimed job stays with a process that stopped answering (JOB_LEASE), in milliseconds. */
  jobLeaseMs: number;
  /** Chromium's executable for PDFs (CHROME_PATH). A missing one is no start-up problem: only PDFs fail. */
  chromePath: string;
  /**
   * Test suites only (NODE_ENV=test): milliseconds the process's clock runs ahead of (or behind) the real one
   * (SLUITSTUK_CLOCK_OFFSET_MS), so several server processes act "as if it were" a chosen day, together.
   */
  clockOffsetMs: number;
  /** SETUP_CODE: the setup code of an automated install; null lets the server issue and print one. */
  setupCode: string | null;
  /** LOG_FORMAT: auto writes readable lines to a terminal and JSON otherwise. */
  logFormat: LogFormat;
  /** ANALYSIS_TIMEOUT: seconds one transcript analysis may take before it is stopped. */
  analysisTimeoutSeconds: number;
  /** Local passwords and the identity provider (issue 12). */
  auth: AuthConfig;
}

/** Debian's Chromium. */
export const DEFAULT_CHROME_PATH = '/usr/bin/chromium';

/** One problem with one variable, by code: the words are in src/i18n (`config.<code>`), filled with `params`. */
export interface ConfigProblem {
  variable: string;
  code: string;
  params: Record<string, string>;
}

/** Thrown by loadConfig with every problem found. */
export class ConfigError extends Error {
  readonly problems: ConfigProblem[];
  constructor(problems: ConfigProblem[]) {
    super(problems.map((p) => `${p.variable}: ${p.code} ${JSON.stringify(p.params)}`).join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * The root of the installed package: the nearest folder above this file with a package.json. Found by walking
 * up because this code runs from src/config/ (tsx) and from a compiled chunk in dist/cli/ or dist/cli/chunks/.
 */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

/** The scenarios that ship with Sluitstuk: scenarios/ at the root of the package. */
export const DEFAULT_SCENARIOS_DIR = join(packageRoot(), 'scenarios');

/** The default SQLite file, relative to the working directory. */
export const DEFAULT_DATABASE_FILE = './data/sluitstuk.db';

/** Reads DATABASE_URL: postgres://… or postgresql://… → PostgreSQL; sqlite:PATH or a plain path → SQLite. */
export function parseDatabaseUrl(value: string | undefined): DatabaseConfig {
  const raw = (value ?? '').trim();
  if (raw === '') return { kind: 'sqlite', file: resolve(DEFAULT_DATABASE_FILE) };
  if (/^postgres(ql)?:\/\//i.test(raw)) {
    new URL(raw); // throws on a malformed address
    return { kind: 'postgres', url: raw };
  }
  if (/^sqlite:/i.test(raw)) {
    const path = raw.replace(/^sqlite:(\/\/)?/i, '');
    if (path === '') throw new Error('empty sqlite path');
    return { kind: 'sqlite', file: path === ':memory:' ? ':memory:' : resolve(path) };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) throw new Error('unknown scheme');
  return { kind: 'sqlite', file: resolve(raw) };
}

/** Parses a duration like '3600', '90m', '12h' or '7d' into seconds. */
export function parseDuration(value: string): number | null {
  const match = /^(\d+)\s*(s|m|h|d)?$/i.exec(value.trim());
  if (!match) return null;
  const factor = { s: 1, m: 60, h: 3600, d: 86400 }[(match[2] ?? 's').toLowerCase() as 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * factor;
}

/** Reads the configuration from the environment; throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: ConfigProblem[] = [];
  const problem = (variable: string, code: string, params: Record<string, string | undefined> = {}) =>
    problems.push({
      variable,
      code,
      params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v ?? ''])),
    });

  let port = 3000;
  if (env.PORT !== undefined && env.PORT !== '') {
    const n = Number(env.PORT);
    if (!Number.isInteger(n) || n < 0 || n > 65535) {
      problem('PORT', 'port.invalid', { value: env.PORT });
    } else port = n;
  }

  const host = env.HOST && env.HOST.trim() !== '' ? env.HOST.trim() : 'localhost';

  let database: DatabaseConfig = { kind: 'sqlite', file: resolve(DEFAULT_DATABASE_FILE) };
  try {
    database = parseDatabaseUrl(env.DATABASE_URL);
  } catch {
    problem('DATABASE_URL', 'databaseUrl.invalid');
  }

  let sessionTtlSeconds = 12 * 3600;
  if (env.SESSION_TTL !== undefined && env.SESSION_TTL !== '') {
    const seconds = parseDuration(env.SESSION_TTL);
    if (seconds === null || seconds < 300 || seconds > 90 * 86400) {
      problem('SESSION_TTL', 'sessionTtl.invalid', { value: env.SESSION_TTL });
    } else sessionTtlSeconds = seconds;
  }

  let trustProxy: Config['trustProxy'] = false;
  const tp = (env.TRUST_PROXY ?? '').trim();
  if (tp === '' || /^(false|0|no)$/i.test(tp)) trustProxy = false;
  else if (/^(true|yes)$/i.test(tp)) trustProxy = true;
  else if (/^\d+$/.test(tp)) trustProxy = Number(tp);
  else if (
    tp
      .split(',')
      .map((part) => part.trim())
      .every((part) => /^[0-9a-f.:/]+$/i.test(part) || /^(loopback|linklocal|uniquelocal)$/i.test(part))
  )
    // Addresses or CIDR ranges of the proxies, or proxy-addr's names for the loopback and private ranges.
    trustProxy = tp
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter(Boolean);
  else problem('TRUST_PROXY', 'trustProxy.invalid', { value: tp });

  let publicUrl: URL | null = null;
  if (env.PUBLIC_URL && env.PUBLIC_URL.trim() !== '') {
    try {
      publicUrl = new URL(env.PUBLIC_URL.trim());
      if (publicUrl.protocol !== 'http:' && publicUrl.protocol !== 'https:') throw new Error('scheme');
    } catch {
      publicUrl = null;
      problem('PUBLIC_URL', 'publicUrl.invalid', { value: env.PUBLIC_URL });
    }
  }

  let logLevel: LogLevel = env.NODE_ENV === 'test' ? 'silent' : 'info';
  if (env.LOG_LEVEL && env.LOG_LEVEL.trim() !== '') {
    const level = env.LOG_LEVEL.trim().toLowerCase() as LogLevel;
    if (LOG_LEVELS.includes(level)) logLevel = level;
    else
      problem('LOG_LEVEL', 'logLevel.invalid', {
        value: env.LOG_LEVEL,
        choices: LOG_LEVELS.join(', '),
      });
  }

  let rateLimitPerMinute = 600;
  if (env.RATE_LIMIT !== undefined && env.RATE_LIMIT !== '') {
    const n = Number(env.RATE_LIMIT);
    if (!Number.isInteger(n) || n < 10 || n > 1_000_000) {
      problem('RATE_LIMIT', 'rateLimit.invalid', { value: env.RATE_LIMIT });
    } else rateLimitPerMinute = n;
  }

  let scenariosDir = DEFAULT_SCENARIOS_DIR;
  if (env.SCENARIOS_DIR && env.SCENARIOS_DIR.trim() !== '') {
    scenariosDir = resolve(env.SCENARIOS_DIR.trim());
    if (!existsSync(scenariosDir)) problem('SCENARIOS_DIR', 'scenariosDir.missing', { folder: scenariosDir });
  }

  let mail: Config['mail'] = null;
  const smtp = (env.SMTP_URL ?? '').trim();
  const from = (env.MAIL_FROM ?? '').trim();
  if (smtp !== '') {
    let url: URL | null = null;
    try {
      url = new URL(smtp);
      if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error('scheme');
      if (!url.hostname) throw new Error('host');
    } catch {
      url = null;
      problem('SMTP_URL', 'smtpUrl.invalid');
    }
    if (!publicUrl) problem('PUBLIC_URL', 'publicUrl.neededForMail');
    const address = from || (publicUrl ? `noreply@${publicUrl.hostname}` : '');
    // Without PUBLIC_URL and MAIL_FROM there is no address yet; that problem is reported above.
    if (address !== '' && !/^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/.test(address))
      problem('MAIL_FROM', 'mailFrom.invalid', { value: from });
    if (url) mail = { url, from: address };
  } else if (from !== '') {
    problem('MAIL_FROM', 'mailFrom.withoutSmtp');
  }

  let linkTtlSeconds = 30 * 86400;
  if (env.LINK_TTL !== undefined && env.LINK_TTL !== '') {
    const seconds = parseDuration(env.LINK_TTL);
    if (seconds === null || seconds < 3600 || seconds > 366 * 86400) {
      problem('LINK_TTL', 'linkTtl.invalid', { value: env.LINK_TTL });
    } else linkTtlSeconds = seconds;
  }

  let jobLeaseMs = 60_000;
  if (env.JOB_LEASE !== undefined && env.JOB_LEASE !== '') {
    const seconds = parseDuration(env.JOB_LEASE);
    if (seconds === null || seconds < 1 || seconds > 3600) {
      problem('JOB_LEASE', 'jobLease.invalid', { value: env.JOB_LEASE });
    } else jobLeaseMs = seconds * 1000;
  }

  let chromePath = DEFAULT_CHROME_PATH;
  if (env.CHROME_PATH !== undefined && env.CHROME_PATH.trim() !== '') {
    chromePath = resolve(env.CHROME_PATH.trim());
  }

  let clockOffsetMs = 0;
  const offset = (env.SLUITSTUK_CLOCK_OFFSET_MS ?? '').trim();
  if (offset !== '') {
    if (env.NODE_ENV !== 'test') {
      // A server that believes it is another day would send reminders at the wrong time: never in production.
      problem('SLUITSTUK_CLOCK_OFFSET_MS', 'clockOffset.testOnly');
    } else if (!/^-?\d{1,15}$/.test(offset)) {
      problem('SLUITSTUK_CLOCK_OFFSET_MS', 'clockOffset.invalid', { value: offset });
    } else clockOffsetMs = Number(offset);
  }

  let setupCode: string | null = null;
  if (env.SETUP_CODE !== undefined && env.SETUP_CODE.trim() !== '') {
    const code = env.SETUP_CODE.trim();
    // As hard to guess as the codes the server makes itself (60 bits): at least 12 letters or digits.
    if (code.replace(/[^0-9a-z]/gi, '').length < 12 || code.length > 100) {
      problem('SETUP_CODE', 'setupCode.invalid');
    } else setupCode = code;
  }

  let logFormat: LogFormat = 'auto';
  const format = (env.LOG_FORMAT ?? '').trim().toLowerCase();
  if (format === 'json' || format === 'pretty' || format === 'auto') logFormat = format;
  else if (format !== '') problem('LOG_FORMAT', 'logFormat.invalid', { value: env.LOG_FORMAT });

  let analysisTimeoutSeconds = 60;
  if (env.ANALYSIS_TIMEOUT !== undefined && env.ANALYSIS_TIMEOUT !== '') {
    const seconds = parseDuration(env.ANALYSIS_TIMEOUT);
    if (seconds === null || seconds < 1 || seconds > 3600) {
      problem('ANALYSIS_TIMEOUT', 'analysisTimeout.invalid', { value: env.ANALYSIS_TIMEOUT });
    } else analysisTimeoutSeconds = seconds;
  }
  const auth = readAuthConfig(env, problem, publicUrl);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host,
    database,
    sessionTtlSeconds,
    trustProxy,
    publicUrl,
    logLevel,
    rateLimitPerMinute,
    scenariosDir,
    mail,
    linkTtlSeconds,
    jobLeaseMs,
    chromePath,
    setupCode,
    logFormat,
    analysisTimeoutSeconds,
    auth,
    clockOffsetMs,
  };
}

/** Describes the mail server for logs and messages without its password. */
export function describeMail(mail: Config['mail']): string {
  if (!mail) return 'mail not set up';
  const url = new URL(mail.url.toString());
  if (url.password) url.password = '***';
  return `${url.protocol}//${url.username ? url.username + '@' : ''}${url.host} as ${mail.from}`;
}

/** Describes the database for logs and messages without its password. */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.kind === 'sqlite') return `SQLite ${database.file}`;
  const url = new URL(database.url);
  if (url.password) url.password = '***';
  return `PostgreSQL ${url.toString()}`;
}
