// Deadline parser for Dutch and English as people say and write it, and as speech-to-text writes it
// (lowercase, no punctuation, "eh", numbers as words). A hand-written scanner over tokens: each rule looks
// at a few tokens from one position, so the whole parse is linear in the length of the text.
// Readings of ambiguous phrases are documented in docs/analyzer.md.
import type { AnalyzerLang, DateProblem, Deadline, DeadlineKind } from '../agreement/types.ts';
import { contentTokens, READ_WINDOW, tokenize, type Token } from '../language/tokenize.ts';
import {
  addDays,
  addMonths,
  addWorkdays,
  formatDay,
  isoWeek,
  isoWeekMonday,
  isoWeekday,
  lastDayOfMonth,
  makeDay,
  nextWeekday,
  parseDay,
  weekdayInWeek,
  workdayOnOrAfter,
  type Day,
} from './calendar.ts';
import { chronoDeadline, mayHoldDate } from './chrono.ts';
import { quote, vagueSpans } from './vague.ts';
import { cardinal, monthOf, ordinal, weekdayOf } from './words.ts';

export interface ParseDeadlineOptions {
  /** The day the words were said, 'YYYY-MM-DD'. */
  date: string;
  lang?: AnalyzerLang;
}

/** What the time words of a sentence say: the deadline (or null) and the vague terms. */
export interface TimeReading {
  deadline: Deadline | null;
  vagueTerms: string[];
}

interface Candidate {
  from: number;
  to: number;
  day: Day;
  kind: DeadlineKind;
}

const MARKERS = new Set([
  'uiterlijk',
  'voor',
  'tegen',
  'by',
  'before',
  'binnen',
  'within',
  'until',
  'till',
  'tot',
  'deadline',
  'latest',
]);
const START_MARKERS = new Set(['vanaf', 'from', 'starting', 'since', 'sinds', 'na', 'after', 'sedert']);
const NEXT = new Set([
  'volgende',
  'volgend',
  'next',
  'komende',
  'komend',
  'aankomende',
  'aankomend',
  'eerstvolgende',
  'eerstkomende',
  'aanstaande',
  'coming',
  'following',
]);
const THIS = new Set(['deze', 'dit', 'this', 'current', 'huidige', 'huidig']);
const ARTICLES = new Set(['de', 'het', 'the', 'a', 'een']);
type Unit = 'day' | 'workday' | 'week' | 'fortnight' | 'month' | 'year' | 'hour' | 'minute';
const UNIT_DAYS: Record<string, Unit> = {
  fortnight: 'fortnight',
  fortnights: 'fortnight',
  minuut: 'minute',
  minuten: 'minute',
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  mins: 'minute',
  kwartier: 'minute',
  dag: 'day',
  dagen: 'day',
  day: 'day',
  days: 'day',
  werkdag: 'workday',
  werkdagen: 'workday',
  workday: 'workday',
  workdays: 'workday',
  'werk-dagen': 'workday',
  week: 'week',
  weken: 'week',
  weeks: 'week',
  "week's": 'week',
  "weeks'": 'week',
  maand: 'month',
  maanden: 'month',
  month: 'month',
  months: 'month',
  "month's": 'month',
  jaar: 'year',
  jaren: 'year',
  year: 'year',
  years: 'year',
  "year's": 'year',
  uur: 'hour',
  uren: 'hour',
  hour: 'hour',
  hours: 'hour',
  "hour's": 'hour',
};
const PERIOD_WORDS: Record<string, 'begin' | 'mid' | 'end'> = {
  begin: 'begin',
  start: 'begin',
  beginning: 'begin',
  early: 'begin',
  vroeg: 'begin',
  medio: 'mid',
  midden: 'mid',
  half: 'mid',
  halverwege: 'mid',
  mid: 'mid',
  middle: 'mid',
  eind: 'end',
  einde: 'end',
  end: 'end',
  late: 'end',
  laat: 'end',
  close: 'end',
};

/** The deadline a text sets, resolved against the day it was said; null when it names no concrete day. */
export function parseDeadline(text: string, options: ParseDeadlineOptions): Deadline | null {
  return readTime(text, options).deadline;
}

/** Deadline and vague time terms of a text in one pass (vague phrases never make a deadline). */
export function readTime(text: string, options: ParseDeadlineOptions): TimeReading {
  const today = parseDay(options?.date ?? '');
  if (typeof text !== 'string' || text.length === 0) return { deadline: null, vagueTerms: [] };
  const tokens = contentTokens(tokenize(text));
  return readTimeTokens(text, tokens, today, options?.lang);
}

/** The same, on tokens the caller already has (the agreement reader tokenizes once). */
export function readTimeTokens(
  text: string,
  t: Token[],
  today: Day | null,
  lang?: AnalyzerLang,
): TimeReading {
  const vague = vagueSpans(t);
  const inVague = new Uint8Array(t.length + 1);
  for (const span of vague) for (let k = span.from; k < span.to; k++) inVague[k] = 1;
  const candidates: Candidate[] = [];
  /** Time phrases that are no deadline (a habit, the past): chrono may not read them either. */
  const notDeadlines: string[] = [];
  if (today) {
    for (let i = 0; i < t.length; i++) {
      if (inVague[i]) continue;
      const found = matchAt(t, i, today);
      if (!found) continue;
      // A vague qualifier right before ("ergens volgende week", "later deze week") makes it vague too.
      const before = vague.find(
        (s) =>
          s.to === i &&
          (s.words === 'ergens' ||
            s.words === 'later' ||
            s.words === 'in de loop van' ||
            s.words === 'sometime' ||
            s.words === 'some time'),
      );
      if (before) {
        before.to = found.to;
        for (let k = i; k < found.to; k++) inVague[k] = 1;
        i = found.to - 1;
        continue;
      }
      let overlapsVague = false;
      for (let k = i; k < found.to; k++) if (inVague[k]) overlapsVague = true;
      if (overlapsVague) continue;
      // "elke zondagavond", "every Monday", "om de twee weken": a habit, no deadline (and not vague either).
      // "wat hier vanavond gezegd is", "what we discussed today": a time in a clause about the past.
      if (recurring(t, i) || pastRelative(t, i, found.to)) {
        notDeadlines.push(quote(text, t, Math.max(0, i - 1), found.to).toLowerCase());
        i = found.to - 1;
        continue;
      }
      candidates.push(found);
      i = found.to - 1;
    }
  }
  // "ergens"/"some time" alone is no time word ("ik kijk ergens naar").
  const vagueTerms = vague
    .filter((s) => !((s.words === 'ergens' || s.words === 'some time') && s.to - s.from === 1))
    .map((s) => quote(text, t, s.from, s.to).toLowerCase());
  let deadline = choose(text, t, mergeTimes(t, candidates), sentenceIds(text, t));
  // Fallback: chrono for explicit notations the scanner does not know, guarded (see chrono.ts).
  if (!deadline && today && mayHoldDate(t))
    deadline = chronoDeadline(text.slice(0, READ_WINDOW), today, lang === 'en' ? 'en' : 'nl', [
      ...vagueTerms,
      ...notDeadlines,
    ]);
  return { deadline, vagueTerms };
}

/** Words that may join a time of day to its day: "morgen om 10 uur", "5 pm on the 27th", "EOD tomorrow". */
const JOINERS = new Set(['om', 'op', 'at', 'on', 'van', 'of', 'rond', 'around']);

/**
 * A time of day next to a day is one phrase: "end of day tomorrow", "morgen 's middags", "COB Friday",
 * "by 5 pm on the 27th". The merged candidate keeps the day and covers both, so the action loses both.
 */
