// Hints per failing SMART letter: a stable code and a short, concrete suggestion in Dutch or English.
import type { AnalyzerLang, DateProblem, SmartHint, SmartVerdict } from './types.ts';
import type { OwnerSource } from './owner.ts';
import { addDays, formatDay, nextWeekday, parseDay, type Day } from '../deadline/calendar.ts';

export interface HintContext {
  source: OwnerSource;
  vagueTerms: string[];
  action: string | null;
  vagueAction: string | null;
  hedged: boolean;
  /** The day of the agreement, for an example date that exists: the Friday at least a week later. */
  today?: Day | null;
  /** A date in the sentence that cannot be meant as written. */
  dateProblem?: DateProblem | null;
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

/** "vrijdag 4 december" / "Friday 4 December": a weekday and date as the hint's language writes them. */
function spelled(day: Day, lang: AnalyzerLang): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(day);
}

/** "12 december 2026" / "12 December 2026": a date with its year, without the weekday. */
function dated(day: string, lang: AnalyzerLang): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(parseDay(day)!);
}

/** "zaterdag" / "Saturday": the weekday a date falls on. */
function weekdayName(day: string, lang: AnalyzerLang): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
  }).format(parseDay(day)!);
}

/** The hints for the letters that fail, in the order owner, specific, measurable, time-bound. */
export function hintsFor(lang: AnalyzerLang, smart: SmartVerdict, c: HintContext): SmartHint[] {
  const nl = lang === 'nl';
  const hints: SmartHint[] = [];
  if (!smart.owner) {
    if (c.source === 'ambiguous')
      hints.push({
        letter: 'owner',
        code: 'owner_ambiguous',
        message: nl
          ? 'Niet duidelijk wie van de aanwezigen dit doet. Noem de naam: "Ilse, jij stuurt …".'
          : 'Unclear which of the participants does this. Name them: "Ilse, you send …".',
      });
    else if (c.source === 'third_party')
      hints.push({
        letter: 'owner',
        code: 'owner_not_participant',
        message: nl
          ? 'De uitvoerder zit niet aan tafel. Spreek af wie van de aanwezigen het regelt of bewaakt: "Ik zorg dat …".'
          : 'The one who acts is not in the conversation. Agree who present will arrange or chase it: "I will make sure …".',
      });
    else
      hints.push({
        letter: 'owner',
        code: 'owner_missing',
        message: nl
          ? 'Niemand is eigenaar. Zeg wie het doet: "Kees belt de aannemer" in plaats van "er wordt gebeld".'
          : 'Nobody owns this. Say who does it: "Kees calls the contractor" rather than "it will be looked at".',
      });
  }
  if (!smart.specific) {
    if (!c.action)
      hints.push({
        letter: 'specific',
        code: 'action_missing',
        message: nl
          ? 'Er staat geen handeling in. Zeg wat er gebeurt: "stuurt het verslag", "belt de aannemer".'
          : 'There is no action in it. Say what happens: "sends the minutes", "calls the contractor".',
      });
    else if (c.vagueAction || c.hedged)
      hints.push({
        letter: 'specific',
        code: 'action_unverifiable',
        message: nl
          ? `"${c.vagueAction ?? 'proberen'}" is achteraf niet te controleren. Zeg wat er daarna ligt: "ik bel u vrijdag met de uitkomst" of "ik stuur u een voorstel".`
          : `"${c.vagueAction ?? 'try'}" cannot be checked afterwards. Say what will exist then: "I will call you on Friday with the outcome" or "I will send you a proposal".`,
        ...(c.vagueAction ? { params: { action: c.vagueAction } } : {}),
      });
    else
      hints.push({
        letter: 'specific',
        code: 'action_unclear',
        message: nl
          ? 'Niet duidelijk wat er precies gebeurt. Noem het werkwoord en het ding: "stuurt de offerte voor de traplift".'
          : 'Unclear what exactly happens. Name the verb and the thing: "sends the quote for the stairlift".',
      });
  }
  if (!smart.measurable)
    hints.push({
      letter: 'measurable',
      code: 'result_unmeasurable',
      message: nl
        ? 'Waaraan ziet iedereen dat het gedaan is? Noem het resultaat: een verstuurde e-mail, een telefoontje, een besluit, een afspraak in de agenda.'
        : 'How will everyone know it is done? Name the result: an email sent, a call made, a decision, a meeting in the calendar.',
    });
  if (!smart.timeBound) {
    const term = c.vagueTerms[0];
    // The example is a real Friday after the agreement's day, never a date written in that may not exist.
    const example = c.today ? exampleDeadline(c.today) : null;
    const byDay = example ? spelled(example, lang) : nl ? 'vrijdag' : 'Friday';
    const problem = c.dateProblem;
    hints.push(
      problem?.code === 'weekday_mismatch'
        ? {
            letter: 'timeBound',
            code: 'deadline_weekday_mismatch',
            message: nl
              ? `"${problem.phrase}" kan niet: ${dated(problem.date, lang)} is een ${weekdayName(problem.date, lang)}. Bedoelt u ${spelled(parseDay(problem.suggestion)!, lang)}? Zet de juiste dag in de zin.`
              : `"${problem.phrase}" cannot be: ${dated(problem.date, lang)} is a ${weekdayName(problem.date, lang)}. Did you mean ${spelled(parseDay(problem.suggestion)!, lang)}? Put the right day in the sentence.`,
            params: { term: problem.phrase, date: problem.date, example: problem.suggestion },
          }
        : problem?.code === 'date_impossible'
          ? {
              letter: 'timeBound',
              code: 'deadline_impossible',
              message: nl
                ? `"${problem.phrase}" staat niet in de kalender. Noem een datum die bestaat: "uiterlijk ${byDay}".`
                : `"${problem.phrase}" is not in the calendar. Name a date that exists: "by ${byDay}".`,
              params: { term: problem.phrase, ...(example ? { example: formatDay(example) } : {}) },
            }
          : term
            ? {
                letter: 'timeBound',
                code: 'deadline_vague',
                message: nl
                  ? `"${term}" belooft geen dag. Noem een datum of termijn: "uiterlijk ${byDay}" of "binnen twee weken".`
                  : `"${term}" promises no day. Name a date or term: "by ${byDay}" or "within two weeks".`,
                params: { term, ...(example ? { example: formatDay(example) } : {}) },
              }
            : {
                letter: 'timeBound',
                code: 'deadline_missing',
                message: nl
                  ? 'Er is geen termijn genoemd. Spreek af wanneer: een datum, een weekdag of "binnen twee weken".'
                  : 'No term was named. Agree when: a date, a weekday or "within two weeks".',
              },
    );
  }
  return hints;
}
