// Continuous saving of a closing. Every edit becomes an operation in a queue that is kept on the device
// first (the signed-in user's own IndexedDB store, src/web/offline) and sent afterwards, so nothing typed is
// lost on a reload, a closed lid or a day without a connection. Edits to the same thing are merged (the
// last text wins); the server's answer replaces our copy.
// Two devices: every field remembers what it started from, and before it is sent it is compared with the
// newest copy (conflict.ts); a write carries the revision it was compared with (If-Match), so the server
// refuses it when a newer one exists, and the comparison runs again. A real conflict waits for the leader.
// A conversation made offline ('local-…') is created first; its local ids then become the server's.
// A change that the server would refuse (too long, not an e-mail address) is held back, and a change the
// server did refuse stays in the queue as well: in both cases the leader's text stays in its field, marked
// with what is wrong, until they change it (or choose to discard it). Nothing typed disappears on its own.
import type { Conversation, FieldProblem } from '../../core/index.ts';
import { ApiError, isApiError } from '../api/errors.ts';
import {
  baseFieldsFor,
  conflictOf,
  isObsolete,
  resolveConflict,
  type Choice,
  type Conflict,
} from './conflict.ts';
import { idMapFor, isLocalId, readField, remapOp } from './op-model.ts';
import { checkOp } from './op-rules.ts';

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The key of the change that creates a conversation made on this device. */
export const CREATE_CONVERSATION = 'create:conversation';

/** Why the server refused a change as a whole (not one of its fields): its error code and any details. */
export interface Refusal {
  code: string;
  details?: Record<string, unknown>;
}

/** One change waiting to be sent. */
export interface Op {
  key: string;
  method: Method;
  path: string;
  body?: Record<string, unknown>;
  /** Bumped on every merge, so an answer to an older version does not drop newer input. */
  rev: number;
  /** Order of the first change to this key: operations go out in the order the leader made them. */
  order: number;
  /** Sent as Idempotency-Key: a creation repeated (a lost answer, a second tab) is made once. */
  uid?: string;
  /** The values the fields had when the leader started changing them (see conflict.ts). */
  base?: Record<string, unknown>;
  /** Changed on another device too: held until the leader chooses. */
  conflict?: Conflict;
  /** What is wrong with its fields, found before sending or told by the server; held back while present. */
  problems?: FieldProblem[];
  /** The server refused this version; it waits for the leader to change or discard it. */
  refused?: Refusal;
}

/**
 * 'conflict': nothing else waits but changes that need the leader's choice between two devices;
 * 'held': nothing can go out, because every waiting change needs the leader to mend or discard it.
 */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'retrying' | 'signedOut' | 'conflict' | 'held';

export interface SyncDeps {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** Sends one change; `revision` is the copy it was compared with (null: no precondition). */
  send: (op: Op, revision: number | null) => Promise<Conversation>;
  /** The newest copy from the server, after it said ours is outdated (412). */
  fetch?: () => Promise<Conversation>;
  /** A conversation made on this device reached the server under its own id. */
  onCreated?: (localId: string, conversation: Conversation) => void;
  /** Debounce for typed text; ticks and buttons go out at once. */
  typingDelayMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface SyncSnapshot {
  conversation: Conversation | null;
  pending: ReadonlyMap<string, Op>;
  status: SaveStatus;
  error: ApiError | null;
  /** The waiting changes that need the leader (held back or refused), in the order they were made. */
  held: readonly Op[];
  /** Changes held because the other device changed the same thing (in the order they were made). */
  conflicts: readonly Op[];
}

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];
/** How often one change is compared anew after the server said a newer copy exists, before waiting. */
const MAX_REBASES = 3;

function storageKeyOf(conversationId: string): string {
  return `sluitstuk:pending:${conversationId}`;
}

/** True when a change waits for the leader to mend it rather than for the network. */
export function isHeld(op: Op): boolean {
  return Boolean(op.refused || op.problems?.length);
}

/** The server's field problems, or none when it refused the change as a whole. */
function problemsIn(error: ApiError): FieldProblem[] {
  return error.fields
    .filter((field) => typeof field.path === 'string')
    .map(({ path, code, params }) => ({ path, code, ...(params ? { params } : {}) }) as FieldProblem);
}

