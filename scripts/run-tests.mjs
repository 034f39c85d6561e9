// Runs the test suites with Node's test runner and tsx. Node 20 does not expand globs, so the files are listed here.
// Usage: node scripts/run-tests.mjs [unit|integration|e2e ...]   (no argument: all suites)
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const suites = {
  unit: { dirs: ['src', 'scripts'], concurrency: 2 },
  integration: { dirs: ['test/integration'], concurrency: 1 },
  e2e: { dirs: ['test/e2e'], concurrency: 1 },
};

/** All *.test.ts(x) files under a folder, sorted for a stable order. */
function testFiles(dir) {
  if (!existsSync(dir)) return [];
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') found.push(...testFiles(path));
    else if (/\.test\.tsx?$/.test(entry.name)) found.push(path);
  }
  return found.sort();
}

const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(suites);
let failed = false;
for (const name of chosen) {
  const suite = suites[name];
  if (!suite) {
    console.error(`Unknown suite "${name}". Choose from: ${Object.keys(suites).join(', ')}.`);
    process.exit(2);
  }
  const files = suite.dirs.flatMap(testFiles);
  if (files.length === 0) continue;
  console.log(`\n# ${name}: ${files.length} file(s)`);
  if (name === 'e2e' && !existsSync(process.env.CHROME_PATH ?? '/usr/bin/chromium')) {
    // In CI a missing browser is a failure; on a developer's machine the other suites still tell something.
    const message = `Browser tests need Debian's Chromium at /usr/bin/chromium (apt-get install chromium).`;
    if (process.env.CI) {
      console.error(`FAILED: ${message}`);
      failed = true;
    } else {
      console.warn(`SKIPPED the browser tests. ${message}`);
    }
    continue;
  }
  if (name === 'e2e') {
    // The browser tests click through the built web app that the server serves from dist/web.
    const build = spawnSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
    if (build.status !== 0) {
      failed = true;
      continue;
    }
  }
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', `--test-concurrency=${suite.concurrency}`, ...files],
    { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
  );
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
