// The result of analysing a transcript's closing: the seven steps, agreements, leader, score and tips.
import type { AgreementReading, AnalyzerLang } from '../agreement/types.ts';
import type { TranscriptFormat } from '../transcript/types.ts';
import type { ClosingTip } from './tips.ts';

export const STEP_KEYS = [
  'summary',
  'agreements',
  'expectations',
  'questions',
  'contact',
  'feedback',
  'thanks',
] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export interface StepFinding {
  present: boolean;
  /** Utterances (line numbers) that carry the evidence, ascending. */
  lines: number[];
}

export interface TranscriptAgreement {
  line: number;
  speaker: string | null;
  /** The utterance as said. */
  text: string;
  owner: string | null;
  action: string | null;
  deadline: AgreementReading['deadline'];
  vagueTerms: string[];
  smart: AgreementReading['smart'];
  hints: AgreementReading['hints'];
  /** Whether the leader can take it as it is, or should check it first (and why). */
  confidence: AgreementConfidence;
}

/** Why a found agreement is uncertain; texts are in src/i18n (analyzer.uncertain.<code>). */
export const UNCERTAIN_REASONS = [
  'no_deadline',
  'no_owner',
  'vague_action',
  'accepted_only',
  'date_problem',
] as const;
export type UncertainReason = (typeof UNCERTAIN_REASONS)[number];

/** How sure the analyzer is of an agreement, the reasons it is not, and what it read it from. */
export interface AgreementConfidence {
  level: 'sure' | 'uncertain';
  reasons: UncertainReason[];
  evidence: {
    /** The line(s) the agreement was read from (a request and its acceptance are two). */
    lines: number[];
    /** The words that name the time, if any. */
    time: string | null;
    /** Who acts, as read (the speaker, the one addressed, a named participant). */
    owner: string | null;
  };
}

/** How the leader was decided: given, from who makes the closing moves, from who speaks most, or unknown. */
export type LeaderBasis = 'option' | 'closing-moves' | 'most-utterances' | 'none';

export interface TranscriptAnalysis {
  fileName: string;
  format: TranscriptFormat;
  /** Language of the transcript. */
  language: AnalyzerLang;
  /** Language of the tips (the user's). */
  tipsLanguage: AnalyzerLang;
  date: string;
  utterances: number;
  speakers: string[];
  /** Whether the transcript named no speakers and they were read from turn-taking and introductions. */
  speakersInferred: boolean;
  leader: { name: string | null; inferred: boolean; basis: LeaderBasis };
  /** Whether the conversation has a closing at all, and the line where it begins. */
  closing: { present: boolean; startLine: number | null };
  steps: Record<StepKey, StepFinding>;
  agreements: TranscriptAgreement[];
  /** 0–100: how complete and concrete the closing is. */
  score: number;
  tips: ClosingTip[];
  /** The utterances cited as evidence (every line in `steps`), for quoting in a report. */
  evidence: { line: number; speaker: string | null; text: string }[];
  warnings: string[];
}

export interface AnalyseTranscriptOptions {
  /** The day of the conversation, 'YYYY-MM-DD'; relative deadlines resolve against it. */
  date: string;
  /** Who leads the conversation; inferred when absent. */
  leader?: string;
  /** Language of the tips; the transcript's language when absent. */
  lang?: AnalyzerLang;
}
