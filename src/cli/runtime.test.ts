// The configuration's problems reach the terminal in its language, from src/i18n, with what was given filled in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { allConfigTexts } from '../i18n/index.ts';
import type { Lang } from '../i18n/index.ts';
import type { CliIo } from './command.ts';
import { ExitCode } from './command.ts';
import { configOrExit } from './runtime.ts';

/** Runs configOrExit on an environment and returns the exit code and what it wrote. */
function run(env: NodeJS.ProcessEnv, lang: Lang): { code: number | object; text: string } {
  const err = new PassThrough();
  let text = '';
  err.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const io: CliIo = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: err, env, lang };
  const code = configOrExit(io);
  return { code: typeof code === 'number' ? code : {}, text };
}

// Wrong values that between them meet every problem the configuration knows.
const WRONG: NodeJS.ProcessEnv[] = [
  {
    PORT: 'tachtig',
    DATABASE_URL: 'mysql://db/sluitstuk',
    SESSION_TTL: '3 weken',
    TRUST_PROXY: 'misschien',
    PUBLIC_URL: 'ftp://bestanden.example',
    LOG_LEVEL: 'luid',
    RATE_LIMIT: '3',
    SCENARIOS_DIR: '/geen/map/hier',
    SMTP_URL: 'pop3://mail.example',
    LINK_TTL: '2 jaar',
    JOB_LEASE: '5u',
    SETUP_CODE: 'kort',
    LOG_FORMAT: 'xml',
    ANALYSIS_TIMEOUT: '3 dagen',
    LOCAL_PASSWORDS: 'soms',
    OIDC_CLIENT_ID: 'sluitstuk',
  },
  { SMTP_URL: 'smtp://mail.example:587', MAIL_FROM: 'geen adres' },
  { MAIL_FROM: 'noreply@gemeente.example', SLUITSTUK_CLOCK_OFFSET_MS: '1000', NODE_ENV: 'production' },
  { SLUITSTUK_CLOCK_OFFSET_MS: 'morgen', NODE_ENV: 'test', LOCAL_PASSWORDS: 'off' },
  {
    OIDC_ISSUER: 'http://idp.example',
    OIDC_ROLES: 'baas',
    OIDC_DEFAULT_ROLE: 'koning',
    OIDC_ACCOUNTS: 'alle',
  },
  { OIDC_ISSUER: 'niet een adres' },
];

test('every problem of the configuration is told in Dutch and English, from src/i18n, filled in', () => {
  const met = new Set<string>();
  for (const env of WRONG) {
    const nl = run(env, 'nl');
    const en = run(env, 'en');
    assert.equal(nl.code, ExitCode.config, nl.text);
    assert.match(nl.text, /^De configuratie klopt niet:\n/);
    assert.match(en.text, /^The configuration is not right:\n/);
    for (const text of [nl.text, en.text]) {
      assert.doesNotMatch(text, /\{\w+\}/, 'every placeholder filled');
      assert.doesNotMatch(text, /config\.\w+/, 'no code in place of a text');
    }
    for (const line of nl.text.split('\n').slice(1, -1)) {
      const text = line.replace(/^\s+[A-Z_]+: /, '');
      const key = Object.entries(allConfigTexts('nl')).find(([, message]) =>
        new RegExp(`^${message.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.*')}$`).test(text),
      )?.[0];
      assert.ok(key, `a text of src/i18n: ${line}`);
      met.add(key);
    }
  }
  const known = Object.keys(allConfigTexts('nl')).filter((key) => key !== 'config.header');
  assert.deepEqual(
    known.filter((key) => !met.has(key)),
    [],
    'every text is used by a problem',
  );
  // What was given is in the message, as typed.
  assert.match(run(WRONG[0]!, 'en').text, /PORT: "tachtig" is not a port number/);
});
