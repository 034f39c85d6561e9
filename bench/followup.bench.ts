// `npm run bench:followup`: the follow-up at scale, each number beside a plain count(*) over the same rows in the
// same process and run, reported as a ratio (the machine is shared; milliseconds alone say little).
//  1. One scheduler pass over BENCH_OPEN (100,000) open agreements: the daily `followup.scan` job (find the due
//     reminders page by page, skip the handled ones, enqueue one job per reminder), first and repeated; time and
//     peak memory of this process.
//  2. The coach's view ("Inzicht") of the whole organisation over BENCH_AGREEMENTS (1,000,000) agreements.
// SQLite, and PostgreSQL when DATABASE_URL_TEST is set. Rows are made inside the database (a numbers table and
// INSERT … SELECT) so building a million rows takes seconds, not the bench's whole run.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { STEP_KEYS, fixedClock, type Actor } from '../src/core/index.ts';
import type { DatabaseConfig } from '../src/config/index.ts';
import { createDatabase } from '../src/storage/index.ts';
import { openDatabase } from '../src/storage/db.ts';
import { createServices } from '../src/services/index.ts';
import { SCAN_JOB, amsterdamAt } from '../src/services/reminders.ts';
import { putSection } from './doc-section.ts';

const OPEN = Number(process.env.BENCH_OPEN ?? 100_000);
const AGREEMENTS = Number(process.env.BENCH_AGREEMENTS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PER_CONVERSATION = 5;
const LEADERS = 100;
const TEAMS = 10;
/** Wednesday 2 December 2026 at 07:30 in Amsterdam: the day of the pass. */
const TODAY = '2026-12-02';
const NOW = amsterdamAt(TODAY, 7);
/** The setup code of an automated install (the bench sets the organisation up itself). */
const SETUP_CODE = 'bench-followup-setup-0123456789';

type Kind = 'sqlite' | 'postgres';

async function database(kind: Kind): Promise<{ config: DatabaseConfig; drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sluitstuk-bench-followup-'));
    return {
      config: { kind: 'sqlite', file: join(dir, 'bench.db') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const url = process.env.DATABASE_URL_TEST!;
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  return {
    config: { kind: 'postgres', url, schema },
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

/** SQL of a day `offset` days after `base`, in each dialect. */
function dayExpr(kind: Kind, base: string, offset: string): string {
  return kind === 'sqlite'
    ? `date('${base}', (${offset}) || ' days')`
    : `to_char(date '${base}' + (${offset})::int, 'YYYY-MM-DD')`;
}

/** Builds `conversations` conversations with PER_CONVERSATION agreements each, and what the view reads. */
async function fill(
  config: DatabaseConfig,
  kind: Kind,
  options: { conversations: number; openOnly: boolean; firstDay: string; days: number },
): Promise<void> {
  // A connection of its own beside the storage's (SQLite in WAL mode takes one writer at a time, and the
  // storage is idle meanwhile).
  const opened = openDatabase(config);
  const db = opened.db as unknown as Kysely<unknown>;
  try {
    await fillWith(db, kind, options);
  } finally {
    await opened.db.destroy();
  }
}

async function fillWith(
  db: Kysely<unknown>,
  kind: Kind,
  options: { conversations: number; openOnly: boolean; firstDay: string; days: number },
): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  const n = options.conversations;
  await run('create table bench_n (i integer primary key)');
  if (kind === 'sqlite') {
    await run(
      `with recursive seq(i) as (select 0 union all select i + 1 from seq where i < ${n * PER_CONVERSATION - 1}) insert into bench_n (i) select i from seq`,
    );
  } else {
    await run(`insert into bench_n (i) select generate_series(0, ${n * PER_CONVERSATION - 1})`);
  }
  const type = (await sql<{ id: string }>`select id from conversation_types limit 1`.execute(db)).rows[0]!.id;
  const at = "'2026-11-01T09:00:00.000Z'";
  await run(
    `insert into teams (id, name, created_at) select 't' || i, 'Team ' || i, ${at} from bench_n where i < ${TEAMS}`,
  );
  await run(`insert into users (id, email, name, role, team_id, locale, contact_card, password_hash, active, created_at, updated_at, weekly_digest)
    select 'u' || i, 'leider' || i || '@example.nl', 'Leider ' || i, 'leader', 't' || (i % ${TEAMS}), 'nl', '{}', 'x', 1, ${at}, ${at}, 0
    from bench_n where i < ${LEADERS}`);
  const day = dayExpr(kind, options.firstDay, `i % ${options.days}`);
  await run(`insert into conversations (id, type_id, leader_id, title, starts_at, starts_at_utc, starts_on, mode, status, created_at, updated_at, closed_at)
    select 'c' || i, '${type}', 'u' || (i % ${LEADERS}), 'Gesprek ' || i, ${day} || 'T10:00:00+01:00', ${day} || 'T09:00:00.000Z', ${day},
      'phone', case when i % 5 = 0 then 'open' else 'closed' end, ${at}, ${at}, case when i % 5 = 0 then null else ${at} end
    from bench_n where i < ${n}`);
  await run(`insert into participants (id, conversation_id, name, role, email, phone, contact_consent, consent_recorded_at, position, language)
    select 'p' || i, 'c' || i, 'Deelnemer', '', case when i % 2 = 0 then 'd' || i || '@example.nl' else null end, null,
      case when i % 2 = 0 then 1 else 0 end, null, 0, 'nl'
    from bench_n where i < ${n}`);
  // Deadlines: for the pass, within 20 days either side of today; for the view, around each conversation.
  const deadline = options.openOnly
    ? dayExpr(kind, TODAY, `(i % 41) - 20`)
    : dayExpr(kind, options.firstDay, `((i / ${PER_CONVERSATION}) % ${options.days}) + (i % 30)`);
  const status = options.openOnly
    ? "'open'"
    : "case when i % 10 < 4 then 'done' when i % 10 = 4 then 'cancelled' else 'open' end";
  await run(`insert into agreements (id, conversation_id, source_text, owner, action, deadline, measure, accepted_by, status, position, revision)
    select 'a' || i, 'c' || (i / ${PER_CONVERSATION}), 'Ik bel u terug',
      case when i % 3 = 0 then 'p' || (i / ${PER_CONVERSATION}) when i % 7 = 0 then null else 'leader' end,
      'terugbellen', ${deadline}, case when i % 4 = 0 then '' else 'gebeld' end,
      case when i % 2 = 0 then '["p' || (i / ${PER_CONVERSATION}) || '"]' else '[]' end, ${status}, i % ${PER_CONVERSATION}, 1
    from bench_n where i < ${n * PER_CONVERSATION}`);
  if (options.openOnly) {
    await run('drop table bench_n');
    return;
  }
  // What the view reads besides the agreements: the steps, the history of done ones, the participants' answers,
  // confirmations and feedback.
  for (const [s, step] of STEP_KEYS.entries()) {
    await run(`insert into step_statuses (conversation_id, step, state, skip_reason)
      select 'c' || i, '${step}', case when (i + ${s}) % 4 = 0 then 'skipped' when (i + ${s}) % 4 = 1 then 'open' else 'done' end,
        case when (i + ${s}) % 4 = 0 then case when i % 3 = 0 then 'geen tijd' else 'niet nodig' end else null end
      from bench_n where i < ${n}`);
  }
  await run(`insert into agreement_history (id, agreement_id, at, by_user_id, by_participant_id, status, note, kind, deadline_from, deadline_to, evidence_link, done_on)
    select 'h' || i, 'a' || i, ${at}, null, null, 'done', '', 'status', null, null, null,
      ${dayExpr(kind, options.firstDay, `((i / ${PER_CONVERSATION}) % ${options.days}) + (i % 40)`)}
    from bench_n where i < ${n * PER_CONVERSATION} and i % 10 < 4`);
  await run(`insert into agreement_answers (agreement_id, participant_id, conversation_id, state, reason, agreement_revision, version, answered_at)
    select 'a' || i, 'p' || (i / ${PER_CONVERSATION}), 'c' || (i / ${PER_CONVERSATION}),
      case when i % 11 = 0 then 'questioned' else 'accepted' end, '', 1, 1, ${at}
    from bench_n where i < ${n * PER_CONVERSATION} and i % 10 in (1, 3, 7)`);
  await run(`insert into confirmations (conversation_id, participant_id, state, correction, summary_revision, source, version, answered_at)
    select 'c' || i, 'p' || i, case when i % 6 = 0 then 'corrected' when i % 6 = 1 then 'pending' else 'confirmed' end, '', 1, 'leader', null, null
    from bench_n where i < ${n}`);
  await run(`insert into participant_feedback (id, conversation_id, participant_id, version, score, went_well, tip, given_on)
    select 'f' || i, 'c' || i, null, 1, 1 + (i % 5), '', case when i % 9 = 0 then 'Iets rustiger praten' else '' end, '2026-11-20'
    from bench_n where i < ${n} and i % 2 = 0`);
  await run('drop table bench_n');
  await run('analyze');
}

/** For trying queries by hand: fills a database as the coach's view bench does. */
export async function fillForExperiments(config: DatabaseConfig, agreements: number): Promise<void> {
  await fill(config, config.kind, {
    conversations: agreements / PER_CONVERSATION,
    openOnly: false,
    firstDay: '2025-12-02',
    days: 365,
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs `work` and samples this process's memory every 10 ms; returns the time and the peak RSS and heap. */
async function measured(
  work: () => Promise<unknown>,
): Promise<{ ms: number; rssMb: number; heapMb: number }> {
  let rss = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const sample = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 10);
  const start = performance.now();
  try {
    await work();
  } finally {
    clearInterval(sample);
  }
  const ms = performance.now() - start;
  const m = process.memoryUsage();
  return { ms, rssMb: Math.max(rss, m.rss) / 2 ** 20, heapMb: Math.max(heap, m.heapUsed) / 2 ** 20 };
}

/** A plain count(*) over the agreements, through the same kind of connection the storage uses. */
async function countMs(db: Kysely<unknown>, where = ''): Promise<{ ms: number; rows: number }> {
  const start = performance.now();
  const row = (
    await sql<{ n: number | string }>`select count(*) as n from agreements ${sql.raw(where)}`.execute(db)
  ).rows[0]!;
  return { ms: performance.now() - start, rows: Number(row.n) };
}

interface PassResult {
  kind: Kind;
  first: { ms: number; rssMb: number; heapMb: number; enqueued: number };
  again: number;
  count: number;
  rows: number;
  baseRssMb: number;
}

/** The scheduler pass: the scan job over OPEN open agreements, first (enqueues) and again (finds them queued). */
async function benchPass(kind: Kind): Promise<PassResult> {
  const db = await database(kind);
  const storage = createDatabase(db.config);
  await storage.migrate();
  const closers: (() => Promise<void>)[] = [];
  try {
    const clock = fixedClock(NOW);
    const services = createServices({ storage, clock, setupCode: SETUP_CODE });
    await services.auth.setup({
      setupCode: SETUP_CODE,
      organisationName: 'Gemeente Voorbeeld',
      name: 'Beheer',
      email: 'beheer@example.nl',
      password: 'een-lang-bench-wachtwoord',
    });
    await fill(db.config, kind, {
      conversations: OPEN / PER_CONVERSATION,
      openOnly: true,
      firstDay: '2026-11-01',
      days: 30,
    });
    const opened = openDatabase(db.config);
    closers.push(() => opened.db.destroy());
    const counter = opened.db as unknown as Kysely<unknown>;
    const counts: number[] = [];
    for (let i = 0; i < ROUNDS; i++) counts.push((await countMs(counter, "where status = 'open'")).ms);
    const rows = (await countMs(counter, "where status = 'open'")).rows;
    const baseRssMb = process.memoryUsage().rss / 2 ** 20;
    // Each pass is a scan job of its own, due before anything it enqueues (06:00 against 07:00).
    const scan = async (key: string) => {
      await storage.transaction((trx) =>
        services.jobs.enqueue(
          trx,
          SCAN_JOB,
          { day: TODAY },
          { runAt: amsterdamAt(TODAY, 6), idempotencyKey: key },
        ),
      );
      const [result] = await services.jobs.runDue(1);
      if (result?.kind !== SCAN_JOB || result.outcome !== 'done') throw new Error(JSON.stringify(result));
    };
    const first = await measured(() => scan('bench-pass-0'));
    const enqueued = (await storage.repos.jobs.list(['pending'], 1_000_000)).length;
    const again: number[] = [];
    for (let i = 1; i <= ROUNDS; i++) {
      again.push((await measured(() => scan(`bench-pass-${i}`))).ms);
      counts.push((await countMs(counter, "where status = 'open'")).ms);
    }
    return {
      kind,
      first: { ...first, enqueued },
      again: median(again),
      count: median(counts),
      rows,
      baseRssMb,
    };
  } finally {
    for (const close of closers) await close();
    await storage.close();
    await db.drop();
  }
}

interface ViewResult {
  kind: Kind;
  view: number;
  count: number;
  rows: number;
  conversations: number | null;
}

/** The coach's view of the whole organisation over AGREEMENTS agreements, beside count(*) over them. */
async function benchView(kind: Kind): Promise<ViewResult> {
  const db = await database(kind);
  const storage = createDatabase(db.config);
  await storage.migrate();
  const closers: (() => Promise<void>)[] = [];
  try {
    const clock = fixedClock(NOW);
    const services = createServices({ storage, clock, setupCode: SETUP_CODE });
    const { user } = await services.auth.setup({
      setupCode: SETUP_CODE,
      organisationName: 'Gemeente Voorbeeld',
      name: 'Beheer',
      email: 'beheer@example.nl',
      password: 'een-lang-bench-wachtwoord',
    });
    const started = performance.now();
    await fill(db.config, kind, {
      conversations: AGREEMENTS / PER_CONVERSATION,
      openOnly: false,
      firstDay: '2025-12-02',
      days: 365,
    });
    console.error(
      `${kind}: ${AGREEMENTS.toLocaleString('en')} agreements made in ${Math.round((performance.now() - started) / 1000)} s`,
    );
    const opened = openDatabase(db.config);
    closers.push(() => opened.db.destroy());
    const counter = opened.db as unknown as Kysely<unknown>;
    const admin: Actor = { userId: user.id, role: 'admin', teamId: null };
    const query = { scope: 'organisation' as const, from: '2025-12-02', to: TODAY };
    // Warm-up: the statement caches and the database's own caches, for both sides alike.
    let conversations: number | null = null;
    conversations = (await services.insight.view(admin, query)).conversations;
    await countMs(counter);
    const views: number[] = [];
    const counts: number[] = [];
    let rows = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const start = performance.now();
      await services.insight.view(admin, query);
      views.push(performance.now() - start);
      const c = await countMs(counter);
      counts.push(c.ms);
      rows = c.rows;
    }
    return { kind, view: median(views), count: median(counts), rows, conversations };
  } finally {
    for (const close of closers) await close();
    await storage.close();
    await db.drop();
  }
}

const f = (ms: number) => (ms >= 100 ? Math.round(ms).toLocaleString('en') : ms.toFixed(1));
const name = (kind: Kind) => (kind === 'sqlite' ? 'SQLite' : 'PostgreSQL');

/** Runs both parts and returns the section of docs/performance.md. */
export async function benchFollowup(): Promise<string> {
  const load = loadavg()[0]!;
  const kinds: Kind[] = process.env.DATABASE_URL_TEST ? ['sqlite', 'postgres'] : ['sqlite'];
  const passes: PassResult[] = [];
  const views: ViewResult[] = [];
  for (const kind of kinds) {
    passes.push(await benchPass(kind));
    views.push(await benchView(kind));
  }
  return [
    "## Follow-up: the scheduler pass and the coach's view",
    '',
    `\`npm run bench:followup\` (bench/followup.bench.ts), ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, 2 shared`,
    `cores, load average ${load.toFixed(1)} before and ${loadavg()[0]!.toFixed(1)} after (other sessions ran their suites):`,
    'read the ratios, not the milliseconds. PostgreSQL is the local test cluster (fsync off). Medians of',
    `${ROUNDS} rounds after a warm-up; each round runs the work and its count(*) one after the other.`,
    '',
    `**Scheduler pass** over ${OPEN.toLocaleString('en')} open agreements (${(OPEN / PER_CONVERSATION).toLocaleString('en')} conversations, deadlines from 20 days`,
    'before to 20 days after the day of the pass, a third owned by a participant). The first pass pages through',
    'the candidates 2,000 at a time, decides the due reminder of each, and enqueues one job per reminder in',
    'transactions of 500; a repeated pass finds every reminder queued already (the idempotency key) and adds',
    "nothing. Peak memory: this process's RSS sampled every 10 ms (SQLite runs inside it; PostgreSQL does not).",
    '',
    '| database | open agreements | first pass | reminders queued | peak RSS (before) | peak heap | repeated pass | count(*) open | first / count | repeated / count |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...passes.map(
      (p) =>
        `| ${name(p.kind)} | ${p.rows.toLocaleString('en')} | ${f(p.first.ms)} ms | ${p.first.enqueued.toLocaleString('en')} | ${Math.round(p.first.rssMb)} MB (${Math.round(p.baseRssMb)} MB) | ${Math.round(p.first.heapMb)} MB | ${f(p.again)} ms | ${f(p.count)} ms | ${Math.round(p.first.ms / p.count)}× | ${Math.round(p.again / p.count)}× |`,
    ),
    '',
    `**Coach's view** of the whole organisation over a year: ${AGREEMENTS.toLocaleString('en')} agreements in ${(AGREEMENTS / PER_CONVERSATION).toLocaleString('en')} conversations of`,
    `${LEADERS} leaders in ${TEAMS} teams, with 7 step states per conversation, the history of every done agreement,`,
    "participants' answers to 30% of the agreements, a confirmation per conversation and feedback on half of them",
    '(`services.insight.view`, everything it computes: counts per leader, steps, skip reasons, SMART, accepted,',
    'kept on time, confirmations, the trend, the feedback score and the tips). Beside it: `select count(*) from',
    'agreements`, the same agreements.',
    '',
    "| database | agreements | coach's view | count(*) | view / count |",
    '| --- | ---: | ---: | ---: | ---: |',
    ...views.map(
      (v) =>
        `| ${name(v.kind)} | ${v.rows.toLocaleString('en')} | ${f(v.view)} ms | ${f(v.count)} ms | ${Math.round(v.view / v.count)}× |`,
    ),
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const doc = fileURLToPath(new URL('../docs/performance.md', import.meta.url));
  const section = await benchFollowup();
  const markdown = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Performance\n';
  writeFileSync(doc, putSection(markdown, section));
  console.log(section);
}
