// Normalised text for cue matching: lowercase, no diacritics, fillers and stutters gone, so speech-to-text
// ("eh ik ik stuur u eh morgen") matches the same cues as written text.
import { WORD_CLASSES } from '../lang/index.ts';

/** One filler list for the whole analyzer: the language packs'. */
const FILLERS = WORD_CLASSES.fillers;

/** Lowercase, diacritics removed, curly quotes straightened, fillers and immediate word repeats dropped. */
export function normalize(text: string): string {
  const lowered = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"');
  const out: string[] = [];
  let previous = '';
  for (const token of lowered.split(/\s+/)) {
    if (token === '') continue;
    const bare = token.replace(/[^\p{L}\p{N}'@.-]/gu, '');
    if (FILLERS.has(bare)) continue;
    // "ik ik stuur" -> "ik stuur"; keep the token if punctuation separates the two ("ja. ja").
    if (bare !== '' && bare === previous && !/[.,;:?!]$/.test(out[out.length - 1] ?? '')) continue;
    out.push(token);
    previous = bare;
  }
  return out.join(' ');
}

/** Number of words in a text. */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
