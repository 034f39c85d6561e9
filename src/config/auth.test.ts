import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from './index.ts';

const OIDC = {
  PUBLIC_URL: 'https://sluitstuk.gemeente.example',
  OIDC_ISSUER: 'https://keycloak.gemeente.example/realms/medewerkers',
  OIDC_CLIENT_ID: 'sluitstuk',
  OIDC_CLIENT_SECRET: 'geheim',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.problems.map((p) => p.variable);
  }
}

test('without OIDC settings: local passwords only', () => {
  assert.deepEqual(loadConfig({}).auth, { localPasswords: true, oidc: null });
});

test('a full OIDC configuration with role and team claims', () => {
  const { auth } = loadConfig({
    ...OIDC,
    OIDC_ROLE_CLAIM: 'realm_access.roles',
    OIDC_ROLES: 'admin=sluitstuk-beheer,coach=sluitstuk-coach|teamleiders',
    OIDC_DEFAULT_ROLE: 'none',
    OIDC_TEAM_CLAIM: 'groups',
    OIDC_ACCOUNTS: 'known',
    OIDC_SCOPES: 'email profile roles',
    LOCAL_PASSWORDS: 'off',
  });
  assert.equal(auth.localPasswords, false);
  assert.equal(auth.oidc?.issuer.toString(), OIDC.OIDC_ISSUER);
  assert.deepEqual(auth.oidc?.scopes, ['openid', 'email', 'profile', 'roles']);
  assert.deepEqual(auth.oidc?.roleMap, [
    { value: 'sluitstuk-beheer', role: 'admin' },
    { value: 'sluitstuk-coach', role: 'coach' },
    { value: 'teamleiders', role: 'coach' },
  ]);
  assert.equal(auth.oidc?.defaultRole, null);
  assert.equal(auth.oidc?.accounts, 'known');
  assert.equal(auth.oidc?.allowHttp, false);
});

test('every OIDC problem is reported at once', () => {
  assert.deepEqual(problemsOf({ LOCAL_PASSWORDS: 'off' }), ['LOCAL_PASSWORDS']);
  assert.deepEqual(problemsOf({ LOCAL_PASSWORDS: 'perhaps' }), ['LOCAL_PASSWORDS']);
  assert.deepEqual(problemsOf({ OIDC_CLIENT_ID: 'x' }), ['OIDC_CLIENT_ID']);
  assert.deepEqual(
    problemsOf({ OIDC_ISSUER: 'http://idp.example', OIDC_ROLES: 'boss=x', OIDC_ACCOUNTS: 'all' }),
    [
      'OIDC_ISSUER',
      'OIDC_CLIENT_ID',
      'OIDC_CLIENT_SECRET',
      'PUBLIC_URL',
      'OIDC_ROLES',
      'OIDC_ROLE_CLAIM',
      'OIDC_ACCOUNTS',
    ],
  );
  // Plain http only for a provider on this machine.
  assert.equal(
    loadConfig({ ...OIDC, OIDC_ISSUER: 'http://127.0.0.1:8080/realms/x' }).auth.oidc?.allowHttp,
    true,
  );
});
