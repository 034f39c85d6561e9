// Small helpers shared by the Dutch and English sentence grammars.

/** A word of a phrase as typed, and its lower-case form without surrounding punctuation. */
export interface Word {
  text: string;
  norm: string;
}

/** Splits a phrase into words (on white space), keeping each word as typed beside its normal form. */
export function wordsOf(phrase: string): Word[] {
  return phrase
    .split(/\s+/)
    .filter(Boolean)
    .map((text) => ({ text, norm: normalise(text) }));
}

/** Lower case, without leading and trailing punctuation ("Stuur," → "stuur"; "i'll" stays). */
export function normalise(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, '');
}

/** The phrase without trailing sentence punctuation and surrounding white space. */
export function trimPhrase(phrase: string): string {
  return phrase
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?]+$/u, '');
}

/** The text with a full stop at the end unless it already ends a sentence (., ?, !, …). */
export function asSentence(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return /[.?!…]["'’”)]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The text with its first letter in upper case. */
export function capitalise(text: string): string {
  return text.replace(
    /^(\P{L}*)(\p{L})/u,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );
}

/** The words right before and after each place where `word` (normalised) stands in the source; null at the edges. */
export function neighboursOf(
  source: Word[],
  word: string,
): { before: string | null; after: string | null }[] {
  const found: { before: string | null; after: string | null }[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i]!.norm !== word) continue;
    found.push({ before: source[i - 1]?.norm ?? null, after: source[i + 1]?.norm ?? null });
  }
  return found;
}

/** The lower-case words of a person's name, for finding the name in a sentence. */
export function nameWords(name: string | null): Set<string> {
  return new Set((name ?? '').split(/\s+/).map(normalise).filter(Boolean));
}
