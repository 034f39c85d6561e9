// Statutory terms that conversation types carry into step 3 (expectations), checked against the law:
// - Awb art. 9:11: a complaint is dealt with within 6 weeks of receipt, 10 with an advisory committee
//   (art. 9:14); it may be postponed by at most 4 weeks (lid 2).
// - Awb art. 7:10: a decision on an objection within 6 weeks, 12 with an advisory committee (art. 7:13),
//   counted from the day after the day the objection period ended; it may be postponed by 6 weeks (lid 3).
// - Awb art. 6:7 and 6:8: the objection period is 6 weeks from the day after the decision was made known.
// - Wmo 2015 art. 2.3.2 lid 1: the investigation after a report (melding) within 6 weeks of receipt.
// - Wmo 2015 art. 2.3.5 lid 2: the decision on an application within 2 weeks of receipt.
// Algemene termijnenwet art. 1: a statutory term that ends on a Saturday, Sunday or general holiday runs on to
// the next day that is none of these. Art. 4: a term of at least three days holds at least two such days.
import { isStatutoryRestDay } from '../analyzer/index.ts';
import { addDays } from './calendar.ts';

/** The statutory rules Sluitstuk computes, by key. */
export const LEGAL_RULE_KEYS = ['awb-9:11', 'awb-7:10', 'awb-6:7', 'wmo-2.3.2', 'wmo-2.3.5'] as const;
export type LegalRuleKey = (typeof LEGAL_RULE_KEYS)[number];

/** With or without an advisory committee, where the law makes a difference. */
export const LEGAL_VARIANTS = ['standard', 'committee'] as const;
export type LegalVariant = (typeof LEGAL_VARIANTS)[number];

/** What the term is counted from; the words come from i18n ('legal.from.<key>'). */
export type LegalStart =
  'complaint_received' | 'decision_announced' | 'report_received' | 'application_received';

export interface LegalRule {
  key: LegalRuleKey;
  /** The article as people cite it. */
  basis: string;
  /** The term in weeks, and with an advisory committee where the law sets another one. */
  weeks: number;
  committeeWeeks: number | null;
  /** By how many weeks the law lets the term be postponed, and where it says so. */
  postponeWeeks: number | null;
  postponeBasis: string | null;
  /** The event the person states the day of. */
  countsFrom: LegalStart;
  /** True when the term runs from the end of the objection period (art. 7:10), not from the event itself. */
  afterObjectionPeriod: boolean;
}

/** The rules, as the law states them (see the head of this file). */
export const LEGAL_RULES: Record<LegalRuleKey, LegalRule> = {
  'awb-9:11': {
    key: 'awb-9:11',
    basis: 'art. 9:11 lid 1 Awb',
    weeks: 6,
    committeeWeeks: 10,
    postponeWeeks: 4,
    postponeBasis: 'art. 9:11 lid 2 Awb',
    countsFrom: 'complaint_received',
    afterObjectionPeriod: false,
  },
  'awb-7:10': {
    key: 'awb-7:10',
    basis: 'art. 7:10 lid 1 Awb',
    weeks: 6,
    committeeWeeks: 12,
    postponeWeeks: 6,
    postponeBasis: 'art. 7:10 lid 3 Awb',
    countsFrom: 'decision_announced',
    afterObjectionPeriod: true,
  },
  'awb-6:7': {
    key: 'awb-6:7',
    basis: 'art. 6:7 en 6:8 Awb',
    weeks: 6,
    committeeWeeks: null,
    postponeWeeks: null,
    postponeBasis: null,
    countsFrom: 'decision_announced',
    afterObjectionPeriod: false,
  },
  'wmo-2.3.2': {
    key: 'wmo-2.3.2',
    basis: 'art. 2.3.2 lid 1 Wmo 2015',
    weeks: 6,
    committeeWeeks: null,
    postponeWeeks: null,
    postponeBasis: null,
    countsFrom: 'report_received',
    afterObjectionPeriod: false,
  },
  'wmo-2.3.5': {
    key: 'wmo-2.3.5',
    basis: 'art. 2.3.5 lid 2 Wmo 2015',
    weeks: 2,
    committeeWeeks: null,
    postponeWeeks: null,
    postponeBasis: null,
    countsFrom: 'application_received',
    afterObjectionPeriod: false,
  },
};

