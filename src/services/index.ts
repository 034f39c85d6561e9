// Public surface of services: the use cases. Server and command line reach storage only through here.
import type { Actor } from '../core/index.ts';
import { createContext, type ServiceDeps } from './context.ts';
import { authService } from './auth.service.ts';
import { organisationService } from './organisation.service.ts';
import { conversationsService } from './conversations.service.ts';
import { analysisService } from './analysis.service.ts';
import { practiceService } from './practice.service.ts';
import { followupService } from './followup.service.ts';
import { insightService } from './insight.service.ts';
import { createJobQueue } from './jobs.ts';
import { sharingService } from './sharing.service.ts';
import { participantService } from './participant.service.ts';
import { registerMailJobs } from './share-mail.ts';
import { reportService } from './report.service.ts';
import { oidcService } from './oidc.service.ts';
import { accountsService } from './accounts.service.ts';
import { privacyService } from './privacy.service.ts';
import { registerRetentionJob } from './retention-job.ts';
import { registerFollowupJobs } from './reminders.ts';

export type { ServiceDeps, AnalysisLimits } from './context.ts';
export type { SignedIn, ResolvedSession, IssuedSetupCode } from './auth.service.ts';
export { SETUP_CODE_TTL_MS } from './auth.service.ts';
export type { TeamStatistics, InvitedUser } from './organisation.service.ts';
export type { MyAgreements } from './followup.service.ts';
export type { WriteOptions } from './conversation-change.ts';
export type {
  AgreementReadingView,
  ReadAgreementInput,
  TranscriptAnalysisView,
  TranscriptInput,
} from './analysis.service.ts';
export type { AttemptInput, CardSummary, ScenarioSummary } from './practice.service.ts';
export { readScenarioFolder, scenarioFolder } from './scenario-files.ts';
export { csrfMatches, participantCsrfFor, participantCsrfMatches } from './secrets.ts';
export type { ParticipantView } from './participant.service.ts';
export { JobError, type JobQueue, type JobKind, type RunResult } from './jobs.ts';
export type { ReportRequest } from './report.service.ts';
export { OIDC_CALLBACK_PATH, OIDC_FLOW_SECONDS, safeReturnPath, type OidcService } from './oidc.service.ts';
export { LOGIN_LIMITS } from './login-throttle.ts';
export { RESET_MINUTES, RESETS_PER_HOUR } from './accounts.service.ts';
export { INVITATION_MAIL_JOB } from './organisation.service.ts';
export { LOG_RETENTION_MONTHS, RETENTION_HORIZON_DAYS, scrubberFor } from './privacy.service.ts';
export { ACCESS_COALESCE_MINUTES } from './access-log.ts';
export { sensitiveIn } from './sensitive.ts';
export { RETENTION_JOB, RETENTION_HOUR } from './retention-job.ts';

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
  const oidc = oidcService(ctx);
  const accounts = accountsService(ctx, jobs);
  const privacy = privacyService(ctx);
  const retention = registerRetentionJob(ctx, jobs, privacy);
  const followupJobs = registerFollowupJobs(ctx, jobs);
  return {
    jobs,
    /** The follow-up's scheduler: today's pass and the Monday digest on the queue, and a dry look ahead. */
    followupJobs,
    sharing: sharingService(ctx, jobs),
    participant: participantService(ctx, jobs),
    /** Mail is set up (SMTP_URL). */
    mailConfigured: ctx.mailer !== null,
    auth: authService(ctx, {
      endSessionUrl: oidc?.endSessionUrl,
      oidcLabel: oidc?.label ?? null,
      mailReady: () => ctx.mailer !== null,
    }),
    /** Password reset (its mail is a job on the queue). */
    accounts,
    /** Access log, retention, a person's data. */
    privacy,
    /** Puts the coming night's retention pass on the queue (the server calls it at start). */
    scheduleRetention: retention.ensureScheduled,
    /** Signing in with the organisation's account; null when no identity provider is configured. */
    oidc,
    /** Administration; invitation mails are jobs on the queue. */
    organisation: organisationService(ctx, jobs),
    conversations: conversationsService(ctx),
    followup: followupService(ctx),
    insight: insightService(ctx),
    analysis: analysisService(ctx.clock, deps.analysis),
    practice: practiceService(ctx, deps.scenariosDir),
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
