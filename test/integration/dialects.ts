// Which databases the integration tests run on, and a fresh, empty database per test file for each.
// DIALECTS=sqlite,postgres chooses; by default SQLite, plus PostgreSQL when DATABASE_URL_TEST is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/config/index.ts';

export type Dialect = 'sqlite' | 'postgres';

/** The dialects to run, from DIALECTS or from what is available. */
export function dialects(env: NodeJS.ProcessEnv = process.env): Dialect[] {
  if (env.DIALECTS) {
    const chosen = env.DIALECTS.split(',')
      .map((d) => d.trim())
      .filter(Boolean);
    for (const d of chosen) if (d !== 'sqlite' && d !== 'postgres') throw new Error(`Unknown dialect "${d}"`);
    if (chosen.includes('postgres') && !env.DATABASE_URL_TEST)
      throw new Error('DIALECTS includes postgres, but DATABASE_URL_TEST is not set');
    return chosen as Dialect[];
  }
  return env.DATABASE_URL_TEST ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A database that exists only for one test file. */
export interface FreshDatabase {
  dialect: Dialect;
  config: DatabaseConfig;
  /** Drops the database (schema or temp folder). */
  drop(): Promise<void>;
}

/** Creates an empty database for the dialect: a SQLite file in a temp folder, or a new PostgreSQL schema. */
export async function freshDatabase(dialect: Dialect): Promise<FreshDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sluitstuk-test-'));
    return {
      dialect,
      config: { kind: 'sqlite', file: join(dir, 'test.db') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const url = process.env.DATABASE_URL_TEST;
  if (!url) throw new Error('DATABASE_URL_TEST is not set');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  return {
    dialect,
    config: { kind: 'postgres', url, schema },
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}
