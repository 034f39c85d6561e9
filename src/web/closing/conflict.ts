// Two devices, one conversation: is a queued change still a change to what the leader saw, or did the
// other device change the same thing meanwhile? Every queued field remembers the value it started from (its
// base); before it is sent it is compared with the newest copy from the server. Three-way, per field:
// unchanged there → ours goes; changed there to what we have too → nothing to do; changed there to something
// else → a conflict, held until the leader chooses. The server's revision precondition (If-Match) makes
// sure no copy older than the one compared with is ever overwritten.
import type { Conversation } from '../../core/index.ts';
import { GONE, WHOLE, isComparable, readField, sameValue } from './op-model.ts';
import type { Op } from './sync.ts';

/** One field changed on both devices. `theirs` is GONE when the other device removed the item. */
export interface FieldConflict {
  field: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

/** A queued change that waits for the leader's choice. */
export interface Conflict {
  fields: FieldConflict[];
  /** The other device removed the item this change edits. */
  gone: boolean;
}

/** The leader's choice per field: keep this device's value, or the one saved from the other device. */
export type Choice = 'mine' | 'theirs';

/** The fields whose starting values are remembered when a change is first queued. */
export function baseFieldsFor(op: Pick<Op, 'key' | 'method' | 'body'>, conversation: Conversation): string[] {
  if (!isComparable(op.key)) return [];
  const fields = op.method === 'DELETE' ? [] : Object.keys(op.body ?? {});
  // Items also remember themselves whole: to compare a removal, or to add a removed item again.
  if (readField(conversation, op.key, WHOLE) !== undefined) fields.push(WHOLE);
  return fields;
}

/** True when the change has become pointless: a removal of what is removed already. */
export function isObsolete(latest: Conversation, op: Op): boolean {
  return op.method === 'DELETE' && readField(latest, op.key, WHOLE) === GONE;
}

/** What in `op` conflicts with the newest copy; null when it can be sent as it is. */
export function conflictOf(latest: Conversation, op: Op): Conflict | null {
  if (!isComparable(op.key) || !op.base) return null;
  const now = readField(latest, op.key, WHOLE);
  if (now === GONE && op.method !== 'DELETE') {
    return {
      gone: true,
      fields: [{ field: WHOLE, base: op.base[WHOLE], mine: op.body ?? {}, theirs: GONE }],
    };
  }
  const fields: FieldConflict[] = [];
  const names = op.method === 'DELETE' ? [WHOLE] : Object.keys(op.body ?? {});
  for (const field of names) {
    if (!Object.prototype.hasOwnProperty.call(op.base, field)) continue;
    const base = op.base[field];
    const theirs = readField(latest, op.key, field);
    const mine = op.method === 'DELETE' ? GONE : op.body?.[field];
    if (sameValue(theirs, base) || sameValue(theirs, mine)) continue;
    fields.push({ field, base, mine, theirs });
  }
  return fields.length > 0 ? { gone: false, fields } : null;
}

/** The fields a removed item is added again with, per kind (the API's input fields). */
const INPUT_FIELDS: Record<string, readonly string[]> = {
  agreement: ['sourceText', 'owner', 'action', 'deadline', 'measure', 'acceptedBy'],
  expectation: ['label', 'date', 'note'],
  question: ['askedBy', 'text', 'answer', 'state'],
};

/** True when a removed item of this change can be added again (keeping the leader's version). */
export function canAddAgain(op: Op): boolean {
  return op.key.split(':')[0]! in INPUT_FIELDS;
}

/**
 * The change after the leader chose: fields kept as 'theirs' take the other device's value, fields kept as
 * 'mine' now start from it (so they go out over it, knowingly). Null when nothing is left to change.
 */
export function resolveConflict(op: Op, conflict: Conflict, choices: Record<string, Choice>): Op | null {
  if (conflict.gone) {
    if (choices[WHOLE] !== 'mine' || !canAddAgain(op)) return null;
    const [kind] = op.key.split(':');
    const fields = INPUT_FIELDS[kind!]!;
    const whole = (op.base?.[WHOLE] ?? {}) as Record<string, unknown>;
    const merged: Record<string, unknown> = {};
    for (const field of fields) {
      const value = op.body?.[field] !== undefined ? op.body[field] : whole[field];
      if (value !== undefined) merged[field] = value;
    }
    // Whom the item named may be gone too; the server refuses unknown names, so they are left out.
    if (kind === 'agreement') merged.acceptedBy = [];
    const collection = op.path.split('/').slice(0, -1).join('/');
    return {
      ...op,
      key: `create:${kind}:${op.key.slice(kind!.length + 1)}`,
      method: 'POST',
      path: collection,
      body: merged,
      base: undefined,
      conflict: undefined,
    };
  }
  const body = { ...(op.body ?? {}) };
  const base = { ...(op.base ?? {}) };
  for (const { field, theirs } of conflict.fields) {
    if (field === WHOLE) {
      // A removal of something changed elsewhere: remove it anyway, or keep it as it is now.
      if (choices[field] !== 'mine') return null;
      base[WHOLE] = theirs;
      continue;
    }
    // Kept as 'theirs', the field stays in the change with the value it has now (a PUT needs its fields).
    if (choices[field] !== 'mine') body[field] = theirs;
    base[field] = theirs;
  }
  const changes = Object.keys(body).some((field) => !sameValue(body[field], base[field]));
  if (op.method !== 'DELETE' && !changes) return null;
  return { ...op, body, base, conflict: undefined };
}
