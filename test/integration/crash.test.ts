// Crash safety on SQLite: the real server in a child process, a burst of writes, SIGKILL in the middle,
// restart. Every write that was answered 2xx must still be there, and the database must pass its integrity check.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabase } from '../../src/storage/index.ts';
import { ADMIN, TEST_SETUP_CODE } from './harness.ts';

const ROUNDS = 4;
const CONCURRENCY = 8;
const KILL_AFTER = 40; // acknowledged writes before the kill, per round
const BIN = resolve(import.meta.dirname, '../../bin/sluitstuk.mjs');

let dir: string;
let dbFile: string;
let child: ChildProcess | null = null;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sluitstuk-crash-'));
  dbFile = join(dir, 'crash.db');
});
after(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the server and resolves with its base URL once it says it listens and /api/health answers. */
async function startServer(): Promise<string> {
  const proc = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${dbFile}`,
      LOG_LEVEL: 'warn',
      RATE_LIMIT: '1000000',
      SLUITSTUK_LANG: 'en',
      SETUP_CODE: TEST_SETUP_CODE,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  const base = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    let err = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listens on (http:\/\/[^\s]+)/.exec(out);
      if (match) resolveUrl(match[1]!);
    });
    proc.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.once('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
  // Wait on the condition, not on time: the health check answers 200.
  for (;;) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return base;
    await new Promise((r) => setImmediate(r));
  }
}

async function killServer(): Promise<void> {
  const proc = child!;
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGKILL');
  await exited;
}

test(
  'writes acknowledged before a SIGKILL survive it, and the database stays sound',
  { timeout: 120_000 },
  async () => {
    let base = await startServer();
    const setup = await fetch(`${base}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    assert.equal(setup.status, 201);
    const cookie = /sluitstuk_session=([^;]+)/.exec(setup.headers.get('set-cookie') ?? '')![1]!;
    const { csrfToken } = (await setup.json()) as { csrfToken: string };
    const headers = {
      'content-type': 'application/json',
      cookie: `sluitstuk_session=${cookie}`,
      'x-csrf-token': csrfToken,
    };
    const types = (await (await fetch(`${base}/api/conversation-types`, { headers })).json()) as {
      id: string;
    }[];
    const created = await fetch(`${base}/api/conversations`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        typeId: types[0]!.id,
        title: 'Crash',
        startsAt: '2026-11-27T10:00:00Z',
        mode: 'phone',
      }),
    });
    assert.equal(created.status, 201);
    const conversationId = ((await created.json()) as { id: string }).id;

    const acknowledged = new Set<string>();
    let sequence = 0;
    for (let round = 0; round < ROUNDS; round++) {
      let acksThisRound = 0;
      let killed = false;
      let killing: Promise<void> | null = null;
      // Each worker writes one agreement after another until the server is gone.
      const worker = async () => {
        while (!killed) {
          const marker = `r${round}-w${++sequence}`;
          try {
            // Alternate two kinds of write: a new agreement (one transaction, several rows), a summary update.
            const response = await fetch(`${base}/api/conversations/${conversationId}/agreements`, {
              method: 'POST',
              headers,
              body: JSON.stringify({
                sourceText: marker,
                owner: 'leader',
                action: 'Bellen',
                deadline: '2026-12-04',
              }),
            });
            if (response.status === 201) {
              await response.arrayBuffer();
              acknowledged.add(marker);
              acksThisRound += 1;
              if (acksThisRound === KILL_AFTER && !killing) {
                killed = true;
                killing = killServer();
              }
            } else if (acknowledged.size < 100 * ROUNDS) {
              assert.equal(response.status, 409, await response.text()); // only the limit of 100 may refuse
              killed = true;
              killing = killServer();
            }
          } catch {
            // The connection died with the server: this write was never acknowledged.
            if (killed) return;
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      await killing;

      const storage = createDatabase({ kind: 'sqlite', file: dbFile });
      assert.equal(await storage.integrityCheck(), 'ok');
      await storage.close();

      base = await startServer();
      const conversation = (await (
        await fetch(`${base}/api/conversations/${conversationId}`, { headers })
      ).json()) as {
        closing: { agreements: { sourceText: string }[] };
      };
      const stored = new Set(conversation.closing.agreements.map((a) => a.sourceText));
      const lost = [...acknowledged].filter((marker) => !stored.has(marker));
      assert.deepEqual(lost, [], `round ${round}: acknowledged writes lost`);
      // Make room for the next round (a conversation holds at most 100 agreements).
      for (const agreement of (conversation.closing.agreements as { id: string; sourceText: string }[]).slice(
        0,
        60,
      )) {
        const removed = await fetch(
          `${base}/api/conversations/${conversationId}/agreements/${agreement.id}`,
          {
            method: 'DELETE',
            headers,
          },
        );
        assert.equal(removed.status, 200);
        acknowledged.delete(agreement.sourceText);
      }
    }
    await killServer();
  },
);
