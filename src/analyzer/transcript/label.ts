// Turns raw pieces of text (lines or cues) into utterances, deciding per file which labels are speakers.
import { acceptedLabels, splitLabel, type LabelSplit } from './speaker.ts';
import type { Utterance } from './types.ts';

/** A piece of transcript before speakers are resolved: a .txt line or a cue's text. */
export interface RawPiece {
  text: string;
  /** A speaker the format names outright (a WebVTT <v> voice). */
  voice?: string | null;
  start?: number;
}

/** Utterances from raw pieces: voices first, then "Label:" prefixes judged over the whole file. */
export function piecesToUtterances(pieces: RawPiece[]): Utterance[] {
  const splits: (LabelSplit | null)[] = new Array(pieces.length);
  const counts = new Map<string, number>();
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.voice) {
      splits[i] = null;
      continue;
    }
    const split = splitLabel(piece.text);
    splits[i] = split;
    if (split.label) counts.set(split.label, (counts.get(split.label) ?? 0) + 1);
  }
  const accepted = acceptedLabels(counts);
  const anyVoice = pieces.some((p) => p.voice);
  const hasSpeakers = accepted.size > 0 || anyVoice;
  const out: Utterance[] = [];
  let previous: string | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const split = splits[i];
    let speaker: string | null;
    let text: string;
    let start = piece.start;
    if (!split) {
      speaker = piece.voice ?? null;
      text = piece.text.trim();
      // Zoom-like cues inside a voice ("<v Marjolein>Marjolein: hallo") keep the text after the repeated name.
      const inner = splitLabel(text);
      if (inner.label && speaker && inner.label.toLowerCase() === speaker.toLowerCase()) text = inner.text;
    } else {
      start ??= split.start;
      if (split.label && accepted.has(split.label)) {
        speaker = split.label;
        text = split.text;
      } else {
        // A line without a speaker in a transcript that has them continues the previous speaker.
        speaker = hasSpeakers ? previous : null;
        text = split.body;
      }
    }
    // Most lines are clean; only collapse whitespace when there is something to collapse.
    if (/\s\s|[\t\n\r\f\v\u00a0]/.test(text)) text = text.replace(/\s+/g, ' ');
    text = text.trim();
    previous = speaker;
    // The line number is the piece's position, even when a piece is empty: the numbering is the contract.
    const utterance: Utterance = { line: i + 1, speaker, text };
    if (start !== undefined) utterance.start = start;
    out.push(utterance);
  }
  return out;
}
