// One tokenizer for the whole analyzer: words, numbers and punctuation with their offsets in the original
// text and a folded form. Words carry what the rules need about their surroundings (which sentence, the
// punctuation after them), so rules can work on words alone and never run a regular expression over text.
import { fold } from './fold.ts';

export interface Token {
  /** Folded text: lower case, no accents, straight apostrophes. */
  norm: string;
  /** Offsets in the original text, for quoting phrases as the speaker said them. */
  start: number;
  end: number;
  kind: 'word' | 'num' | 'punct';
  /** Starts with an upper-case letter in the original (names). */
  upper: boolean;
}

/** A word of a sentence as the rules see it (fillers and stutters already left out). */
export interface Word extends Token {
  /** Index of the sentence the word belongs to (a new sentence starts after . ! ? ; and a clause break). */
  sentence: number;
  /** Punctuation right after the word: '', ',', '.', '?', '!', ';', ':' (the strongest one). */
  after: string;
  /** Index of the token in the full token list. */
  index: number;
}

// Each alternative needs a separator before it repeats, so matching is linear (no nested ambiguity).
const TOKEN = /[\p{L}\p{N}]+(?:['’\-/.:][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const ALNUM = /[\p{L}\p{N}]/u;

/** Splits text into tokens; only the first `limit` characters are read (huge input stays cheap). */
export function tokenize(text: string, limit = Infinity): Token[] {
  const tokens: Token[] = [];
  const source = text.length > limit ? text.slice(0, limit) : text;
  for (const match of source.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index ?? 0;
    const first = raw.charAt(0);
    const isWord = ALNUM.test(first);
    tokens.push({
      norm: fold(raw),
      start,
      end: start + raw.length,
      kind: !isWord ? 'punct' : /^\d/.test(raw) ? 'num' : 'word',
      upper: first !== first.toLowerCase(),
    });
  }
  return tokens;
}

const SENTENCE_END = new Set(['.', '!', '?', ';']);

/** A single capital letter: with a dot before a lower-case word it is an initial ("bij meneer R. langs"). */
const initial = (token: Token): boolean => token.upper && token.norm.length === 1 && token.kind === 'word';
const STRENGTH: Record<string, number> = { '': 0, ',': 1, ':': 2, ';': 3, '.': 4, '!': 5, '?': 6 };

/** What the word list needs to know of the languages: spoken fillers, abbreviations and titles. */
export interface WordClasses {
  fillers: ReadonlySet<string>;
  /** Words written with a dot that does not end a sentence before a lower-case word ("dec.", "z.s.m."). */
  abbreviations: ReadonlySet<string>;
  /** Titles: their dot never ends a sentence ("dhr. Jansen"). */
  titles: ReadonlySet<string>;
}

/**
 * The words of a token list, without fillers and direct repetitions ("ik ik stuur" → "ik stuur"), each with
 * its sentence number and the punctuation after it. The dot of an abbreviation ("12 dec. 2026", "z.s.m. te")
 * ends no sentence before a lower-case word or a number, nor does the dot of a title ("dhr. Jansen") or of an
 * initial before a lower-case word ("meneer R. komt").
 */
export function wordsOf(tokens: Token[], classes: WordClasses): Word[] {
  const { fillers, abbreviations, titles } = classes;
  const words: Word[] = [];
  let sentence = 0;
  let pendingEnd = false;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind === 'punct') {
      const last = words[words.length - 1];
      if (!last) continue;
      const p = token.norm;
      if (STRENGTH[p] !== undefined && STRENGTH[p]! > STRENGTH[last.after]!) last.after = p;
      if (SENTENCE_END.has(p)) {
        // "dec. 2026", "z.s.m. te": an abbreviation's dot, not the end of the sentence.
        const next = tokens[k + 1];
        const abbreviated =
          p === '.' &&
          last.end === token.start &&
          next !== undefined &&
          next.kind !== 'punct' &&
          (titles.has(last.norm) || ((abbreviations.has(last.norm) || initial(last)) && !next.upper));
        if (abbreviated) last.after = '';
        else pendingEnd = true;
      }
      continue;
    }
    if (fillers.has(token.norm) && token.kind === 'word') continue;
    const previous = words[words.length - 1];
    if (
      previous &&
      previous.norm === token.norm &&
      token.kind === 'word' &&
      previous.after === '' &&
      !pendingEnd
    )
      continue;
    if (pendingEnd && previous) sentence++;
    pendingEnd = false;
    words.push({ ...token, sentence, after: '', index: k });
  }
  return words;
}
