// Benchmark (not a test): how long one practice turn takes — classifying the leader's turn into moves and
// producing the persona's reply — beside a bare readAgreement on the same text in the same run, and the
// gzipped size the practice part adds to the web app (and what it adds to the first load).
// Run: npm run bench:practice
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { readAgreement } from '../src/analyzer/index.ts';
import { playTurn, startPractice, type Scenario } from '../src/practice/index.ts';
import { readScenarioFolder } from '../src/services/index.ts';
import { DEFAULT_SCENARIOS_DIR } from '../src/config/index.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function timing() {
  const library = await readScenarioFolder(DEFAULT_SCENARIOS_DIR);
  // Every rehearsal turn of every scenario, played at the point of the conversation where it was written.
  const cases: { scenario: Scenario; before: ReturnType<typeof startPractice>; text: string }[] = [];
  for (const scenario of library.scenarios)
    for (const rehearsal of scenario.rehearsals ?? []) {
      let state = startPractice(scenario);
      for (const text of rehearsal.turns) {
        if (state.end) break;
        cases.push({ scenario, before: state, text });
        state = playTurn(scenario, state, text, { date: '2026-11-25' });
      }
    }
  const turn: number[] = [];
  const bare: number[] = [];
  // Warm up both, then alternate them turn by turn so a noisy neighbour hurts both alike.
  for (const c of cases) {
    playTurn(c.scenario, c.before, c.text, { date: '2026-11-25' });
    readAgreement(c.text, { date: '2026-11-25', lang: c.scenario.lang });
  }
  for (let round = 0; round < ROUNDS; round++)
    for (const c of cases) {
      let start = performance.now();
      playTurn(c.scenario, c.before, c.text, { date: '2026-11-25' });
      turn.push(performance.now() - start);
      start = performance.now();
      readAgreement(c.text, {
        date: '2026-11-25',
        lang: c.scenario.lang,
        speaker: 'leader',
        participants: ['leader', 'other'],
      });
      bare.push(performance.now() - start);
    }
  return { turns: cases.length, samples: turn.length, turn: stats(turn), bare: stats(bare) };
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  src?: string;
}

function sizes() {
  const out = mkdtempSync(join(tmpdir(), 'sluitstuk-bench-web-'));
  try {
    const build = spawnSync(
      'npx',
      ['vite', 'build', '--config', 'src/web/vite.config.ts', '--manifest', '--outDir', out, '--emptyOutDir'],
      { encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(build.stderr || build.stdout);
    const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      ManifestChunk
    >;
    const gz = (file: string) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;
    /** The files a chunk needs before it runs: itself, its CSS and its static imports. */
    const closure = (key: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(key)) return seen;
      seen.add(key);
      for (const next of manifest[key]!.imports ?? []) closure(next, seen);
      return seen;
    };
    const files = (keys: Set<string>) => {
      const list = new Set<string>();
      for (const key of keys) {
        list.add(manifest[key]!.file);
        for (const css of manifest[key]!.css ?? []) list.add(css);
      }
      return list;
    };
    const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
    const first = files(closure(entry));
    const practiceKey = Object.keys(manifest).find((k) => k.endsWith('exercises/PracticePage.tsx'))!;
    const practiceFiles = files(closure(practiceKey));
    // What opening /practice downloads beyond what every page already has (the practice texts chunk too).
    const added = [...practiceFiles].filter((f) => !first.has(f));
    const textsKey = Object.keys(manifest).find((k) => k.endsWith('messages/practice-web.ts'));
    if (textsKey) added.push(manifest[textsKey]!.file);
    // Shared with the closing screen (the analyzer): downloaded once, for whichever comes first.
    const closingKey = Object.keys(manifest).find((k) => k.endsWith('closing/ClosingPage.tsx'));
    const closingFiles = closingKey ? files(closure(closingKey)) : new Set<string>();
    const own = added.filter((f) => !closingFiles.has(f));
    const sum = (list: Iterable<string>) => [...list].reduce((total, f) => total + gz(f), 0);
    return {
      firstLoad: sum(first),
      practiceAdds: sum(added),
      practiceOwn: sum(own),
      practiceFirstLoadLeak: [...first].filter((f) => /exercises|PracticePage|practice-web/.test(f)),
      files: added.map((f) => ({ file: f.replace(/-[\w-]{8}\./, '.'), gz: gz(f) })),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const t = await timing();
const s = sizes();
const ms = (v: number) => v.toFixed(3);
console.log(`practice turn (classify + reply), ${t.turns} turns × ${ROUNDS} rounds = ${t.samples} samples`);
console.log(`  turn:            median ${ms(t.turn.median)} ms   p95 ${ms(t.turn.p95)} ms`);
console.log(`  readAgreement:   median ${ms(t.bare.median)} ms   p95 ${ms(t.bare.p95)} ms`);
console.log(
  `  ratio turn/bare: median ${(t.turn.median / t.bare.median).toFixed(2)}   p95 ${(t.turn.p95 / t.bare.p95).toFixed(2)}`,
);
console.log(`web app (gzip -9)`);
console.log(`  first load:                         ${(s.firstLoad / 1024).toFixed(1)} KB`);
console.log(`  practice adds when /practice opens: ${(s.practiceAdds / 1024).toFixed(1)} KB`);
console.log(`    of which not shared with the closing screen: ${(s.practiceOwn / 1024).toFixed(1)} KB`);
for (const f of s.files) console.log(`    ${f.file}  ${(f.gz / 1024).toFixed(1)} KB`);
console.log(
  `  practice code in the first load: ${s.practiceFirstLoadLeak.length === 0 ? 'none' : s.practiceFirstLoadLeak.join(', ')}`,
);
