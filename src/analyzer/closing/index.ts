// Closing analysis: which of the seven closing steps happened in a transcript, with evidence.
import { readTranscript } from '../transcript/read.ts';
import { TranscriptError } from '../transcript/types.ts';
import { analyseClosing } from './analyse.ts';
import type { AnalyseTranscriptOptions, TranscriptAnalysis } from './types.ts';

export { analyseClosing } from './analyse.ts';
export { STEP_KEYS, UNCERTAIN_REASONS } from './types.ts';
export { TIP_CODES, type ClosingTip, type TipCode } from './tips.ts';
export type {
  AnalyseTranscriptOptions,
  AgreementConfidence,
  LeaderBasis,
  UncertainReason,
  StepFinding,
  StepKey,
  TranscriptAgreement,
  TranscriptAnalysis,
} from './types.ts';

export type AnalyseResult =
  { ok: true; analysis: TranscriptAnalysis } | { ok: false; error: TranscriptError };

/** Reads and analyses a transcript; never throws: a non-transcript gives `{ ok: false, error }`. */
export function tryAnalyseTranscript(
  fileName: string,
  content: string,
  options: AnalyseTranscriptOptions,
): AnalyseResult {
  const read = readTranscript(String(fileName ?? ''), content);
  if (!read.ok) return read;
  try {
    return { ok: true, analysis: analyseClosing(read.transcript, options) };
  } catch (cause) {
    // A bug must not take a batch down; report it as this file's failure (the cause stays in the error for logs).
    const error = new TranscriptError('transcript_analysis_failed', read.transcript.fileName);
    error.cause = cause;
    return { ok: false, error };
  }
}

/** Reads and analyses a transcript; throws only TranscriptError (stable `code`) for a non-transcript. */
export function analyseTranscript(
  fileName: string,
  content: string,
  options: AnalyseTranscriptOptions,
): TranscriptAnalysis {
  const result = tryAnalyseTranscript(fileName, content, options);
  if (!result.ok) throw result.error;
  return result.analysis;
}
