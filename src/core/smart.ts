// The SMART verdict of an agreement, in one place: the letters and the hints that still apply, from its
// fields (owner, action, deadline, measure, who accepted) and the reading of its sentence. The agreement
// being typed and the agreement once saved go through this same function, so they never disagree.
import {
  exampleDeadlineOf,
  type AgreementReading,
  type HintCode,
  type SmartHint,
} from '../analyzer/index.ts';
import { acceptanceLetters } from './acceptance.ts';
import type { Agreement } from './conversation.ts';

export type SmartLetterKey = 'S' | 'M' | 'A' | 'R' | 'T';
/** Met, still missing, or only the participants can say (acceptable, realistic). */
export type SmartLetterState = 'ok' | 'missing' | 'ask';

/** The fields the verdict looks at: a saved agreement's, or those of the sentence being typed. */
export interface SmartFields {
  sourceText: string;
  /** 'leader', a participant id, or null when nobody is named. */
  owner: string | null;
  action: string;
  deadline: string | null;
  measure: string;
  acceptedBy: readonly string[];
  /** What the participants answered through their links (none while the agreement is being typed). */
  answers?: Agreement['answers'];
}

/** What the verdict needs of a reading: the reader's result, or a transcript agreement (which carries it). */
export type SmartReading = Pick<AgreementReading, 'owner' | 'action' | 'deadline' | 'smart' | 'hints'>;

/** What to do about a letter that is not met: a code ('analyzer.hint.<code>' in i18n) and what it names. */
export interface SmartAdvice {
  letter: SmartHint['letter'];
  code: HintCode;
  params?: SmartHint['params'];
}

/**
 * Whether the sentence names a date that cannot be meant as written: a day its month does not have, or a
 * weekday the date does not fall on ("vrijdag 12 december" when the 12th is a Saturday).
 */
export function hasDateProblem(reading: Pick<AgreementReading, 'hints'>): boolean {
  return reading.hints.some((h) => h.code === 'date_impossible' || h.code === 'weekday_mismatch');
}

export interface SmartOutcome {
  letters: Record<SmartLetterKey, SmartLetterState>;
  /** Advice for what is still missing: the reader's, minus what the fields have answered since. */
  hints: SmartAdvice[];
}

/**
 * The verdict. `reading` is the agreement reader's reading of the sentence (sourceText, or the action when
 * there is no sentence); `participantIds` are everyone who has to accept it.
 */
export function smartVerdict(
  fields: SmartFields,
  reading: SmartReading | null,
  /** Everyone who has to accept it; null when they are not known (a transcript's agreement). */
  participantIds: readonly string[] | null,
  /** The agreement's day, for the example deadline in the advice (a real Friday a week later). */
  day?: string,
): SmartOutcome {
  const action = fields.action.trim();
  // The sentence's vagueness ("we kijken ernaar") holds while the action is the one read from it; an action
  // the leader wrote by hand is judged on its own.
  const actionFromSentence = reading !== null && action === (reading.action ?? '').trim();
  const specific = Boolean(action) && (!actionFromSentence || reading.smart.specific);
  const owner = fields.owner !== null;
  const measurable = Boolean(fields.measure.trim()) || Boolean(reading?.smart.measurable);
  // A sentence whose date cannot be meant as written ("vrijdag 12 december" on a Saturday) is not time-bound
  // until the sentence is put right, whatever the deadline field holds: the record would carry both.
  const timeBound = fields.deadline !== null && !(reading && hasDateProblem(reading));
  // A and R only the participants can give: ticks at the table and answers through their links.
  const { A, R } = participantIds
    ? acceptanceLetters(
        { acceptedBy: [...fields.acceptedBy], answers: fields.answers ?? [] },
        { participants: participantIds.map((id) => ({ id })) },
      )
    : { A: 'ask' as const, R: 'ask' as const };
  const letters: SmartOutcome['letters'] = {
    S: specific && owner ? 'ok' : 'missing',
    M: measurable ? 'ok' : 'missing',
    A,
    R,
    T: timeBound ? 'ok' : 'missing',
  };
  const open = { owner: !owner, specific: !specific, measurable: !measurable, timeBound: !timeBound };
  const example = day ? exampleDeadlineOf(day) : null;
  const hints: SmartAdvice[] = [];
  for (const hint of reading?.hints ?? []) {
    if (!open[hint.letter]) continue;
    // The reader's example is of its own day; the conversation's day decides.
    const ownExample = hint.letter === 'timeBound' && hint.code !== 'weekday_mismatch';
    const params = { ...hint.params, ...(ownExample && example ? { example } : {}) };
    hints.push({ letter: hint.letter, code: hint.code, ...(Object.keys(params).length ? { params } : {}) });
  }
  // A letter the reader had no hint for (a field emptied by hand, say) still gets one, so no letter is
  // orange without saying why.
  const fallback: Record<SmartHint['letter'], HintCode> = {
    owner: 'owner_missing',
    specific: 'action_missing',
    measurable: 'result_unmeasurable',
    timeBound: 'deadline_missing',
  };
  for (const letter of ['owner', 'specific', 'measurable', 'timeBound'] as const) {
    if (open[letter] && !hints.some((h) => h.letter === letter)) {
      const code = letter === 'specific' && action ? 'action_unclear' : fallback[letter];
      hints.push({ letter, code, ...(letter === 'timeBound' && example ? { params: { example } } : {}) });
    }
  }
  const order = ['owner', 'specific', 'measurable', 'timeBound'];
  hints.sort((a, b) => order.indexOf(a.letter) - order.indexOf(b.letter));
  return { letters, hints };
}

/** The fields a reading alone gives (a transcript's agreement, which has no form around it). */
export function fieldsOfReading(reading: SmartReading, sourceText: string): SmartFields {
  return {
    sourceText,
    owner: reading.smart.owner ? (reading.owner ?? 'leader') : null,
    action: reading.smart.specific ? (reading.action ?? '') : '',
    deadline: reading.smart.timeBound ? (reading.deadline?.date ?? null) : null,
    measure: '',
    acceptedBy: [],
  };
}
