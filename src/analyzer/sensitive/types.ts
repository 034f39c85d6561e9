// Shapes of the sensitive-data detector: what it finds, and the rules it finds it with.

/** The kinds of special personal data the detector looks for. */
export type SensitiveKind = 'bsn' | 'health';

/** Health categories; each is one rule with its own word table per language. */
export type HealthCategory = 'condition' | 'mental' | 'medication' | 'treatment' | 'addiction' | 'disability';

/** Stable rule ids: clients and translations key on them. */
export type SensitiveRuleId = 'bsn.elfproef' | 'bsn.labelled' | `health.${HealthCategory}`;

/** One place in a text that holds special personal data. */
export interface SensitiveFinding {
  kind: SensitiveKind;
  rule: SensitiveRuleId;
  /** Offsets in the text as given (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  /** The text found, as written. */
  text: string;
}

/** How one entry of a word table matches a word (lower case, accents removed). */
export interface HealthTerm {
  term: string;
  /**
   * 'word': the whole word (the default); 'prefix': the word starts with it (diabet → diabetisch);
   * 'part': anywhere in the word, for compounds (kanker → longkanker). Phrases (with a space) match whole words.
   */
  match?: 'word' | 'prefix' | 'part';
  /** Only as written in the table (acronyms such as MS that are ordinary words in lower case). */
  caseSensitive?: boolean;
}

/** The word table of one health category in one language. */
export interface HealthTable {
  terms: HealthTerm[];
  /** Words that a 'prefix' or 'part' term would match but that mean something else (kankeren: to grumble). */
  exceptions?: string[];
}

/** A language's tables: the words that label a BSN, and the health words per category. */
export interface SensitiveWords {
  bsnLabels: string[];
  health: Record<HealthCategory, HealthTable>;
}

/** A rule as documented and tested: its id, what it is for, and examples of its own that must (not) match. */
export interface SensitiveRule {
  id: SensitiveRuleId;
  kind: SensitiveKind;
  description: string;
  examples: { match: string[]; noMatch: string[] };
}