function mergeTimes(t: Token[], candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const prev = out[out.length - 1];
    const gap = prev ? c.from - prev.to : -1;
    const adjacent = prev && (gap === 0 || (gap === 1 && JOINERS.has(t[prev.to]!.norm)));
    if (prev && adjacent && (prev.kind === 'time') !== (c.kind === 'time')) {
      const dated = prev.kind === 'time' ? c : prev;
      out[out.length - 1] = { from: prev.from, to: c.to, day: dated.day, kind: dated.kind };
    } else out.push(c);
  }
  return out;
}

/**
 * Picks the deadline among the candidates: a marked one ("uiterlijk", "by") or one bound by "nog" ("vandaag
 * nog") first, a start ("vanaf") last; a day later in the same sentence as a start belongs to the period it
 * starts ("vanaf volgende week, op dinsdag en donderdag": a schedule, no deadline).
 */
function choose(text: string, t: Token[], candidates: Candidate[], sentence: Uint32Array): Deadline | null {
  const dated = candidates.filter((c) => c.kind !== 'time');
  const pool = dated.length > 0 ? dated : candidates;
  const open = periodScope(t, candidates, sentence);
  let best: { c: Candidate; score: number; from: number } | null = null;
  for (const c of pool) {
    let from = c.from;
    let score = 0;
    const prev = t[c.from - 1]?.norm;
    if (prev && MARKERS.has(prev)) {
      score = 2;
      from = c.from - 1;
      if (prev === 'latest' || prev === 'tot') score = 1;
    } else if (prev && START_MARKERS.has(prev)) score = -2;
    else if (c.from > 0 && open[c.from - 1]) score = -2;
    else if (prev === 'on' || prev === 'op') from = c.from - 1;
    // "vandaag nog", "morgen nog": the time the speaker binds the action to.
    if (score >= 0 && t[c.to]?.norm === 'nog') score = 3;
    if (!best || score > best.score) best = { c, score, from };
  }
  if (!best) return null;
  return { date: formatDay(best.c.day), phrase: quote(text, t, best.from, best.c.to), kind: best.c.kind };
}

const SUBJECTS = new Set([
  'ik',
  'wij',
  'we',
  'u',
  'jij',
  'je',
  'jullie',
  'hij',
  'zij',
  'ze',
  'i',
  'you',
  'he',
  'she',
  'they',
]);

/** Words that open a period ("vanaf volgende week", "starting in May"); "from" only right before a time. */
const PERIOD_OPENERS = new Set(['vanaf', 'starting', 'sinds', 'since', 'sedert']);

/**
 * For each token: whether it lies in the scope of a period's start, i.e. after "vanaf/from …" in the same
 * sentence with no new subject in between. Days there are the period's schedule, not a deadline.
 */
function periodScope(t: Token[], candidates: Candidate[], sentence: Uint32Array): Uint8Array {
  const open = new Uint8Array(t.length);
  const starts = new Uint8Array(t.length + 1);
  for (const c of candidates) starts[c.from] = 1;
  let inScope = false;
  for (let k = 0; k < t.length; k++) {
    const w = t[k]!.norm;
    if (k > 0 && sentence[k] !== sentence[k - 1]) inScope = false;
    if (SUBJECTS.has(w) || /^(i|you|we|they)'/.test(w)) inScope = false;
    if (PERIOD_OPENERS.has(w) || (w === 'from' && starts[k + 1])) inScope = true;
    open[k] = inScope ? 1 : 0;
  }
  return open;
}

/** Sentence number of each token: a new sentence starts after ".", "!", "?" or ";" between two tokens. */
function sentenceIds(text: string, t: Token[]): Uint32Array {
  const ids = new Uint32Array(t.length);
  let id = 0;
  for (let k = 1; k < t.length; k++) {
    const gap = text.slice(t[k - 1]!.end, t[k]!.start);
    if (/[!?;]|\.(?:\s|$)/.test(gap)) id++;
    ids[k] = id;
  }
  return ids;
}

/** Words before a time that make it a habit: "elke/iedere/every/each maandag", "om de (twee) weken". */
const DISTRIBUTIVE = new Set(['elke', 'iedere', 'ieder', 'elk', 'every', 'each', 'alle']);

function recurring(t: Token[], i: number): boolean {
  const prev = t[i - 1]?.norm ?? '';
  if (DISTRIBUTIVE.has(prev)) return true;
  // "every other Friday", "elke eerste maandag": the distributive one word further back.
  if (
    DISTRIBUTIVE.has(t[i - 2]?.norm ?? '') &&
    /^(other|second|andere|eerste|first|tweede|laatste|last)$/.test(prev)
  )
    return true;
  return prev === 'de' && t[i - 2]?.norm === 'om';
}

/** Relative words that open a clause about something said or done ("wat hier vanavond gezegd is"). */
const RELATIVE = new Set([
  'wat',
  'die',
  'dat',
  'welke',
  'waarover',
  'waar',
  'what',
  'which',
  'that',
  'whatever',
]);
/** Dutch auxiliaries of the perfect and the passive. */
const PERFECT_NL = /^(is|zijn|was|waren|werd|werden|heb|hebt|heeft|hebben|had|hadden)$/;
/** A Dutch past participle: ge-…d/t/en, also after a particle (afgesproken) or with be-/ver-/ont-/her-. */
const PARTICIPLE_NL =
  /^(?:[a-z]{0,5}ge[a-z]{2,}|be[a-z]{3,}|ver[a-z]{3,}|ont[a-z]{3,}|her[a-z]{3,})(?:d|t|en)$/;
/** Dutch simple past of verbs of saying and doing. */
const PAST_NL =
  /^(zei|zeiden|besprak|bespraken|sprak|spraken|afspraken|vertelde|vertelden|hoorde|hoorden|deed|deden|beloofde|beloofden|noemde|noemden|vroeg|vroegen)$/;
/** English past tense or participle: -ed, or a common irregular one. */
const PAST_EN =
  /^(?:[a-z]{3,}ed|said|told|heard|saw|seen|did|done|went|had|was|were|spoke|spoken|met|made|came|wrote|written|found|thought|brought|gave|given|agreed)$/;

/** Whether the time at i..to lies in a relative clause about the past ("what we discussed today"). */
function pastRelative(t: Token[], i: number, to: number): boolean {
  if (MARKERS.has(t[i - 1]?.norm ?? '')) return false;
  let rel = -1;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--)
    if (RELATIVE.has(t[k]!.norm)) {
      rel = k;
      break;
    }
  if (rel < 0) return false;
  // English: the past verb stands between the relative word and the time ("what we discussed today").
  for (let k = rel + 1; k < i; k++) if (PAST_EN.test(t[k]!.norm) && t[k]!.norm !== 'need') return true;
  // Dutch: the verbs close the clause ("wat we vandaag besproken hebben", "wat u vanavond zei").
  let participle = false;
  let aux = false;
  for (let k = to; k < t.length && k < to + 4; k++) {
    const w = t[k]!.norm;
    if (PAST_NL.test(w)) return true;
    if (PARTICIPLE_NL.test(w)) participle = true;
    else if (PERFECT_NL.test(w)) aux = true;
    if (participle && aux) return true;
  }
  for (let k = rel + 1; k < i; k++) if (PERFECT_NL.test(t[k]!.norm)) aux = true;
  return participle && aux;
}

/** The first word after i that is not "de"/"the" (skipping one article). */
function skipArticle(t: Token[], i: number): number {
  return t[i] && ARTICLES.has(t[i]!.norm) && t[i]!.norm !== 'een' && t[i]!.norm !== 'a' ? i + 1 : i;
}

