// Finding 6 of issue 13: escape sequences from a transcript, an argument or a file name never reach the
// terminal, whatever the command and format; the data itself stays readable.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import type { CliIo } from './command.ts';
import { main } from './main.ts';
import { rawStream, terminalStream, terminalText } from './terminal-text.ts';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const TITLE = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J\u001b[H';

function fakeIo(lang: 'nl' | 'en' = 'en') {
  let out = '';
  let err = '';
  const stdout = new PassThrough();
  stdout.on('data', (c) => (out += c));
  const stderr = new PassThrough();
  stderr.on('data', (c) => (err += c));
  const io: CliIo = { stdin: new PassThrough(), stdout, stderr, env: {}, lang };
  return { io, out: () => out, err: () => err };
}

test('terminalText strips C0, C1, DEL and bidi controls, and keeps tab, newline and every other character', () => {
  assert.equal(terminalText(`a${TITLE}b${CLEAR}c\rd\u009b31me\u202ef\u2066g`), 'a]0;pwnedb[2J[Hcd31mefg');
  assert.equal(terminalText('Zoë\tvraagt 😀\nregel 2'), 'Zoë\tvraagt 😀\nregel 2');
});

test('a wrapped stream strips what is written, keeps isTTY, and gives the raw stream to the progress bar', () => {
  let written = '';
  const target = new PassThrough();
  target.on('data', (c) => (written += c));
  (target as unknown as { isTTY: boolean }).isTTY = true;
  const wrapped = terminalStream(target);
  assert.equal(wrapped.write(`x${CLEAR}y`), true);
  assert.equal((wrapped as unknown as { isTTY: boolean }).isTTY, true);
  assert.equal(rawStream(wrapped), target);
  assert.equal(terminalStream(wrapped), wrapped);
  target.end();
  assert.equal(written, 'x[2J[Hy');
});

test('sluitstuk analyse prints no escape sequence from the transcript or its name, in any format', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sluitstuk-escapes-'));
  const transcript = [
    `Anna${TITLE}: Goedemiddag, fijn dat u er bent.${CLEAR}`,
    'Bram: Dank u. \u009b2J Ik heb een vraag \u202eoverride\u202c.',
    `Anna: Ik bel u vrijdag terug over de aanvraag.${TITLE}`,
    'Bram: Prima, dank u wel en tot ziens.\u0007',
  ].join('\n');
  const file = join(dir, `gesprek${CLEAR}.txt`);
  writeFileSync(file, transcript);
  for (const format of [['--format', 'text'], ['--format', 'md'], ['--format', 'html'], ['--json']]) {
    const f = fakeIo();
    const code = await main(['analyse', file, '--date', '2026-11-27', ...format], f.io);
    assert.equal(code, 0, f.err());
    assert.doesNotMatch(f.out(), CONTROL, `stdout of ${format.join(' ')}`);
    assert.doesNotMatch(f.err(), CONTROL);
    assert.match(f.out(), /vrijdag/);
  }
  // A folder: the file names in the overview and the errors of a bad file, on stderr too.
  writeFileSync(join(dir, `kapot${TITLE}.txt`), '\u0000\u0001\u0002binary\u0000');
  const folder = fakeIo();
  await main(['analyse', dir, '--date', '2026-11-27'], folder.io);
  assert.doesNotMatch(folder.out(), CONTROL);
  assert.doesNotMatch(folder.err(), CONTROL);
  assert.match(folder.err(), /kapot\]0;pwned/);
  // A report written to a file is as clean as one printed.
  const out = join(dir, 'rapport.md');
  await main(['analyse', file, '--date', '2026-11-27', '--format', 'md', '--out', out], fakeIo().io);
  assert.doesNotMatch(readFileSync(out, 'utf8'), CONTROL);
  // Not found: the path as given, without its escapes.
  const missing = fakeIo();
  assert.equal(await main(['analyse', join(dir, `weg${CLEAR}.txt`)], missing.io), 3);
  assert.doesNotMatch(missing.err(), CONTROL);
});

test('sluitstuk agreement prints no escape sequence from its argument', async () => {
  const f = fakeIo('nl');
  const code = await main(
    ['agreement', `Ik bel u vrijdag${TITLE} terug${CLEAR}`, '--date', '2026-11-27'],
    f.io,
  );
  assert.equal(code, 0, f.err());
  assert.doesNotMatch(f.out(), CONTROL);
  assert.match(f.out(), /vrijdag/);
});
