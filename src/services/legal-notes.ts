// The words of a statutory next step (step 3): which rule, counted from what, and whether the Algemene
// termijnenwet moved the last day. Core computes the days; the words come from i18n in the leader's language.
import {
  LEGAL_RULES,
  computeLegalTerm,
  type Expectation,
  type LegalTermRef,
  type LegalTermResult,
} from '../core/index.ts';
import { t, type Lang } from '../i18n/index.ts';

/** A day written out for people, e.g. "vrijdag 25 december 2026". */
export function longDay(day: string, lang: Lang): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** The explanation of a computed statutory term, in full sentences. */
export function legalNote(result: LegalTermResult, lang: Lang): string {
  const rule = LEGAL_RULES[result.rule];
  const committee = result.variant === 'committee';
  const params = {
    basis: rule.basis,
    weeks: result.weeks,
    event: t(lang, `legal.from.${rule.countsFrom}`),
    from: longDay(result.from, lang),
    objectionEnd: result.objectionPeriodEnds ? longDay(result.objectionPeriodEnds, lang) : '',
    countedEnd: longDay(result.countedEnd, lang),
    date: longDay(result.date, lang),
  };
  const head = rule.afterObjectionPeriod
    ? t(lang, committee ? 'legal.note.afterObjectionCommittee' : 'legal.note.afterObjection', params)
    : t(lang, committee ? 'legal.note.countedCommittee' : 'legal.note.counted', params);
  const atw = t(lang, result.movedByAtw ? 'legal.note.moved' : 'legal.note.notMoved', params);
  const postpone =
    result.postponedDate && rule.postponeWeeks && rule.postponeBasis
      ? t(lang, 'legal.note.postpone', {
          weeks: rule.postponeWeeks,
          basis: rule.postponeBasis,
          date: longDay(result.postponedDate, lang),
        })
      : '';
  return [head, atw, postpone].filter(Boolean).join(' ');
}

/** A statutory next step counted from `from`: its date, its note (after the template's own) and its rule. */
export function legalExpectation(
  ref: LegalTermRef,
  from: string,
  templateNote: string,
  lang: Lang,
): Pick<Expectation, 'date' | 'note' | 'legal'> {
  const result = computeLegalTerm(ref, from);
  return {
    date: result.date,
    note: [templateNote, legalNote(result, lang)].filter(Boolean).join(' '),
    legal: { rule: result.rule, variant: result.variant, from },
  };
}
