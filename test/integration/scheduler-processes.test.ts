// Several server processes on one PostgreSQL run every reminder once. Two real `sluitstuk serve` processes share
// a database and a clock moved to a working day (SLUITSTUK_CLOCK_OFFSET_MS, the same offset for both); each
// reminder arrives once at a real SMTP server, both processes take part, and a `jobs run --now` from cron
// beside them adds nothing. Then one process is killed with SIGKILL while the SMTP server holds its reminder:
// after its lease expires the other process sends that reminder, and every reminder still arrives once.
// No sleeps: every wait is for a condition (a mail, a row, a process's exit).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { Storage } from '../../src/storage/index.ts';
import { REMINDER_JOB } from '../../src/services/reminders.ts';
import { setUp, startHarness, userClient, type Harness } from './harness.ts';
import { startSmtp, type TestSmtp } from './smtp.ts';

const BIN = resolve(import.meta.dirname, '../../bin/sluitstuk.mjs');
const PUBLIC = 'http://sluitstuk.test';
/** Friday 4 December 2026, 07:30 in Amsterdam: the daily pass (07:00) is due, every deadline is today. */
const DAY = new Date('2026-12-04T07:30:00+01:00');
const DEADLINE = '2026-12-04';

/** The test database's address with the harness's schema as search_path, for a child process. */
function databaseUrl(h: Harness): string {
  const config = h.fresh.config;
  assert.equal(config.kind, 'postgres');
  const url = new URL(process.env.DATABASE_URL_TEST!);
  url.searchParams.set('options', `-c search_path=${config.kind === 'postgres' ? config.schema : ''}`);
  return url.toString();
}

