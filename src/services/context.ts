// What every service needs: storage, the clock, new ids, and a few settings.
import { randomBytes } from 'node:crypto';
import {
  AppError,
  DEFAULT_LINK_TTL_SECONDS,
  type Actor,
  type AuditEntry,
  type Clock,
  type Ids,
  type Mailer,
  type PdfRenderer,
} from '../core/index.ts';
import type { Repositories, Storage } from '../storage/index.ts';
import type { AuthConfig } from '../config/index.ts';

export interface ServiceDeps {
  storage: Storage;
  clock: Clock;
  ids?: Ids;
  /** Session lifetime in seconds (sliding). */
  sessionTtlSeconds?: number;
  /** Folder of the practice scenarios; the ones that ship with Sluitstuk by default. */
  scenariosDir?: string;
  /** Local passwords and the identity provider; local passwords only by default. */
  auth?: AuthConfig;
  /** Sends mail (SMTP_URL); null or absent: mail is not set up, links are copied and handouts printed. */
  mailer?: Mailer | null;
  /** The address people use (PUBLIC_URL): the base of the links in mails. */
  publicUrl?: URL | null;
  /** How long a participant's link works, in seconds (30 days by default). */
  linkTtlSeconds?: number;
  /** How long a claimed job stays with this process without a heartbeat. */
  jobLeaseMs?: number;
  /** Prints PDFs (Chromium); without one the PDF formats answer pdf_unavailable. */
  pdf?: PdfRenderer | null;
  /** SETUP_CODE of an automated install: the only setup code accepted; none is issued then. */
  setupCode?: string | null;
  /** Limits of transcript analysis in worker threads. */
  analysis?: AnalysisLimits;
}

/** How long one analysis may run, and how many run and wait at once. */
export interface AnalysisLimits {
  /** Milliseconds one analysis may take before its worker is stopped. */
  timeoutMs?: number;
  /** Worker threads analysing at the same time. */
  workers?: number;
  /** Analyses waiting for a worker before new ones are refused. */
  queue?: number;
}

export interface Context {
  storage: Storage;
  clock: Clock;
  ids: Ids;
  sessionTtlSeconds: number;
  auth: AuthConfig;
  mailer: Mailer | null;
  publicUrl: URL | null;
  linkTtlSeconds: number;
  pdf: PdfRenderer | null;
  setupCode: string | null;
  /** The current instant as ISO text. */
  now(): string;
}

let lastTime = 0;
let counter = 0;
/**
 * Ids that sort in the order they were made (time, then a per-process counter) with 80 random bits after:
 * unguessable, and entries written within one instant (audit log, agreement history) keep their order.
 */
export const randomIds: Ids = {
  id() {
    const now = Date.now();
    if (now > lastTime) {
      lastTime = now;
      counter = 0;
    } else counter += 1;
    return (
      lastTime.toString(36).padStart(9, '0') +
      counter.toString(36).padStart(4, '0') +
      randomBytes(10).toString('hex')
    );
  },
};

/** Fills in defaults for the dependencies. */
export function createContext(deps: ServiceDeps): Context {
  return {
    storage: deps.storage,
    clock: deps.clock,
    ids: deps.ids ?? randomIds,
    sessionTtlSeconds: deps.sessionTtlSeconds ?? 12 * 3600,
    auth: deps.auth ?? { localPasswords: true, oidc: null },
    mailer: deps.mailer ?? null,
    publicUrl: deps.publicUrl ?? null,
    linkTtlSeconds: deps.linkTtlSeconds ?? DEFAULT_LINK_TTL_SECONDS,
    pdf: deps.pdf ?? null,
    setupCode: deps.setupCode ?? null,
    now: () => deps.clock.now().toISOString(),
  };
}

/** Appends an audit entry in the given transaction. Details name what changed, never secrets. */
export async function writeAudit(
  ctx: Context,
  repos: Repositories,
  entry: Omit<AuditEntry, 'id' | 'at'> & { at?: string },
): Promise<void> {
  await repos.audit.add({ id: ctx.ids.id(), at: entry.at ?? ctx.now(), ...entry });
}

/** Refuses anyone who is not an administrator. */
export function requireAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new AppError('forbidden');
}
