// Benchmark (not a test): a SQLite backup while another process writes steadily, the way `sluitstuk backup` now
// copies (VACUUM INTO, one read snapshot) beside the baseline it replaced (the online backup API, 100 pages per
// step, which starts over whenever another connection writes between steps). Same database, same write load,
// same process. Run: node --import tsx bench/backup.bench.ts [MB] [writes per second]
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import SqliteDatabase from 'better-sqlite3';
import { configureSqlite } from '../src/storage/db.ts';

const MEGABYTES = Number(process.argv[2] ?? 18);
const WRITES_PER_SECOND = Number(process.argv[3] ?? 50);
/** The baseline gives up after this long; an unfinished run is reported as such. */
const GIVE_UP_MS = 120_000;

const dir = mkdtempSync(join(tmpdir(), 'sluitstuk-backup-bench-'));
const file = join(dir, 'bench.db');

/** A database of about MEGABYTES, in WAL mode like the server's. */
function makeDatabase(): void {
  const db = new SqliteDatabase(file);
  configureSqlite(db);
  db.exec('create table filler (id integer primary key, data text not null)');
  db.exec('create table writes (id integer primary key, at text not null)');
  const insert = db.prepare('insert into filler (data) values (?)');
  const row = 'x'.repeat(4000);
  db.transaction(() => {
    for (let i = 0; i < MEGABYTES * 250; i++) insert.run(row);
  })();
  db.close();
}

/** Another process that commits one small write after another at the given rate, like a busy server. */
function startWriter(): { stop(): Promise<number> } {
  const script = `
    const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))});
    const db = new Database(${JSON.stringify(file)});
    db.pragma('journal_mode = WAL'); db.pragma('synchronous = FULL'); db.pragma('busy_timeout = 5000');
    const insert = db.prepare('insert into writes (at) values (?)');
    let n = 0;
    setInterval(() => { insert.run(new Date().toISOString()); n++; }, ${Math.max(1, Math.round(1000 / WRITES_PER_SECOND))});
    process.on('SIGTERM', () => { process.stdout.write(String(n)); process.exit(0); });
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  return {
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => done(Number(out) || 0));
        child.kill('SIGTERM');
      }),
  };
}

interface Run {
  name: string;
  ms: number;
  finished: boolean;
  restarts: number;
  writes: number;
}

async function onlineBackup(target: string): Promise<Omit<Run, 'name' | 'writes'>> {
  const db = new SqliteDatabase(file);
  configureSqlite(db);
  const started = performance.now();
  let restarts = 0;
  let lastRemaining = Infinity;
  try {
    await db.backup(target, {
      progress({ remainingPages }) {
        if (remainingPages > lastRemaining) restarts += 1;
        lastRemaining = remainingPages;
        if (performance.now() - started > GIVE_UP_MS) throw new Error('gave up');
        return 100;
      },
    });
    return { ms: performance.now() - started, finished: true, restarts };
  } catch {
    return { ms: performance.now() - started, finished: false, restarts };
  } finally {
    db.close();
  }
}

function vacuumInto(target: string): Omit<Run, 'name' | 'writes'> {
  const db = new SqliteDatabase(file);
  configureSqlite(db);
  const started = performance.now();
  db.prepare('VACUUM INTO ?').run(target);
  db.close();
  return { ms: performance.now() - started, finished: true, restarts: 0 };
}

makeDatabase();
const size = statSync(file).size;
const runs: Run[] = [];
for (const [name, method] of [
  ['online backup API (baseline)', onlineBackup],
  ['VACUUM INTO (sluitstuk backup)', vacuumInto],
] as const) {
  const writer = startWriter();
  // Let the writer reach its pace before the copy starts.
  await new Promise((r) => setTimeout(r, 1000));
  const result = await method(join(dir, `${name.split(' ')[0]}.db`));
  const writes = await writer.stop();
  runs.push({ name, ...result, writes });
}
rmSync(dir, { recursive: true, force: true });

console.log(
  `SQLite backup of ${(size / 1e6).toFixed(1)} MB while another process writes ${WRITES_PER_SECOND}/s (WAL, synchronous=FULL)`,
);
console.log('| method | time | finished | restarts | writes during the run |');
console.log('| --- | --- | --- | --- | --- |');
for (const run of runs) {
  console.log(
    `| ${run.name} | ${(run.ms / 1000).toFixed(2)} s | ${run.finished ? 'yes' : `no (gave up after ${GIVE_UP_MS / 1000} s)`} | ${run.restarts} | ${run.writes} |`,
  );
}
const [baseline, current] = runs;
console.log(
  `ratio baseline/current: ${(baseline!.ms / current!.ms).toFixed(1)}×${baseline!.finished ? '' : ' (at least: the baseline did not finish)'}`,
);
