import type { Executor } from './executor.ts';
import type { DatabaseKind } from '../db.ts';
import { organisationRepository } from './organisation.repository.ts';
import { teamsRepository } from './teams.repository.ts';
import { usersRepository } from './users.repository.ts';
import { sessionsRepository } from './sessions.repository.ts';
import { conversationTypesRepository } from './conversation-types.repository.ts';
import { conversationsRepository } from './conversations.repository.ts';
import { closingsRepository, stepStatusesRepository } from './closings.repository.ts';
import { confirmationsRepository, participantsRepository } from './participants.repository.ts';
import { agreementsRepository } from './agreements.repository.ts';
import { expectationsRepository } from './expectations.repository.ts';
import { questionsRepository } from './questions.repository.ts';
import { auditRepository } from './audit.repository.ts';
import { statisticsRepository } from './statistics.repository.ts';
import { practiceRepository } from './practice.repository.ts';
import { identitiesRepository } from './identities.repository.ts';
import { oidcFlowsRepository } from './oidc-flows.repository.ts';
import { loginThrottleRepository } from './login-throttle.repository.ts';
import { accountTokensRepository } from './account-tokens.repository.ts';
import { accessLogRepository } from './access-log.repository.ts';
import { privacyRepository } from './privacy.repository.ts';
import { followupRepository } from './followup.repository.ts';
import { insightRepository } from './insight.repository.ts';
import { invitationsRepository } from './invitations.repository.ts';
import {
  answersRepository,
  deliveriesRepository,
  linksRepository,
  notificationsRepository,
  versionsRepository,
} from './sharing.repository.ts';
import { jobsRepository } from './jobs.repository.ts';
import { setupCodesRepository } from './setup-codes.repository.ts';
import { idempotencyRepository } from './idempotency.repository.ts';

/** Every repository, bound to the database or to one transaction. */
export function createRepositories(db: Executor, kind: DatabaseKind) {
  return {
    organisation: organisationRepository(db),
    teams: teamsRepository(db),
    users: usersRepository(db),
    sessions: sessionsRepository(db),
    conversationTypes: conversationTypesRepository(db),
    conversations: conversationsRepository(db, kind),
    closings: closingsRepository(db),
    steps: stepStatusesRepository(db),
    participants: participantsRepository(db),
    confirmations: confirmationsRepository(db),
    agreements: agreementsRepository(db),
    expectations: expectationsRepository(db),
    questions: questionsRepository(db),
    audit: auditRepository(db),
    statistics: statisticsRepository(db),
    practice: practiceRepository(db),
    identities: identitiesRepository(db),
    oidcFlows: oidcFlowsRepository(db),
    loginThrottle: loginThrottleRepository(db),
    accountTokens: accountTokensRepository(db),
    accessLog: accessLogRepository(db),
    privacy: privacyRepository(db),
    followup: followupRepository(db),
    insight: insightRepository(db, kind),
    invitations: invitationsRepository(db),
    versions: versionsRepository(db),
    links: linksRepository(db),
    deliveries: deliveriesRepository(db),
    answers: answersRepository(db),
    notifications: notificationsRepository(db),
    jobs: jobsRepository(db, kind),
    setupCodes: setupCodesRepository(db),
    idempotency: idempotencyRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
