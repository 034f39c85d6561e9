import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { ConfigError, loadConfig, parseDatabaseUrl, parseDuration } from './index.ts';

test('defaults: port 3000 on localhost, SQLite under ./data, 12 hour sessions', () => {
  const config = loadConfig({});
  assert.equal(config.port, 3000);
  assert.equal(config.host, 'localhost');
  assert.deepEqual(config.database, { kind: 'sqlite', file: resolve('./data/sluitstuk.db') });
  assert.equal(config.sessionTtlSeconds, 12 * 3600);
  assert.equal(config.trustProxy, false);
  assert.equal(config.publicUrl, null);
});

test('DATABASE_URL chooses the database', () => {
  assert.equal(parseDatabaseUrl('postgres://u:p@h:5432/db').kind, 'postgres');
  assert.equal(parseDatabaseUrl('postgresql://h/db').kind, 'postgres');
  assert.deepEqual(parseDatabaseUrl('sqlite:/tmp/x.db'), { kind: 'sqlite', file: '/tmp/x.db' });
  assert.deepEqual(parseDatabaseUrl('sqlite::memory:'), { kind: 'sqlite', file: ':memory:' });
  assert.deepEqual(parseDatabaseUrl('db/s.db'), { kind: 'sqlite', file: resolve('db/s.db') });
  assert.throws(() => parseDatabaseUrl('mysql://h/db'));
});

test('durations', () => {
  assert.equal(parseDuration('90m'), 5400);
  assert.equal(parseDuration('7d'), 604800);
  assert.equal(parseDuration('3600'), 3600);
  assert.equal(parseDuration('soon'), null);
});

test('every problem is reported at once, each by its code and what was given', () => {
  try {
    loadConfig({
      PORT: '99999',
      SESSION_TTL: '1s',
      TRUST_PROXY: 'maybe',
      PUBLIC_URL: 'ftp://x',
      LOG_LEVEL: 'loud',
      RATE_LIMIT: '0',
    });
    assert.fail('expected ConfigError');
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    assert.deepEqual(
      error.problems.map((p) => p.variable),
      ['PORT', 'SESSION_TTL', 'TRUST_PROXY', 'PUBLIC_URL', 'LOG_LEVEL', 'RATE_LIMIT'],
    );
    assert.deepEqual(
      error.problems.map((p) => p.code),
      [
        'port.invalid',
        'sessionTtl.invalid',
        'trustProxy.invalid',
        'publicUrl.invalid',
        'logLevel.invalid',
        'rateLimit.invalid',
      ],
    );
    assert.deepEqual(error.problems[0]!.params, { value: '99999' });
  }
});

test('proxy settings and a public https address', () => {
  const config = loadConfig({
    TRUST_PROXY: '10.0.0.1, 10.0.0.2',
    PUBLIC_URL: 'https://sluitstuk.example.nl',
  });
  assert.deepEqual(config.trustProxy, ['10.0.0.1', '10.0.0.2']);
  assert.equal(config.publicUrl?.origin, 'https://sluitstuk.example.nl');
  assert.equal(loadConfig({ TRUST_PROXY: '2' }).trustProxy, 2);
});

test('mail is off by default; SMTP_URL needs PUBLIC_URL and a valid MAIL_FROM, all problems together', () => {
  const plain = loadConfig({});
  assert.equal(plain.mail, null);
  assert.equal(plain.linkTtlSeconds, 30 * 86400);
  const on = loadConfig({
    SMTP_URL: 'smtp://user:secret@mail.example.org:587',
    PUBLIC_URL: 'https://sluitstuk.example.org',
  });
  assert.equal(on.mail?.url.hostname, 'mail.example.org');
  assert.equal(on.mail?.from, 'noreply@sluitstuk.example.org');
  assert.equal(loadConfig({ LINK_TTL: '14d' }).linkTtlSeconds, 14 * 86400);
  try {
    loadConfig({ SMTP_URL: 'http://mail', MAIL_FROM: 'not an address\r\nBcc: x@y.z', LINK_TTL: '5s' });
    assert.fail('expected a ConfigError');
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    assert.deepEqual(error.problems.map((p) => p.variable).sort(), [
      'LINK_TTL',
      'MAIL_FROM',
      'PUBLIC_URL',
      'SMTP_URL',
    ]);
  }
  assert.throws(() => loadConfig({ MAIL_FROM: 'a@b.nl' }), ConfigError);
});

test('a shifted clock is for the test suite only, and only a whole number of milliseconds', () => {
  assert.equal(loadConfig({}).clockOffsetMs, 0);
  assert.equal(
    loadConfig({ NODE_ENV: 'test', SLUITSTUK_CLOCK_OFFSET_MS: '-86400000' }).clockOffsetMs,
    -86_400_000,
  );
  const refused = (env: Record<string, string>) => {
    try {
      loadConfig(env);
      return [];
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      return error.problems.map((p) => p.variable);
    }
  };
  assert.deepEqual(refused({ SLUITSTUK_CLOCK_OFFSET_MS: '1000' }), ['SLUITSTUK_CLOCK_OFFSET_MS']);
  assert.deepEqual(refused({ NODE_ENV: 'production', SLUITSTUK_CLOCK_OFFSET_MS: '1000' }), [
    'SLUITSTUK_CLOCK_OFFSET_MS',
  ]);
  assert.deepEqual(refused({ NODE_ENV: 'test', SLUITSTUK_CLOCK_OFFSET_MS: '1e9' }), [
    'SLUITSTUK_CLOCK_OFFSET_MS',
  ]);
});
