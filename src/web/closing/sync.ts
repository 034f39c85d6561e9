// Continuous saving of a closing. Every edit becomes an operation in a queue that is kept in localStorage
// first and sent afterwards, so nothing typed is lost on a reload, a closed lid or a dropped connection.
// Edits to the same thing are merged (the last text wins); the server's answer replaces our copy.
// A change that the server would refuse (too long, not an e-mail address) is held back, and a change the
// server did refuse stays in the queue as well: in both cases the leader's text stays in its field, marked
// with what is wrong, until they change it (or choose to discard it). Nothing typed disappears on its own.
import type { Conversation, FieldProblem } from '../../core/index.ts';
import { ApiError, isApiError } from '../api/errors.ts';
import { checkOp } from './op-rules.ts';

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

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
  /** What is wrong with its fields, found before sending or told by the server; held back while present. */
  problems?: FieldProblem[];
  /** The server refused this version; it waits for the leader to change or discard it. */
  refused?: Refusal;
}

/** 'held': nothing can go out, because every waiting change needs the leader first. */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'retrying' | 'signedOut' | 'held';

export interface SyncDeps {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  send: (op: Op) => Promise<Conversation>;
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
}

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/** True when a change waits for the leader rather than for the network. */
export function isHeld(op: Op): boolean {
  return Boolean(op.refused || op.problems?.length);
}

/** The server's field problems, or none when it refused the change as a whole. */
function problemsIn(error: ApiError): FieldProblem[] {
  return error.fields
    .filter((field) => typeof field.path === 'string')
    .map(({ path, code, params }) => ({ path, code, ...(params ? { params } : {}) }) as FieldProblem);
}

/** The save queue of one conversation. */
export class ClosingSync {
  private snapshot: SyncSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly refusalListeners = new Set<(op: Op) => void>();
  private readonly storageKey: string;
  private timer: unknown = null;
  private inFlight = false;
  private failures = 0;
  private order = 0;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(
    readonly conversationId: string,
    private readonly deps: SyncDeps,
  ) {
    this.storageKey = `sluitstuk:pending:${conversationId}`;
    this.setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = deps.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    const stored = this.read();
    this.order = Math.max(0, ...stored.map((op) => op.order)) + 1;
    const pending = new Map(stored.map((op) => [op.key, op]));
    this.snapshot = { conversation: null, pending, status: 'saved', error: null, held: [] };
    this.snapshot = { ...this.snapshot, ...this.derived(pending) };
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

  /** Takes the conversation as loaded from the server, then sends what was left from before. */
  loaded(conversation: Conversation): void {
    this.set({ conversation });
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
    options: { merge?: boolean; typing?: boolean } = {},
  ): void {
    const pending = new Map(this.snapshot.pending);
    const existing = pending.get(key);
    const mergedBody =
      options.merge && existing?.body && body && existing.method === method
        ? { ...existing.body, ...body }
        : body;
    const problems = method === 'DELETE' ? [] : checkOp(key, mergedBody);
    pending.set(key, {
      key,
      method,
      path,
      body: mergedBody,
      rev: (existing?.rev ?? 0) + 1,
      order: existing?.order ?? this.order++,
      ...(problems.length > 0 ? { problems } : {}),
    });
    this.set({ pending, ...this.derived(pending) });
    this.persist();
    if (this.snapshot.status !== 'retrying' && problems.length === 0)
      this.schedule(options.typing ? (this.deps.typingDelayMs ?? 600) : 0);
  }

  /** A field of a waiting change, to show the leader's latest input over the server's copy. */
  draft(key: string, field: string): unknown {
    return this.snapshot.pending.get(key)?.body?.[field];
  }

  /** Sends now (the network came back, the page is being hidden). */
  flushNow(): void {
    this.failures = 0;
    if (this.snapshot.status === 'retrying') this.set({ status: 'pending' });
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

  dispose(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.listeners.clear();
    this.refusalListeners.clear();
  }

  private sendable(pending: ReadonlyMap<string, Op> = this.snapshot.pending): Op[] {
    return [...pending.values()].filter((op) => !isHeld(op)).sort((a, b) => a.order - b.order);
  }

  /** Status and held list for a queue; a network or session trouble stays until a send goes well (`keep`). */
  private derived(pending: ReadonlyMap<string, Op>, keep = true): Pick<SyncSnapshot, 'status' | 'held'> {
    const held = [...pending.values()].filter(isHeld).sort((a, b) => a.order - b.order);
    const { status } = this.snapshot;
    if (this.inFlight) return { status: 'saving', held };
    if (keep && (status === 'retrying' || status === 'signedOut')) return { status, held };
    if (this.sendable(pending).length > 0) return { status: 'pending', held };
    return { status: held.length > 0 ? 'held' : 'saved', held };
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
      this.set({ error: null, ...this.derived(this.snapshot.pending) });
      return;
    }
    this.inFlight = true;
    this.set({ status: 'saving' });
    try {
      const conversation = await this.deps.send(next);
      this.failures = 0;
      const pending = new Map(this.snapshot.pending);
      if (pending.get(next.key)?.rev === next.rev) pending.delete(next.key);
      this.inFlight = false;
      this.set({ conversation, pending, error: null, ...this.derived(pending, false) });
      this.persist();
      if (this.sendable().length > 0) void this.flush();
    } catch (reason) {
      this.inFlight = false;
      const error = isApiError(reason) ? reason : new ApiError(0, 'network', String(reason));
      if (error.status === 401) {
        // Keep everything; after signing in again the page loads this queue and sends it.
        this.set({ status: 'signedOut', error });
      } else if (error.retriable) {
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
