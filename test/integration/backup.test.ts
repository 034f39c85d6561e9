// Finding 1 of issue 13: a backup finishes while the server writes steadily, reports its size and time, is
// named only once it is complete, checks out with --verify, and restores (SQLite and PostgreSQL).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixedClock, type Actor } from '../../src/core/index.ts';
import { createDatabase, checkBackup, type Storage } from '../../src/storage/index.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { dialects, freshDatabase } from './dialects.ts';
import { ADMIN, START, TEST_SETUP_CODE } from './harness.ts';

const BIN = resolve(import.meta.dirname, '../../bin/sluitstuk.mjs');
/** Audit entries of 40 kB each: about 16 MB, large enough that the old online backup restarted under writes. */
const FILLER_ROWS = 400;
const WRITERS = 8;

/** A database with an administrator, a conversation and a bulk of audit rows; returns the actor and ids. */
async function fill(storage: Storage): Promise<{ services: Services; actor: Actor; conversationId: string }> {
  const services = createServices({ storage, clock: fixedClock(START), setupCode: TEST_SETUP_CODE });
  const signedIn = await services.auth.setup(ADMIN);
  const actor: Actor = { userId: signedIn.user.id, role: 'admin', teamId: null };
  const types = await services.organisation.listConversationTypes(actor);
  const conversation = await services.conversations.create(actor, {
    typeId: types[0]!.id,
    title: 'Voor de reservekopie',
    startsAt: '2026-11-27T10:00:00+01:00',
    mode: 'phone',
    participants: [
      { name: 'Ilse', role: '', email: null, phone: null, contactConsent: false, language: 'nl' },
    ],
  });
  const padding = 'x'.repeat(40_000);
  await storage.transaction(async (repos) => {
    for (let i = 0; i < FILLER_ROWS; i++) {
      await repos.audit.add({
        id: `filler-${String(i).padStart(4, '0')}`,
        at: START.toISOString(),
        userId: actor.userId,
        conversationId: conversation.id,
        action: 'filler',
        details: { padding },
      });
    }
  });
  return { services, actor, conversationId: conversation.id };
}

/** Runs `sluitstuk` to its end and returns its exit code and output. */
function cli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, SLUITSTUK_LANG: 'en', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('exit', (code) => done({ code: code ?? -1, out, err }));
  });
}

/** A steady write load: writers change the summary one after another until stopped; counts what was stored. */
function writeLoad(write: (marker: string) => Promise<boolean>) {
  let stop = false;
  let acknowledged = 0;
  let sequence = 0;
  const waiters: (() => void)[] = [];
  const done = Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (!stop) {
        if (await write(`summary ${++sequence}`)) acknowledged += 1;
        for (const wake of waiters.splice(0)) wake();
      }
    }),
  );
  return {
    get acknowledged() {
      return acknowledged;
    },
    /** Resolves once `n` more writes have been acknowledged (a condition, not a pause). */
    async more(n: number) {
      const target = acknowledged + n;
      while (acknowledged < target) await new Promise<void>((wake) => waiters.push(wake));
    },
    async stop() {
      stop = true;
      await done;
    },
  };
}

