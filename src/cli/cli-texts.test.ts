// The command line's texts come from src/i18n (messages/cli-admin.ts and the others): every --help, in both
// languages, is filled in (no key, no placeholder left), Dutch differs from English, and counts are real plurals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allCliTexts, cliText, placeholdersOf, type Lang } from '../i18n/index.ts';
import { commandSummaries, main } from './main.ts';

async function run(argv: string[], lang: Lang): Promise<{ code: number; out: string }> {
  let out = '';
  const sink = { write: (s: string | Uint8Array) => ((out += String(s)), true) };
  const io = {
    stdin: process.stdin,
    stdout: sink,
    stderr: sink,
    env: {},
    lang,
  } as unknown as Parameters<typeof main>[1];
  const code = await main(argv, io);
  return { code, out };
}

const KEY = /\b(?:cli|practice|analyzer|report|web|error|security|config)\.[a-zA-Z_]+(?:\.[a-zA-Z_]+)*/;
const PLACEHOLDER = /\{\s*[a-zA-Z_]+\s*(?:\}|,)/;

function assertFilledIn(text: string, what: string): void {
  assert.ok(text.trim().length > 0, `${what} is empty`);
  assert.doesNotMatch(text, KEY, `${what} shows a message key`);
  assert.doesNotMatch(text, PLACEHOLDER, `${what} shows a placeholder`);
}

test('sluitstuk --help and every command --help are filled in, and Dutch differs from English', async () => {
  const names = Object.keys(await commandSummaries());
  assert.ok(names.includes('jobs') && names.includes('user'));
  const nl = await run(['--help'], 'nl');
  const en = await run(['--help'], 'en');
  assert.equal(nl.code, 0);
  assertFilledIn(nl.out, 'nl --help');
  assertFilledIn(en.out, 'en --help');
  assert.notEqual(nl.out, en.out);
  assert.match(nl.out, /^Gebruik: sluitstuk <opdracht>/);
  assert.match(en.out, /^Usage: sluitstuk <command>/);
  for (const name of names) {
    const helpNl = await run([name, '--help'], 'nl');
    const helpEn = await run([name, '--help'], 'en');
    assert.equal(helpNl.code, 0, `${name} --help (nl): ${helpNl.out}`);
    assert.equal(helpEn.code, 0, `${name} --help (en): ${helpEn.out}`);
    assertFilledIn(helpNl.out, `${name} --help (nl)`);
    assertFilledIn(helpEn.out, `${name} --help (en)`);
    assert.notEqual(helpNl.out, helpEn.out, `${name} --help is the same in both languages`);
  }
});

test('an unknown command and option are said in the terminal language', async () => {
  assert.match((await run(['nope'], 'nl')).out, /Onbekende opdracht "nope"\. Zie: sluitstuk --help/);
  assert.match((await run(['nope'], 'en')).out, /Unknown command "nope"\. See: sluitstuk --help/);
  assert.match((await run(['migrate', '--x'], 'nl')).out, /^Onbekende optie: --x\n$/);
  assert.match((await run(['user', 'add', '--password=x'], 'en')).out, /Do not pass the password/);
});

test('the jobs counts are real plurals', () => {
  assert.equal(cliText('nl', 'cli.jobs.ran', { count: 1 }), 'Uitgevoerd: 1 taak.');
  assert.equal(cliText('nl', 'cli.jobs.ran', { count: 2 }), 'Uitgevoerd: 2 taken.');
  assert.equal(cliText('en', 'cli.jobs.ran', { count: 1 }), 'Ran 1 job.');
  assert.equal(cliText('en', 'cli.jobs.ran', { count: 2 }), 'Ran 2 jobs.');
  const at = '2026-12-07T07:00:00.000Z';
  assert.equal(cliText('nl', 'cli.jobs.due', { at, count: 1 }), `Op ${at} aan de beurt: 1 taak.`);
  assert.equal(cliText('nl', 'cli.jobs.due', { at, count: 2 }), `Op ${at} aan de beurt: 2 taken.`);
  assert.equal(cliText('en', 'cli.jobs.due', { at, count: 1 }), `Due at ${at}: 1 job.`);
  assert.equal(cliText('en', 'cli.jobs.due', { at, count: 2 }), `Due at ${at}: 2 jobs.`);
});

test('every command-line text has the same placeholders in Dutch and English', () => {
  const nl = allCliTexts('nl');
  const en = allCliTexts('en');
  for (const key of Object.keys(nl) as (keyof typeof nl)[])
    assert.deepEqual(placeholdersOf(en[key]), placeholdersOf(nl[key]), key);
});
