// Every code the analyzer returns has words in both languages, and the CLI says them; the person typing is the
// speaker of `sluitstuk agreement`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { HINT_CODES, TIP_CODES, TRANSCRIPT_ERROR_CODES, UNCERTAIN_REASONS } from '../analyzer/index.ts';
import { analyzerText, type Lang } from '../i18n/index.ts';
import { command as agreement } from './agreement.command.ts';

test('every hint, tip, uncertainty reason and transcript error code has a text in nl and en', () => {
  const missing: string[] = [];
  const kinds = [
    ['hint', HINT_CODES],
    ['tip', TIP_CODES],
    ['uncertain', UNCERTAIN_REASONS],
    ['transcript', TRANSCRIPT_ERROR_CODES],
  ] as const;
  for (const lang of ['nl', 'en'] as Lang[])
    for (const [kind, codes] of kinds)
      for (const code of codes)
        if (analyzerText(lang, kind, code) === code) missing.push(`${lang} ${kind}.${code}`);
  assert.deepEqual(missing, []);
  assert.match(
    analyzerText('nl', 'hint', 'deadline_vague', { term: 'binnenkort' }),
    /"binnenkort" belooft geen dag/,
  );
  assert.match(
    analyzerText('en', 'hint', 'weekday_mismatch', { phrase: 'Friday 13', weekday: 7 }),
    /a Sunday/,
  );
  assert.equal(analyzerText('nl', 'tip', 'a_code_from_a_newer_analyzer'), 'a_code_from_a_newer_analyzer');
});

async function run(args: string[], lang: Lang = 'nl'): Promise<string> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c) => (out += String(c)));
  const io = { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: {}, lang };
  assert.equal(await agreement.run(args, io), 0);
  return out;
}

test('sluitstuk agreement: the person typing is the speaker unless --speaker says otherwise', async () => {
  const mine = JSON.parse(
    await run(['Ik bel u vrijdag over de traplift.', '--date', '2026-11-27', '--json']),
  );
  assert.equal(mine.owner, 'ik (wie dit typt)');
  assert.equal(mine.smart.owner, true);
  const theirs = JSON.parse(
    await run(['Ik bel u vrijdag.', '--date', '2026-11-27', '--speaker', 'Wessel', '--json'], 'en'),
  );
  assert.equal(theirs.owner, 'Wessel');
  const text = await run(['We will look into it soon.', '--date', '2026-11-27'], 'en');
  assert.match(text, /"soon" promises no day/);
});