/** Tries every rule at position i; returns the longest reading that starts there. */
function matchAt(t: Token[], i: number, today: Day): Candidate | null {
  const w = t[i]!.norm;
  return (
    weekOfMonth(t, i, today) ??
    numericDate(t, i, today) ??
    dayMonth(t, i, today) ??
    monthDay(t, i, today) ??
    weekdayPhrase(t, i, today) ??
    dayWord(t, i, today) ??
    relativeCount(t, i, today) ??
    period(t, i, today) ??
    weekNumber(t, i, today) ??
    dayOfMonth(t, i, today) ??
    quarter(t, i, today) ??
    holiday(t, i, today) ??
    monthAlone(t, i, today) ??
    (CLOCK_START.has(w) || /^\d/.test(w) ? clockTime(t, i, today) : null)
  );
}

/** Year from a token ("2027", "'27"), or null. */
function yearOf(token: Token | undefined): number | null {
  if (!token) return null;
  const m = /^(?:19|20)\d{2}$/.exec(token.norm);
  return m ? Number(token.norm) : null;
}

/** A day-month without year: the next one on or after today (a date that has passed → next year). */
function upcoming(today: Day, month: number, day: number, year: number | null): Day | null {
  if (year !== null) return makeDay(year, month, day);
  const y = today.getUTCFullYear();
  const d = makeDay(y, month, day);
  if (d && d.getTime() >= today.getTime()) return d;
  // 29 februari: the next leap year (up to eight years on, as from 2096 to 2104).
  for (let next = y + 1; next <= y + 8; next++) {
    const found = makeDay(next, month, day);
    if (found) return found;
  }
  return null;
}

/** Consumes a trailing "a.s."/"aanstaande" after a date. */
function trailing(t: Token[], j: number): number {
  const w = t[j]?.norm;
  return w === 'a.s' || w === 'as' || w === 'aanstaande' ? j + 1 : j;
}

const NUMBERED =
  /^(versie|version|v|release|artikel|article|art|hoofdstuk|chapter|paragraaf|par|section|sectie|punt|item|stap|step|fase|phase|nr|nummer|number|no|kamer|room|lokaal|figuur|figure|tabel|table|bijlage|annex)$/;
const DATE_PREPS = new Set([...MARKERS, 'op', 'on', 'per', 'vanaf', 'from']);

/** 12-12, 12/12, 12-12-2026, 12.12.2026, 2026-12-12. */
function numericDate(t: Token[], i: number, today: Day): Candidate | null {
  const token = t[i];
  if (!token || token.kind !== 'num') return null;
  const m = /^(\d{1,4})([-/.])(\d{1,2})(?:\2(\d{2,4}))?$/.exec(token.norm);
  if (!m) return null;
  const [a, sep, b, c] = [Number(m[1]), m[2], Number(m[3]), m[4]];
  const next = t[i + 1]?.norm;
  if (!c && (next === 'uur' || next === 'u' || next === 'h' || next === 'uhr')) return null; // "8-12 uur"
  if (m[1]!.length === 4) {
    const d = c ? makeDay(a, b, Number(c)) : null;
    return d ? { from: i, to: i + 1, day: d, kind: 'date' } : null;
  }
  if (sep === '.' && !c && (a > 23 || b > 12)) return null;
  // "versie 2.3", "artikel 7.2", "stap 1.4": a dotted number after a word that numbers things is no date;
  // nor are two single digits ("2.3") unless a date preposition stands before them.
  const before = t[i - 1]?.norm ?? '';
  if (
    sep === '.' &&
    !c &&
    (NUMBERED.test(before) || (m[1]!.length === 1 && m[3]!.length === 1 && !DATE_PREPS.has(before)))
  )
    return null;
  // Day first (European); month first only when the day cannot be a month (US "12/24").
  let [day, month] = [a, b];
  if (month > 12 && day <= 12) [day, month] = [b, a];
  let year: number | null = null;
  if (c) year = c.length === 2 ? 2000 + Number(c) : c.length === 4 ? Number(c) : NaN;
  if (year !== null && !Number.isFinite(year)) return null;
  const d = upcoming(today, month, day, year);
  return d ? { from: i, to: trailing(t, i + 1), day: d, kind: 'date' } : null;
}

/** A day number: digits, ordinal ("7e", "15th") or words ("twaalf", "vijftiende"). */
function dayNumber(token: Token | undefined): number | null {
  if (!token) return null;
  const n =
    ordinal(token.norm) ??
    (token.norm === 'een' || token.norm === 'a' || token.norm === 'an' ? null : cardinal(token.norm));
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 31 ? n : null;
}

/** "12 december", "12 dec. 2026", "de 12e december", "the 4th of January", "1 februari a.s.". */
function dayMonth(t: Token[], i: number, today: Day): Candidate | null {
  let j = skipArticle(t, i);
  const day = dayNumber(t[j]);
  if (day === null) return null;
  j++;
  if (t[j]?.norm === 'of' || t[j]?.norm === 'van') j++;
  const month = t[j] ? monthOf(t[j]!.norm, true) : null;
  if (month === null) return null;
  j++;
  const year = yearOf(t[j]);
  if (year !== null) j++;
  const d = upcoming(today, month, day, year);
  return d ? { from: i, to: trailing(t, j), day: d, kind: 'date' } : null;
}

/** "March 13", "January 4th, 2027", "dec 12". */
function monthDay(t: Token[], i: number, today: Day): Candidate | null {
  if (!t[i]) return null;
  const month = monthOf(t[i]!.norm, true);
  if (month === null) return null;
  let j = i + 1;
  if (t[j]?.norm === 'the') j++;
  const day = dayNumber(t[j]);
  if (day === null || t[j]!.norm === 'may') return null;
  // "mei 12 uur", "jan 4 dagen": a number that counts something is no day.
  const after = t[j + 1]?.norm ?? '';
  if (UNIT_DAYS[after] || after === 'uur' || after === 'keer') return null;
  j++;
  const year = yearOf(t[j]);
  if (year !== null) j++;
  const d = upcoming(today, month, day, year);
  return d ? { from: i, to: j, day: d, kind: 'date' } : null;
}

/**
 * The first date the text names that cannot be meant as written: a day its month does not have ("31
 * februari", "30-02-2027"), or a weekday the date does not fall on ("vrijdag 12 december" in a year where it
 * is a Saturday). The deadline reader still reads what it can; this says what must be put right first.
 */
export function dateProblemOf(text: string, t: Token[], today: Day | null): DateProblem | null {
  if (!today) return null;
  const end = Math.min(t.length, 4000);
  for (let i = 0; i < end; i++) {
    const weekday = t[i]!.norm.endsWith("'s") ? null : weekdayOf(t[i]!.norm);
    if (weekday !== null) {
      const date = dayMonth(t, i + 1, today) ?? numericDate(t, i + 1, today) ?? monthDay(t, i + 1, today);
      if (date && isoWeekday(date.day) !== weekday)
        return {
          code: 'weekday_mismatch',
          phrase: quote(text, t, i, date.to),
          date: formatDay(date.day),
          suggestion: formatDay(nearestWeekday(date.day, weekday)),
        };
      if (date) {
        i = date.to - 1;
        continue;
      }
    }
    const to = impossibleDateAt(t, i, today);
    if (to !== null) return { code: 'date_impossible', phrase: quote(text, t, i, to) };
  }
  return null;
}

/** The day on `weekday` nearest to `day` (at most three days off; ties go to the earlier day). */
function nearestWeekday(day: Day, weekday: number): Day {
  const ahead = (weekday - isoWeekday(day) + 7) % 7;
  return addDays(day, ahead <= 3 ? ahead : ahead - 7);
}

