import type { Executor } from './executor.ts';

/** A sign-in waiting for the identity provider's answer. */
export interface OidcFlow {
  stateHash: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  createdAt: string;
  expiresAt: string;
}

/** Pending OIDC sign-ins: each is taken (read and deleted) once. */
export function oidcFlowsRepository(db: Executor) {
  return {
    /** Stores a started sign-in. */
    async create(flow: OidcFlow): Promise<void> {
      await db
        .insertInto('oidc_flows')
        .values({
          state_hash: flow.stateHash,
          nonce: flow.nonce,
          code_verifier: flow.codeVerifier,
          return_to: flow.returnTo,
          created_at: flow.createdAt,
          expires_at: flow.expiresAt,
        })
        .execute();
    },
    /** Reads and deletes the sign-in of a state hash: a second callback with the same state finds nothing. */
    async take(stateHash: string): Promise<OidcFlow | null> {
      const row = await db
        .deleteFrom('oidc_flows')
        .where('state_hash', '=', stateHash)
        .returningAll()
        .executeTakeFirst();
      return row
        ? {
            stateHash: row.state_hash,
            nonce: row.nonce,
            codeVerifier: row.code_verifier,
            returnTo: row.return_to,
            createdAt: row.created_at,
            expiresAt: row.expires_at,
          }
        : null;
    },
    /** Removes sign-ins that were never finished. */
    async deleteExpired(now: string): Promise<void> {
      await db.deleteFrom('oidc_flows').where('expires_at', '<', now).execute();
    },
  };
}
