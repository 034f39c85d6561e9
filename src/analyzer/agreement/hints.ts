// Hints per failing SMART letter: a stable code and its parameters; the words are in src/i18n (analyzer.hint.*).
import type { TimeProblem } from '../deadline/parse.ts';
import type { AnalyzerLang, SmartHint, SmartVerdict } from './types.ts';
import type { OwnerSource } from './owner.ts';
import { addDays, formatDay, nextWeekday, parseDay, type Day } from '../deadline/calendar.ts';

export interface HintContext {
  source: OwnerSource;
  vagueTerms: string[];
  action: string | null;
  vagueAction: string | null;
  /** The hedge word ("misschien", "try") when the promise is hedged. */
  hedge: string | null;
  /** Time phrases that name no real day or contradict themselves. */
  problems: TimeProblem[];
  /** The day of the agreement, for an example date that exists: the Friday at least a week later. */
  today?: Day | null;
}

/** The example day of a deadline hint: the first Friday a week or more after the agreement's day. */
export function exampleDeadline(today: Day): Day {
  return nextWeekday(addDays(today, 6), 5);
}

/** exampleDeadline for a day 'YYYY-MM-DD' (null when it is not a day). */
export function exampleDeadlineOf(day: string): string | null {
  const today = parseDay(day);
  return today ? formatDay(exampleDeadline(today)) : null;
}

/** The hints for the letters that fail, in the order owner, specific, measurable, time-bound. */
export function hintsFor(lang: AnalyzerLang, smart: SmartVerdict, c: HintContext): SmartHint[] {
  const hints: SmartHint[] = [];
  if (!smart.owner) {
    const code =
      c.source === 'ambiguous'
        ? 'owner_ambiguous'
        : c.source === 'third_party'
          ? 'owner_not_participant'
          : 'owner_missing';
    hints.push({ letter: 'owner', code, params: {} });
  }
  if (!smart.specific) {
    if (!c.action) hints.push({ letter: 'specific', code: 'action_missing', params: {} });
    else if (c.vagueAction || c.hedge)
      hints.push({
        letter: 'specific',
        code: 'action_unverifiable',
        params: { term: c.vagueAction ?? c.hedge ?? (lang === 'nl' ? 'proberen' : 'try') },
      });
    else hints.push({ letter: 'specific', code: 'action_unclear', params: {} });
  }
  if (!smart.measurable) hints.push({ letter: 'measurable', code: 'result_unmeasurable', params: {} });
  if (!smart.timeBound) {
    const problem = c.problems[0];
    const term = c.vagueTerms[0];
    // The example is a real Friday after the agreement's day ('YYYY-MM-DD', worded by i18n), never a date
    // written into a text that may not exist or fall on another weekday next year.
    const example: Record<string, string> = c.today ? { example: formatDay(exampleDeadline(c.today)) } : {};
    if (problem)
      hints.push({
        letter: 'timeBound',
        code: problem.code,
        params: problem.weekday
          ? { phrase: problem.phrase, weekday: problem.weekday }
          : { phrase: problem.phrase, ...example },
      });
    else if (term) hints.push({ letter: 'timeBound', code: 'deadline_vague', params: { term, ...example } });
    else hints.push({ letter: 'timeBound', code: 'deadline_missing', params: { ...example } });
  } else if (c.problems[0]?.code === 'weekday_mismatch') {
    const problem = c.problems[0];
    hints.push({
      letter: 'timeBound',
      code: 'weekday_mismatch',
      params: { phrase: problem.phrase, weekday: problem.weekday ?? 0 },
    });
  }
  return hints;
}
