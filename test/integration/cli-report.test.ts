// `sluitstuk report` against a real SQLite database: the files, the errors, and a missing Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { command } from '../../src/cli/report.command.ts';
import type { CliIo } from '../../src/cli/command.ts';
import { setUp, startHarness, userClient, type Harness } from './harness.ts';

let h: Harness;
let conversationId = '';
let participantId = '';
let dir = '';

function io(env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const stdout = new PassThrough();
  stdout.on('data', (c) => (out += c));
  const stderr = new PassThrough();
  stderr.on('data', (c) => (err += c));
  const file = h.fresh.config.kind === 'sqlite' ? h.fresh.config.file : '';
  const value: CliIo = {
    stdin: new PassThrough(),
    stdout,
    stderr,
    env: { DATABASE_URL: `sqlite:${file}`, NODE_ENV: 'test', ...env },
    lang: 'nl',
  };
  return { io: value, out: () => out, err: () => err };
}

before(async () => {
  h = await startHarness('sqlite');
  dir = mkdtempSync(join(tmpdir(), 'sluitstuk-cli-report-'));
  const admin = await setUp(h.app);
  const lea = await userClient(h.app, admin, {
    email: 'lea@example.nl',
    name: 'Lea de Vries',
    role: 'leader',
  });
  const types = (await lea.get('/api/conversation-types')).json();
  const created = await lea.post('/api/conversations', {
    typeId: types[0].id,
    title: 'Gesprek aan tafel',
    startsAt: '2026-11-23T10:00:00+01:00',
    mode: 'in_person',
    participants: [{ name: 'Sanne Visser' }],
  });
  conversationId = created.json().id;
  participantId = created.json().participants[0].id;
  await lea.post(`/api/conversations/${conversationId}/agreements`, {
    sourceText: 'Ik bel u maandag',
    owner: 'leader',
    action: 'bel u',
    deadline: '2026-11-30',
  });
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await h.close();
});

test('writes the record in the chosen format, for a participant too', async () => {
  const target = join(dir, 'verslag.html');
  const run = io();
  assert.equal(
    await command.run([conversationId, '--format', 'html', '--out', target], run.io),
    0,
    run.err(),
  );
  const html = readFileSync(target, 'utf8');
  assert.match(html, /Lea de Vries belt u, uiterlijk op maandag 30 november 2026\./);
  assert.match(run.err(), /geschreven/);
  const ics = join(dir, 'sanne.ics');
  const forSanne = io();
  assert.equal(
    await command.run(
      [conversationId, '--format', 'ics', '--participant', participantId, '--out', ics],
      forSanne.io,
    ),
    0,
  );
  assert.match(readFileSync(ics, 'utf8'), /^BEGIN:VCALENDAR/);
  const text = io();
  assert.equal(
    await command.run([conversationId, '--format', 'text', '--lang', 'en', '--out', '-'], text.io),
    0,
  );
  assert.match(text.out(), /Record of the conversation/);
});

test('a missing Chromium: a clear message, exit 1, and no half-written file', async () => {
  const target = join(dir, 'verslag.pdf');
  const run = io({ CHROME_PATH: join(dir, 'no-chromium-here') });
  assert.equal(await command.run([conversationId, '--format', 'pdf', '--out', target], run.io), 1);
  assert.match(run.err(), /apt-get install chromium/);
  assert.equal(existsSync(target), false);
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.endsWith('.tmp')),
    [],
  );
});

test('usage errors and an unknown conversation', async () => {
  const noId = io();
  assert.equal(await command.run(['--format', 'html', '--out', 'x'], noId.io), 2);
  const badFormat = io();
  assert.equal(await command.run([conversationId, '--format', 'docx', '--out', 'x'], badFormat.io), 2);
  assert.match(badFormat.err(), /Onbekend --format "docx"/);
  const noOut = io();
  assert.equal(await command.run([conversationId], noOut.io), 2);
  const pdfToTerminal = io();
  assert.equal(await command.run([conversationId, '--format', 'pdf', '--out', '-'], pdfToTerminal.io), 2);
  const unknown = io();
  assert.equal(await command.run(['nope', '--out', join(dir, 'x.html')], unknown.io), 3);
  assert.match(unknown.err(), /Dit gesprek bestaat niet/);
});
