// Public surface of services: the use cases. Server and command line reach storage only through here.
import type { Actor } from '../core/index.ts';
import { createContext, type ServiceDeps } from './context.ts';
import { authService } from './auth.service.ts';
import { organisationService } from './organisation.service.ts';
import { conversationsService } from './conversations.service.ts';
import { analysisService } from './analysis.service.ts';
import { createJobQueue } from './jobs.ts';
import { sharingService } from './sharing.service.ts';
import { participantService } from './participant.service.ts';
import { registerMailJobs } from './share-mail.ts';
import { reportService } from './report.service.ts';

export type { ServiceDeps, AnalysisLimits } from './context.ts';
export type { SignedIn, ResolvedSession, IssuedSetupCode } from './auth.service.ts';
export { SETUP_CODE_TTL_MS } from './auth.service.ts';
export type { TeamStatistics } from './organisation.service.ts';
export type {
  AgreementReadingView,
  ReadAgreementInput,
  TranscriptAnalysisView,
  TranscriptInput,
} from './analysis.service.ts';
export { csrfMatches, participantCsrfFor, participantCsrfMatches } from './secrets.ts';
export type { ParticipantView } from './participant.service.ts';
export { JobError, type JobQueue, type JobKind, type RunResult } from './jobs.ts';
export type { ReportRequest } from './report.service.ts';

/** Every use case, bound to one storage and one clock. */
export function createServices(deps: ServiceDeps) {
  const ctx = createContext(deps);
  // One queue per process; the server starts it, tests run it by hand with a fixed clock.
  const jobs = createJobQueue({
    storage: ctx.storage,
    clock: ctx.clock,
    ids: ctx.ids,
    leaseMs: deps.jobLeaseMs,
  });
  registerMailJobs(ctx, jobs);
  return {
    jobs,
    sharing: sharingService(ctx, jobs),
    participant: participantService(ctx, jobs),
    /** Mail is set up (SMTP_URL). */
    mailConfigured: ctx.mailer !== null,
    auth: authService(ctx),
    organisation: organisationService(ctx),
    conversations: conversationsService(ctx),
    analysis: analysisService(ctx.clock, deps.analysis),
    reports: reportService(ctx),
    /** Database kind and reachability, for the health check. */
    health: async () => {
      await ctx.storage.ping();
      return { database: ctx.storage.kind };
    },
  };
}

export type Services = ReturnType<typeof createServices>;

/** The actor of command-line administration: the person at the server's terminal acts as an administrator. */
export const SYSTEM_ACTOR: Actor = { userId: 'system', role: 'admin', teamId: null };