/** A conversation type's reference to a statutory term (its schema: conversation-type.ts, so this stays zod-free). */
export interface LegalTermRef {
  rule: LegalRuleKey;
  variant: LegalVariant;
}

/** The last day of a statutory term, as computed step by step. */
export interface LegalTermResult {
  rule: LegalRuleKey;
  variant: LegalVariant;
  /** The day the person stated (receipt of the complaint, the day the decision was made known, …). */
  from: string;
  /** Art. 7:10 only: the last day of the objection period, after which the decision term starts. */
  objectionPeriodEnds: string | null;
  weeks: number;
  /** The last day by the count of weeks alone. */
  countedEnd: string;
  /** The last day after the Algemene termijnenwet (art. 1 and 4): the deadline. */
  date: string;
  /** True when the Algemene termijnenwet moved the last day. */
  movedByAtw: boolean;
  /** The last day if the term is postponed as far as the law allows, or null when it cannot be. */
  postponedDate: string | null;
}

/**
 * Algemene termijnenwet: a term that ends on a Saturday, Sunday or general holiday runs on to the next day that
 * is none (art. 1); a term of three days or more holds at least two such days (art. 4).
 */
export function applyAlgemeneTermijnenwet(start: string, end: string): string {
  let result = end;
  while (isStatutoryRestDay(result)) result = addDays(result, 1);
  if (daysBetween(start, end) >= 3) {
    while (countOrdinaryDays(start, result) < 2) {
      result = addDays(result, 1);
      while (isStatutoryRestDay(result)) result = addDays(result, 1);
    }
  }
  return result;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86_400_000);
}

/** Days after `start` up to and including `end` that are no Saturday, Sunday or general holiday. */
function countOrdinaryDays(start: string, end: string): number {
  let count = 0;
  for (let day = addDays(start, 1); day <= end; day = addDays(day, 1)) {
    if (!isStatutoryRestDay(day)) count += 1;
  }
  return count;
}

/** A term of `weeks` weeks that starts the day after `day` ends on the same weekday `weeks` weeks later. */
function weeksAfter(day: string, weeks: number): string {
  return addDays(day, weeks * 7);
}

/** Computes the last day of a statutory term from the day of the event it counts from. */
export function computeLegalTerm(ref: LegalTermRef, from: string): LegalTermResult {
  const rule = LEGAL_RULES[ref.rule];
  const variant: LegalVariant = ref.variant === 'committee' && rule.committeeWeeks ? 'committee' : 'standard';
  const weeks = variant === 'committee' ? rule.committeeWeeks! : rule.weeks;
  // Art. 7:10 counts from the day after the objection period (art. 6:7, itself a statutory term) ended.
  const objectionPeriodEnds = rule.afterObjectionPeriod
    ? applyAlgemeneTermijnenwet(from, weeksAfter(from, LEGAL_RULES['awb-6:7'].weeks))
    : null;
  const start = objectionPeriodEnds ?? from;
  const countedEnd = weeksAfter(start, weeks);
  const date = applyAlgemeneTermijnenwet(start, countedEnd);
  const postponedDate =
    rule.postponeWeeks !== null
      ? applyAlgemeneTermijnenwet(start, weeksAfter(countedEnd, rule.postponeWeeks))
      : null;
  return {
    rule: rule.key,
    variant,
    from,
    objectionPeriodEnds,
    weeks,
    countedEnd,
    date,
    movedByAtw: date !== countedEnd,
    postponedDate,
  };
}
