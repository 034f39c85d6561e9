// Transcript reading: .txt, .vtt (Teams, Zoom) and .srt into numbered utterances.
export type {
  Transcript,
  TranscriptFormat,
  Utterance,
  TranscriptErrorCode,
  TranscriptErrorDetail,
} from './types.ts';
export { TranscriptError, TRANSCRIPT_ERROR_CODES } from './types.ts';
export { readTranscript, sniffFormat, formatFromName, type ReadResult } from './read.ts';
export { decodeTranscriptBytes } from './text.ts';
