// The kinds of moves a conversation leader makes in one turn, and the shape of the rule tables that find them.
import type { AnalyzerLang } from '../agreement/types.ts';

/** Every kind of move, helpful ones first, then the ones that make a conversation worse. */
export const MOVE_KINDS = [
  'acknowledge',
  'calm',
  'limit',
  'boundary',
  'choice',
  'open_question',
  'summary',
  'agreement',
  'next_steps',
  'question_round',
  'reachable',
  'feedback',
  'thanks',
  'argue',
  'blame',
  'jargon',
  'overpromise',
  'new_topic',
] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

/** The moves that make a conversation worse. */
export const HARMFUL_MOVES: readonly MoveKind[] = ['argue', 'blame', 'jargon', 'overpromise', 'new_topic'];

/**
 * One rule: the phrases that signal a move. A phrase is a few words separated by spaces, matched within one
 * sentence of normalised text (lowercase, no diacritics, hyphens dropped: "e-mail" is "email"):
 * - `a|b` either word (`nog_een_keer`: several words as one alternative); `word*` a word starting with "word"; `word?` an optional word;
 * - `*` alone any one word; `~` up to four words; `~2` up to two words;
 * - a phrase starting with `^` must open the sentence.
 */
export interface MoveRule {
  /** Stable id, `<lang>.<move>.<name>`. */
  id: string;
  move: MoveKind;
  match: string[];
  /** Phrases that, anywhere in the same sentence, cancel the match (negation, an explanation given). */
  unless?: string[];
  /** Only in a question (`question`), or only once the question round is open (`questionRound`). */
  only?: 'question' | 'questionRound';
}

/** The word table of one language. */
export interface MoveTable {
  lang: AnalyzerLang;
  /** Words that open a question even without a question mark (typed without punctuation). */
  questionStarts: string[];
  rules: MoveRule[];
  /** Phrases that keep a sentence from being an agreement: looking back ("u had het verwacht"), a wish. */
  notAgreement: string[];
}

/** One move found in a turn, with the rule and the words that showed it. */
export interface Move {
  kind: MoveKind;
  rule: string;
  /** The matched words of the sentence, normalised. */
  evidence: string;
}

export interface ClassifyOptions {
  /** Language of the turn; detected when absent. */
  lang?: AnalyzerLang;
  /** Day of the conversation (for reading agreements), 'YYYY-MM-DD'. */
  date?: string;
  /** Who speaks and who else is there, for reading agreements ("ik", "u"). */
  speaker?: string;
  participants?: string[];
  /** Whether the leader has already opened the question round: a new topic then interrupts it. */
  questionRoundOpen?: boolean;
}

export interface MoveReading {
  lang: AnalyzerLang;
  /** The moves found, one per kind, in the order of MOVE_KINDS. */
  moves: Move[];
  /** The kinds of `moves`, in the same order. */
  kinds: MoveKind[];
}
