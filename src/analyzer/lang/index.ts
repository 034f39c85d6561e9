// The registry of language packs and what the language-agnostic modules build from them once: word classes
// for the tokenizer, and every closing cue compiled into one index (people mix languages: "any questions?" in
// a Dutch meeting), so an utterance is read once for all cues.
import { compilePattern, PatternIndex, type Span } from '../text/pattern.ts';
import type { WordClasses } from '../text/tokenize.ts';
import { en } from './en/index.ts';
import { nl } from './nl/index.ts';
import type { CueFamily, CueRule, LanguagePack } from './types.ts';

export type { CueFamily, CueRule, LanguagePack } from './types.ts';

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
