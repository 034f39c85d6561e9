// Backups that finish in bounded time while the server writes, and a check of a backup file.
// SQLite: VACUUM INTO copies one read snapshot (WAL: the server keeps writing), unlike the online backup API,
// which starts over whenever another connection writes between its steps and may never finish under load.
// PostgreSQL: pg_dump, which also reads one snapshot. Either way the copy is written under a temporary name,
// checked, and only then given its name: a backup killed half-way never looks like a finished one.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  readSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import SqliteDatabase from 'better-sqlite3';
import type { DatabaseConfig } from '../config/index.ts';
import { configureSqlite } from './db.ts';

/** What a finished backup reports. */
export interface BackupResult {
  file: string;
  kind: 'sqlite' | 'postgres';
  bytes: number;
  milliseconds: number;
}

/** What the check of a backup file found. */
export type BackupCheck =
  | {
      ok: true;
      kind: 'sqlite' | 'postgres';
      bytes: number;
      /** Names of the migrations the backup's schema has. */
      migrations: string[];
      /** Rows per main table: enough to recognise the installation, nothing of its content. */
      counts: Record<string, number>;
    }
  | { ok: false; reason: BackupProblem; detail?: string };

/** Why a file is not a usable backup. */
export type BackupProblem = 'missing' | 'unknown_format' | 'corrupt' | 'not_sluitstuk' | 'tool_missing';

