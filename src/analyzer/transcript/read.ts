// Reads a transcript file's text (.txt, .vtt, .srt) into numbered utterances, or says why it cannot.
import { readCues } from './cues.ts';
import { piecesToUtterances, type RawPiece } from './label.ts';
import { looksBinary, splitLines } from './text.ts';
import { TranscriptError, type Transcript, type TranscriptFormat } from './types.ts';

export type ReadResult = { ok: true; transcript: Transcript } | { ok: false; error: TranscriptError };

/** The format a file claims by its name, or null when the name says nothing. */
export function formatFromName(fileName: string): TranscriptFormat | null {
  const match = /\.([a-z0-9]+)$/i.exec(fileName);
  const ext = match?.[1]?.toLowerCase();
  if (ext === 'vtt' || ext === 'webvtt') return 'vtt';
  if (ext === 'srt') return 'srt';
  if (ext === 'txt' || ext === 'text' || ext === 'md') return 'txt';
  return null;
}

/** The format the content shows: a WEBVTT header, SRT-style timings, or plain text. */
export function sniffFormat(content: string): TranscriptFormat {
  const head = content
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^WEBVTT(?:\s|$)/.test(head)) return 'vtt';
  if (/^\d+\s*\r?\n\s*(?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->/.test(head)) return 'srt';
  return 'txt';
}

function txtPieces(content: string): RawPiece[] {
  const pieces: RawPiece[] = [];
  for (const line of splitLines(content)) {
    if (line.trim() !== '') pieces.push({ text: line });
  }
  return pieces;
}

/** Reads a transcript; never throws: a file that is not a transcript gives a TranscriptError result. */
export function readTranscript(fileName: string, content: string): ReadResult {
  const fail = (error: TranscriptError): ReadResult => ({ ok: false, error });
  if (typeof content !== 'string') return fail(new TranscriptError('transcript_binary', fileName));
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  if (text.trim() === '') return fail(new TranscriptError('transcript_empty', fileName));
  if (looksBinary(text)) return fail(new TranscriptError('transcript_binary', fileName));
  const sniffed = sniffFormat(text);
  const claimed = formatFromName(fileName);
  // Content wins over the name when it is unmistakable (a WEBVTT header, numbered SRT cues).
  const format: TranscriptFormat = sniffed !== 'txt' ? sniffed : (claimed ?? 'txt');
  let pieces: RawPiece[];
  const warnings: string[] = [];
  if (format === 'txt') {
    pieces = txtPieces(text);
  } else {
    const reading = readCues(text, format === 'vtt');
    warnings.push(...reading.warnings);
    if (reading.problem === 'truncated') return fail(new TranscriptError('transcript_truncated', fileName));
    if (reading.problem === 'no_header_no_timings') {
      return fail(
        new TranscriptError(
          format === 'vtt' ? 'transcript_not_vtt' : 'transcript_no_utterances',
          fileName,
          'no_timings',
        ),
      );
    }
    pieces = reading.pieces;
  }
  const utterances = piecesToUtterances(pieces);
  if (!utterances.some((u) => u.text.length > 0))
    return fail(new TranscriptError('transcript_no_utterances', fileName));
  const speakers: string[] = [];
  const seen = new Set<string>();
  for (const u of utterances) {
    if (u.speaker && !seen.has(u.speaker)) {
      seen.add(u.speaker);
      speakers.push(u.speaker);
    }
  }
  return { ok: true, transcript: { fileName, format, utterances, speakers, warnings } };
}
