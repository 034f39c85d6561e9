import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  csrfMatches,
  csrfTokenFor,
  hashPassword,
  hashToken,
  isWeakPassword,
  newSessionToken,
  verifyPassword,
} from './secrets.ts';
import { randomIds } from './context.ts';

test('session tokens are 256 bits and stored only as a SHA-256', () => {
  const token = newSessionToken();
  assert.equal(Buffer.from(token, 'base64url').length, 32);
  assert.match(hashToken(token), /^[0-9a-f]{64}$/);
  assert.notEqual(hashToken(token), token);
});

test('the CSRF token belongs to one session and is not the stored hash', () => {
  const token = newSessionToken();
  assert.ok(csrfMatches(token, csrfTokenFor(token)));
  assert.ok(!csrfMatches(token, csrfTokenFor(newSessionToken())));
  assert.ok(!csrfMatches(token, undefined));
  assert.ok(!csrfMatches(token, hashToken(token)));
});

test('passwords: Argon2id, verified; a malformed hash is false, not an exception', async () => {
  const hash = await hashPassword('een lange zin als wachtwoord');
  assert.match(hash, /^\$argon2id\$/);
  assert.equal(await verifyPassword(hash, 'een lange zin als wachtwoord'), true);
  assert.equal(await verifyPassword(hash, 'iets anders'), false);
  assert.equal(await verifyPassword('not-a-hash', 'x'), false);
});

test('weak passwords: own e-mail or name, or one character repeated', () => {
  assert.ok(isWeakPassword('anna@example.nl', 'anna@example.nl', 'Anna'));
  assert.ok(isWeakPassword('Anna de Vries', 'anna@example.nl', 'anna de vries'));
  assert.ok(isWeakPassword('aaaaaaaaaaaa', 'x@example.nl', 'X'));
  assert.ok(!isWeakPassword('paard-batterij-nietje', 'x@example.nl', 'X'));
});

test('ids sort in the order they were made', () => {
  const ids = Array.from({ length: 1000 }, () => randomIds.id());
  assert.deepEqual([...ids].sort(), ids);
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(ids.every((id) => /^[A-Za-z0-9_-]{1,64}$/.test(id)));
});
