// Public surface of storage: open the database, migrate it, use the repositories, back it up, close it.
// All SQL of the product lives in this module.
import { Migrator, sql, type MigrationResult } from 'kysely';
import type { DatabaseConfig } from '../config/index.ts';
import { openDatabase, type DatabaseKind } from './db.ts';
import { backupDatabase, type BackupResult } from './backup.ts';
import { migrations } from './migrations/index.ts';
import { createRepositories, type Repositories } from './repositories/index.ts';

export type { Repositories } from './repositories/index.ts';
export type { DatabaseKind } from './db.ts';
export { NO_PASSWORD, type UserWithHash } from './repositories/users.repository.ts';
export type { ConversationHead, ConversationFilter } from './repositories/conversations.repository.ts';
export type { ClosingFields } from './repositories/closings.repository.ts';
export type { TeamCounts } from './repositories/statistics.repository.ts';
export type { SharedAttemptRow } from './repositories/practice.repository.ts';
export type { OidcFlow } from './repositories/oidc-flows.repository.ts';
export type { ThrottleState } from './repositories/login-throttle.repository.ts';
export type { AccountToken, AccountTokenPurpose } from './repositories/account-tokens.repository.ts';
export type { AccessEntry } from './repositories/access-log.repository.ts';
export {
  CONVERSATION_TEXT_COLUMNS,
  type ParticipantMatch,
  type RetentionCandidate,
} from './repositories/privacy.repository.ts';
export type {
  OpenAgreementRow,
  ReminderCandidate,
  ReminderLogEntry,
} from './repositories/followup.repository.ts';
export type { LeaderCounts, SkipReasonCount } from './repositories/insight.repository.ts';
export type { Invitation } from './repositories/invitations.repository.ts';
export type {
  StoredDelivery,
  StoredLink,
  StoredNotification,
  StoredVersion,
} from './repositories/sharing.repository.ts';
export type { StoredJob, NewJob, JobStatus } from './repositories/jobs.repository.ts';
export { isUniqueViolation, isForeignKeyViolation } from './repositories/errors.ts';
export {
  backupDatabase,
  checkBackup,
  BackupError,
  type BackupResult,
  type BackupCheck,
  type BackupProblem,
} from './backup.ts';

/** An open database with its repositories. */
export interface Storage {
  kind: DatabaseKind;
  /** Repositories outside a transaction (each statement on its own). */
  repos: Repositories;
  /** Runs `work` in one transaction: all of it is stored, or none of it. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  /** Applies pending migrations; returns the names applied now. */
  migrate(): Promise<string[]>;
  /** Answers when the database is reachable. */
  ping(): Promise<void>;
  /** SQLite's integrity check ('ok' when sound); PostgreSQL answers 'ok'. */
  integrityCheck(): Promise<string>;
  /** A consistent copy of the database into a new file while it is in use (see backup.ts). */
  backup(file: string): Promise<BackupResult>;
  close(): Promise<void>;
}

/** Thrown when migrations fail, with the name of the one that failed. */
export class MigrationError extends Error {
  constructor(
    readonly migration: string | undefined,
    cause: unknown,
  ) {
    super(`Migration ${migration ?? '?'} failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'MigrationError';
  }
}

/** Opens the configured database (SQLite or PostgreSQL). It is not migrated yet: call migrate(). */
export function createDatabase(config: DatabaseConfig): Storage {
  const { kind, db, sqlite } = openDatabase(config);
  return {
    kind,
    repos: createRepositories(db, kind),
    transaction: (work) => db.transaction().execute((trx) => work(createRepositories(trx, kind))),
    async migrate() {
      const migrator = new Migrator({
        db,
        provider: { getMigrations: async () => migrations },
        // With a schema of its own (tests, the bench), Kysely must look for its migration tables there: its
        // check for them otherwise finds another schema's tables and the migration fails.
        ...(config.kind === 'postgres' && config.schema ? { migrationTableSchema: config.schema } : {}),
        // Each area of the product adds its own independent tables in a numbered migration, and areas land in
        // any order: a database that already ran 0003 must still accept a later-arriving 0002.
        allowUnorderedMigrations: true,
      });
      const { error, results } = await migrator.migrateToLatest();
      if (error) {
        const failed = results?.find((r: MigrationResult) => r.status === 'Error');
        throw new MigrationError(failed?.migrationName, error);
      }
      return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    },
    async ping() {
      await sql`select 1`.execute(db);
    },
    async integrityCheck() {
      if (!sqlite) return 'ok';
      const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
      return rows.map((row) => row.integrity_check).join('\n');
    },
    backup: (file: string) => backupDatabase(config, file),
    close: () => db.destroy(),
  };
}
