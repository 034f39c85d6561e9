// Worker threads for the analyzer, with a time limit per job. An analysis on the main thread would stop every
// other request of the server until it ends (a pathological transcript: for hours); here it runs beside them,
// and a job past its limit is stopped by ending its thread, which is then replaced.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '../core/index.ts';
import type { readAgreement, tryAnalyseTranscript } from '../analyzer/index.ts';

/** A job for a worker thread. */
export type WorkerJob =
  | {
      id: number;
      kind: 'transcript';
      fileName: string;
      text: string;
      options: Parameters<typeof tryAnalyseTranscript>[2];
    }
  | { id: number; kind: 'agreement'; text: string; options: Parameters<typeof readAgreement>[1] };

/** A worker's answer: the result, the analyzer's own refusal of the file, or an unexpected failure. */
export type WorkerAnswer =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; transcriptError: { code: string; detail?: string | undefined } }
  | { id: number; ok: false; crash: string };

/** What the pool is told about its limits. */
export interface PoolOptions {
  /** Milliseconds a job may run in its worker. */
  timeoutMs: number;
  /** Threads analysing at once. */
  workers: number;
  /** Jobs waiting for a thread before new ones are refused. */
  queue: number;
}

/** Default limits: one minute per analysis, one thread per spare core (at most two), eight waiting. */
export function defaultPoolOptions(): PoolOptions {
  return { timeoutMs: 60_000, workers: Math.max(1, Math.min(2, availableParallelism() - 1)), queue: 8 };
}

/** How much memory one analysis may take before its thread is ended (a runaway uses memory as well as time). */
const WORKER_HEAP_MB = 512;

type JobInput = WorkerJob extends infer J ? (J extends WorkerJob ? Omit<J, 'id'> : never) : never;

interface Pending {
  job: WorkerJob;
  resolve(answer: WorkerAnswer): void;
  reject(error: unknown): void;
}

interface Thread {
  worker: Worker;
  /** The worker has loaded the analyzer and takes jobs. */
  ready: boolean;
  current: (Pending & { timer: NodeJS.Timeout }) | null;
}

/**
 * How to start a thread on the worker file beside this one: the .js file once compiled; under tsx (.ts) a small
 * bootstrap that registers tsx inside the thread first, since a thread does not inherit loader hooks registered
 * at run time (bin/sluitstuk.mjs registers tsx that way) and Node 20 applies no --import of a thread to its entry.
 */
function workerStart(): { script: string | URL; eval: boolean } {
  if (!import.meta.url.endsWith('.ts'))
    return { script: new URL('./analysis.worker.js', import.meta.url), eval: false };
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./analysis.worker.ts', import.meta.url).href);
  return {
    script: `import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); });`,
    eval: true,
  };
}

/** A pool of analyzer threads; `run` answers with the worker's answer or rejects with an AppError. */
export function createAnalysisPool(options: PoolOptions) {
  const threads: Thread[] = [];
  const waiting: Pending[] = [];
  let nextId = 1;
  let closed = false;

  function startThread(): Thread {
    const start = workerStart();
    const worker = new Worker(start.script, {
      eval: start.eval,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    const thread: Thread = { worker, ready: false, current: null };
    // Starting is work the waiting jobs are owed: keep the process alive until the thread is ready.
    worker.on('message', (answer: WorkerAnswer | { ready: true }) => {
      if ('ready' in answer) {
        thread.ready = true;
        worker.unref();
        dispatch();
        return;
      }
      const current = thread.current;
      if (!current || current.job.id !== answer.id) return;
      clearTimeout(current.timer);
      thread.current = null;
      worker.unref();
      current.resolve(answer);
      dispatch();
    });
    const lost = (error: unknown) => {
      const current = thread.current;
      thread.current = null;
      remove(thread);
      if (!thread.ready && !closed) {
        // It never started (the analyzer does not load): say so to everyone waiting instead of retrying forever.
        for (const pending of waiting.splice(0))
          pending.reject(new AppError('unavailable', { feature: 'analyzer' }));
      }
      if (current) {
        clearTimeout(current.timer);
        const outOfMemory = (error as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
        current.reject(
          outOfMemory
            ? new AppError('analysis_timeout', { reason: 'memory' })
            : new AppError('unavailable', { feature: 'analyzer' }),
        );
      }
      dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', () => lost(undefined));
    threads.push(thread);
    return thread;
  }

  function remove(thread: Thread): void {
    const index = threads.indexOf(thread);
    if (index >= 0) threads.splice(index, 1);
  }

  function dispatch(): void {
    while (!closed && waiting.length > 0) {
      const thread = threads.find((t) => t.ready && t.current === null);
      if (!thread) {
        // A thread that is still starting will call dispatch when ready.
        const starting = threads.filter((t) => !t.ready).length;
        if (starting < waiting.length && threads.length < options.workers) startThread();
        return;
      }
      const pending = waiting.shift()!;
      const timer = setTimeout(() => {
        // Past its limit: end the thread (the only way to stop code that does not return), refuse the job.
        thread.current = null;
        remove(thread);
        void thread.worker.terminate();
        pending.reject(new AppError('analysis_timeout', { seconds: Math.round(options.timeoutMs / 1000) }));
        dispatch();
      }, options.timeoutMs);
      timer.unref();
      thread.current = { ...pending, timer };
      // While it works, the thread keeps the process alive; idle, it does not.
      thread.worker.ref();
      thread.worker.postMessage(pending.job);
    }
  }

  return {
    /** Runs a job in a thread, queued while all are busy; refuses when the queue is full or the pool closed. */
    run(input: JobInput): Promise<WorkerAnswer> {
      if (closed) return Promise.reject(new AppError('unavailable', { feature: 'analyzer' }));
      const busy = threads.filter((t) => t.current !== null).length;
      if (busy >= options.workers && waiting.length >= options.queue)
        return Promise.reject(new AppError('analysis_busy'));
      return new Promise<WorkerAnswer>((resolve, reject) => {
        waiting.push({ job: { ...input, id: nextId++ } as WorkerJob, resolve, reject });
        dispatch();
      });
    },

    /** Jobs running in a thread now. */
    running(): number {
      return threads.filter((t) => t.current !== null).length;
    },

    /** Ends every thread; running and waiting jobs are refused. */
    async close(): Promise<void> {
      closed = true;
      for (const pending of waiting.splice(0))
        pending.reject(new AppError('unavailable', { feature: 'analyzer' }));
      await Promise.all(threads.splice(0).map((t) => t.worker.terminate()));
    },
  };
}

export type AnalysisPool = ReturnType<typeof createAnalysisPool>;