/** Where a date that does not exist ends ("31 februari", "February 30th", "op 31-04"), or null. */
function impossibleDateAt(t: Token[], i: number, today: Day): number | null {
  const token = t[i]!;
  // A day and a month by name: "31 februari 2027", "de 30e van februari".
  const start = skipArticle(t, i);
  const day = dayNumber(t[start]);
  if (day !== null && t[start]!.kind === 'num') {
    let j = start + 1;
    if (t[j]?.norm === 'of' || t[j]?.norm === 'van') j++;
    const month = t[j] ? monthOf(t[j]!.norm, false) : null;
    if (month !== null) {
      const year = yearOf(t[j + 1]);
      return upcoming(today, month, day, year) ? null : j + (year !== null ? 2 : 1);
    }
  }
  // "February 30", "april 31st" (a month name in full, so "may 31" reads as a verb and a number).
  const month = monthOf(token.norm, false);
  if (month !== null && token.norm !== 'may') {
    const at = t[i + 1]?.norm === 'the' ? i + 2 : i + 1;
    const d = dayNumber(t[at]);
    if (d !== null && t[at]!.kind === 'num') {
      const year = yearOf(t[at + 1]);
      return upcoming(today, month, d, year) ? null : at + (year !== null ? 2 : 1);
    }
  }
  // Numbers: "30-02-2027", "31/04"; without a year only after a word that introduces a date ("op 31-04").
  const m = token.kind === 'num' ? /^(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/.exec(token.norm) : null;
  if (!m) return null;
  const [dd, mm, yy] = [Number(m[1]), Number(m[3]), m[4]];
  if (dd < 1 || dd > 31 || mm < 1 || mm > 12) return null;
  if (!yy && (m[2] === '.' || !DATE_PREPS.has(t[i - 1]?.norm ?? ''))) return null;
  const year = yy ? (yy.length === 2 ? 2000 + Number(yy) : Number(yy)) : null;
  return upcoming(today, mm, dd, year) ? null : i + 1;
}

/** Weekday phrases: "vrijdag", "volgende week woensdag", "next Tuesday", "maandag de 7e", "vrijdag 6 februari". */
function weekdayPhrase(t: Token[], i: number, today: Day): Candidate | null {
  let j = i;
  let mode: 'next' | 'nextWeek' | 'thisWeek' = 'next';
  const w = t[j]!.norm;
  if ((NEXT.has(w) || THIS.has(w)) && t[j + 1]?.norm === 'week' && t[j + 2] && weekdayOf(t[j + 2]!.norm)) {
    mode = NEXT.has(w) ? 'nextWeek' : 'thisWeek';
    j += 2;
  } else if (w === 'volgende' || w === 'next') {
    mode = 'nextWeek';
    j++;
  } else if (NEXT.has(w) || THIS.has(w)) {
    j++;
  } else if (w === 'first' && t[j + 1]?.norm === 'thing') {
    j += 2;
  }
  const weekday = t[j] ? weekdayOf(t[j]!.norm) : null;
  if (weekday === null) return null;
  // "Friday's retro" is a deadline after next/this/at/by ("at next Friday's retro"); "Monday's notes" is not.
  if (
    t[j]!.norm.endsWith("'s") &&
    j === i &&
    !/^(at|by|before|for|until|till|on)$/.test(t[i - 1]?.norm ?? '')
  )
    return null;
  j++;
  // A full date after the weekday decides ("vrijdag 6 februari", "Friday 13 March").
  const date = dayMonth(t, j, today) ?? numericDate(t, j, today) ?? monthDay(t, j, today);
  if (date) return { from: i, to: date.to, day: date.day, kind: 'date' };
  // "maandag de 7e", "Friday the 13th": the next such day that falls on that weekday.
  const k = skipArticle(t, j);
  if (k > j && t[k] && ordinal(t[k]!.norm) !== null) {
    const dom = ordinal(t[k]!.norm)!;
    const d = dayOfMonthOnWeekday(today, dom, weekday);
    if (d) return { from: i, to: k + 1, day: d, kind: 'date' };
  }
  if ((t[j]?.norm === 'volgende' || t[j]?.norm === 'next') && t[j + 1]?.norm === 'week') {
    mode = 'nextWeek';
    j += 2;
  } else if (t[j]?.norm === 'week' && mode === 'next' && cardinal(t[j + 1]?.norm ?? '') === null) {
    // "Wednesday week" (British): a week after the coming Wednesday.
    return { from: i, to: j + 1, day: addDays(nextWeekday(today, weekday), 7), kind: 'weekday' };
  } else if (t[j]?.norm === 'over' && t[j + 2] && UNIT_DAYS[t[j + 2]!.norm] === 'week') {
    const n = cardinal(t[j + 1]!.norm);
    if (n !== null && n >= 1 && n <= 52) {
      const d = addDays(nextWeekday(today, weekday), 7 * Math.round(n));
      return { from: i, to: j + 3, day: d, kind: 'weekday' };
    }
  }
  j = trailing(t, j);
  let day: Day;
  if (mode === 'nextWeek') day = weekdayInWeek(addDays(today, 7), weekday);
  else if (mode === 'thisWeek') {
    day = weekdayInWeek(today, weekday);
    if (day.getTime() <= today.getTime()) day = nextWeekday(today, weekday);
  } else day = nextWeekday(today, weekday);
  return { from: i, to: j, day, kind: 'weekday' };
}

/** The first day `dom` of a month (from this month on) that falls on `weekday`; else just the next `dom`. */
function dayOfMonthOnWeekday(today: Day, dom: number, weekday: number): Day | null {
  let fallback: Day | null = null;
  for (let k = 0; k < 14; k++) {
    const first = addMonths(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)), k);
    const d = makeDay(first.getUTCFullYear(), first.getUTCMonth() + 1, dom);
    if (!d || d.getTime() < today.getTime()) continue;
    fallback ??= d;
    if (isoWeekday(d) === weekday) return d;
  }
  return fallback;
}

const TODAY_WORDS: Record<string, DeadlineKind> = {
  vandaag: 'relative',
  today: 'relative',
  vanmiddag: 'time',
  vanavond: 'time',
  vanochtend: 'time',
  vanmorgen: 'time',
  vannacht: 'time',
  tonight: 'time',
  eod: 'time',
  cob: 'time',
  eob: 'time',
};

