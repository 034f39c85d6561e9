// Public surface of services: the use cases. Server and command line reach storage only through here.
import type { Actor } from '../core/index.ts';
import { createContext, type ServiceDeps } from './context.ts';
import { authService } from './auth.service.ts';
import { organisationService } from './organisation.service.ts';
import { conversationsService } from './conversations.service.ts';
import { analysisService } from './analysis.service.ts';
import { oidcService } from './oidc.service.ts';
import { accountsService } from './accounts.service.ts';
import { noAccountMail } from './account-mail.ts';
import { privacyService } from './privacy.service.ts';

export type { ServiceDeps, AnalysisLimits } from './context.ts';
export type { SignedIn, ResolvedSession, IssuedSetupCode } from './auth.service.ts';
export { SETUP_CODE_TTL_MS } from './auth.service.ts';
export type { TeamStatistics } from './organisation.service.ts';
export type { ReadAgreementInput, TranscriptInput } from './analysis.service.ts';
export { csrfMatches } from './secrets.ts';
export { OIDC_CALLBACK_PATH, OIDC_FLOW_SECONDS, safeReturnPath, type OidcService } from './oidc.service.ts';
export { LOGIN_LIMITS } from './login-throttle.ts';
export { RESET_MINUTES, RESETS_PER_HOUR } from './accounts.service.ts';
export type { AccountMailer, AccountMailMessage } from './account-mail.ts';
export { LOG_RETENTION_MONTHS, RETENTION_HORIZON_DAYS, scrubberFor } from './privacy.service.ts';
export { ACCESS_COALESCE_MINUTES } from './access-log.ts';
export { sensitiveIn } from './sensitive.ts';

/** Every use case, bound to one storage and one clock. */
export function createServices(deps: ServiceDeps) {
  const ctx = createContext(deps);
  const oidc = oidcService(ctx);
  const accountMail = deps.accountMail ?? noAccountMail;
  return {
    auth: authService(ctx, {
      endSessionUrl: oidc?.endSessionUrl,
      oidcLabel: oidc?.label ?? null,
      mailReady: () => accountMail.ready(),
    }),
    /** Password reset. */
    accounts: accountsService(ctx, accountMail),
    /** Access log, retention, a person's data. */
    privacy: privacyService(ctx),
    /** Signing in with the organisation's account; null when no identity provider is configured. */
    oidc,
    organisation: organisationService(ctx),
    conversations: conversationsService(ctx),
    analysis: analysisService(ctx.clock, deps.analysis),
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
