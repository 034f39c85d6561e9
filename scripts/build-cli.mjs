// Compiles the command line and the server (src/cli/main.ts and what it imports) into dist/cli with esbuild, so
// `sluitstuk` runs JavaScript instead of transpiling TypeScript at every start. Packages stay external (loaded
// from node_modules); our code is split per dynamic import, so each command loads only what it needs.
// Also writes dist/cli/commands.json (the one-line summaries), so `sluitstuk --help` loads no command at all.
// Run by bin/sluitstuk.mjs when src/ is newer than the build, and by `npm install` (postinstall).
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(root, 'dist', 'cli');
const STAMP = join(OUT, 'stamp.json');

/** Files whose change makes the build stale: the sources the CLI and server are made of, and the manifests. */
function inputs() {
  const files = [
    join(root, 'package.json'),
    join(root, 'package-lock.json'),
    join(root, 'bin', 'sluitstuk.mjs'),
  ];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'web' || dir !== join(root, 'src')) walk(path);
      } else if (/\.(ts|tsx|js|mjs|json)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
        files.push(path);
    }
  };
  walk(join(root, 'src'));
  return files;
}

/** The newest modification time of the inputs, and how many there are (a deleted file changes the count). */
export function sourceState() {
  let newest = 0;
  let count = 0;
  for (const file of inputs()) {
    try {
      newest = Math.max(newest, statSync(file).mtimeMs);
      count++;
    } catch {
      // A lock file may be missing; that is no change.
    }
  }
  return { newest, count };
}

/** Whether dist/cli was built from the current sources. */
export function isFresh(stampText) {
  try {
    const stamp = JSON.parse(stampText);
    const now = sourceState();
    return stamp.newest === now.newest && stamp.count === now.count;
  } catch {
    return false;
  }
}

/** Builds dist/cli (into a temporary folder first, then swapped in, so a concurrent start never sees half). */
export async function buildCli() {
  const state = sourceState();
  const { build } = await import('esbuild');
  const tmp = join(root, 'dist', `.cli-${process.pid}-${Date.now()}`);
  rmSync(tmp, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts', help: 'src/cli/help.ts' },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
    logLevel: 'error',
    // Chunks use import.meta.url for their own folder only; node_modules resolve from the project root.
    banner: {
      js: '// Built by scripts/build-cli.mjs from src/ — do not edit; it is rebuilt when src/ changes.',
    },
  });
  // The analysis worker thread (src/services/analysis-pool.ts) starts `analysis.worker.js` beside the chunk that
  // holds the pool, and every chunk lives in chunks/.
  await build({
    absWorkingDir: root,
    entryPoints: ['src/services/analysis.worker.ts'],
    outfile: join(tmp, 'chunks', 'analysis.worker.js'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'error',
  });
  // The summaries for `--help`, read from the built commands themselves.
  const { commandSummaries } = await import(pathToFileURL(join(tmp, 'main.mjs')).href);
  writeFileSync(join(tmp, 'commands.json'), JSON.stringify(await commandSummaries()));
  writeFileSync(join(tmp, 'stamp.json'), JSON.stringify(state));
  mkdirSync(dirname(OUT), { recursive: true });
  const old = `${OUT}.old-${process.pid}`;
  try {
    renameSync(OUT, old);
  } catch {
    // No earlier build.
  }
  try {
    renameSync(tmp, OUT);
  } catch {
    // Another process swapped in its build first: use that one.
    rmSync(tmp, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
  return relative(root, OUT);
}

export { STAMP };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await buildCli();
  console.log(`built ${out}`);
}
