// The result of analysing a transcript's closing: the seven steps, agreements, leader, score and tips.
import type { AgreementReading, AnalyzerLang } from '../agreement/types.ts';
import type { TranscriptFormat } from '../transcript/types.ts';

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
  leader: { name: string | null; inferred: boolean; basis: LeaderBasis };
  /** Whether the conversation has a closing at all, and the line where it begins. */
  closing: { present: boolean; startLine: number | null };
  steps: Record<StepKey, StepFinding>;
  agreements: TranscriptAgreement[];
  /** 0–100: how complete and concrete the closing is. */
  score: number;
  tips: { code: string; step: StepKey | null; text: string }[];
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
