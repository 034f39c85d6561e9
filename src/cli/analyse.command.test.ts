// `sluitstuk analyse` with an injected terminal: the JSON contract, reports, hostile text, folders, exit codes.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { command } from './analyse.command.ts';
import type { CliIo } from './command.ts';

const fixtures = new URL('../../test/fixtures/transcripts/', import.meta.url);
const fixture = (name: string): string => new URL(name, fixtures).pathname;

function fakeIo(lang: 'nl' | 'en' = 'nl') {
  let out = '';
  let err = '';
  const stdout = new PassThrough();
  stdout.on('data', (c) => (out += c));
  const stderr = new PassThrough();
  stderr.on('data', (c) => (err += c));
  const io: CliIo = { stdin: new PassThrough(), stdout, stderr, env: {}, lang };
  return { io, out: () => out, err: () => err };
}

test('--json follows the eval contract', async () => {
  const f = fakeIo();
  const code = await command.run([fixture('nl-stt-huisbezoek.txt'), '--json', '--date', '2026-03-12'], f.io);
  assert.equal(code, 0);
  const json = JSON.parse(f.out());
  assert.equal(json.language, 'nl');
  for (const key of ['summary', 'agreements', 'expectations', 'questions', 'contact', 'feedback', 'thanks']) {
    assert.equal(typeof json.steps[key].present, 'boolean');
    assert.ok(Array.isArray(json.steps[key].lines));
  }
  const [first] = json.agreements;
  assert.deepEqual(Object.keys(first).slice(0, 6), [
    'line',
    'owner',
    'action',
    'deadline',
    'vagueTerms',
    'smart',
  ]);
  assert.equal(first.deadline.date, '2026-03-20');
});

test('the text report lists the seven steps with quotes, agreements and tips; English with --lang', async () => {
  const f = fakeIo();
  assert.equal(
    await command.run([fixture('en-zoom-support.vtt'), '--date', '2026-03-12', '--lang', 'en'], f.io),
    0,
  );
  const text = f.out();
  assert.match(text, /\[x\] Summarise/);
  assert.match(text, /\[ \] Ask for feedback/);
  assert.match(text, /line 4 \[WSMT\]/);
  assert.match(text, /Tips\n {2}1\. /);
});

test('HTML and Markdown reports escape hostile transcript text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sluitstuk-analyse-'));
  const file = join(dir, '<img src=x onerror=alert(1)>.txt');
  writeFileSync(
    file,
    'Eve: <script>alert(1)</script> [klik](javascript:alert(1)) — samengevat: dit is het, klopt dat zo met iedereen hier?\nBob: Ja.\nEve: Bedankt allemaal, fijne dag!\n',
  );
  const html = fakeIo();
  assert.equal(await command.run([file, '--format', 'html', '--date', '2026-03-12'], html.io), 0);
  assert.doesNotMatch(html.out(), /<script>|<img/);
  assert.match(html.out(), /&#60;script&#62;/);
  assert.match(html.out(), /^<!doctype html>/);
  const md = fakeIo();
  const out = join(dir, 'report.md');
  assert.equal(await command.run([file, '--format', 'md', '--out', out, '--date', '2026-03-12'], md.io), 0);
  const written = readFileSync(out, 'utf8');
  assert.doesNotMatch(written, /<script>|\]\(javascript/);
});

test('a folder: every transcript, a summary table, the bad file reported and exit 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sluitstuk-batch-'));
  for (const name of ['nl-stt-huisbezoek.txt', 'en-support.srt', 'nl-afgebroken.txt'])
    copyFileSync(fixture(name), join(dir, name));
  writeFileSync(join(dir, 'kapot.vtt'), 'WEBVTT\n\n00:00:01.000 --> 00:00:0');
  writeFileSync(join(dir, 'notes.json'), '{}');
  const f = fakeIo();
  assert.equal(await command.run([dir, '--date', '2026-03-12'], f.io), 1);
  assert.match(f.out(), /Overzicht: 3 van 4 gesprekken geanalyseerd/);
  assert.match(f.out(), /Bedanken\s+2\/3/);
  assert.match(f.err(), /kapot\.vtt: het ondertitelbestand is afgebroken.*\[transcript_truncated\]/);
  assert.ok(!f.err().includes('\u001b['), 'no progress bar when stderr is not a terminal');
  const j = fakeIo();
  assert.equal(await command.run([dir, '--json'], j.io), 1);
  const all = JSON.parse(j.out());
  assert.equal(all.length, 4);
  assert.equal(all.find((x: { file: string }) => x.file === 'kapot.vtt').error.code, 'transcript_truncated');
});

test('usage errors and exit codes', async () => {
  const help = fakeIo('en');
  assert.equal(await command.run(['--help'], help.io), 0);
  assert.match(help.out(), /Usage: sluitstuk analyse FILE\|DIR/);
  assert.equal(await command.run([], fakeIo().io), 2);
  assert.equal(await command.run([fixture('en-support.srt'), '--date', '2026-02-30'], fakeIo().io), 2);
  assert.equal(await command.run([fixture('en-support.srt'), '--format', 'pdf'], fakeIo().io), 2);
  assert.equal(await command.run([fixture('en-support.srt'), '--bogus'], fakeIo().io), 2);
  const missing = fakeIo();
  assert.equal(await command.run(['/no/such/file.txt'], missing.io), 3);
  assert.match(missing.err(), /Niet gevonden/);
  const empty = mkdtempSync(join(tmpdir(), 'sluitstuk-empty-'));
  const e = join(empty, 'leeg.txt');
  writeFileSync(e, '');
  const f = fakeIo();
  assert.equal(await command.run([e], f.io), 1);
  assert.match(f.err(), /leeg\.txt: het bestand is leeg \[transcript_empty\]/);
});