describe('backup of SQLite under a steady write load', () => {
  let dir: string;
  let dbFile: string;
  let server: ChildProcess | null = null;
  let conversationId: string;
  let base: string;
  let headers: Record<string, string>;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sluitstuk-backup-'));
    dbFile = join(dir, 'live.db');
    const storage = createDatabase({ kind: 'sqlite', file: dbFile });
    await storage.migrate();
    ({ conversationId } = await fill(storage));
    await storage.close();

    server = spawn(process.execPath, [BIN, 'serve'], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${dbFile}`,
        LOG_LEVEL: 'warn',
        RATE_LIMIT: '1000000',
        SLUITSTUK_LANG: 'en',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    base = await new Promise<string>((done, fail) => {
      let out = '';
      server!.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listens on (http:\/\/[^\s"]+)/.exec(out);
        if (match) done(match[1]!);
      });
      server!.once('exit', (code) => fail(new Error(`server exited (${code})`)));
    });
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
    });
    assert.equal(login.status, 200);
    const cookie = /sluitstuk_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')![1]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    headers = {
      'content-type': 'application/json',
      cookie: `sluitstuk_session=${cookie}`,
      'x-csrf-token': csrfToken,
    };
  });

  after(async () => {
    if (server && server.exitCode === null) {
      const gone = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await gone;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const writeSummary = async (text: string) => {
    try {
      const response = await fetch(`${base}/api/conversations/${conversationId}/summary`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ text }),
      });
      await response.arrayBuffer();
      return response.status === 200;
    } catch {
      return false;
    }
  };

  test(
    'finishes while the server writes, reports size and time, verifies and restores',
    { timeout: 180_000 },
    async (t) => {
      const load = writeLoad(writeSummary);
      await load.more(20);
      const target = join(dir, 'backup.db');
      const backup = await cli(['backup', target], { DATABASE_URL: `sqlite:${dbFile}` });
      // The writes went on during the backup.
      await load.more(20);
      await load.stop();
      assert.equal(backup.code, 0, backup.err);
      t.diagnostic(`${backup.out.trim()} (${load.acknowledged} writes acknowledged meanwhile)`);
      assert.match(backup.out, /^Backup written to .*backup\.db: \d+\.\d MB in \d+\.\d s, checked\.\n$/);
      assert.deepEqual(
        readdirSync(dir).filter((name) => name.endsWith('.partial')),
        [],
      );

      const verified = await cli(['backup', '--verify', target], {});
      assert.equal(verified.code, 0, verified.err);
      assert.match(
        verified.out,
        /is a good backup \(SQLite, \d+\.\d MB\): migrations 0001-initial, .*; 1 users, 1 conversations\./,
      );

      // Restore as README.md says: stop the server, put the file in place of the database (without the old
      // -wal and -shm files), start again.
      const gone = new Promise((r) => server!.once('exit', r));
      server!.kill('SIGTERM');
      await gone;
      for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
      copyFileSync(target, dbFile);
      const restored = createDatabase({ kind: 'sqlite', file: dbFile });
      try {
        assert.deepEqual(await restored.migrate(), []);
        assert.equal(await restored.integrityCheck(), 'ok');
        const conversation = await restored.repos.conversations.load(conversationId);
        assert.match(conversation!.closing.summary.text, /^summary \d+$/);
        const audit = await restored.repos.audit.forConversation(conversationId);
        assert.equal(audit.filter((entry) => entry.action === 'filler').length, FILLER_ROWS);
        assert.ok(await restored.repos.users.findWithHash(ADMIN.email));
      } finally {
        await restored.close();
      }
    },
  );

  test(
    'a backup killed half-way leaves no file under the backup name, and a later one still succeeds',
    { timeout: 120_000 },
    async () => {
      const target = join(dir, 'killed.db');
      const child = spawn(process.execPath, [BIN, 'backup', target], {
        env: { ...process.env, DATABASE_URL: `sqlite:${dbFile}`, SLUITSTUK_LANG: 'en' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let exitCode: number | null = null;
      const exited = new Promise<void>((r) =>
        child.once('exit', (code) => {
          exitCode = code;
          r();
        }),
      );
      // Kill it as soon as its temporary file shows (or it has finished already: then the name is deserved).
      while (exitCode === null && !readdirSync(dir).some((name) => name.startsWith('.killed.db.'))) {
        await new Promise((r) => setImmediate(r));
      }
      child.kill('SIGKILL');
      await exited;
      // The property: the backup name exists only if the command finished and said so.
      if (existsSync(target)) assert.equal(exitCode, 0);
      else {
        const partial = readdirSync(dir).find((name) => name.startsWith('.killed.db.'));
        if (partial) {
          const check = await cli(['backup', '--verify', join(dir, partial)], {});
          assert.notEqual(check.code, 0);
        }
      }
      const again = await cli(['backup', join(dir, 'again.db')], { DATABASE_URL: `sqlite:${dbFile}` });
      assert.equal(again.code, 0, again.err);
    },
  );

  test('--verify says clearly what is wrong with a file that is no backup', async () => {
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'not a database at all');
    const notOne = await cli(['backup', '--verify', junk], {});
    assert.equal(notOne.code, 1);
    assert.match(notOne.err, /is not a Sluitstuk backup/);
    const missing = await cli(['backup', '--verify', join(dir, 'nothing.db')], {});
    assert.equal(missing.code, 3);
    assert.match(missing.err, /does not exist/);
    const exists = await cli(['backup', join(dir, 'again.db')], { DATABASE_URL: `sqlite:${dbFile}` });
    assert.equal(exists.code, 1);
    assert.match(exists.err, /already exists/);
  });
});

if (dialects().includes('postgres')) {
  describe('backup of PostgreSQL under a steady write load', () => {
    let dir: string;
    let storage: Storage;
    let drop: () => Promise<void>;
    let schema: string;
    let url: string;

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'sluitstuk-pgbackup-'));
      const fresh = await freshDatabase('postgres');
      assert.equal(fresh.config.kind, 'postgres');
      if (fresh.config.kind !== 'postgres') return;
      schema = fresh.config.schema!;
      url = fresh.config.url;
      drop = fresh.drop;
      storage = createDatabase(fresh.config);
      await storage.migrate();
    });
    after(async () => {
      await storage?.close();
      await drop?.();
      rmSync(dir, { recursive: true, force: true });
    });

    test(
      'pg_dump finishes during writes, verifies, and pg_restore brings the data back',
      { timeout: 180_000 },
      async () => {
        const { services, actor, conversationId } = await fill(storage);
        const load = writeLoad(async (text) => {
          await services.conversations.setSummary(actor, conversationId, { text });
          return true;
        });
        await load.more(20);
        const target = join(dir, 'backup.dump');
        const result = await storage.backup(target);
        await load.more(20);
        await load.stop();
        assert.equal(result.kind, 'postgres');
        assert.ok(result.bytes > 0 && result.milliseconds >= 0);
        const check = await checkBackup(target);
        assert.ok(check.ok, JSON.stringify(check));
        if (!check.ok) return;
        assert.deepEqual(check.migrations.slice(0, 1), ['0001-initial']);
        assert.equal(check.counts.users, 1);
        assert.equal(check.counts.conversations, 1);
        assert.ok(check.counts.audit_log! >= FILLER_ROWS);

        // Something is lost after the backup; restore as README.md says (pg_restore --clean --if-exists).
        await services.conversations.remove(actor, conversationId);
        assert.equal(await storage.repos.conversations.load(conversationId), null);
        await storage.close();
        const restore = spawnSync(
          'pg_restore',
          ['--clean', '--if-exists', '--no-owner', `--dbname=${url}`, target],
          {
            encoding: 'utf8',
          },
        );
        assert.equal(restore.status, 0, restore.stderr);
        storage = createDatabase({ kind: 'postgres', url, schema });
        assert.deepEqual(await storage.migrate(), []);
        const conversation = await storage.repos.conversations.load(conversationId);
        assert.match(conversation!.closing.summary.text, /^summary \d+$/);
        const audit = await storage.repos.audit.forConversation(conversationId);
        assert.equal(audit.filter((entry) => entry.action === 'filler').length, FILLER_ROWS);
      },
    );
  });
}