/** vandaag, morgen(middag), overmorgen, today, tomorrow, the day after tomorrow, EOD, end of (the) day. */
function dayWord(t: Token[], i: number, today: Day): Candidate | null {
  const w = t[i]!.norm;
  const kind = TODAY_WORDS[w];
  if (kind) return { from: i, to: i + 1, day: today, kind };
  // "tomorrow's meeting"; "(at) today's stand-up" only after a preposition (else often about the past).
  if (w === "tomorrow's" || w === "morgen's")
    return { from: i, to: i + 1, day: addDays(today, 1), kind: 'relative' };
  if (
    (w === "today's" || w === "tonight's") &&
    /^(at|by|before|in|for|during|until|till)$/.test(t[i - 1]?.norm ?? '')
  )
    return { from: i, to: i + 1, day: today, kind: 'time' };
  const now = immediately(t, i);
  if (now > i) return { from: i, to: now, day: today, kind: 'time' };
  if (w === 'morgen' || w === 'tomorrow' || /^morgen(ochtend|middag|avond|vroeg)$/.test(w)) {
    // "morgen" after a weekday is a part of that day ("maandagmorgen" written apart) – weekday rule has it.
    let to = i + 1;
    if (
      ['ochtend', 'middag', 'avond', 'vroeg', 'morning', 'afternoon', 'evening', 'night'].includes(
        t[to]?.norm ?? '',
      )
    )
      to++;
    return { from: i, to, day: addDays(today, 1), kind: 'relative' };
  }
  if (w === 'overmorgen') return { from: i, to: i + 1, day: addDays(today, 2), kind: 'relative' };
  // "'s middags", "s avonds" (speech-to-text drops the apostrophe): a part of today.
  if (w === 's' && /^(middags|ochtends|avonds|morgens|nachts)$/.test(t[i + 1]?.norm ?? ''))
    return { from: i, to: i + 2, day: today, kind: 'time' };
  const j = skipArticle(t, i);
  if (/^(noon|lunch|lunchtime|lunchtijd|middaguur|lunchpauze)$/.test(t[j]?.norm ?? ''))
    return { from: i, to: j + 1, day: today, kind: 'time' };
  if (t[j]?.norm === 'day' && t[j + 1]?.norm === 'after' && t[j + 2]?.norm === 'tomorrow')
    return { from: i, to: j + 3, day: addDays(today, 2), kind: 'relative' };
  if (w === 'this' && ['morning', 'afternoon', 'evening'].includes(t[i + 1]?.norm ?? ''))
    return { from: i, to: i + 2, day: today, kind: 'time' };
  // "end of (the) day", "close of business", "(voor het) eind van de dag/middag".
  const e = t[j]?.norm;
  if (
    (e === 'end' || e === 'close' || e === 'eind' || e === 'einde') &&
    (t[j + 1]?.norm === 'of' || t[j + 1]?.norm === 'van')
  ) {
    const k = skipArticle(t, j + 2);
    if (
      ['day', 'business', 'play', 'dag', 'middag', 'ochtend', 'werkdag', 'afternoon', 'morning'].includes(
        t[k]?.norm ?? '',
      ) &&
      !(t[k + 1] && UNIT_DAYS[t[k + 1]!.norm])
    )
      return { from: i, to: k + 1, day: today, kind: 'time' };
  }
  return null;
}

/** Words after "meteen/direct/right away" that make it "right after something", not now. */
const AFTER = /^(na|nadat|bij|als|zodra|wanneer|after|once|when|upon|following)$/;

/**
 * "nu meteen", "meteen", "direct", "onmiddellijk", "right now", "right away", "straight away", "immediately":
 * today (the end index, or i when there is none). Not "meteen na …", "right after …", nor the adjective
 * ("een direct gesprek", "a direct line", "I'll direct you").
 */
function immediately(t: Token[], i: number): number {
  const w = t[i]!.norm;
  let to = i;
  if (
    (w === 'nu' || w === 'now') &&
    /^(meteen|direct|gelijk|onmiddellijk|immediately)$/.test(t[i + 1]?.norm ?? '')
  )
    to = i + 2;
  else if (w === 'meteen' || w === 'onmiddellijk' || w === 'immediately' || w === 'straightaway') to = i + 1;
  else if (w === 'direct') {
    const prev = t[i - 1]?.norm ?? '';
    if (
      /^(a|an|the|de|het|een|to|will|would|can|could|i|we|you|they|please|i'll|we'll|you'll|zo|heel|erg|meer|niet)$/.test(
        prev,
      ) ||
      /^(message|messages|debit|report|reports|line|link|contact|deposit|mail|manager|access|route|result|verband|lijn|gevolg)$/.test(
        t[i + 1]?.norm ?? '',
      )
    )
      return i;
    to = i + 1;
  } else if (
    (w === 'right' && (t[i + 1]?.norm === 'now' || t[i + 1]?.norm === 'away')) ||
    (w === 'straight' && t[i + 1]?.norm === 'away')
  )
    to = i + 2;
  if (to === i) return i;
  if (AFTER.test(t[to]?.norm ?? '')) return i;
  return to;
}

/** A count: digits, words, "een"/"a", "anderhalve", "twee à drie" (the larger). Returns value and next index. */
function countAt(t: Token[], i: number): { n: number; next: number } | null {
  const w = t[i]?.norm;
  if (!w) return null;
  if (w === 'anderhalve' || w === 'anderhalf') return { n: 1.5, next: i + 1 };
  if ((w === 'een' || w === 'a') && (t[i + 1]?.norm === 'half' || t[i + 1]?.norm === 'halve'))
    return { n: 0.5, next: i + 2 };
  if (w === 'half' && (t[i + 1]?.norm === 'a' || t[i + 1]?.norm === 'an')) return { n: 0.5, next: i + 2 };
  const range = /^(\d{1,3})-(\d{1,3})$/.exec(w);
  if (range) return { n: Math.max(Number(range[1]), Number(range[2])), next: i + 1 };
  let n = cardinal(w);
  if (n === null) return null;
  let next = i + 1;
  // Speech-to-text writes "forty eight", "twenty one" apart.
  const unit = cardinal(t[next]?.norm ?? '');
  if (n >= 20 && n % 10 === 0 && n < 100 && /^[a-z]/.test(w) && unit !== null && unit >= 1 && unit <= 9) {
    n += unit;
    next++;
  }
  if (
    ['one', 'een'].includes(w) &&
    t[next]?.norm === 'and' &&
    t[next + 1]?.norm === 'a' &&
    t[next + 2]?.norm === 'half'
  )
    return { n: 1.5, next: next + 3 };
  const joiner = t[next]?.norm;
  if (
    (joiner === 'a' || joiner === 'of' || joiner === 'tot' || joiner === 'to' || joiner === 'or') &&
    t[next + 1]
  ) {
    const m = cardinal(t[next + 1]!.norm);
    if (m !== null && m > n && UNIT_DAYS[t[next + 2]?.norm ?? '']) {
      n = m;
      next += 2;
    }
  }
  return { n, next };
}

/** "over drie dagen", "binnen 10 werkdagen", "within 5 business days", "in two weeks' time", "binnen 24 uur". */
function relativeCount(t: Token[], i: number, today: Day): Candidate | null {
  const w = t[i]!.norm;
  let j = i;
  if (['over', 'binnen', 'in', 'within', 'na', 'after'].includes(w)) j++;
  // "in the next ten days", "binnen de komende 10 dagen", "de komende twee weken".
  let upcomingSpan = false;
  if (ARTICLES.has(t[j]?.norm ?? '') && NEXT.has(t[j + 1]?.norm ?? '') && countAt(t, j + 2)) {
    j += 2;
    upcomingSpan = true;
  }
  const count = countAt(t, j);
  if (!count) return null;
  const countWord = t[j]!.norm;
  j = count.next;
  let unitWord = t[j]?.norm ?? '';
  if (
    (unitWord === 'business' || unitWord === 'working' || unitWord === 'work') &&
    /^days?$/.test(t[j + 1]?.norm ?? '')
  ) {
    unitWord = 'werkdagen';
    j++;
  }
  const unit = UNIT_DAYS[unitWord];
  if (!unit) return null;
  j++;
  let n = count.n;
  // "een week of twee", "a week or two", "een dag of drie": about the second number.
  if (
    (countWord === 'een' || countWord === 'a') &&
    (t[j]?.norm === 'of' || t[j]?.norm === 'or') &&
    (cardinal(t[j + 1]?.norm ?? '') ?? 0) > 1
  ) {
    n = cardinal(t[j + 1]!.norm)!;
    j += 2;
  }
  const prepositioned =
    upcomingSpan || (j > 0 && ['over', 'binnen', 'in', 'within', 'na', 'after'].includes(w));
  // Without a preposition only "N days from now" / "vanaf nu" counts ("het duurt twee weken" is no deadline).
  let to = j;
  let base = today;
  const from = t[j]?.norm;
  const anchor = t[j + 1]?.norm ?? '';
  if ((from === 'from' || from === 'vanaf' || from === 'van') && (anchor === 'now' || anchor === 'nu'))
    to = j + 2;
  else if ((from === 'from' || from === 'vanaf') && (anchor === 'today' || anchor === 'vandaag')) to = j + 2;
  else if ((from === 'from' || from === 'vanaf') && (anchor === 'tomorrow' || anchor === 'morgen')) {
    to = j + 2;
    base = addDays(today, 1);
  } else if ((from === 'from' || from === 'vanaf') && weekdayOf(anchor) !== null) {
    // "a week from Monday": counted from the coming Monday.
    to = j + 2;
    base = nextWeekday(today, weekdayOf(anchor)!);
  } else if (!prepositioned) return null;
  if (t[to]?.norm === 'tijd' || t[to]?.norm === 'time') to++;
  today = base;
  if (!(n > 0 && n <= 1000)) return null;
  let day: Day;
  switch (unit) {
    case 'day':
      day = addDays(today, Math.ceil(n));
      break;
    case 'workday':
      day = addWorkdays(today, Math.ceil(n));
      break;
    case 'week':
      day = addDays(today, Math.round(n * 7));
      break;
    case 'fortnight':
      day = addDays(today, Math.round(n * 14));
      break;
    case 'minute':
      day = today;
      break;
    case 'month':
      day = addDays(addMonths(today, Math.floor(n)), Math.round((n % 1) * 30));
      break;
    case 'year':
      day = addDays(addMonths(today, Math.floor(n * 12)), Math.round(((n * 12) % 1) * 30));
      break;
    case 'hour':
      day = addDays(today, Math.floor(n / 24));
      if (n % 24 !== 0 && n > 24) day = addDays(day, 1);
      break;
  }
  const kind = (unit === 'hour' && n < 24) || unit === 'minute' ? 'time' : 'relative';
  return { from: i, to, day, kind };
}

