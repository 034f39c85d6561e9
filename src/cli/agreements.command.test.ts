// The agreement commands with an injected terminal: JSON lines in order, bad lines reported, exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import type { CliIo } from './command.ts';
import { command as bulk } from './agreements.command.ts';
import { command as single } from './agreement.command.ts';

function fakeIo(input: string, lang: 'nl' | 'en' = 'nl') {
  const stdin = new PassThrough();
  stdin.end(input);
  let out = '';
  let err = '';
  const stdout = new PassThrough();
  stdout.on('data', (c) => (out += c));
  const stderr = new PassThrough();
  stderr.on('data', (c) => (err += c));
  const io: CliIo = { stdin, stdout, stderr, env: {}, lang };
  return { io, out: () => out, err: () => err };
}

test('agreements --jsonl: one line out per line in, errors per line, exit 0', async () => {
  const input = [
    JSON.stringify({
      id: 'a',
      text: 'Ik bel u morgen.',
      date: '2026-03-02',
      speaker: 'Gwendolyn',
      participants: ['Gwendolyn', 'Rupert'],
    }),
    '{kapot',
    JSON.stringify({ id: 'c' }),
    JSON.stringify({ id: 'd', text: 'We send it by Friday.', date: '2026-03-02', lang: 'en' }),
  ].join('\n');
  const f = fakeIo(input);
  assert.equal(await bulk.run(['--jsonl'], f.io), 0);
  const lines = f
    .out()
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(lines.length, 4);
  assert.equal(lines[0].owner, 'Gwendolyn');
  assert.equal(lines[0].deadline.date, '2026-03-03');
  assert.deepEqual(Object.keys(lines[1]), ['id', 'error']);
  assert.equal(lines[2].id, 'c');
  assert.match(lines[2].error, /text/);
  assert.equal(lines[3].deadline.date, '2026-03-06');
});

test('agreements without --jsonl is a usage error', async () => {
  const f = fakeIo('');
  assert.equal(await bulk.run([], f.io), 2);
});

test('agreement: verdict per letter, JSON with --json, exit 2 on a bad --date', async () => {
  const text = fakeIo('', 'en');
  assert.equal(await single.run(['I will look into it soon', '--date', '2026-03-02'], text.io), 0);
  assert.match(text.out(), /✗ Specific/);
  const json = fakeIo('');
  assert.equal(await single.run(['Ik bel u morgen', '--date', '2026-03-02', '--json'], json.io), 0);
  assert.equal(JSON.parse(json.out()).deadline.date, '2026-03-03');
  const bad = fakeIo('');
  assert.equal(await single.run(['Ik bel u morgen', '--date', '2026-02-30'], bad.io), 2);
  assert.match(bad.err(), /--date/);
  const help = fakeIo('');
  assert.equal(await single.run(['--help'], help.io), 0);
  assert.match(help.out(), /Gebruik/);
});
