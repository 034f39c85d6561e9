// Passwords and session tokens. Passwords: Argon2id (@node-rs/argon2 defaults, OWASP's minimum).
// Session tokens: 32 random bytes; only their SHA-256 is stored, and the CSRF token is derived from the token.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** Hashes a password with Argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** True when the password matches the hash; false (never an exception) on a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A real hash of a random password: verifying against it when an e-mail is unknown takes as long as for a
// known one, so the answer time does not tell which addresses have an account.
let dummyHash: Promise<string> | null = null;
/** Spends the time of one verification, for unknown accounts. */
export async function verifyDummy(password: string): Promise<void> {
  dummyHash ??= hash(randomBytes(16).toString('hex'));
  await verifyPassword(await dummyHash, password);
}

/** A new session token (256 bits, base64url). */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a session token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The CSRF token belonging to a session token; not derivable from the stored hash. */
export function csrfTokenFor(token: string): string {
  return createHash('sha256').update('sluitstuk-csrf\0').update(token).digest('base64url');
}

/** Compares a presented CSRF token with the session's, in constant time. */
export function csrfMatches(token: string, presented: string | undefined): boolean {
  if (!presented) return false;
  const expected = Buffer.from(csrfTokenFor(token));
  const given = Buffer.from(presented);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Refuses passwords that are the user's own e-mail or name, or one character repeated. */
export function isWeakPassword(password: string, email: string, name: string): boolean {
  const lower = password.toLowerCase();
  if (lower === email.toLowerCase() || lower === name.toLowerCase()) return true;
  if (lower === email.toLowerCase().split('@')[0]) return true;
  return new Set(password).size < 4;
}

/** A new participant link token: 256 random bits, base64url (43 characters). Only its SHA-256 is stored. */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The CSRF token of a participant's page, derived from the link token (not from its stored hash). */
export function participantCsrfFor(token: string): string {
  return createHash('sha256').update('sluitstuk-participant-csrf\0').update(token).digest('base64url');
}

/** Compares a presented CSRF token with the link's, in constant time. */
export function participantCsrfMatches(token: string, presented: string | undefined): boolean {
  if (!presented) return false;
  const expected = Buffer.from(participantCsrfFor(token));
  const given = Buffer.from(presented);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A SHA-256 (hex) of any text: the content hash of a record version. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

// Crockford's base32: no I, L, O or U, so a code read aloud or typed from a terminal is not mistyped.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new setup code: 12 characters of Crockford base32 (60 random bits), shown as XXXX-XXXX-XXXX. */
export function newSetupCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((byte) => CODE_ALPHABET[byte & 31]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((group) => group.join('')).join('-');
}

/** The code as typed, made comparable: case, spaces and dashes do not matter; O is 0 and I, L are 1. */
export function normaliseSetupCode(code: string): string {
  return code
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** The stored form of a setup code. */
export function hashSetupCode(code: string): string {
  return createHash('sha256').update('sluitstuk-setup\0').update(normaliseSetupCode(code)).digest('hex');
}

/** Compares two hex digests in constant time. */
export function digestsMatch(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
