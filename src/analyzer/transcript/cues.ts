// A small reader for WebVTT (Teams, Zoom) and SRT. Chosen over webvtt-parser because transcripts in the
// wild break the spec (unclosed <v> tags, missing header, SRT-style commas, stray text) and webvtt-parser
// reports those as errors and drops cues; this reader keeps every cue it can read, in one linear pass,
// and only refuses a file whose LAST cue is cut off (a truncated download or copy).
import { decodeEntities, splitLines, stripTags } from './text.ts';
import { parseClock } from './speaker.ts';
import type { RawPiece } from './label.ts';

const STAMP = String.raw`(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;
const TIMING = new RegExp(String.raw`^\s*(${STAMP})\s*-->\s*(${STAMP})(?:\s|$)`);
const VOICE = /<v(?:\.[^\s>]*)?\s+([^>]*)>/;

export type CueProblem = 'truncated' | 'no_header_no_timings';

export interface CueReading {
  pieces: RawPiece[];
  warnings: string[];
  /** Set when the file cannot be read as cues at all. */
  problem?: CueProblem;
}

/** Text and speaker of one cue's payload lines. */
function cuePiece(lines: string[], start: number | undefined): RawPiece {
  const raw = lines.join('\n');
  const voice = VOICE.exec(raw);
  const speaker = voice ? decodeEntities(voice[1]!).replace(/\s+/g, ' ').trim() || null : null;
  const text = decodeEntities(stripTags(raw)).replace(/\s+/g, ' ').trim();
  const piece: RawPiece = { text, voice: speaker };
  if (start !== undefined) piece.start = start;
  return piece;
}

/** Whether a last block without a timing is the remains of a cut-off cue (an id or half a timestamp). */
function looksLikeCutCue(block: string[]): boolean {
  if (block.length !== 1) return false;
  const line = block[0]!.trim();
  return /^\d+$/.test(line) || /^[\d:.,\s>-]+$/.test(line) || /^[0-9a-f-]{8,}(?:\/[\d-]+)?$/i.test(line);
}

/** Reads WebVTT or SRT cues; `vtt` says whether a WEBVTT header is expected. */
export function readCues(content: string, vtt: boolean): CueReading {
  const lines = splitLines(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  const warnings: string[] = [];
  const pieces: RawPiece[] = [];
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  if (vtt) {
    if (i < lines.length && /^WEBVTT(?:\s|$)/.test(lines[i]!.trim())) {
      // Skip the header block (the WEBVTT line and any metadata lines up to the first blank line).
      while (i < lines.length && lines[i]!.trim() !== '') i++;
    } else {
      warnings.push('missing WEBVTT header');
    }
  }
  let block: string[] = [];
  const blocks: string[][] = [];
  for (; i <= lines.length; i++) {
    const line = i < lines.length ? lines[i]! : '';
    if (line.trim() === '') {
      if (block.length > 0) blocks.push(block);
      block = [];
      continue;
    }
    // A timing line glued to the previous cue's text (no blank line between) starts a new cue.
    if (block.length > 0 && TIMING.test(line)) {
      const timingAt = block.findIndex((l) => l.includes('-->'));
      if (timingAt >= 0) {
        const last = block[block.length - 1]!;
        const id = block.length - 1 > timingAt && /^\d+$/.test(last.trim()) ? block.pop() : undefined;
        blocks.push(block);
        block = id !== undefined ? [id] : [];
      }
    }
    block.push(line);
  }
  let anyTiming = false;
  for (let b = 0; b < blocks.length; b++) {
    const lines = blocks[b]!;
    const isLast = b === blocks.length - 1;
    const timingAt = lines[0]!.includes('-->') ? 0 : lines.length > 1 && lines[1]!.includes('-->') ? 1 : -1;
    if (timingAt < 0) {
      const head = lines[0]!.trim();
      if (/^(?:NOTE|STYLE|REGION)(?:\s|$)/.test(head)) continue;
      if (isLast && anyTiming && looksLikeCutCue(lines)) return { pieces, warnings, problem: 'truncated' };
      warnings.push(`skipped text outside a cue: "${head.slice(0, 40)}"`);
      continue;
    }
    const timing = TIMING.exec(lines[timingAt]!);
    if (!timing) {
      if (isLast) return { pieces, warnings, problem: 'truncated' };
      warnings.push(`skipped a cue with a malformed timing: "${lines[timingAt]!.trim().slice(0, 40)}"`);
      continue;
    }
    anyTiming = true;
    const payload = lines.slice(timingAt + 1);
    if (payload.length === 0 && isLast) return { pieces, warnings, problem: 'truncated' };
    pieces.push(cuePiece(payload, parseClock(timing[1])));
  }
  if (!anyTiming && (vtt ? warnings[0] === 'missing WEBVTT header' : true)) {
    return { pieces, warnings, problem: 'no_header_no_timings' };
  }
  return { pieces, warnings };
}
