// Transcript reading: .txt, .vtt (Teams, Zoom) and .srt into numbered utterances.
export type { Transcript, TranscriptFormat, Utterance, TranscriptErrorCode } from './types.ts';
export { TranscriptError } from './types.ts';
export { readTranscript, sniffFormat, formatFromName, type ReadResult } from './read.ts';
export { decodeTranscriptBytes } from './text.ts';