/** Resolves when `check` is true, looking again after every turn of the event loop's timers. */
async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  // Not a timed assertion: a bound so a broken run fails with a message instead of hanging the suite.
  const give = Date.now() + 120_000;
  while (!(await check())) {
    if (Date.now() > give) throw new Error(`waited in vain for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

interface Proc {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `sluitstuk <args>` against the harness's database, the SMTP server and the shifted clock. */
function start(h: Harness, smtp: TestSmtp, args: string[], offsetMs: number): Proc {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl(h),
      LOG_LEVEL: 'warn',
      SLUITSTUK_LANG: 'en',
      SMTP_URL: smtp.url.toString(),
      MAIL_FROM: 'noreply@sluitstuk.test',
      PUBLIC_URL: PUBLIC,
      // A killed process's job is taken over after two seconds instead of a minute.
      JOB_LEASE: '2',
      CHROME_PATH: '/nonexistent/chromium',
      SLUITSTUK_CLOCK_OFFSET_MS: String(offsetMs),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, output: () => out, exited };
}

/** Starts a server process; `ready` resolves once it answers /api/health. */
function serve(h: Harness, smtp: TestSmtp, offsetMs: number): Proc & { ready: Promise<void> } {
  const proc = start(h, smtp, ['serve'], offsetMs);
  let gone = false;
  void proc.exited.then(() => (gone = true));
  const ready = (async () => {
    await until(() => {
      if (gone) throw new Error(`the server exited: ${proc.output()}`);
      return /listens on http:\/\//.test(proc.output());
    }, 'the server to listen');
    const base = /listens on (http:\/\/\S+)/.exec(proc.output())![1]!;
    await until(
      () =>
        fetch(`${base}/api/health`).then(
          (r) => r.status === 200,
          () => false,
        ),
      'the health check',
    );
  })();
  return { ...proc, ready };
}

async function stop(proc: Proc, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill(signal);
  await proc.exited;
}

/** Who a mail went to and what it was about, one string per mail. */
function summary(smtp: TestSmtp): string[] {
  return smtp.messages.map((m) => {
    const to = m.to && 'value' in m.to ? m.to.value.map((v) => v.address).join(',') : '';
    return `${to} ${m.subject}`;
  });
}

/** The reminder jobs of the queue, with the process id that last held each (from jobs.locked_by). */
async function reminderJobs(storage: Storage) {
  const jobs = await storage.repos.jobs.list(['pending', 'running', 'done', 'failed'], 1000);
  return jobs
    .filter((j) => j.kind === REMINDER_JOB)
    .map((j) => ({ ...j, pid: j.lockedBy ? Number(j.lockedBy.split(':')[1]) : null }));
}

/** A leader with `count` conversations, each with an agreement for the leader and one for the participant. */
async function prepare(h: Harness, count: number): Promise<{ expected: string[]; leaderId: string }> {
  const admin = await setUp(h.app);
  const leader = await userClient(h.app, admin, {
    email: 'lotte@example.nl',
    name: 'Lotte',
    role: 'leader',
  });
  const types = (await leader.get('/api/conversation-types')).json() as { id: string; key: string }[];
  const expected: string[] = [];
  for (let i = 1; i <= count; i++) {
    const created = await leader.post('/api/conversations', {
      typeId: types.find((t) => t.key === 'telefoongesprek')!.id,
      title: `Terugbelverzoek ${i}`,
      startsAt: '2026-11-27T10:00:00+01:00',
      mode: 'phone',
      participants: [{ name: `Deelnemer ${i}`, email: `deelnemer${i}@example.nl`, contactConsent: true }],
    });
    assert.equal(created.statusCode, 201, created.body);
    const c = created.json();
    for (const [owner, action] of [
      ['leader', `terugbellen over aanvraag ${i}`],
      [c.participants[0].id, `formulier ${i} opsturen`],
    ] as const) {
      const added = await leader.post(`/api/conversations/${c.id}/agreements`, {
        owner,
        action,
        deadline: DEADLINE,
      });
      assert.equal(added.statusCode, 201, added.body);
    }
    expected.push(`lotte@example.nl Today: terugbellen over aanvraag ${i}`);
    expected.push(`deelnemer${i}@example.nl Vandaag: formulier ${i} opsturen`);
  }
  // The leader's mails come in English, the participants' in Dutch (each in their own language).
  await h.storage.repos.users.update(leader.userId, { locale: 'en' }, h.clock.now().toISOString());
  return { expected: expected.sort(), leaderId: leader.userId };
}

const postgres = Boolean(process.env.DATABASE_URL_TEST);

describe('two server processes on one PostgreSQL', { skip: !postgres && 'needs DATABASE_URL_TEST' }, () => {
  let smtp: TestSmtp;
  const running: Proc[] = [];

  before(async () => {
    smtp = await startSmtp();
  });
  after(async () => {
    for (const proc of running) await stop(proc, 'SIGKILL');
    await smtp.stop();
  });

  test('each reminder is sent once, by one of the two; a cron run beside them sends nothing more', async () => {
    const h = await startHarness('postgres');
    try {
      const { expected, leaderId } = await prepare(h, 8);
      smtp.messages.length = 0;
      // Hold the first mail until both processes hold a reminder at the same time: proof that both take part.
      let held = false;
      smtp.beforeAccept = async () => {
        if (held) return;
        held = true;
        await until(async () => {
          const busy = (await reminderJobs(h.storage)).filter((j) => j.status === 'running');
          return new Set(busy.map((j) => j.pid)).size >= 2;
        }, 'both processes to hold a reminder');
      };
      const offset = DAY.getTime() - Date.now();
      const [a, b] = [serve(h, smtp, offset), serve(h, smtp, offset)];
      running.push(a, b);
      await Promise.all([a.ready, b.ready]);

      await until(() => smtp.messages.length >= expected.length, 'every reminder at the SMTP server');
      await until(
        async () => (await reminderJobs(h.storage)).every((j) => j.status === 'done'),
        'every reminder job done',
      );
      assert.deepEqual(summary(smtp).sort(), expected, 'each reminder once');
      const jobs = await reminderJobs(h.storage);
      assert.equal(jobs.length, expected.length);
      assert.deepEqual(new Set(jobs.map((j) => j.pid)), new Set([a.child.pid, b.child.pid]));
      assert.ok(
        jobs.every((j) => j.attempts === 1),
        'no job was taken twice',
      );
      const rows = await h.storage.repos.followup.remindersOf(jobs[0]!.payload.conversationId as string);
      assert.deepEqual(
        rows.map((r) => r.outcome),
        ['sent', 'sent'],
      );
      // The leader was reminded in the app once per reminder as well.
      const notices = await h.storage.repos.notifications.forUser(leaderId, { limit: 100 });
      assert.equal(notices.filter((n) => n.kind === 'agreement_reminder').length, expected.length / 2);

      // A cron job beside the timers, as if it ran at 09:00: the pass is done, nothing goes twice.
      const cron = start(h, smtp, ['jobs', 'run', '--now', '2026-12-04T09:00:00+01:00'], 0);
      assert.equal(await cron.exited, 0, cron.output());
      assert.match(cron.output(), /Ran 0 jobs\./);
      assert.equal(smtp.messages.length, expected.length);
      await stop(a);
      await stop(b);
    } finally {
      smtp.beforeAccept = null;
      await h.close();
    }
  });

  test('a process killed during a reminder run: nothing lost, nothing doubled', async () => {
    const h = await startHarness('postgres');
    try {
      const { expected, leaderId } = await prepare(h, 5);
      smtp.messages.length = 0;
      const offset = DAY.getTime() - Date.now();
      const procs: (Proc & { ready: Promise<void> })[] = [];
      let killed: { pid: number; jobId: string } | null = null;
      // The first mail is held until its sender is dead, then refused: it was in flight, never acknowledged.
      smtp.beforeAccept = async (raw) => {
        if (killed) return;
        const jobId = /^Message-ID:\s*<([^@>]+)@/im.exec(raw)![1]!;
        const job = await h.storage.repos.jobs.find(jobId);
        const pid = Number(job!.lockedBy!.split(':')[1]);
        const sender = procs.find((p) => p.child.pid === pid)!;
        killed = { pid, jobId };
        await stop(sender, 'SIGKILL');
        throw Object.assign(new Error('connection lost'), { responseCode: 451 });
      };
      // Known before either can send, so the mail's sender is always found among them.
      procs.push(serve(h, smtp, offset), serve(h, smtp, offset));
      running.push(...procs);
      // One is killed on purpose, perhaps before it answered /api/health: its 'ready' may fail.
      for (const p of procs) p.ready.catch(() => undefined);

      await until(() => killed !== null, 'a process to be killed mid-send');
      const survivor = procs.find((p) => p.child.pid !== killed!.pid)!;
      await until(() => smtp.messages.length >= expected.length, 'every reminder at the SMTP server');
      await until(
        async () => (await reminderJobs(h.storage)).every((j) => j.status === 'done'),
        'every reminder job done',
      );
      assert.deepEqual(summary(smtp).sort(), expected, 'nothing lost, nothing doubled');
      // The killed process's reminder went out from the survivor, on a second attempt after the lease ran out.
      const orphan = (await reminderJobs(h.storage)).find((j) => j.id === killed!.jobId)!;
      assert.equal(orphan.attempts, 2);
      assert.equal(orphan.pid, survivor.child.pid);
      const log = await Promise.all(
        [...new Set((await reminderJobs(h.storage)).map((j) => String(j.payload.conversationId)))].map((id) =>
          h.storage.repos.followup.remindersOf(id),
        ),
      );
      assert.deepEqual(
        log.flat().map((r) => r.outcome),
        Array(expected.length).fill('sent'),
      );
      // The in-app reminder was written once, by the process that was killed, and not again by its heir.
      const notices = await h.storage.repos.notifications.forUser(leaderId, { limit: 100 });
      assert.equal(notices.filter((n) => n.kind === 'agreement_reminder').length, expected.length / 2);
      await stop(survivor);
    } finally {
      smtp.beforeAccept = null;
      await h.close();
    }
  });
});
