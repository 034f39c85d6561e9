// `sluitstuk practice` with an injected terminal: the list and play JSON contracts, one turn per line on a
// non-terminal stdin, the check of a folder with a broken file, and exit codes.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { DEFAULT_SCENARIOS_DIR } from '../config/index.ts';
import { command } from './practice.command.ts';
import type { CliIo } from './command.ts';

function fakeIo(input = '', env: NodeJS.ProcessEnv = {}, lang: 'nl' | 'en' = 'nl') {
  let out = '';
  let err = '';
  const stdout = new PassThrough();
  stdout.on('data', (c) => (out += c));
  const stderr = new PassThrough();
  stderr.on('data', (c) => (err += c));
  const stdin = new PassThrough();
  stdin.end(input);
  const io: CliIo = { stdin, stdout, stderr, env, lang };
  return { io, out: () => out, err: () => err };
}

test('practice list --json gives id, title, lang and setting of every scenario', async () => {
  const f = fakeIo();
  assert.equal(await command.run(['list', '--json'], f.io), 0);
  const items = JSON.parse(f.out()) as Record<string, string>[];
  assert.ok(items.length >= 10);
  for (const item of items) assert.deepEqual(Object.keys(item), ['id', 'title', 'lang', 'setting']);
  assert.ok(items.some((i) => i.id === 'en-phone-reachable' && i.lang === 'en' && i.setting === 'phone'));
  const text = fakeIo();
  assert.equal(await command.run(['list'], text.io), 0);
  assert.match(text.out(), /nl-balie-boze-klant\s+nl\s+Balie/);
});

test('practice play --json: each stdin line is one turn; the contract of the issue', async () => {
  const scenario = readFileSync(join(DEFAULT_SCENARIOS_DIR, 'nl-balie-boze-klant.yaml'), 'utf8');
  const turns = [...scenario.matchAll(/^ {6}- (?:"(.*)"|(.*))$/gm)].map((m) => m[1] ?? m[2]!);
  const good = turns.slice(
    turns.indexOf('Ik merk dat u hier erg boos over bent, en dat begrijp ik. U had het vandaag verwacht.'),
  );
  const f = fakeIo(good.slice(0, 9).join('\n') + '\n\nExtra regel na het einde\n');
  assert.equal(await command.run(['play', 'nl-balie-boze-klant', '--json', '--date', '2026-03-02'], f.io), 0);
  const json = JSON.parse(f.out());
  assert.deepEqual(Object.keys(json), ['turns', 'end', 'score', 'tips']);
  assert.equal(json.end, 'good');
  assert.equal(json.turns.length, 9);
  assert.deepEqual(Object.keys(json.turns[0]), ['leader', 'moves', 'mood', 'reply']);
  assert.deepEqual(json.turns[0].moves, ['acknowledge']);
  assert.ok(json.score.total >= 0 && json.score.total <= 100);
  assert.deepEqual(Object.keys(json.score), ['total', 'tension', 'clarity', 'closing']);
  assert.ok(Array.isArray(json.tips));
  // The same input gives the same output.
  const again = fakeIo(good.slice(0, 9).join('\n') + '\n');
  await command.run(['play', 'nl-balie-boze-klant', '--json', '--date', '2026-03-02'], again.io);
  assert.equal(again.out(), f.out());
});

test('practice play without --json prints the conversation and the debrief; input ending early is unfinished', async () => {
  const f = fakeIo('Ik merk dat u hier erg boos over bent.\n', {}, 'en');
  assert.equal(
    await command.run(['play', 'nl-balie-boze-klant', '--beginner', '--date', '2026-03-02'], f.io),
    0,
  );
  assert.match(f.out(), /Meneer Bakker: Ik kom mijn paspoort halen/);
  assert.match(f.out(), /You: Ik merk dat u/);
  assert.match(f.out(), /moves: acknowledging the emotion; mood: geïrriteerd/);
  assert.match(f.out(), /Examples:/);
  assert.match(f.out(), /End: Not finished/);
  const j = fakeIo('');
  await command.run(['play', 'nl-balie-boze-klant', '--json'], j.io);
  assert.equal(JSON.parse(j.out()).end, 'unfinished');
});

test('practice: wrong use answers with the usage exit codes and a clear message', async () => {
  let f = fakeIo();
  assert.equal(await command.run(['play', 'bestaat-niet'], f.io), 3);
  assert.match(f.err(), /bestaat niet/);
  f = fakeIo();
  assert.equal(await command.run(['play'], f.io), 2);
  f = fakeIo();
  assert.equal(await command.run(['play', 'nl-tijd-op', '--seed', 'x'], f.io), 2);
  f = fakeIo();
  assert.equal(await command.run(['play', 'nl-tijd-op', '--date', '2026-02-30'], f.io), 2);
  f = fakeIo();
  assert.equal(await command.run(['list', '--xml'], f.io), 2);
  f = fakeIo();
  assert.equal(await command.run(['dance'], f.io), 2);
  f = fakeIo();
  assert.equal(await command.run(['--help'], f.io), 0);
  assert.match(f.out(), /practice play ID/);
});

test('practice check: a broken file in the folder is named with its field; the rest still lists', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sluitstuk-scenarios-'));
  cpSync(DEFAULT_SCENARIOS_DIR, dir, { recursive: true });
  const file = join(dir, 'nl-balie-boze-klant.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('start: boos', 'start: kwaad'));
  const env = { SCENARIOS_DIR: dir };
  let f = fakeIo('', env, 'en');
  assert.equal(await command.run(['check'], f.io), 1);
  assert.match(f.err(), /nl-balie-boze-klant\.yaml: start: "kwaad" is not listed under moods/);
  f = fakeIo('', env);
  assert.equal(await command.run(['list', '--json'], f.io), 1);
  const ids = (JSON.parse(f.out()) as { id: string }[]).map((i) => i.id);
  assert.ok(!ids.includes('nl-balie-boze-klant') && ids.includes('nl-tijd-op'));
  f = fakeIo('', {});
  assert.equal(await command.run(['check', '--json'], f.io), 0);
  assert.deepEqual(JSON.parse(f.out()).problems, []);
  f = fakeIo('', { SCENARIOS_DIR: join(dir, 'nope') }, 'en');
  assert.equal(await command.run(['list'], f.io), 78);
  assert.match(f.err(), /SCENARIOS_DIR/);
});

test('the installed command (compiled into dist/cli) finds the scenarios that ship with the package', () => {
  // The compiled chunks live in dist/cli/chunks/: a path counted from the source file would miss the folder.
  const bin = fileURLToPath(new URL('../../bin/sluitstuk.mjs', import.meta.url));
  const env = { ...process.env };
  delete env.SCENARIOS_DIR;
  const list = spawnSync(process.execPath, [bin, 'practice', 'list', '--json'], {
    encoding: 'utf8',
    env,
    cwd: tmpdir(),
  });
  assert.equal(list.status, 0, list.stderr);
  const ids = (JSON.parse(list.stdout) as { id: string }[]).map((s) => s.id);
  assert.ok(ids.includes('nl-balie-boze-klant') && ids.length >= 10, ids.join(', '));
  const play = spawnSync(process.execPath, [bin, 'practice', 'play', 'nl-balie-boze-klant', '--json'], {
    encoding: 'utf8',
    env,
    cwd: tmpdir(),
    input: 'Ik merk dat u hier erg boos over bent.\n',
  });
  assert.equal(play.status, 0, play.stderr);
  assert.deepEqual((JSON.parse(play.stdout) as { turns: { moves: string[] }[] }).turns[0]!.moves, [
    'acknowledge',
  ]);
});
