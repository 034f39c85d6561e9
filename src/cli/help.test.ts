// `sluitstuk --help` prints the overview from prebuilt summaries: the same text as the in-process overview, and
// the bin script really answers from dist/cli (built on first start when missing or stale).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { commandSummaries, main } from './main.ts';
import { cliLanguage, overview } from './help.ts';

const bin = fileURLToPath(new URL('../../bin/sluitstuk.mjs', import.meta.url));

test('the terminal language comes from SLUITSTUK_LANG, then LC_ALL/LANG, Dutch by default', () => {
  assert.equal(cliLanguage({}), 'nl');
  assert.equal(cliLanguage({ LANG: 'en_GB.UTF-8' }), 'en');
  assert.equal(cliLanguage({ SLUITSTUK_LANG: 'nl', LANG: 'en_US' }), 'nl');
});

test('the overview lists every command with its summary', async () => {
  const summaries = await commandSummaries();
  assert.ok(Object.keys(summaries).includes('analyse'));
  const text = overview(summaries, 'en');
  assert.match(text, /^Usage: sluitstuk <command>/);
  for (const [name, summary] of Object.entries(summaries))
    assert.ok(text.includes(`${name.padEnd(12)} ${summary.en}`));
});

test('the bin script answers --help from the compiled build, as the in-process overview does', async () => {
  const run = spawnSync(process.execPath, [bin, '--help'], {
    encoding: 'utf8',
    env: { ...process.env, SLUITSTUK_LANG: 'en' },
  });
  assert.equal(run.status, 0, run.stderr);
  let printed = '';
  const io = {
    stdin: process.stdin,
    stdout: { write: (s: string) => ((printed += s), true) },
    stderr: process.stderr,
    env: {},
    lang: 'en' as const,
  } as unknown as Parameters<typeof main>[1];
  assert.equal(await main(['--help'], io), 0);
  assert.equal(run.stdout, printed);
  // A command runs from the build too.
  const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
  assert.equal(version.stdout.trim(), 'sluitstuk 0.1.0');
});