/** begin/medio/eind of a week, month, year, quarter or named month; "deze week (nog)", "next week", weekend. */
function period(t: Token[], i: number, today: Day): Candidate | null {
  let j = skipArticle(t, i);
  let w = t[j]?.norm ?? '';
  let part: 'begin' | 'mid' | 'end' | null = null;
  const dashed = /^(mid|eind|begin|medio|end|early|late)-(.+)$/.exec(w);
  if (dashed) {
    part = PERIOD_WORDS[dashed[1]!] ?? null;
    const month = monthOf(dashed[2]!, false);
    if (part && month) return monthPart(i, j + 1, t, today, month, part);
  }
  if (PERIOD_WORDS[w] && !(w === 'half' && t[j - 1]?.norm === 'een')) {
    part = PERIOD_WORDS[w]!;
    j++;
    if (t[j]?.norm === 'van' || t[j]?.norm === 'of') j++;
    j = skipArticle(t, j);
    w = t[j]?.norm ?? '';
  }
  if (part && (w === 'eind' || w === 'end')) return null;
  let shift: 0 | 1 = 0;
  if (NEXT.has(w)) {
    shift = 1;
    j++;
    w = t[j]?.norm ?? '';
  } else if (THIS.has(w)) {
    j++;
    w = t[j]?.norm ?? '';
  } else if (!part) {
    // Bare "week"/"maand" only with a modifier ("deze week", "volgende maand"); weekend always.
    const afterNext = w === 'week' && t[j + 1]?.norm === 'after' && t[j + 2]?.norm === 'next';
    if (w !== 'weekend' && !afterNext) return null;
  }
  const month = part ? monthOf(w, false) : null;
  if (month) return monthPart(i, j + 1, t, today, month, part!);
  let to = j + 1;
  if (t[to]?.norm === 'nog') to++;
  // "the week after next": Friday of the week after next week.
  if (w === 'week' && t[j + 1]?.norm === 'after' && t[j + 2]?.norm === 'next')
    return { from: i, to: j + 3, day: addDays(weekdayInWeek(today, 5), 14), kind: 'period' };
  if (w === 'week') {
    const monday = addDays(weekdayInWeek(today, 1), shift * 7);
    const wd = part === 'begin' ? 1 : part === 'mid' ? 3 : 5;
    let day = addDays(monday, wd - 1);
    // "eind van de week" said on a Saturday: the coming Friday.
    if (shift === 0 && day.getTime() < today.getTime()) day = part ? addDays(day, 7) : today;
    return { from: i, to, day, kind: 'period' };
  }
  if (w === 'weekend') {
    const prev = t[i - 1]?.norm;
    // "voor het weekend": Friday; "na het weekend", "after the weekend": the Monday after; else Saturday.
    const after = prev === 'na' || prev === 'after';
    if (after) return { from: i - 1, to, day: addDays(nextWeekday(today, 1), shift * 7), kind: 'period' };
    const wd = prev === 'voor' || prev === 'before' ? 5 : 6;
    let day = addDays(weekdayInWeek(today, wd), shift * 7);
    if (day.getTime() < today.getTime()) day = addDays(day, 7);
    return { from: i, to, day, kind: 'period' };
  }
  if (w === 'maand' || w === 'month') {
    const first = addMonths(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)), shift);
    let day = partOfMonth(first.getUTCFullYear(), first.getUTCMonth() + 1, part ?? 'end');
    if (day.getTime() < today.getTime())
      day = partOfMonth(first.getUTCFullYear(), first.getUTCMonth() + 2, part ?? 'end');
    return { from: i, to, day, kind: 'period' };
  }
  if (w === 'jaar' || w === 'year') {
    const y = today.getUTCFullYear() + shift;
    const day =
      part === 'begin'
        ? workdayOnOrAfter(makeDay(y + (shift ? 0 : 1), 1, 2)!)
        : part === 'mid'
          ? makeDay(y, 7, 1)!
          : makeDay(y, 12, 31)!;
    return { from: i, to, day, kind: 'period' };
  }
  if (w === 'kwartaal' || w === 'quarter') {
    const q = Math.floor(today.getUTCMonth() / 3) + shift;
    const endMonth = (q % 4) * 3 + 3;
    const year = today.getUTCFullYear() + Math.floor(q / 4);
    return { from: i, to, day: lastDayOfMonth(year, endMonth), kind: 'period' };
  }
  return null;
}

/** Begin: first working day; medio: the 15th; end: the last day. */
function partOfMonth(year: number, month: number, part: 'begin' | 'mid' | 'end'): Day {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  if (part === 'begin') return workdayOnOrAfter(makeDay(y, m, 1)!);
  if (part === 'mid') return makeDay(y, m, 15)!;
  return lastDayOfMonth(y, m);
}

/** "eind december", "begin januari 2027", "mid-March": this year's, or next year's when it has passed. */
function monthPart(
  i: number,
  j: number,
  t: Token[],
  today: Day,
  month: number,
  part: 'begin' | 'mid' | 'end',
): Candidate {
  const year = yearOf(t[j]);
  let day = partOfMonth(year ?? today.getUTCFullYear(), month, part);
  if (year === null && day.getTime() < today.getTime())
    day = partOfMonth(today.getUTCFullYear() + 1, month, part);
  return { from: i, to: year === null ? j : j + 1, day, kind: 'period' };
}

/** "week 50", "in week vijftig": the Friday of that ISO week (next year's when it has passed). */
function weekNumber(t: Token[], i: number, today: Day): Candidate | null {
  if (t[i]!.norm !== 'week') return null;
  const n = cardinal(t[i + 1]?.norm ?? '');
  if (n === null || !Number.isInteger(n) || n < 1 || n > 53) return null;
  if (UNIT_DAYS[t[i + 2]?.norm ?? '']) return null;
  const { year } = isoWeek(today);
  let monday = isoWeekMonday(year, n);
  if (!monday || addDays(monday, 6).getTime() < today.getTime()) monday = isoWeekMonday(year + 1, n);
  if (!monday) return null;
  let day = addDays(monday, 4);
  if (day.getTime() < today.getTime()) day = today;
  return { from: i, to: i + 2, day, kind: 'period' };
}

