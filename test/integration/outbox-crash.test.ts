// The outbox survives a SIGKILL: the real server in a child process shares the record by mail with six
// participants; while the SMTP server (in this process) holds the third mail, the server is killed. After a
// restart every participant has their mail, and a second copy can only be the one that was in flight.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ADMIN, TEST_SETUP_CODE } from './harness.ts';
import { startSmtp, type TestSmtp } from './smtp.ts';

const BIN = resolve(import.meta.dirname, '../../bin/sluitstuk.mjs');
const PARTICIPANTS = 6;

let dir: string;
let child: ChildProcess | null = null;
let smtp: TestSmtp;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sluitstuk-outbox-'));
  smtp = await startSmtp();
});
after(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await smtp.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the server and resolves with its base URL once /api/health answers. */
async function startServer(): Promise<string> {
  const proc = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'outbox.db')}`,
      LOG_LEVEL: 'warn',
      RATE_LIMIT: '1000000',
      SLUITSTUK_LANG: 'en',
      SMTP_URL: smtp.url.toString(),
      MAIL_FROM: 'noreply@sluitstuk.test',
      PUBLIC_URL: 'http://sluitstuk.test',
      // A killed process's job is taken over after this long (instead of a minute).
      JOB_LEASE: '2',
      SETUP_CODE: TEST_SETUP_CODE,
      CHROME_PATH: '/nonexistent/chromium',
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
  for (;;) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return base;
    await new Promise((r) => setImmediate(r));
  }
}

/**
 * POST /api/setup with PUBLIC_URL's host in the Host header: with PUBLIC_URL set, setup is refused on any
 * other host (DNS rebinding), and fetch may not set Host itself.
 */
function setUpOnPublicHost(base: string): Promise<{ status: number; cookie: string; body: string }> {
  const url = new URL('/api/setup', base);
  const payload = JSON.stringify(ADMIN);
  return new Promise((resolveSetup, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          host: 'sluitstuk.test',
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolveSetup({
            status: res.statusCode ?? 0,
            cookie: String(res.headers['set-cookie'] ?? ''),
            body,
          }),
        );
      },
    );
    req.once('error', reject);
    req.end(payload);
  });
}

async function kill(): Promise<void> {
  const proc = child!;
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGKILL');
  await exited;
}

test('a server killed with SIGKILL while sending loses no mail', { timeout: 120_000 }, async () => {
  let base = await startServer();
  const setup = await setUpOnPublicHost(base);
  assert.equal(setup.status, 201, setup.body);
  const cookie = /sluitstuk_session=([^;]+)/.exec(setup.cookie)![1]!;
  const { csrfToken } = JSON.parse(setup.body) as { csrfToken: string };
  const headers = {
    'content-type': 'application/json',
    cookie: `sluitstuk_session=${cookie}`,
    'x-csrf-token': csrfToken,
  };
  const types = (await (await fetch(`${base}/api/conversation-types`, { headers })).json()) as {
    id: string;
  }[];
  const participants = Array.from({ length: PARTICIPANTS }, (_, i) => ({
    name: `Deelnemer ${i + 1}`,
    email: `deelnemer${i + 1}@example.nl`,
    contactConsent: true,
  }));
  const created = await fetch(`${base}/api/conversations`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      typeId: types[0]!.id,
      title: 'Bewonersavond',
      startsAt: '2026-11-27T19:30:00+01:00',
      mode: 'in_person',
      participants,
    }),
  });
  assert.equal(created.status, 201);
  const conversationId = ((await created.json()) as { id: string }).id;

  // The third mail is held at the SMTP server until the server process is dead, then refused: it was in
  // flight, never acknowledged. (Accepting it instead would be the documented double-send window.)
  let seen = 0;
  smtp.beforeAccept = async () => {
    seen += 1;
    if (seen === 3) {
      await kill();
      throw Object.assign(new Error('connection lost'), { responseCode: 451 });
    }
  };
  const shared = await fetch(`${base}/api/conversations/${conversationId}/share`, {
    method: 'POST',
    headers,
    body: '{}',
  });
  assert.equal(shared.status, 200, await shared.text());
  // Wait for the kill, as a condition: the child has exited.
  await new Promise<void>((done) => {
    if (child!.exitCode !== null || child!.signalCode !== null) return done();
    child!.once('exit', () => done());
  });
  assert.ok(smtp.messages.length < PARTICIPANTS, 'killed before everything went');
  smtp.beforeAccept = null;

  base = await startServer();
  const all = await new Promise<typeof smtp.messages>((done) => {
    const check = () => {
      const recipients = new Set(
        smtp.messages.flatMap((m) => (m.to && 'value' in m.to ? m.to.value.map((v) => v.address) : [])),
      );
      if (recipients.size === PARTICIPANTS) done(smtp.messages);
      else setTimeout(check, 50);
    };
    check();
  });
  const recipients = all.flatMap((m) => (m.to && 'value' in m.to ? m.to.value.map((v) => v.address) : []));
  assert.equal(new Set(recipients).size, PARTICIPANTS, 'every participant got their mail');
  assert.ok(recipients.length <= PARTICIPANTS + 1, `at most the one in flight twice: ${recipients.length}`);
  // The server's own view agrees: every delivery sent.
  type State = { participants: { deliveries: { state: string }[] }[] };
  for (;;) {
    const s = (await (
      await fetch(`${base}/api/conversations/${conversationId}/share`, { headers })
    ).json()) as State;
    if (s.participants.every((p) => p.deliveries[0]?.state === 'sent')) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await kill();
});
