// Sign-in settings: local passwords on or off, and the organisation's identity provider (OpenID Connect).
// Read by loadConfig with the other settings, so every problem is still reported at once.
/** The roles a claim can map to (the same names as core's ROLES; config imports nothing but its texts). */
export type ConfigRole = 'leader' | 'coach' | 'admin';
const CONFIG_ROLES: ConfigRole[] = ['leader', 'coach', 'admin'];

/** The organisation's identity provider. */
export interface OidcConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  scopes: string[];
  /** Text of the sign-in button, e.g. "Gemeente Voorbeeld-account"; null for the standard text. */
  label: string | null;
  /** Dotted path of the claim that holds the roles or groups (e.g. realm_access.roles); null: no role claim. */
  roleClaim: string | null;
  /** Which claim value gives which role; the highest role found wins. */
  roleMap: { value: string; role: ConfigRole }[];
  /** The role when no claim value maps; null refuses such a sign-in. */
  defaultRole: ConfigRole | null;
  /** Dotted path of the claim that names the person's team; null: teams are kept in Sluitstuk. */
  teamClaim: string | null;
  /** 'create': the first sign-in creates the account; 'known': only accounts that exist may sign in. */
  accounts: 'create' | 'known';
  /** Plain http is only allowed for an issuer on this machine (tests, a local Keycloak). */
  allowHttp: boolean;
}

export interface AuthConfig {
  /** Whether e-mail and password sign-in (and password reset) is on. */
  localPasswords: boolean;
  oidc: OidcConfig | null;
}

type Problem = (variable: string, code: string, params?: Record<string, string | undefined>) => void;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

function text(env: NodeJS.ProcessEnv, name: string): string {
  return (env[name] ?? '').trim();
}

/** Reads LOCAL_PASSWORDS and the OIDC_* variables; reports each problem through `problem`. */
export function readAuthConfig(env: NodeJS.ProcessEnv, problem: Problem, publicUrl: URL | null): AuthConfig {
  let localPasswords = true;
  const local = text(env, 'LOCAL_PASSWORDS').toLowerCase();
  if (local === '' || ['on', 'true', 'yes', '1'].includes(local)) localPasswords = true;
  else if (['off', 'false', 'no', '0'].includes(local)) localPasswords = false;
  else problem('LOCAL_PASSWORDS', 'localPasswords.invalid', { value: local });

  const issuerText = text(env, 'OIDC_ISSUER');
  if (issuerText === '') {
    for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET']) {
      if (text(env, name) !== '') problem(name, 'oidc.withoutIssuer', { name });
    }
    if (!localPasswords) problem('LOCAL_PASSWORDS', 'localPasswords.needsOidc');
    return { localPasswords, oidc: null };
  }

  let issuer: URL | null = null;
  let allowHttp = false;
  try {
    issuer = new URL(issuerText);
    allowHttp = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
    if (issuer.protocol !== 'https:' && !allowHttp) {
      problem('OIDC_ISSUER', 'oidcIssuer.notHttps', { value: issuerText });
      issuer = null;
    }
  } catch {
    problem('OIDC_ISSUER', 'oidcIssuer.invalid', { value: issuerText });
  }
  const clientId = text(env, 'OIDC_CLIENT_ID');
  if (clientId === '') problem('OIDC_CLIENT_ID', 'oidcClientId.missing');
  const clientSecret = text(env, 'OIDC_CLIENT_SECRET');
  if (clientSecret === '') problem('OIDC_CLIENT_SECRET', 'oidcClientSecret.missing');
  if (!publicUrl) problem('PUBLIC_URL', 'publicUrl.neededForOidc');

  const scopesText = text(env, 'OIDC_SCOPES') || 'openid email profile';
  const scopes = [...new Set(scopesText.split(/[\s,]+/).filter(Boolean))];
  if (!scopes.includes('openid')) scopes.unshift('openid');

  const roleClaim = text(env, 'OIDC_ROLE_CLAIM') || null;
  const roleMap: OidcConfig['roleMap'] = [];
  const rolesText = text(env, 'OIDC_ROLES');
  if (rolesText !== '') {
    for (const pair of rolesText
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const at = pair.indexOf('=');
      const role = pair.slice(0, at).trim() as ConfigRole;
      const values = pair
        .slice(at + 1)
        .split('|')
        .map((v) => v.trim())
        .filter(Boolean);
      if (at < 1 || !CONFIG_ROLES.includes(role) || values.length === 0) {
        problem('OIDC_ROLES', 'oidcRoles.invalid', { value: pair, choices: CONFIG_ROLES.join(', ') });
        continue;
      }
      for (const value of values) roleMap.push({ value, role });
    }
    if (!roleClaim) problem('OIDC_ROLE_CLAIM', 'oidcRoleClaim.missing');
  }

  let defaultRole: ConfigRole | null = 'leader';
  const defaultText = text(env, 'OIDC_DEFAULT_ROLE').toLowerCase();
  if (defaultText === 'none') defaultRole = null;
  else if (defaultText !== '') {
    if (CONFIG_ROLES.includes(defaultText as ConfigRole)) defaultRole = defaultText as ConfigRole;
    else
      problem('OIDC_DEFAULT_ROLE', 'oidcDefaultRole.invalid', {
        value: defaultText,
        choices: CONFIG_ROLES.join(', '),
      });
  }

  let accounts: OidcConfig['accounts'] = 'create';
  const accountsText = text(env, 'OIDC_ACCOUNTS').toLowerCase();
  if (accountsText === 'known') accounts = 'known';
  else if (accountsText !== '' && accountsText !== 'create')
    problem('OIDC_ACCOUNTS', 'oidcAccounts.invalid', { value: accountsText });

  if (!issuer || clientId === '' || clientSecret === '') return { localPasswords, oidc: null };
  return {
    localPasswords,
    oidc: {
      issuer,
      clientId,
      clientSecret,
      scopes,
      label: text(env, 'OIDC_LABEL') || null,
      roleClaim,
      roleMap,
      defaultRole,
      teamClaim: text(env, 'OIDC_TEAM_CLAIM') || null,
      accounts,
      allowHttp,
    },
  };
}