/** A fresh key for a change (its Idempotency-Key is this key and its version). */
export function newOpUid(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** The save queue of one conversation. */
export class ClosingSync {
  private snapshot: SyncSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly refusalListeners = new Set<(op: Op) => void>();
  private id: string;
  private storageKey: string;
  private timer: unknown = null;
  private inFlight = false;
  /** flushNow() was asked while a change was on its way. */
  private again = false;
  private failures = 0;
  private order = 0;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(
    conversationId: string,
    private readonly deps: SyncDeps,
  ) {
    this.id = conversationId;
    this.storageKey = storageKeyOf(conversationId);
    this.setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = deps.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    const stored = this.read();
    this.order = Math.max(0, ...stored.map((op) => op.order)) + 1;
    const pending = new Map(stored.map((op) => [op.key, op]));
    this.snapshot = { conversation: null, pending, status: 'saved', error: null, held: [], conflicts: [] };
    this.snapshot = { ...this.snapshot, ...this.derived(pending) };
  }

  /** The conversation's id: a local one until a conversation made offline reaches the server. */
  get conversationId(): string {
    return this.id;
  }

  /** The current state; a new object after every change (for useSyncExternalStore). */
  getSnapshot = (): SyncSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Called when the server refuses a change, so the screen can put the focus on its field. */
  onRefused(listener: (op: Op) => void): () => void {
    this.refusalListeners.add(listener);
    return () => this.refusalListeners.delete(listener);
  }

  /**
   * Takes the conversation as loaded (from the server or the device), then sends what was left from before.
   * A copy older than the one held (a kept copy that arrives after the server's answer) is not taken.
   */
  loaded(conversation: Conversation): void {
    if (!isOlder(conversation, this.snapshot.conversation)) this.set({ conversation });
    if (this.sendable().length > 0) this.schedule(0);
  }

  /** Replaces our copy (e.g. after finishing, which is not a queued edit). */
  replace(conversation: Conversation): void {
    this.set({ conversation });
  }

  /**
   * Queues a change. With `merge`, a waiting change to the same key gets the new fields on top of its own
   * (a PATCH of two fields typed one after another becomes one request). A change whose fields break a rule
   * is kept, with its problems, and not sent until it is right.
   */
  enqueue(
    key: string,
    method: Method,
    path: string,
    body?: Record<string, unknown>,
    options: { merge?: boolean; typing?: boolean; uid?: string } = {},
  ): void {
    const pending = new Map(this.snapshot.pending);
    const existing = pending.get(key);
    const mergedBody =
      options.merge && existing?.body && body && existing.method === method
        ? { ...existing.body, ...body }
        : body;
    const problems = method === 'DELETE' ? [] : checkOp(key, mergedBody);
    const op: Op = {
      key,
      method,
      path,
      body: mergedBody,
      rev: (existing?.rev ?? 0) + 1,
      order: existing?.order ?? this.order++,
      uid: existing?.uid ?? options.uid ?? newOpUid(),
      base: this.baseFor(existing, { key, method, body: mergedBody }),
    };
    if (existing?.conflict) op.conflict = existing.conflict;
    if (problems.length > 0) op.problems = problems;
    pending.set(key, op);
    this.set({ pending, ...this.derived(pending) });
    this.persist();
    if (this.snapshot.status !== 'retrying' && problems.length === 0)
      this.schedule(options.typing ? (this.deps.typingDelayMs ?? 600) : 0);
  }

  /** A field of a waiting change, to show the leader's latest input over the server's copy. */
  draft(key: string, field: string): unknown {
    return this.snapshot.pending.get(key)?.body?.[field];
  }

  /**
   * Sends now (the network came back, the session was confirmed, the page is being hidden). Asked while a
   * change is on its way, it runs again once that one is answered: the answer may be a failure from before
   * the reason to send again (a change sent before the session had its CSRF token back).
   */
  flushNow(): void {
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.failures = 0;
    if (this.snapshot.status === 'retrying' || this.snapshot.status === 'signedOut')
      this.set({ status: 'pending' });
    this.schedule(0);
  }

  /** Throws away a waiting change on the leader's explicit wish: the field shows the saved value again. */
  discard(key: string): void {
    const pending = new Map(this.snapshot.pending);
    if (!pending.delete(key)) return;
    this.set({ pending, ...this.derived(pending) });
    this.persist();
  }

  /** Takes a waiting change out of the queue to put it back into a form (a refused new agreement, say). */
  take(key: string): Op | undefined {
    const op = this.snapshot.pending.get(key);
    if (op) this.discard(key);
    return op;
  }

  /** The leader's choice for a change held in conflict: per field, this device's value or the other's. */
  resolve(key: string, choices: Record<string, Choice>): void {
    const op = this.snapshot.pending.get(key);
    if (!op?.conflict) return;
    const resolved = resolveConflict(op, op.conflict, choices);
    const pending = new Map(this.snapshot.pending);
    pending.delete(key);
    if (resolved) pending.set(resolved.key, { ...resolved, rev: op.rev + 1 });
    this.set({ pending, ...this.derived(pending, false) });
    this.persist();
    this.schedule(0);
  }

  /** Takes the queue as another tab of the same user left it on the device. */
  reloadFromStorage(): void {
    const stored = this.read();
    const pending = new Map(stored.map((op) => [op.key, op]));
    this.order = Math.max(this.order, ...stored.map((op) => op.order + 1));
    this.set({ pending, ...this.derived(pending) });
  }

  dispose(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.listeners.clear();
    this.refusalListeners.clear();
  }

  /** The starting values of the fields the change sets, kept from the first time each field was queued. */
  private baseFor(
    existing: Op | undefined,
    op: Pick<Op, 'key' | 'method' | 'body'>,
  ): Record<string, unknown> | undefined {
    const conversation = this.snapshot.conversation;
    if (!conversation) return existing?.base;
    const base = { ...(existing?.base ?? {}) };
    for (const field of baseFieldsFor(op, conversation)) {
      if (Object.prototype.hasOwnProperty.call(base, field)) continue;
      const value = readField(conversation, op.key, field);
      if (value !== undefined) base[field] = value;
    }
    return Object.keys(base).length > 0 ? base : undefined;
  }

  private sendable(pending: ReadonlyMap<string, Op> = this.snapshot.pending): Op[] {
    const ops = [...pending.values()].filter((op) => !op.conflict && !isHeld(op));
    // A conversation made on this device: nothing can go before the server has created it.
    const local = isLocalId(this.id);
    return ops.filter((op) => !local || op.key === CREATE_CONVERSATION).sort((a, b) => a.order - b.order);
  }

  /** Status and lists for a queue; a network or session trouble stays until a send goes well (`keep`). */
  private derived(
    pending: ReadonlyMap<string, Op>,
    keep = true,
  ): Pick<SyncSnapshot, 'status' | 'held' | 'conflicts'> {
    const held = [...pending.values()].filter((op) => isHeld(op) && !op.conflict).sort(byOrder);
    const conflicts = conflictsIn(pending);
    const lists = { held, conflicts };
    const { status } = this.snapshot;
    if (this.inFlight) return { status: 'saving', ...lists };
    if (keep && (status === 'retrying' || status === 'signedOut')) return { status, ...lists };
    if (this.sendable(pending).length > 0) return { status: 'pending', ...lists };
    if (conflicts.length > 0) return { status: 'conflict', ...lists };
    return { status: held.length > 0 ? 'held' : 'saved', ...lists };
  }

  private schedule(ms: number): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private async flush(): Promise<void> {
    if (this.inFlight || !this.snapshot.conversation) return;
    const next = this.sendable()[0];
    if (!next) {
      this.set({ error: null, ...this.derived(this.snapshot.pending, false) });
      return;
    }
    this.inFlight = true;
    this.set({ status: 'saving' });
    try {
      const conversation = await this.sendChecked(next);
      this.failures = 0;
      this.inFlight = false;
      this.again = false;
      if (conversation) this.sent(next, conversation);
      void this.flush();
    } catch (reason) {
      this.inFlight = false;
      this.failed(next, reason);
      if (this.again) {
        this.again = false;
        this.flushNow();
      }
    }
  }

  /**
   * Compares the change with the newest copy and sends it with that copy's revision; when the server has a
   * newer one, compares again with it. Returns null when the change was held (conflict) or dropped.
   */
  private async sendChecked(op: Op): Promise<Conversation | null> {
    for (let attempt = 0; ; attempt++) {
      const latest = this.snapshot.conversation!;
      if (isObsolete(latest, op)) {
        this.drop(op);
        return null;
      }
      const conflict = conflictOf(latest, op);
      if (conflict) {
        this.hold(op, conflict);
        return null;
      }
      try {
        const revision = isLocalId(latest.id) ? null : (latest.revision ?? null);
        return await this.deps.send(op, revision);
      } catch (reason) {
        const outdated = isApiError(reason) && reason.status === 412 && this.deps.fetch;
        if (!outdated || attempt >= MAX_REBASES) throw reason;
        this.set({ conversation: await this.deps.fetch!() });
      }
    }
  }

  private sent(op: Op, conversation: Conversation): void {
    let pending = new Map(this.snapshot.pending);
    const current = pending.get(op.key);
    if (current?.rev === op.rev) pending.delete(op.key);
    else if (current) {
      // Typed on while it was on its way: the newer version now starts from what was just saved.
      const base = { ...(current.base ?? {}) };
      for (const field of Object.keys(op.body ?? {})) base[field] = readField(conversation, op.key, field);
      pending.set(op.key, { ...current, base });
    }
    if (op.key === CREATE_CONVERSATION && conversation.id !== this.id) {
      pending = this.moveTo(conversation, pending);
    }
    this.set({ conversation, pending, error: null, ...this.derived(pending, false) });
    this.persist();
  }

  /** A conversation made here got its server id: the queue's local ids become the server's, and so does its key. */
  private moveTo(conversation: Conversation, pending: Map<string, Op>): Map<string, Op> {
    const local = this.snapshot.conversation!;
    const map = idMapFor(local, conversation);
    const moved = new Map<string, Op>();
    for (const op of pending.values()) {
      const next = remapOp(op, map);
      moved.set(next.key, next);
    }
    const oldId = this.id;
    try {
      this.deps.storage?.removeItem(this.storageKey);
    } catch {
      // Written anew under the new key below.
    }
    this.id = conversation.id;
    this.storageKey = storageKeyOf(conversation.id);
    this.deps.onCreated?.(oldId, conversation);
    return moved;
  }

  private drop(op: Op): void {
    const pending = new Map(this.snapshot.pending);
    if (pending.get(op.key)?.rev === op.rev) pending.delete(op.key);
    this.set({ pending, ...this.derived(pending) });
    this.persist();
  }

  private hold(op: Op, conflict: Conflict): void {
    const pending = new Map(this.snapshot.pending);
    const current = pending.get(op.key);
    if (!current) return;
    pending.set(op.key, { ...current, conflict });
    this.set({ pending, ...this.derived(pending) });
    this.persist();
  }

  private failed(next: Op, reason: unknown): void {
    const error = isApiError(reason) ? reason : new ApiError(0, 'network', String(reason));
    if (error.status === 401 || error.code === 'csrf_invalid') {
      // Keep everything; after signing in again (or the session is checked anew) the queue is sent.
      this.set({ status: 'signedOut', error });
    } else if (error.retriable || error.status === 412) {
      const wait = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)]!;
      this.failures += 1;
      this.set({ status: 'retrying', error });
      this.schedule(wait);
    } else {
      // The server will not take this change as it is. It stays, marked, with the leader's text in its
      // field, unless the leader changed it meanwhile (then the newer version goes out as usual).
      const pending = new Map(this.snapshot.pending);
      const current = pending.get(next.key);
      let refused: Op | null = null;
      if (current?.rev === next.rev) {
        const problems = problemsIn(error);
        refused = {
          ...current,
          refused: { code: error.code, ...(error.details ? { details: error.details } : {}) },
          ...(problems.length > 0 ? { problems } : {}),
        };
        pending.set(next.key, refused);
      }
      this.set({ pending, error: null, ...this.derived(pending, false) });
      this.persist();
      if (refused) for (const listener of this.refusalListeners) listener(refused);
      if (this.sendable().length > 0) this.schedule(0);
    }
  }

  private set(patch: Partial<SyncSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  private read(): Op[] {
    try {
      const raw = this.deps.storage?.getItem(this.storageKey);
      if (!raw) return [];
      const parsed = JSON.parse(raw) as { pending?: Op[]; rejected?: { op: Op; message: string }[] };
      const ops = parsed.pending ?? [];
      // Kept by an earlier version of the app as "refused" beside the queue: back into the queue, held.
      for (const old of parsed.rejected ?? []) {
        if (!ops.some((op) => op.key === old.op.key))
          ops.push({ ...old.op, refused: { code: 'validation_failed' } });
      }
      return ops;
    } catch {
      return [];
    }
  }

  private persist(): void {
    try {
      const { pending } = this.snapshot;
      if (pending.size === 0) this.deps.storage?.removeItem(this.storageKey);
      else this.deps.storage?.setItem(this.storageKey, JSON.stringify({ pending: [...pending.values()] }));
    } catch {
      // Storage full or unavailable: the queue still lives in memory and is sent as usual.
    }
  }
}

/** True when `candidate` is an older revision of the conversation held. */
function isOlder(candidate: Conversation, held: Conversation | null): boolean {
  return held !== null && held.id === candidate.id && (candidate.revision ?? 0) < (held.revision ?? 0);
}

function byOrder(a: Op, b: Op): number {
  return a.order - b.order;
}

function conflictsIn(pending: ReadonlyMap<string, Op>): Op[] {
  return [...pending.values()].filter((op) => op.conflict).sort(byOrder);
}
