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
}

/** A date the sentence names that cannot be meant as written; the deadline is not met until it is put right. */
export type DateProblem =
  /** A day its month does not have: "31 februari", "30-02-2027". */
  | { code: 'date_impossible'; phrase: string }
  /** A weekday the date does not fall on: `date` is the date as written, `suggestion` the nearest such weekday. */
  | { code: 'weekday_mismatch'; phrase: string; date: string; suggestion: string };

export type SmartLetter = 'owner' | 'specific' | 'measurable' | 'timeBound';

export interface SmartVerdict {
  owner: boolean;
  specific: boolean;
  measurable: boolean;
  timeBound: boolean;
}

/** A failing SMART letter, with a concrete suggestion in the sentence's (or requested) language. */
export interface SmartHint {
  letter: SmartLetter;
  /** Stable code, e.g. 'deadline_vague', 'owner_missing', 'action_unverifiable'. */
  code: string;
  message: string;
  /** What the message names, for a screen that words the hint itself: the vague term or action, and the
   * example deadline ('YYYY-MM-DD', computed from the agreement's day). */
  params?: { term?: string; action?: string; example?: string; date?: string };
}

export interface AgreementReading {
  lang: AnalyzerLang;
  owner: string | null;
  action: string | null;
  deadline: Deadline | null;
  vagueTerms: string[];
  /** A date in the sentence that cannot be meant as written (then the deadline is not met). */
  dateProblem?: DateProblem;
  smart: SmartVerdict;
  hints: SmartHint[];
  /** Acceptable and Realistic cannot be read from text: the participants must be asked. */
  notReadable: ['acceptable', 'realistic'];
}
