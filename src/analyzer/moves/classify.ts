// Classifies one turn of a conversation leader into kinds of moves (acknowledging, explaining a limit,
// summarising, … arguing, jargon). Rules are phrase tables per language (lang-nl.ts, lang-en.ts); a SMART
// agreement is recognised by the agreement reader. Deterministic and browser-safe.
import { detectLanguage, readAgreement } from '../agreement/index.ts';
import type { AnalyzerLang } from '../agreement/types.ts';
import { NL_MOVES } from './lang-nl.ts';
import { EN_MOVES } from './lang-en.ts';
import { compilePhrase, firstMatch, normalizeForMoves } from './pattern.ts';
import {
  MOVE_KINDS,
  type ClassifyOptions,
  type Move,
  type MoveKind,
  type MoveReading,
  type MoveRule,
  type MoveTable,
} from './types.ts';

/** The rule that is not a phrase table: an agreement the agreement reader finds SMART. */
export const SMART_AGREEMENT_RULE = 'agreement.smart';

/** A turn longer than this is read only up to here: a leader's turn is a few sentences, not a document. */
export const MAX_TURN_CHARS = 2000;

/** The day agreements are read against when none is given; the SMART verdict does not depend on it. */
const DEFAULT_DAY = '2026-01-05';
/** Without names, "ik/I" is the leader and "u/you" the other person: an owner either way. */
const DEFAULT_SPEAKER = 'leader';
const DEFAULT_PARTICIPANTS = ['leader', 'other'];

// eslint-disable-next-line no-control-regex -- these are exactly the characters to take out
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

interface CompiledRule {
  rule: MoveRule;
  match: RegExp[];
  unless: RegExp[];
}

interface CompiledTable {
  questionStarts: Set<string>;
  rules: CompiledRule[];
  notAgreement: RegExp[];
}

const TABLES: Record<AnalyzerLang, MoveTable> = { nl: NL_MOVES, en: EN_MOVES };
const compiled = new Map<AnalyzerLang, CompiledTable>();

function table(lang: AnalyzerLang): CompiledTable {
  let found = compiled.get(lang);
  if (!found) {
    const source = TABLES[lang];
    found = {
      questionStarts: new Set(source.questionStarts.map(normalizeForMoves)),
      rules: source.rules.map((rule) => ({
        rule,
        match: rule.match.map(compilePhrase),
        unless: (rule.unless ?? []).map(compilePhrase),
      })),
      notAgreement: source.notAgreement.map(compilePhrase),
    };
    compiled.set(lang, found);
  }
  return found;
}

/** Every rule of both languages (the tables and the agreement rule), for tests and documentation. */
export function moveRules(): { id: string; move: MoveKind; lang: AnalyzerLang | null }[] {
  const rules: { id: string; move: MoveKind; lang: AnalyzerLang | null }[] = [];
  for (const lang of ['nl', 'en'] as const)
    for (const rule of TABLES[lang].rules) rules.push({ id: rule.id, move: rule.move, lang });
  rules.push({ id: SMART_AGREEMENT_RULE, move: 'agreement', lang: null });
  return rules;
}

interface Sentence {
  raw: string;
  /** Normalised, padded with a space at both ends. */
  padded: string;
  question: boolean;
}

/** Splits a turn into sentences; a question shows by its mark, or, typed without any, by its first word. */
function sentences(text: string, starts: Set<string>): Sentence[] {
  const out: Sentence[] = [];
  const unpunctuated = !/[.!?]/.test(text);
  for (const piece of text.match(/[^.!?;\n]+[.!?;]*/g) ?? []) {
    const normal = normalizeForMoves(piece);
    if (normal === '') continue;
    const first = normal.split(' ', 1)[0]!;
    const question = /\?\s*$/.test(piece) || (unpunctuated && starts.has(first));
    out.push({ raw: piece.trim(), padded: ` ${normal} `, question });
  }
  return out;
}

/** Whether a sentence is a SMART agreement: someone, doing something checkable, by a day. */
function smartAgreement(sentence: Sentence, lang: AnalyzerLang, options: ClassifyOptions): boolean {
  if (sentence.question) return false;
  const reading = readAgreement(sentence.raw, {
    date: options.date ?? DEFAULT_DAY,
    lang,
    speaker: options.speaker ?? DEFAULT_SPEAKER,
    participants: options.participants ?? (options.speaker ? [options.speaker] : DEFAULT_PARTICIPANTS),
  });
  const { owner, specific, measurable, timeBound } = reading.smart;
  return reading.deadline !== null && reading.action !== null && owner && specific && measurable && timeBound;
}

/** The moves in one turn of the leader, one per kind, in the order of MOVE_KINDS. */
export function classifyMoves(text: string, options: ClassifyOptions = {}): MoveReading {
  const turn = String(text ?? '')
    .slice(0, MAX_TURN_CHARS)
    // Control characters and bidi overrides carry no words; they must not split or hide any.
    .replace(INVISIBLE, ' ');
  const lang: AnalyzerLang = options.lang ?? detectLanguage(turn);
  const { questionStarts, rules, notAgreement } = table(lang);
  const found = new Map<MoveKind, Move>();
  const parts = sentences(turn, questionStarts);
  for (const sentence of parts) {
    let summary = false;
    for (const { rule, match, unless } of rules) {
      // Summary rules run on every sentence: a summarising sentence is never an agreement too.
      if (found.has(rule.move) && rule.move !== 'summary') continue;
      if (rule.only === 'question' && !sentence.question) continue;
      if (rule.only === 'questionRound' && !options.questionRoundOpen) continue;
      const evidence = firstMatch(match, sentence.padded);
      if (evidence === null || firstMatch(unless, sentence.padded) !== null) continue;
      if (!found.has(rule.move)) found.set(rule.move, { kind: rule.move, rule: rule.id, evidence });
      if (rule.move === 'summary') summary = true;
    }
    // A summary repeats what was said, looking back or at a wish: it is no agreement of its own.
    if (
      !found.has('agreement') &&
      !summary &&
      firstMatch(notAgreement, sentence.padded) === null &&
      smartAgreement(sentence, lang, options)
    ) {
      found.set('agreement', {
        kind: 'agreement',
        rule: SMART_AGREEMENT_RULE,
        evidence: sentence.padded.trim(),
      });
    }
  }
  const moves = MOVE_KINDS.filter((kind) => found.has(kind)).map((kind) => found.get(kind)!);
  return { lang, moves, kinds: moves.map((move) => move.kind) };
}
