// Opens the database chosen by the configuration: SQLite through better-sqlite3, or PostgreSQL through pg.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type PostgresPool,
  type PostgresPoolClient,
  type SqliteDatabase as SqliteDialectDatabase,
} from 'kysely';
import type { DatabaseConfig } from '../config/index.ts';
import type { Tables } from './tables.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface OpenDatabase {
  kind: DatabaseKind;
  db: Kysely<Tables>;
  /** The raw SQLite handle (for backups and integrity checks); null on PostgreSQL. */
  sqlite: SqliteDatabase.Database | null;
}

/** Applies the pragmas every SQLite connection of Sluitstuk runs with. */
export function configureSqlite(handle: SqliteDatabase.Database): void {
  // WAL: readers never block the writer, and `sluitstuk backup` can copy while the server runs.
  handle.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before the client hears 2xx, also after a power cut (NORMAL only survives a
  // process crash). An agreement someone saw saved must stay saved; writes here are few and small.
  handle.pragma('synchronous = FULL');
  handle.pragma('foreign_keys = ON');
  // Wait for a concurrent writer (a CLI command, a backup) instead of failing at once.
  handle.pragma('busy_timeout = 5000');
}

/** How many prepared SQLite statements are kept for reuse (the product has a few dozen query shapes). */
const STATEMENT_CACHE_SIZE = 200;

/**
 * The handle as Kysely's SqliteDialect sees it, with prepared statements reused by SQL text: Kysely prepares
 * every query anew, and preparing (parsing and planning) costs more than running most of ours. A statement
 * still iterating (a stream) is never handed out twice; the least recently used one is dropped past the limit.
 */
export function withStatementCache(handle: SqliteDatabase.Database): SqliteDialectDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => handle.close(),
    prepare(text: string) {
      let statement = cache.get(text);
      if (statement && !statement.busy) {
        cache.delete(text);
        cache.set(text, statement);
        return statement;
      }
      statement = handle.prepare(text);
      cache.set(text, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return statement;
    },
  } as SqliteDialectDatabase;
}

/** SQL texts run as named (server-side prepared) statements on PostgreSQL, with their names. */
const namedStatements = new Map<string, string>();

/**
 * Marks a fixed SQL text of storage as worth preparing on PostgreSQL: each connection then parses and plans
 * it once and afterwards only binds and executes it (a large statement, such as loading a conversation, costs
 * more to plan than to run). Only fixed texts belong here: every connection keeps each named statement.
 */
export function prepareOnPostgres(text: string): void {
  if (!namedStatements.has(text)) namedStatements.set(text, `sluitstuk_${namedStatements.size + 1}`);
}

/** The pool as Kysely's PostgresDialect sees it, running the texts of prepareOnPostgres as named statements. */
function withNamedStatements(pool: pg.Pool): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    end: () => pool.end(),
    async connect() {
      const client = await pool.connect();
      let wrapper = wrapped.get(client);
      if (!wrapper) {
        wrapper = {
          query(text: unknown, parameters?: unknown) {
            const name = typeof text === 'string' ? namedStatements.get(text) : undefined;
            if (name) return client.query({ name, text: text as string, values: parameters as unknown[] });
            return client.query(text as string, parameters as unknown[]);
          },
          release: (destroy?: boolean) => client.release(destroy),
        } as unknown as PostgresPoolClient;
        wrapped.set(client, wrapper);
      }
      return wrapper;
    },
  };
}

/** Opens a Kysely instance for the configured database. */
export function openDatabase(config: DatabaseConfig): OpenDatabase {
  if (config.kind === 'sqlite') {
    if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
    const handle = new SqliteDatabase(config.file);
    configureSqlite(handle);
    return {
      kind: 'sqlite',
      sqlite: handle,
      db: new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(handle) }) }),
    };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: 10,
    // A fixed search_path lets each integration test file own a schema.
    ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
  });
  return {
    kind: 'postgres',
    sqlite: null,
    db: new Kysely<Tables>({ dialect: new PostgresDialect({ pool: withNamedStatements(pool) }) }),
  };
}