/** Nouns an ordinal counts ("de 2e verdieping", "de eerste keer", "the first step"): then it is no day. */
const COUNTED = new Set([
  'keer',
  'maal',
  'stap',
  'stappen',
  'ronde',
  'verdieping',
  'etage',
  'plaats',
  'plek',
  'helft',
  'punt',
  'versie',
  'fase',
  'klas',
  'poging',
  'termijn',
  'kwartaal',
  'week',
  'dag',
  'maand',
  'jaar',
  'gesprek',
  'afspraak',
  'brief',
  'herinnering',
  'aanmaning',
  'persoon',
  'time',
  'times',
  'step',
  'steps',
  'round',
  'floor',
  'place',
  'half',
  'point',
  'version',
  'phase',
  'attempt',
  'quarter',
  'day',
  'month',
  'year',
  'meeting',
  'letter',
  'reminder',
  'one',
  'person',
  'item',
  'draft',
  'concept',
  'die',
  'who',
  'that',
]);
/**
 * "de 15e", "op de vijftiende", "the 14th", "de 3e van volgende maand", "the 1st of next month": this month's,
 * or next month's when it has passed. A digit ordinal ("15e") is a day unless a counted noun follows
 * ("de 2e verdieping"); a word ordinal ("de eerste") only at the end or before a particle, pronoun, article or verb.
 */
function dayOfMonth(t: Token[], i: number, today: Day): Candidate | null {
  const w = t[i]!.norm;
  if (w !== 'de' && w !== 'the') return null;
  const ordToken = t[i + 1];
  const dom = ordinal(ordToken?.norm ?? '');
  if (dom === null || dom < 1 || dom > 31) return null;
  const digits = /^\d/.test(ordToken!.norm);
  let to = i + 2;
  let after = t[to]?.norm;
  // "van/of (de/the) maand/month": this month; "van/of volgende/next maand": next month.
  let monthShift = -1;
  if ((after === 'van' || after === 'of') && t[to + 1]) {
    let k = to + 1;
    let shift = 0;
    if (ARTICLES.has(t[k]!.norm) || THIS.has(t[k]!.norm)) k++;
    else if (NEXT.has(t[k]!.norm)) {
      shift = 1;
      k++;
    }
    if (t[k]?.norm === 'maand' || t[k]?.norm === 'month') {
      monthShift = shift;
      to = k + 1;
      after = t[to]?.norm;
    }
  }
  if (monthShift < 0 && after !== undefined && COUNTED.has(after)) return null;
  if (monthShift < 0 && !digits && after !== undefined && !isFollowWord(after)) return null;
  const from = monthShift > 0 ? 1 : 0;
  for (let k = from; k < from + 3; k++) {
    const first = addMonths(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)), k);
    const d = makeDay(first.getUTCFullYear(), first.getUTCMonth() + 1, dom);
    if (d && d.getTime() >= today.getTime()) return { from: i, to, day: d, kind: 'date' };
  }
  return null;
}

/** Words that may follow a day-of-month without making it something else ("de 15e terug", "er de 1e staat"). */
function isFollowWord(w: string): boolean {
  return (
    FOLLOW.has(w) ||
    MARKERS.has(w) ||
    /^(?:bel|stuur|mail|kom|lever|lig|sta|sluit|zet|beslis|betaal|hoor|krijg|ontvang|heb|ben|is|zijn)/.test(w)
  );
}
const FOLLOW = new Set([
  'terug',
  'langs',
  'om',
  'at',
  'in',
  'op',
  'and',
  'en',
  'of',
  'or',
  'dan',
  'then',
  'with',
  'met',
  'aan',
  'naar',
  'to',
  'klaar',
  'af',
  'rond',
  'door',
  'uit',
  'bij',
  'binnen',
  'al',
  'wel',
  'nog',
  'even',
  'gereed',
  'ready',
  'done',
  'willen',
  'wil',
  'kunnen',
  'kan',
  'moet',
  'moeten',
  'zal',
  'zullen',
  'gaan',
  'een',
  'het',
  'de',
  'the',
  'a',
  'an',
  'uw',
  'je',
  'jouw',
  'mijn',
  'ons',
  'onze',
  'your',
  'my',
  'our',
  'u',
  'jij',
  'ik',
  'we',
  'wij',
  'you',
  'i',
  'me',
  'mij',
  'us',
  'hem',
  'haar',
  'him',
  'her',
  'them',
  'jullie',
  'please',
  'graag',
  'so',
  'dus',
  'right',
  'oke',
  'ok',
]);

/** Words that may start a clock time. */
const CLOCK_START = new Set(['om', 'at', 'rond', 'around', 'tegen']);
const MINUTE_WORDS: Record<string, number> = {
  vijftien: 15,
  fifteen: 15,
  dertig: 30,
  thirty: 30,
  'forty-five': 45,
  tien: 10,
  ten: 10,
  twintig: 20,
  twenty: 20,
  vijf: 5,
  five: 5,
};

/**
 * "om 15.00", "om drie uur", "at 3 pm", "5pm", "om half vier", "om kwart over drie", "at four thirty": today;
 * the weakest reading, used only without a day (a day next to it is merged by mergeTimes).
 */
function clockTime(t: Token[], i: number, today: Day): Candidate | null {
  let j = i;
  if (CLOCK_START.has(t[j]!.norm)) j++;
  const marked = j > i;
  let w = t[j]?.norm ?? '';
  // "half vier", "kwart over drie", "tien voor half vier": the hour comes last.
  if (
    marked &&
    (w === 'half' || w === 'kwart' || (MINUTE_WORDS[w] && /^(over|voor)$/.test(t[j + 1]?.norm ?? '')))
  ) {
    let k = j + 1;
    if (t[k]?.norm === 'over' || t[k]?.norm === 'voor') k++;
    if (t[k]?.norm === 'half') k++;
    const h = cardinal(t[k]?.norm ?? '');
    if (h !== null && h >= 1 && h <= 24) return { from: i, to: k + 1, day: today, kind: 'time' };
    return null;
  }
  if (/^\d{1,2}[.:]\d{2}$/.test(w) && marked) return { from: i, to: j + 1, day: today, kind: 'time' };
  if (/^\d{1,2}(am|pm)$/.test(w)) return { from: i, to: j + 1, day: today, kind: 'time' };
  const n = cardinal(w);
  if (n === null || n > 24) return null;
  // "at four thirty", "om drie uur dertig".
  w = t[j + 1]?.norm ?? '';
  if (marked && n >= 1 && MINUTE_WORDS[w] && t[j + 2]?.norm !== 'uur' && !UNIT_DAYS[t[j + 2]?.norm ?? ''])
    return { from: i, to: j + 2, day: today, kind: 'time' };
  const after = w;
  if (
    after === 'uur' ||
    after === 'pm' ||
    after === 'am' ||
    after === "o'clock" ||
    after === 'p.m' ||
    after === 'a.m'
  )
    return marked || after !== 'uur' ? { from: i, to: j + 2, day: today, kind: 'time' } : null;
  return null;
}

