// Public surface of services: the use cases. Server and command line reach storage only through here.
import type { Actor } from '../core/index.ts';
import { createContext, type ServiceDeps } from './context.ts';
import { authService } from './auth.service.ts';
import { organisationService } from './organisation.service.ts';
import { conversationsService } from './conversations.service.ts';
import { analysisService } from './analysis.service.ts';
import { followupService } from './followup.service.ts';
import { insightService } from './insight.service.ts';

export type { ServiceDeps } from './context.ts';
export type { SignedIn, ResolvedSession } from './auth.service.ts';
export type { TeamStatistics, InvitedUser } from './organisation.service.ts';
export type { MyAgreements } from './followup.service.ts';
export type { ReadAgreementInput, TranscriptInput } from './analysis.service.ts';
export { csrfMatches } from './secrets.ts';

/** Every use case, bound to one storage and one clock. */
export function createServices(deps: ServiceDeps) {
  const ctx = createContext(deps);
  return {
    auth: authService(ctx),
    organisation: organisationService(ctx),
    conversations: conversationsService(ctx),
    followup: followupService(ctx),
    insight: insightService(ctx),
    analysis: analysisService(ctx.clock),
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
