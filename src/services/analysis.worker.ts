// The analyzer in a worker thread: one job at a time from the pool (analysis-pool.ts), answered by id. The
// main thread stays free for every other request, and a runaway analysis can be stopped by ending the thread.
import { parentPort } from 'node:worker_threads';
import { readAgreement, tryAnalyseTranscript } from '../analyzer/index.ts';
import type { WorkerAnswer, WorkerJob } from './analysis-pool.ts';

/** Runs one job; errors of the analyzer come back as data (an Error's own fields do not cross threads). */
function work(job: WorkerJob): WorkerAnswer {
  try {
    if (job.kind === 'agreement') {
      return { id: job.id, ok: true, result: readAgreement(job.text, job.options) };
    }
    const result = tryAnalyseTranscript(job.fileName, job.text, job.options);
    if (result.ok) return { id: job.id, ok: true, result: result.analysis };
    return {
      id: job.id,
      ok: false,
      transcriptError: { code: result.error.code, detail: result.error.detail },
    };
  } catch (error) {
    return { id: job.id, ok: false, crash: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', (job: WorkerJob) => {
  parentPort!.postMessage(work(job));
});
// Loaded (the analyzer with it): the pool starts a job's clock only now, so start-up is not analysis time.
parentPort?.postMessage({ ready: true });