/** Nth week of a month ("de eerste week van januari", "the second week of May") or "de week van 7 december". */
function weekOfMonth(t: Token[], i: number, today: Day): Candidate | null {
  const w = t[i]!.norm;
  if (w !== 'de' && w !== 'the' && w !== 'in') return null;
  let j = w === 'in' ? skipArticle(t, i + 1) : i + 1;
  if (j === i + 1 && w === 'in') return null;
  const nth = ordinal(t[j]?.norm ?? '');
  if (nth !== null) j++;
  if (t[j]?.norm !== 'week' || !(t[j + 1]?.norm === 'van' || t[j + 1]?.norm === 'of')) return null;
  j += 2;
  if (nth === null) {
    const date = dayMonth(t, j, today) ?? numericDate(t, j, today) ?? monthDay(t, j, today);
    if (!date) return null;
    return { from: i, to: date.to, day: weekdayInWeek(date.day, 5), kind: 'period' };
  }
  if (nth < 1 || nth > 5) return null;
  const month = monthOf(t[j]?.norm ?? '', false);
  if (month === null) return null;
  const year = yearOf(t[j + 1]);
  const weekFriday = (y: number): Day | null => {
    // Week 1 of a month is the first week whose Thursday falls in it (as ISO numbers the weeks of a year).
    const firstThursday = addDays(makeDay(y, month, 1)!, (4 - isoWeekday(makeDay(y, month, 1)!) + 7) % 7);
    const friday = addDays(firstThursday, 1 + 7 * (nth - 1));
    return friday.getUTCMonth() + 1 === month || nth < 5 ? friday : null;
  };
  let day = weekFriday(year ?? today.getUTCFullYear());
  if (year === null && day && day.getTime() < today.getTime()) day = weekFriday(today.getUTCFullYear() + 1);
  return day ? { from: i, to: year === null ? j + 1 : j + 2, day, kind: 'period' } : null;
}

/** "Q1", "Q3 2027", "het derde kwartaal", "the fourth quarter", "eind Q1": the last day of that quarter. */
function quarter(t: Token[], i: number, today: Day): Candidate | null {
  let j = i;
  if (/^(in|during|tijdens)$/.test(t[j]!.norm)) j++;
  let part: 'begin' | 'mid' | 'end' = 'end';
  const p = PERIOD_WORDS[t[j]?.norm ?? ''];
  if (p && p !== 'mid') {
    part = p;
    j++;
    if (t[j]?.norm === 'van' || t[j]?.norm === 'of') j++;
  }
  j = skipArticle(t, j);
  const w = t[j]?.norm ?? '';
  let q: number | null = null;
  const m = /^q([1-4])$/.exec(w);
  if (m) {
    q = Number(m[1]);
    j++;
  } else {
    const n = ordinal(w);
    if (n !== null && n >= 1 && n <= 4 && (t[j + 1]?.norm === 'kwartaal' || t[j + 1]?.norm === 'quarter')) {
      q = n;
      j += 2;
    }
  }
  if (q === null) return null;
  const year = yearOf(t[j]);
  if (year !== null) j++;
  const at = (y: number): Day =>
    part === 'begin' ? workdayOnOrAfter(makeDay(y, q * 3 - 2, 1)!) : lastDayOfMonth(y, q * 3);
  let day = at(year ?? today.getUTCFullYear());
  if (year === null && lastDayOfMonth(day.getUTCFullYear(), q * 3).getTime() < today.getTime())
    day = at(today.getUTCFullYear() + 1);
  if (day.getTime() < today.getTime()) day = today;
  return { from: i, to: j, day, kind: 'period' };
}

/** Easter Sunday (Gregorian, anonymous algorithm). */
function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const k = Math.floor(c / 4);
  const l = c % 4;
  const m = (32 + 2 * e + 2 * k - h - l) % 7;
  const n = Math.floor((a + 11 * h + 22 * m) / 451);
  const month = Math.floor((h + m - 7 * n + 114) / 31);
  const day = ((h + m - 7 * n + 114) % 31) + 1;
  return makeDay(year, month, day)!;
}

/** Holidays with a fixed day, by name: the next one (this year's, or next year's when it has passed). */
const HOLIDAYS: Record<string, (y: number) => Day> = {
  kerst: (y) => makeDay(y, 12, 25)!,
  kerstmis: (y) => makeDay(y, 12, 25)!,
  christmas: (y) => makeDay(y, 12, 25)!,
  xmas: (y) => makeDay(y, 12, 25)!,
  kerstavond: (y) => makeDay(y, 12, 24)!,
  oudejaarsdag: (y) => makeDay(y, 12, 31)!,
  oudjaar: (y) => makeDay(y, 12, 31)!,
  oudejaarsavond: (y) => makeDay(y, 12, 31)!,
  jaarwisseling: (y) => makeDay(y + 1, 1, 1)!,
  nieuwjaar: (y) => makeDay(y, 1, 1)!,
  nieuwjaarsdag: (y) => makeDay(y, 1, 1)!,
  sinterklaas: (y) => makeDay(y, 12, 5)!,
  pakjesavond: (y) => makeDay(y, 12, 5)!,
  koningsdag: (y) => (isoWeekday(makeDay(y, 4, 27)!) === 7 ? makeDay(y, 4, 26)! : makeDay(y, 4, 27)!),
  bevrijdingsdag: (y) => makeDay(y, 5, 5)!,
  pasen: easter,
  easter: easter,
  hemelvaart: (y) => addDays(easter(y), 39),
  hemelvaartsdag: (y) => addDays(easter(y), 39),
  pinksteren: (y) => addDays(easter(y), 49),
};

/** "voor de kerst", "before Christmas", "met Pasen", "na Koningsdag": that day ("voor" → the day before). */
function holiday(t: Token[], i: number, today: Day): Candidate | null {
  const j = skipArticle(t, i);
  let w = t[j]?.norm ?? '';
  // "eerste kerstdag", "Christmas Eve", "New Year's Eve".
  let fn = HOLIDAYS[w];
  let to = j + 1;
  if (!fn && (w === 'eerste' || w === 'tweede') && t[j + 1]?.norm === 'kerstdag') {
    const second = w === 'tweede';
    fn = (y) => makeDay(y, 12, second ? 26 : 25)!;
    to = j + 2;
  } else if (w === 'christmas' && t[j + 1]?.norm === 'eve') {
    fn = HOLIDAYS.kerstavond;
    to = j + 2;
  } else if (w === 'new' && t[j + 1]?.norm === "year's" && t[j + 2]?.norm === 'eve') {
    fn = HOLIDAYS.oudejaarsdag;
    to = j + 3;
  } else if (w === 'oud' && t[j + 1]?.norm === 'en' && t[j + 2]?.norm === 'nieuw') {
    fn = HOLIDAYS.oudejaarsdag;
    to = j + 3;
  }
  if (!fn) return null;
  w = t[i - 1]?.norm ?? '';
  let day = fn(today.getUTCFullYear());
  if (day.getTime() < today.getTime()) day = fn(today.getUTCFullYear() + 1);
  // "voor de kerst", "before Christmas": the day before is the last day it can be done.
  if ((w === 'voor' || w === 'before') && day.getTime() > today.getTime()) day = addDays(day, -1);
  return { from: i, to, day, kind: 'date' };
}

/** "in januari", "during March", "tijdens december": the last day of that month (next year's when passed). */
function monthAlone(t: Token[], i: number, today: Day): Candidate | null {
  const w = t[i]!.norm;
  if (w !== 'in' && w !== 'during' && w !== 'tijdens') return null;
  const token = t[i + 1];
  const month = token ? monthOf(token.norm, false) : null;
  if (month === null || (token!.norm === 'may' && !token!.upper)) return null;
  const year = yearOf(t[i + 2]);
  let day = lastDayOfMonth(year ?? today.getUTCFullYear(), month);
  if (year === null && day.getTime() < today.getTime())
    day = lastDayOfMonth(today.getUTCFullYear() + 1, month);
  return { from: i, to: year === null ? i + 2 : i + 3, day, kind: 'period' };
}
