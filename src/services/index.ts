// Public surface of services: the use cases. Server and command line reach storage only through here.
import type { Actor } from '../core/index.ts';
import { createContext, type ServiceDeps } from './context.ts';
import { authService } from './auth.service.ts';
import { organisationService } from './organisation.service.ts';
import { conversationsService } from './conversations.service.ts';
import { analysisService } from './analysis.service.ts';

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
export { csrfMatches } from './secrets.ts';

/** Every use case, bound to one storage and one clock. */
export function createServices(deps: ServiceDeps) {
  const ctx = createContext(deps);
  return {
    auth: authService(ctx),
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
