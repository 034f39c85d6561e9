// Continuous saving of a closing. Every edit becomes an operation in a queue that is kept in localStorage
// first and sent afterwards, so nothing typed is lost on a reload, a closed lid or a dropped connection.
// Edits to the same thing are merged (the last text wins); the server's answer replaces our copy.
import type { Conversation } from '../../core/index.ts';
import { ApiError, isApiError } from '../api/errors.ts';

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

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
}

/** An operation the server refused (validation, too large): kept so the leader can see and copy it. */
export interface Rejected {
  op: Op;
  message: string;
}

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'retrying' | 'signedOut';

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
  rejected: readonly Rejected[];
}

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/** The save queue of one conversation. */
export class ClosingSync {
  private snapshot: SyncSnapshot;
  private readonly listeners = new Set<() => void>();
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
    this.order = Math.max(0, ...stored.pending.map((op) => op.order)) + 1;
    this.snapshot = {
      conversation: null,
      pending: new Map(stored.pending.map((op) => [op.key, op])),
      status: stored.pending.length > 0 ? 'pending' : 'saved',
      error: null,
      rejected: stored.rejected,
    };
  }

  /** The current state; a new object after every change (for useSyncExternalStore). */
  getSnapshot = (): SyncSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Takes the conversation as loaded from the server, then sends what was left from before. */
  loaded(conversation: Conversation): void {
    this.set({ conversation });
    if (this.snapshot.pending.size > 0) this.schedule(0);
  }

  /** Replaces our copy (e.g. after finishing, which is not a queued edit). */
  replace(conversation: Conversation): void {
    this.set({ conversation });
  }

  /**
   * Queues a change. With `merge`, a waiting change to the same key gets the new fields on top of its own
   * (a PATCH of two fields typed one after another becomes one request).
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
    pending.set(key, {
      key,
      method,
      path,
      body: mergedBody,
      rev: (existing?.rev ?? 0) + 1,
      order: existing?.order ?? this.order++,
    });
    this.set({
      pending,
      status: this.inFlight ? 'saving' : this.snapshot.status === 'retrying' ? 'retrying' : 'pending',
    });
    this.persist();
    if (this.snapshot.status !== 'retrying')
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

  /** Forgets a refused change once the leader has seen it. */
  dismissRejected(index: number): void {
    const rejected = this.snapshot.rejected.filter((_, i) => i !== index);
    this.set({ rejected });
    this.persist();
  }

  dispose(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.listeners.clear();
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
    const next = [...this.snapshot.pending.values()].sort((a, b) => a.order - b.order)[0];
    if (!next) {
      this.set({ status: 'saved', error: null });
      return;
    }
    this.inFlight = true;
    this.set({ status: 'saving' });
    try {
      const conversation = await this.deps.send(next);
      this.failures = 0;
      const pending = new Map(this.snapshot.pending);
      if (pending.get(next.key)?.rev === next.rev) pending.delete(next.key);
      this.set({ conversation, pending, error: null, status: pending.size > 0 ? 'saving' : 'saved' });
      this.persist();
      this.inFlight = false;
      if (pending.size > 0) void this.flush();
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
        // The server will not take this change as it is: take it out of the queue but keep it visible.
        const pending = new Map(this.snapshot.pending);
        pending.delete(next.key);
        this.set({
          pending,
          error,
          rejected: [...this.snapshot.rejected, { op: next, message: error.message }],
          status: pending.size > 0 ? 'pending' : 'saved',
        });
        this.persist();
        if (pending.size > 0) this.schedule(0);
      }
    }
  }

  private set(patch: Partial<SyncSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  private read(): { pending: Op[]; rejected: Rejected[] } {
    try {
      const raw = this.deps.storage?.getItem(this.storageKey);
      if (!raw) return { pending: [], rejected: [] };
      const parsed = JSON.parse(raw) as { pending?: Op[]; rejected?: Rejected[] };
      return { pending: parsed.pending ?? [], rejected: parsed.rejected ?? [] };
    } catch {
      return { pending: [], rejected: [] };
    }
  }

  private persist(): void {
    try {
      const { pending, rejected } = this.snapshot;
      if (pending.size === 0 && rejected.length === 0) this.deps.storage?.removeItem(this.storageKey);
      else
        this.deps.storage?.setItem(
          this.storageKey,
          JSON.stringify({ pending: [...pending.values()], rejected }),
        );
    } catch {
      // Storage full or unavailable: the queue still lives in memory and is sent as usual.
    }
  }
}
