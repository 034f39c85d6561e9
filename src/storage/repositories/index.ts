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
import {
  answersRepository,
  deliveriesRepository,
  linksRepository,
  notificationsRepository,
  versionsRepository,
} from './sharing.repository.ts';
import { jobsRepository } from './jobs.repository.ts';
import { setupCodesRepository } from './setup-codes.repository.ts';

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
    versions: versionsRepository(db),
    links: linksRepository(db),
    deliveries: deliveriesRepository(db),
    answers: answersRepository(db),
    notifications: notificationsRepository(db),
    jobs: jobsRepository(db, kind),
    setupCodes: setupCodesRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