/** Thrown when a backup cannot be made; `reason` is stable, `message` says what happened. */
export class BackupError extends Error {
  constructor(
    readonly reason: 'exists' | 'source_missing' | 'failed' | 'tool_missing',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

const SQLITE_MAGIC = 'SQLite format 3\0';
const PG_DUMP_MAGIC = 'PGDMP';

/** The tables whose rows a check counts: enough to recognise the installation, nothing personal. */
const COUNTED = ['users', 'conversations', 'agreements', 'audit_log'] as const;

/** A temporary name beside the target (same folder, so the final link is atomic on the same file system). */
function partialName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.partial`);
}

/** Flushes a file (or a folder's entry list) to disk. */
function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Gives the finished temporary file its name without ever replacing an existing file (link, then unlink:
 * atomic, and EEXIST when the name is taken), and makes the name durable.
 */
function publish(partial: string, target: string): void {
  try {
    linkSync(partial, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new BackupError('exists', `${target} already exists`);
    throw error;
  } finally {
    if (existsSync(partial)) unlinkSync(partial);
  }
  fsyncPath(dirname(target));
}

/** Runs a program and resolves with its stdout; rejects with its stderr. */
function run(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((done, fail) => {
    execFile(program, args, { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return done(stdout);
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return fail(
          new BackupError('tool_missing', `${program} is not installed (apt-get install postgresql-client)`),
        );
      fail(new BackupError('failed', (stderr || error.message).trim()));
    });
  });
}

/** The connection of a PostgreSQL URL for libpq tools: the password goes into PGPASSWORD, not onto `ps`. */
function libpqTarget(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (parsed.password) {
    env.PGPASSWORD = decodeURIComponent(parsed.password);
    parsed.password = '';
  }
  return { dbname: parsed.toString(), env };
}

/** Copies a SQLite database file to `partial` from one read snapshot. */
function vacuumInto(source: string, partial: string): void {
  const handle = new SqliteDatabase(source, { fileMustExist: true });
  try {
    configureSqlite(handle);
    handle.prepare('VACUUM INTO ?').run(partial);
  } finally {
    handle.close();
  }
}

/**
 * Backs the configured database up into `target` (which must not exist yet): bounded in time under writes,
 * written under a temporary name, checked, then named. Reports size and time.
 */
export async function backupDatabase(config: DatabaseConfig, target: string): Promise<BackupResult> {
  const file = resolve(target);
  if (existsSync(file)) throw new BackupError('exists', `${file} already exists`);
  const partial = partialName(file);
  const started = performance.now();
  try {
    if (config.kind === 'sqlite') {
      if (config.file === ':memory:' || !existsSync(config.file))
        throw new BackupError('source_missing', `database not found: ${config.file}`);
      vacuumInto(config.file, partial);
    } else {
      const { dbname, env } = libpqTarget(config.url);
      await run(
        'pg_dump',
        [
          '--format=custom',
          '--no-owner',
          '--no-privileges',
          `--file=${partial}`,
          ...(config.schema ? [`--schema=${config.schema}`] : []),
          `--dbname=${dbname}`,
        ],
        env,
      );
    }
    fsyncPath(partial);
    const check = await checkBackup(partial);
    if (!check.ok)
      throw new BackupError('failed', `the copy does not check out: ${check.reason} ${check.detail ?? ''}`);
    publish(partial, file);
  } catch (error) {
    if (existsSync(partial)) unlinkSync(partial);
    throw error;
  }
  return {
    file,
    kind: config.kind,
    bytes: statSync(file).size,
    milliseconds: Math.round(performance.now() - started),
  };
}

/** The first bytes of a file, to tell a SQLite file from a pg_dump archive. */
function head(file: string, length: number): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads the rows of some tables from a pg_dump archive (pg_restore --data-only to stdout): the lines of the
 * first table, the number of rows of the others.
 */
function copyRows(file: string, tables: string[]): Promise<Record<string, string[] | number>> {
  return new Promise((done, fail) => {
    const child = spawn(
      'pg_restore',
      ['--data-only', '--file=-', ...tables.map((t) => `--table=${t}`), file],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const rows: Record<string, string[] | number> = {};
    let current: string | null = null;
    let pending = '';
    let stderr = '';
    const take = (line: string) => {
      const copy = /^COPY (?:\S+\.)?"?([a-z_]+)"? /.exec(line);
      if (copy) {
        current = copy[1]!;
        rows[current] = current === tables[0] ? [] : 0;
      } else if (line === '\\.') current = null;
      else if (current) {
        const entry = rows[current]!;
        if (Array.isArray(entry)) entry.push(line);
        else rows[current] = entry + 1;
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) take(line);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', fail);
    child.once('close', (code) => {
      if (pending) take(pending);
      if (code === 0) done(rows);
      else fail(new BackupError('failed', stderr.trim() || `pg_restore exited with ${code}`));
    });
  });
}

/** Checks a backup file: a sound SQLite database or pg_dump archive of Sluitstuk, with its migrations. */
export async function checkBackup(target: string): Promise<BackupCheck> {
  const file = resolve(target);
  if (!existsSync(file) || !statSync(file).isFile()) return { ok: false, reason: 'missing' };
  const bytes = statSync(file).size;
  const magic = head(file, 16);
  if (magic === SQLITE_MAGIC) {
    let handle: SqliteDatabase.Database | null = null;
    try {
      handle = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
      const integrity = (handle.pragma('integrity_check') as { integrity_check: string }[])
        .map((row) => row.integrity_check)
        .join('; ');
      if (integrity !== 'ok') return { ok: false, reason: 'corrupt', detail: integrity };
      const tables = new Set(
        (
          handle.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]
        ).map((row) => row.name),
      );
      if (!tables.has('kysely_migration') || !COUNTED.every((table) => tables.has(table)))
        return { ok: false, reason: 'not_sluitstuk' };
      const migrations = (
        handle.prepare('select name from kysely_migration order by name').all() as { name: string }[]
      ).map((row) => row.name);
      const counts: Record<string, number> = {};
      for (const table of COUNTED)
        counts[table] = (handle.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
      return { ok: true, kind: 'sqlite', bytes, migrations, counts };
    } catch (error) {
      return { ok: false, reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
    } finally {
      handle?.close();
    }
  }
  if (magic.startsWith(PG_DUMP_MAGIC)) {
    let listing: string;
    try {
      listing = await run('pg_restore', ['--list', file], process.env);
    } catch (error) {
      if (error instanceof BackupError && error.reason === 'tool_missing')
        return { ok: false, reason: 'tool_missing', detail: error.message };
      return { ok: false, reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
    }
    // Lines like "215; 1259 16390 TABLE public users postgres" or "... TABLE DATA t_ab12 users -".
    const tables = new Set<string>();
    for (const line of listing.split('\n')) {
      const match = /\bTABLE (?:DATA )?\S+ (\S+)/.exec(line);
      if (match) tables.add(match[1]!);
    }
    if (!tables.has('kysely_migration') || !COUNTED.every((table) => tables.has(table)))
      return { ok: false, reason: 'not_sluitstuk' };
    // The data of the counted tables as COPY blocks on stdout, read as a stream (a large audit log would not fit
    // in memory): migrations by name, the other tables only counted.
    let rows: Record<string, string[] | number>;
    try {
      rows = await copyRows(file, ['kysely_migration', ...COUNTED]);
    } catch (error) {
      return { ok: false, reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
    }
    const names = rows.kysely_migration;
    const migrations = (Array.isArray(names) ? names : []).map((line) => line.split('\t')[0]!).sort();
    const counts = Object.fromEntries(COUNTED.map((table) => [table, Number(rows[table] ?? 0)]));
    return { ok: true, kind: 'postgres', bytes, migrations, counts };
  }
  return { ok: false, reason: 'unknown_format' };
}
