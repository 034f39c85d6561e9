// The contract of the agreement reader, shared by the transcript analyzer, the web app, the CLI and the API.

export type AnalyzerLang = 'nl' | 'en';

/** What the reader is told besides the sentence. */
export interface ReadAgreementOptions {
  /** The day the agreement was made, 'YYYY-MM-DD'; relative terms are resolved against it. */
  date: string;
  /** Who said it ("ik/wij/I/we" refer to this person). */
  speaker?: string;
  /** Everyone in the conversation, the speaker included. */
  participants?: string[];
  /** Language of the sentence; detected when absent. */
  lang?: AnalyzerLang;
}

export type DeadlineKind =
  | 'date' // an explicit calendar date (12 december, 12-12-2026)
  | 'weekday' // a named weekday (vrijdag, next Monday)
  | 'relative' // morgen, over drie dagen, binnen twee weken, within 5 business days
  | 'period' // eind van de maand, begin volgende week, week 50, deze week nog
  | 'time'; // a time of day only (vanmiddag, om 15.00, EOD)

export interface Deadline {
  /** The resolved day, 'YYYY-MM-DD'. */
  date: string;
  /** The words of the sentence the date was read from. */
  phrase: string;
  kind: DeadlineKind;
  /** Which time rule read it (TIME_RULES in deadline/parse.ts), for evidence and tests. */
  rule?: string;
}

export type SmartLetter = 'owner' | 'specific' | 'measurable' | 'timeBound';

export interface SmartVerdict {
  owner: boolean;
  specific: boolean;
  measurable: boolean;
  timeBound: boolean;
}

/** Stable codes of the SMART hints; texts are in src/i18n (analyzer.hint.<code>). */
export const HINT_CODES = [
  'owner_ambiguous',
  'owner_not_participant',
  'owner_missing',
  'action_missing',
  'action_unverifiable',
  'action_unclear',
  'result_unmeasurable',
  'deadline_vague',
  'deadline_missing',
  'date_impossible',
  'weekday_mismatch',
] as const;
export type HintCode = (typeof HINT_CODES)[number];

/** A failing SMART letter: a stable code and the words the text needs (`term`, `phrase`, `weekday` 1–7). */
export interface SmartHint {
  letter: SmartLetter;
  code: HintCode;
  params: Record<string, string | number>;
}

export interface AgreementReading {
  lang: AnalyzerLang;
  owner: string | null;
  action: string | null;
  deadline: Deadline | null;
  vagueTerms: string[];
  smart: SmartVerdict;
  hints: SmartHint[];
  /** Acceptable and Realistic cannot be read from text: the participants must be asked. */
  notReadable: ['acceptable', 'realistic'];
}
