// Types of a parsed transcript, shared by the readers (txt, vtt, srt) and the closing analysis.

export type TranscriptFormat = 'txt' | 'vtt' | 'srt';

/** One utterance: a non-empty line of a .txt, or one cue of a .vtt/.srt. */
export interface Utterance {
  /** 1-based position among the utterances (cue order in VTT/SRT, non-empty line order in .txt). */
  line: number;
  /** Who said it, as the transcript names them; null when the transcript does not say. */
  speaker: string | null;
  text: string;
  /** Start time in seconds when the transcript gives one. */
  start?: number;
}

export interface Transcript {
  fileName: string;
  format: TranscriptFormat;
  utterances: Utterance[];
  /** Distinct speakers in order of first appearance. */
  speakers: string[];
  /** Things the reader skipped or repaired (malformed cues, missing header), for the curious. */
  warnings: string[];
}

/** Stable codes of the ways a file can fail to be a transcript. */
export type TranscriptErrorCode =
  | 'transcript_empty'
  | 'transcript_binary'
  | 'transcript_truncated'
  | 'transcript_not_vtt'
  | 'transcript_no_utterances'
  | 'transcript_analysis_failed';

/** Details a TranscriptError may carry; texts are in src/i18n (analyzer.transcript.detail.<code>). */
export type TranscriptErrorDetail = 'no_timings';

/** A file that is not a readable transcript; `code` is stable, its words are in src/i18n (analyzer.transcript.*). */
export class TranscriptError extends Error {
  readonly code: TranscriptErrorCode;
  readonly fileName: string;
  readonly detail: TranscriptErrorDetail | undefined;

  constructor(code: TranscriptErrorCode, fileName: string, detail?: TranscriptErrorDetail) {
    // The message is for logs only (English, with the code); people read the i18n text of the code.
    super(`${fileName}: ${code}${detail ? ` (${detail})` : ''}`);
    this.name = 'TranscriptError';
    this.code = code;
    this.fileName = fileName;
    this.detail = detail;
  }
}

/** Every code a TranscriptError can have (for the i18n check). */
export const TRANSCRIPT_ERROR_CODES: readonly TranscriptErrorCode[] = [
  'transcript_empty',
  'transcript_binary',
  'transcript_truncated',
  'transcript_not_vtt',
  'transcript_no_utterances',
  'transcript_analysis_failed',
];
