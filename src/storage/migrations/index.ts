// Every migration, listed statically: no file-system scanning, so the list is the same under tsx, in tests
// and in any future bundle. Append new migrations; never edit or reorder applied ones.
import type { Migration } from 'kysely';
import * as m0001 from './0001-initial.ts';
import * as m0002 from './0002-sharing.ts';
import * as m0003 from './0003-hardening.ts';
import * as m0004 from './0004-practice.ts';
import * as m0006 from './0006-privacy.ts';
import * as m0005 from './0005-followup.ts';
import * as m0009 from './0009-offline.ts';
import * as m0010 from './0010-invitations.ts';

/** The migrations by name, applied in name order. */
export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-sharing': m0002,
  '0003-hardening': m0003,
  '0004-practice': m0004,
  '0006-privacy': m0006,
  '0005-followup': m0005,
  '0009-offline': m0009,
  '0010-invitations': m0010,
};
