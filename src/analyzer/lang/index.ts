// The registry of language packs and what the language-agnostic modules build from them once: word classes
// for the tokenizer, and every closing cue compiled into one index (people mix languages: "any questions?" in
// a Dutch meeting), so an utterance is read once for all cues.
import { compilePattern, PatternIndex, type Span } from '../text/pattern.ts';
import type { WordClasses } from '../text/tokenize.ts';
import { en } from './en/index.ts';
import { nl } from './nl/index.ts';
import type { CueFamily, CueRule, Grammar, LanguagePack } from './types.ts';

export type { CueFamily, CueRule, Grammar, LanguagePack } from './types.ts';

/** Every pack, by language code. */
export const PACKS: Readonly<Record<'nl' | 'en', LanguagePack>> = { nl, en };

const all = Object.values(PACKS);

/** Fillers, abbreviations and titles of all languages: what the word list leaves out or keeps together. */
export const WORD_CLASSES: WordClasses = {
  fillers: new Set(all.flatMap((p) => p.fillers)),
  abbreviations: new Set(all.flatMap((p) => p.abbreviations)),
  titles: new Set(all.flatMap((p) => p.titles)),
};

/** Every cue rule of every pack. */
export const CUE_RULES: readonly CueRule[] = all.flatMap((p) => p.cues);

let index: PatternIndex<CueRule> | null = null;

/** The compiled cue index (built on first use). */
export function cueIndex(): PatternIndex<CueRule> {
  if (index) return index;
  const entries = all.flatMap((pack) =>
    pack.cues.map((rule) => ({ pattern: compilePattern(rule.pattern, pack.classes), value: rule })),
  );
  index = new PatternIndex(entries);
  return index;
}

/** The cues found in some words: per family, the first match and the rule that made it. */
export type CueHits = Map<CueFamily, { rule: string; span: Span }>;

/** The grammar words of every pack, merged: each list role as one set, the tables as one table. */
export type GrammarWords = {
  readonly [K in keyof Grammar]: Grammar[K] extends readonly string[] ? ReadonlySet<string> : Grammar[K];
};

function mergeGrammar(): GrammarWords {
  const keys = Object.keys(all[0]!.grammar) as (keyof Grammar)[];
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const first = all[0]!.grammar[key];
    if (Array.isArray(first) && (first.length === 0 || typeof first[0] === 'string'))
      out[key] = new Set(all.flatMap((p) => p.grammar[key] as readonly string[]));
    else if (Array.isArray(first)) out[key] = all.flatMap((p) => p.grammar[key] as readonly unknown[]);
    else out[key] = Object.assign({}, ...all.map((p) => p.grammar[key]));
  }
  return out as GrammarWords;
}

/** Every pack's grammar words (people mix languages, so the readers know all of them). */
export const GRAMMAR: GrammarWords = mergeGrammar();
