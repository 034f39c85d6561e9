import type { Kysely } from 'kysely';
import type { Tables } from '../tables.ts';

/** Either the database or an open transaction: repositories work the same on both. */
export type Executor = Kysely<Tables>;
