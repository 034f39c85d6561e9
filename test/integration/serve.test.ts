// `sluitstuk serve` as a person starts it: one line that says where it listens, the setup code of a fresh
// installation (which then really sets it up), a warning for TRUST_PROXY=true, readable request lines on a
// terminal, JSON lines for a pipe, and never a query string in either.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ADMIN } from './harness.ts';

const BIN = resolve(import.meta.dirname, '../../bin/sluitstuk.mjs');

interface Running {
  child: ChildProcess;
  /** Everything the server wrote to stdout so far. */
  output(): string;
  /** Resolves when stdout matches. */
  waitFor(pattern: RegExp): Promise<RegExpExecArray>;
  stop(): Promise<void>;
}

function serve(dir: string, env: Record<string, string>): Running {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'serve.db')}`,
      SLUITSTUK_LANG: 'en',
      LOG_LEVEL: 'info',
      SETUP_CODE: '',
      LOG_FORMAT: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const check of waiters) check();
  });
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return {
    child,
    output: () => out,
    waitFor: (pattern) =>
      new Promise((resolveMatch, reject) => {
        const check = () => {
          const match = pattern.exec(out);
          if (match) {
            waiters.delete(check);
            resolveMatch(match);
          }
        };
        waiters.add(check);
        child.once('exit', (code) => reject(new Error(`server exited (${code}): ${err}\n${out}`)));
        check();
      }),
    stop: async () => {
      if (child.exitCode !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await gone;
    },
  };
}

/** Sets the installation up with a code and searches for a name, as a leader would. */
async function setUpAndSearch(base: string, setupCode: string): Promise<void> {
  const setup = await fetch(`${base}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...ADMIN, setupCode }),
  });
  assert.equal(setup.status, 201, await setup.clone().text());
  const cookie = /sluitstuk_session=([^;]+)/.exec(setup.headers.get('set-cookie') ?? '')![1]!;
  const search = await fetch(`${base}/api/conversations?q=jansen`, {
    headers: { cookie: `sluitstuk_session=${cookie}` },
  });
  assert.equal(search.status, 200);
  await search.arrayBuffer();
}

describe('sluitstuk serve output', () => {
  let dir: string;
  const running: Running[] = [];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sluitstuk-serve-'));
  });
  after(async () => {
    for (const server of running) await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('on a terminal: where it listens, the setup code that works, the TRUST_PROXY warning, readable requests', async () => {
    const server = serve(join(dir), { LOG_FORMAT: 'pretty', TRUST_PROXY: 'true' });
    running.push(server);
    const [, base] = await server.waitFor(
      /^Sluitstuk listens on (http:\/\/127\.0\.0\.1:\d+) \(SQLite .+\)$/m,
    );
    const [, code] = await server.waitFor(
      /^Setup code for the first set-up: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}) /m,
    );
    assert.match(server.output(), /TRUST_PROXY=true trusts every X-Forwarded-For header/);
    // Fastify's own "Server listening at" line is not repeated beside ours.
    assert.doesNotMatch(server.output(), /Server listening at/);

    await setUpAndSearch(base!, code!);
    await server.waitFor(/ GET \/api\/conversations → 200 \(\d+ ms\)$/m);
    assert.doesNotMatch(server.output(), /jansen/i);
    assert.doesNotMatch(server.output(), /^\{/m);
    await server.stop();
  });

  test('into a pipe: JSON lines only, the listening address among them, no query strings', async () => {
    const sub = mkdtempSync(join(dir, 'json-'));
    const server = serve(sub, { SETUP_CODE: 'pipe-setup-code-0123456789' });
    running.push(server);
    const [, base] = await server.waitFor(/listens on (http:\/\/127\.0\.0\.1:\d+)/);
    await setUpAndSearch(base!, 'pipe-setup-code-0123456789');
    await server.waitFor(/"route":"\/api\/conversations"/);
    await server.stop();
    const entries = server
      .output()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.ok(entries.some((e) => e.url === base && typeof e.msg === 'string'));
    assert.ok(entries.some((e) => e.msg === 'Setup code for the first set-up: the value of SETUP_CODE'));
    assert.doesNotMatch(server.output(), /jansen|pipe-setup-code/i);
  });
});
