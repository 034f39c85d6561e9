// `npm start` builds the web app only when its sources changed since the last build: the web app, the modules it
// imports (core, analyzer, i18n), its config and the package manifests. The state of the last build is kept in
// dist/web/.sources.json; `npm run build:web` always builds.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const STATE = join(root, 'dist', 'web', '.sources.json');

/** Newest modification time and number of the web app's inputs. */
function sourceState() {
  let newest = 0;
  let count = 0;
  const visit = (path) => {
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) return;
    if (info.isDirectory()) {
      for (const name of readdirSync(path)) if (!/\.test\.tsx?$/.test(name)) visit(join(path, name));
      return;
    }
    newest = Math.max(newest, info.mtimeMs);
    count++;
  };
  for (const part of ['src/web', 'src/core', 'src/analyzer', 'src/i18n', 'package.json', 'package-lock.json'])
    visit(join(root, part));
  return { newest, count };
}

const now = sourceState();
let last = null;
try {
  last = JSON.parse(readFileSync(STATE, 'utf8'));
} catch {
  // Never built, or built by hand without the state file.
}
if (last && last.newest === now.newest && last.count === now.count) {
  console.log('web app is up to date (dist/web)');
} else {
  // Errors only: the chunk-size and plugin-timing warnings are for developers, not for `npm start`.
  const result = spawnSync('npm', ['run', '--silent', 'build:web', '--', '--logLevel', 'error'], {
    stdio: 'inherit',
    cwd: root,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(STATE, JSON.stringify(now));
}
