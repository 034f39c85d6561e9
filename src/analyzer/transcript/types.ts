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

const MESSAGES: Record<TranscriptErrorCode, { nl: string; en: string }> = {
  transcript_empty: { nl: 'het bestand is leeg', en: 'the file is empty' },
  transcript_binary: {
    nl: 'dit is geen tekstbestand (binaire inhoud)',
    en: 'this is not a text file (binary content)',
  },
  transcript_truncated: {
    nl: 'het ondertitelbestand is afgebroken: de laatste cue is onvolledig',
    en: 'the subtitle file is cut off: the last cue is incomplete',
  },
  transcript_not_vtt: {
    nl: 'geen WebVTT: de kop "WEBVTT" en tijdcodes ontbreken',
    en: 'not WebVTT: the "WEBVTT" header and timings are missing',
  },
  transcript_no_utterances: {
    nl: 'er staan geen uitspraken in het bestand',
    en: 'the file contains no utterances',
  },
  transcript_analysis_failed: {
    nl: 'de analyse is mislukt door een interne fout',
    en: 'the analysis failed with an internal error',
  },
};

/** A file that is not a readable transcript; `code` is stable, messages exist in Dutch and English. */
export class TranscriptError extends Error {
  readonly code: TranscriptErrorCode;
  readonly fileName: string;
  readonly messages: { nl: string; en: string };

  constructor(code: TranscriptErrorCode, fileName: string, detail?: { nl: string; en: string }) {
    const base = MESSAGES[code];
    const messages = {
      nl: `${fileName}: ${base.nl}${detail ? ` (${detail.nl})` : ''}`,
      en: `${fileName}: ${base.en}${detail ? ` (${detail.en})` : ''}`,
    };
    super(messages.en);
    this.name = 'TranscriptError';
    this.code = code;
    this.fileName = fileName;
    this.messages = messages;
  }
}
