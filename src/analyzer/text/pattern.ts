// Token-window patterns: the one way rules look for words. A pattern is a short sequence of word slots and
// bounded gaps, matched on the words of one sentence, so every match attempt reads a bounded number of
// words and a whole text costs time linear in its length (no `.*` between cue words, no backtracking over
// the text). Syntax, words in folded form (see fold.ts):
//
//   bel|mail        one word out of a set          samenvat*     a word starting with "samenvat"
//   @you            a word class of the language   _             any one word
//   ~3              up to three words (any)        x?  [..]?     optional slot or group
//   [a b | c]       one of several sequences       !x|y          the next word is none of these (zero width)
//   !<x|y           the previous word is none      ^  $          start / end of the sentence
//   {?}  {,}        the previous word is followed by a question mark / a comma or colon
//   #n              a number (digits or a number token)
//
// A match never crosses a sentence end: everything it reads lies in one sentence.
import type { Word } from './tokenize.ts';

type Node =
  | {
      t: 'words';
      exact: ReadonlySet<string>;
      prefixes: string[];
      any: boolean;
      num: boolean;
      optional: boolean;
    }
  | { t: 'gap'; max: number }
  | { t: 'group'; alternatives: Node[][]; optional: boolean }
  | { t: 'not'; exact: ReadonlySet<string>; prefixes: string[]; before: boolean }
  | { t: 'start' }
  | { t: 'end' }
  | { t: 'punct'; mark: string };

/** Word classes a pattern may name with @class. */
export type WordClassMap = Readonly<Record<string, readonly string[]>>;

/** A compiled pattern. */
export interface Pattern {
  readonly source: string;
  /** Words a match can start with; null when it can start anywhere (a gap, a class of prefixes …). */
  readonly first: ReadonlySet<string> | null;
  readonly anchored: boolean;
  readonly nodes: readonly Node[];
}

/** A pattern that does not compile: the rule's source is wrong (a programming error, caught by tests). */
export class PatternError extends Error {}

/** Compiles a pattern; word classes are expanded now, so matching never looks anything up by name. */
export function compilePattern(source: string, classes: WordClassMap = {}): Pattern {
  const tokens = source.match(/\[|\]\??|\||[^\s[\]|]+(?:\|[^\s[\]|]+)*/g) ?? [];
  let pos = 0;
  const wordSet = (spec: string): { exact: Set<string>; prefixes: string[]; num: boolean } => {
    const exact = new Set<string>();
    const prefixes: string[] = [];
    let num = false;
    for (const part of spec.split('|')) {
      if (part === '#n') num = true;
      else if (part.startsWith('@')) {
        const members = classes[part.slice(1)];
        if (!members) throw new PatternError(`unknown word class ${part} in "${source}"`);
        for (const m of members) {
          if (m.endsWith('*')) prefixes.push(m.slice(0, -1));
          else exact.add(m);
        }
      } else if (part.endsWith('*') && part.length > 1) prefixes.push(part.slice(0, -1));
      else if (part.length > 0) exact.add(part);
    }
    return { exact, prefixes, num };
  };
  const sequence = (): Node[][] => {
    const alternatives: Node[][] = [[]];
    while (pos < tokens.length) {
      const tok = tokens[pos]!;
      if (tok === ']' || tok === ']?') return alternatives;
      pos++;
      const seq = alternatives[alternatives.length - 1]!;
      if (tok === '|') {
        alternatives.push([]);
        continue;
      }
      if (tok === '[') {
        const inner = sequence();
        const close = tokens[pos];
        if (close !== ']' && close !== ']?') throw new PatternError(`unclosed [ in "${source}"`);
        pos++;
        seq.push({ t: 'group', alternatives: inner, optional: close === ']?' });
        continue;
      }
      if (tok === '^') seq.push({ t: 'start' });
      else if (tok === '$') seq.push({ t: 'end' });
      else if (tok === '{?}' || tok === '{,}') seq.push({ t: 'punct', mark: tok.charAt(1) });
      else if (/^~\d+$/.test(tok)) seq.push({ t: 'gap', max: Number(tok.slice(1)) });
      else if (tok.startsWith('!<') || tok.startsWith('!')) {
        const before = tok.startsWith('!<');
        const { exact, prefixes } = wordSet(tok.slice(before ? 2 : 1));
        seq.push({ t: 'not', exact, prefixes, before });
      } else {
        const optional = tok.length > 1 && tok.endsWith('?');
        const spec = optional ? tok.slice(0, -1) : tok;
        if (spec === '_')
          seq.push({ t: 'words', exact: new Set(), prefixes: [], any: true, num: false, optional });
        else seq.push({ t: 'words', ...wordSet(spec), any: false, optional });
      }
    }
    return alternatives;
  };
  const alternatives = sequence();
  if (pos !== tokens.length) throw new PatternError(`unbalanced ] in "${source}"`);
  const nodes: Node[] =
    alternatives.length === 1 ? alternatives[0]! : [{ t: 'group', alternatives, optional: false }];
  if (nodes.length === 0) throw new PatternError(`empty pattern "${source}"`);
  const anchored = nodes[0]!.t === 'start';
  return { source, first: firstWords(anchored ? nodes.slice(1) : nodes), anchored, nodes };
}

