// Fixed phrases of a language pack ("zullen we zeggen", "i'm afraid we can't"), matched word by word at a
// position in a text's words. One matcher for every table of phrases, so they all read text the same way.

/** A table of phrases, each split into its words, longest first (a longer phrase wins over its start). */
export type PhraseTable = readonly (readonly string[])[];

export function phraseTable(phrases: Iterable<string>): PhraseTable {
  return [...new Set(phrases)]
    .map((p) => p.split(' ').filter((w) => w !== ''))
    .filter((p) => p.length > 0)
    .sort((a, b) => b.length - a.length);
}

/**
 * The number of words of the longest phrase in `table` that starts at word `i`, or 0 when none does.
 * `joins(k)` may refuse a phrase whose word k (k ≥ 1) is cut off from the word before it, for instance by a
 * comma or a sentence end; by default every word joins.
 */
export function phraseAt(
  words: readonly string[],
  i: number,
  table: PhraseTable,
  joins: (k: number) => boolean = () => true,
): number {
  for (const phrase of table) {
    if (i + phrase.length > words.length) continue;
    let k = 0;
    while (k < phrase.length && words[i + k] === phrase[k] && (k === 0 || joins(i + k))) k++;
    if (k === phrase.length) return k;
  }
  return 0;
}

/** The first phrase of `table` that starts between word `from` and word `last` (inclusive), or null. */
export function phraseWithin(
  words: readonly string[],
  from: number,
  last: number,
  table: PhraseTable,
): { at: number; length: number } | null {
  for (let i = from; i <= last && i < words.length; i++) {
    const length = phraseAt(words, i, table);
    if (length > 0) return { at: i, length };
  }
  return null;
}
