// `npm run bench:analyzer`: runs the analyzer benchmarks and writes their sections into docs/performance.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { benchAgreementReader } from './agreement-reader.bench.ts';
import { putSection } from './doc-section.ts';

const doc = fileURLToPath(new URL('../docs/performance.md', import.meta.url));

/** Start-up of one CLI call (compiled, dist/cli) beside a bare `node -e ''`, median of 15 runs each. */
function benchStartup(): string {
  const bin = fileURLToPath(new URL('../bin/sluitstuk.mjs', import.meta.url));
  spawnSync(process.execPath, [bin, '--version']); // builds dist/cli if it is stale
  const median = (args: string[]): number => {
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { encoding: 'utf8', input: '' });
      if (r.status !== 0 && !args.includes('--help')) throw new Error(r.stderr);
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[7]!;
  };
  const bare = median(['-e', '']);
  const rows = (
    [
      ['`sluitstuk --help`', [bin, '--help']],
      [
        '`sluitstuk agreement "…" --json`',
        [bin, 'agreement', 'Ik bel u vrijdag over de traplift.', '--json'],
      ],
      ['`sluitstuk agreements --jsonl` (empty input)', [bin, 'agreements', '--jsonl']],
    ] as const
  ).map(([name, args]) => {
    const ms = median([...args]);
    return `| ${name} | ${ms.toFixed(0)} ms | ${(ms / bare).toFixed(1)}× |`;
  });
  return [
    '## Command line start-up',
    '',
    `\`bench/analyzer.bench.ts\`: one call of the compiled command line (bin/sluitstuk.mjs → dist/cli) beside a bare`,
    `\`node -e ''\` (${bare.toFixed(0)} ms here), median of 15 runs each, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
    'Before issue 14 every call transpiled the sources with tsx first (about 1.9 s).',
    '',
    "| call | time | ratio to `node -e ''` |",
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

const sections: string[] = [benchStartup(), await benchAgreementReader()];
const transcriptBench = new URL('./transcript.bench.ts', import.meta.url);
if (existsSync(fileURLToPath(transcriptBench))) {
  const mod = (await import(transcriptBench.href)) as { benchTranscripts?: () => Promise<string> };
  if (mod.benchTranscripts) sections.push(await mod.benchTranscripts());
}
let markdown = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Performance\n';
for (const section of sections) {
  markdown = putSection(markdown, section);
  console.log(section);
}
writeFileSync(doc, markdown);