/** The exact words a match must start with, when they can be known (for indexing); null otherwise. */
function firstWords(nodes: readonly Node[]): Set<string> | null {
  const out = new Set<string>();
  for (const node of nodes) {
    if (node.t === 'not' || node.t === 'punct' || node.t === 'start' || node.t === 'end') continue;
    if (node.t === 'gap') return null;
    if (node.t === 'words') {
      if (node.any || node.num || node.prefixes.length > 0) return null;
      for (const w of node.exact) out.add(w);
      if (!node.optional) return out;
      continue;
    }
    // A group: the union of its alternatives' first words.
    for (const alt of node.alternatives) {
      const sub = firstWords(alt);
      if (sub === null) return null;
      if (sub.size === 0) return null;
      for (const w of sub) out.add(w);
    }
    if (!node.optional && node.alternatives.every((alt) => alt.some((n) => n.t === 'words' && !n.optional)))
      return out;
  }
  return null;
}

function inSet(w: string, exact: ReadonlySet<string>, prefixes: readonly string[]): boolean {
  if (exact.has(w)) return true;
  for (const p of prefixes) if (w.startsWith(p)) return true;
  return false;
}

/**
 * Matches nodes from word index i; calls `done(end)` for each way to finish; stops at the first true.
 * `sentence` is the sentence all words must belong to.
 */
function run(
  nodes: readonly Node[],
  n: number,
  words: readonly Word[],
  i: number,
  sentence: number,
  done: (end: number) => boolean,
): boolean {
  if (n === nodes.length) return done(i);
  const node = nodes[n]!;
  const here = words[i];
  const inSentence = here !== undefined && here.sentence === sentence;
  switch (node.t) {
    case 'start':
      return (
        (i === 0 || words[i - 1]!.sentence !== (here?.sentence ?? -1)) &&
        run(nodes, n + 1, words, i, sentence, done)
      );
    case 'end':
      return !inSentence && run(nodes, n + 1, words, i, sentence, done);
    case 'punct': {
      const prev = words[i - 1];
      const ok =
        prev !== undefined &&
        prev.sentence === sentence &&
        (node.mark === '?' ? prev.after === '?' : prev.after === ',' || prev.after === ':');
      return ok && run(nodes, n + 1, words, i, sentence, done);
    }
    case 'not': {
      const other = node.before ? words[i - 1] : here;
      const hit =
        other !== undefined &&
        (node.before ? other.sentence === sentence : inSentence) &&
        inSet(other.norm, node.exact, node.prefixes);
      return !hit && run(nodes, n + 1, words, i, sentence, done);
    }
    case 'gap': {
      for (let k = 0; k <= node.max; k++) {
        if (k > 0) {
          const w = words[i + k - 1];
          if (!w || w.sentence !== sentence) return false;
        }
        if (run(nodes, n + 1, words, i + k, sentence, done)) return true;
      }
      return false;
    }
    case 'words': {
      const ok =
        inSentence &&
        (node.any || (node.num && here!.kind === 'num') || inSet(here!.norm, node.exact, node.prefixes));
      if (ok && run(nodes, n + 1, words, i + 1, sentence, done)) return true;
      return node.optional && run(nodes, n + 1, words, i, sentence, done);
    }
    case 'group': {
      for (const alt of node.alternatives) {
        const rest = (end: number) => run(nodes, n + 1, words, end, sentence, done);
        if (run(alt, 0, words, i, sentence, rest)) return true;
      }
      return node.optional && run(nodes, n + 1, words, i, sentence, done);
    }
  }
}

/** A match: the words [from, to) of the list. */
export interface Span {
  from: number;
  to: number;
}

/** Matches the pattern starting at word i; the end of the shortest match, or -1. */
export function matchAt(pattern: Pattern, words: readonly Word[], i: number): number {
  const here = words[i];
  if (!here) {
    // Only a pattern of zero-width slots can match at the end.
    return -1;
  }
  if (pattern.anchored && i > 0 && words[i - 1]!.sentence === here.sentence) return -1;
  let end = -1;
  run(pattern.nodes, 0, words, i, here.sentence, (e) => {
    end = e;
    return true;
  });
  return end;
}

/** The first match of a pattern in the words, or null. */
export function findPattern(pattern: Pattern, words: readonly Word[]): Span | null {
  for (let i = 0; i < words.length; i++) {
    if (pattern.first && !pattern.first.has(words[i]!.norm)) continue;
    const end = matchAt(pattern, words, i);
    if (end >= 0) return { from: i, to: end };
  }
  return null;
}

/** A set of patterns indexed by their first word, so a text is read once for all of them. */
export class PatternIndex<T> {
  private readonly byFirst = new Map<string, { pattern: Pattern; value: T }[]>();
  private readonly anywhere: { pattern: Pattern; value: T }[] = [];

  constructor(entries: Iterable<{ pattern: Pattern; value: T }>) {
    for (const entry of entries) {
      if (entry.pattern.first === null) this.anywhere.push(entry);
      else
        for (const w of entry.pattern.first) {
          const list = this.byFirst.get(w) ?? [];
          list.push(entry);
          this.byFirst.set(w, list);
        }
    }
  }

  /** Every value whose pattern matches somewhere in the words, with its first match. */
  scan(words: readonly Word[]): { value: T; span: Span }[] {
    const found = new Map<T, Span>();
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirst.get(words[i]!.norm);
      if (candidates)
        for (const { pattern, value } of candidates) {
          if (found.has(value)) continue;
          const end = matchAt(pattern, words, i);
          if (end >= 0) found.set(value, { from: i, to: end });
        }
      for (const { pattern, value } of this.anywhere) {
        if (found.has(value)) continue;
        const end = matchAt(pattern, words, i);
        if (end >= 0) found.set(value, { from: i, to: end });
      }
    }
    return [...found].map(([value, span]) => ({ value, span }));
  }
}
