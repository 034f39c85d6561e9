// One tokenizer for the whole reader: words, numbers and punctuation with their offsets in the original text,
// a normalised form (lowercase, no accents: "vóór" → "voor") and spoken fillers marked, so rules can skip them.
import { GRAMMAR, WORD_CLASSES } from '../lang/index.ts';
import { fold } from '../text/fold.ts';

export interface Token {
  /** Normalised text: lowercase, accents removed, curly apostrophes straightened. */
  norm: string;
  /** Offsets in the original text, for quoting phrases as the speaker wrote them. */
  start: number;
  end: number;
  kind: 'word' | 'num' | 'punct';
  /** Starts with an upper-case letter in the original (names). */
  upper: boolean;
  /** A dot follows right after it ("vr.", "dec."): an abbreviation. */
  dot?: boolean;
}

/** At most this many characters are read: agreements are sentences, not books; keeps huge input cheap. */
export const READ_WINDOW = 4000;

/** One filler list for the whole analyzer: the language packs'. */
const FILLERS = WORD_CLASSES.fillers;

// Each alternative needs a separator before repeating, so matching is linear (no nested ambiguity).
const TOKEN = /[\p{L}\p{N}]+(?:['’\-/.:][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Lowercase and strip diacritics (é → e), so rules need one spelling: the analyzer's one normalisation. */
export const normalise = fold;

/** The word an apostrophe elided ("'k zal" → "ik"), from the packs' spoken contractions; else null. */
function elided(source: string, start: number, raw: string): string | null {
  const before = source.charAt(start - 1);
  if (before !== "'" && before !== '’') return null;
  if (start >= 2 && /[\p{L}\p{N}]/u.test(source.charAt(start - 2))) return null;
  const key = raw.toLowerCase();
  return Object.hasOwn(GRAMMAR.spokenContractions, key) ? GRAMMAR.spokenContractions[key]! : null;
}

/** Splits text (its first READ_WINDOW characters) into tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const source = text.length > READ_WINDOW ? text.slice(0, READ_WINDOW) : text;
  for (const match of source.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index ?? 0;
    const first = raw.charAt(0);
    const isWord = /[\p{L}\p{N}]/u.test(first);
    tokens.push({
      norm: elided(source, start, raw) ?? normalise(raw),
      start,
      end: start + raw.length,
      kind: !isWord ? 'punct' : /^\d/.test(raw) ? 'num' : 'word',
      upper: first !== first.toLowerCase(),
      dot: source.charCodeAt(start + raw.length) === 46,
    });
  }
  return tokens;
}

/** Whether a token is a spoken filler ("eh", "ehm", "uh"). */
export function isFiller(token: Token): boolean {
  return token.kind === 'word' && FILLERS.has(token.norm);
}

/** Words and numbers without fillers and without a direct repetition ("ik ik stuur" → "ik stuur"). */
export function contentTokens(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    if (token.kind === 'punct' || isFiller(token)) continue;
    const previous = out[out.length - 1];
    if (previous && previous.norm === token.norm && token.kind === 'word') continue;
    out.push(token);
  }
  return out;
}
