// Deadline parser for Dutch and English as people say and write it, and as speech-to-text writes it
// (lowercase, no punctuation, "eh", numbers as words). A hand-written scanner over tokens: each rule looks
// at a few tokens from one position, so the whole parse is linear in the length of the text.
// Readings of ambiguous phrases are documented in docs/analyzer.md.
import type { AnalyzerLang, Deadline, DeadlineKind } from '../agreement/types.ts';
import { contentTokens, READ_WINDOW, tokenize, type Token } from '../language/tokenize.ts';
import {
  addDays,
  addMonths,
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
import { GRAMMAR } from '../lang/index.ts';
import { quote, vagueSpans } from './vague.ts';
import {
  cardinal,
  isDateWord,
  monthOf,
  ordinal,
  UNIT_DAYS,
  weekdayOf,
  weekdayShort,
  yearWords,
  type Unit,
} from './words.ts';
import { addPublicWorkdays, HOLIDAY_PAIRS, HOLIDAYS, nthWeekdayOfMonth } from './holidays.ts';

export interface ParseDeadlineOptions {
  /** The day the words were said, 'YYYY-MM-DD'. */
  date: string;
  lang?: AnalyzerLang;
  /** Ask chrono-node when the scanner finds nothing (default true); off where only "is there a time?" matters. */
  fallback?: boolean;
}

/** A time phrase that names no real day, or contradicts itself: said to the user instead of "no deadline". */
export interface TimeProblem {
  code: 'date_impossible' | 'weekday_mismatch';
  /** The words of the sentence the problem is in. */
  phrase: string;
  /** For weekday_mismatch: the weekday the date really falls on (1 = Monday … 7 = Sunday). */
  weekday?: number;
}

/** What the time words of a sentence say: the deadline (or null), the vague terms and any problems. */
export interface TimeReading {
  deadline: Deadline | null;
  vagueTerms: string[];
  problems: TimeProblem[];
}

interface Candidate {
  from: number;
  to: number;
  day: Day;
  kind: DeadlineKind;
  /** Which rule read it (for the choice between candidates). */
  rule?: string;
}

/** Problems found while reading the current text (the scanner is synchronous; reset per reading). */
let problems: { code: TimeProblem['code']; from: number; to: number; weekday?: number }[] = [];

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
  if (typeof text !== 'string' || text.length === 0) return { deadline: null, vagueTerms: [], problems: [] };
  const tokens = contentTokens(tokenize(text));
  try {
    return readTimeTokens(text, tokens, today, options?.lang, options?.fallback ?? true);
  } catch {
    // A bug must not take a transcript down: no time read is the safe answer.
    problems = [];
    return { deadline: null, vagueTerms: [], problems: [] };
  }
}

/** The same, on tokens the caller already has (the agreement reader tokenizes once). */
export function readTimeTokens(
  text: string,
  t: Token[],
  today: Day | null,
  lang?: AnalyzerLang,
  fallback = true,
): TimeReading {
  problems = [];
  todayTime = today?.getTime() ?? 0;
  const vague = vagueSpans(t);
  const inVague = new Uint8Array(t.length + 1);
  for (const span of vague) for (let k = span.from; k < span.to; k++) inVague[k] = 1;
  const candidates: Candidate[] = [];
  /** Time phrases that are no deadline (a habit, the past): chrono may not read them either. */
  const notDeadlines: string[] = [];
  if (today && mayNameTime(t)) {
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
      if (recurring(t, i) || pastRelative(t, i, found.to) || sinceThen(t, i)) {
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
  let deadline = choose(text, t, mergeRanges(text, t, mergeTimes(t, candidates)), sentenceIds(text, t));
  // Fallback: chrono for explicit notations the scanner does not know, guarded (see chrono.ts).
  if (!deadline && fallback && today && mayHoldDate(t))
    deadline = chronoDeadline(text.slice(0, READ_WINDOW), today, lang === 'en' ? 'en' : 'nl', [
      ...vagueTerms,
      ...notDeadlines,
    ]);
  const found = problems.map((p) => ({
    code: p.code,
    phrase: quote(text, t, p.from, p.to),
    ...(p.weekday ? { weekday: p.weekday } : {}),
  }));
  problems = [];
  return { deadline, vagueTerms, problems: found };
}

/** Words without which no time rule reads anything (besides digits, months, weekdays, ordinals and years). */
let timeWords: Set<string> | null = null;
const TIME_WORDS = (): Set<string> =>
  (timeWords ??= new Set([
    'vandaag',
    'today',
    'morgen',
    'tomorrow',
    'overmorgen',
    "tomorrow's",
    'vanavond',
    'vanmiddag',
    'vanochtend',
    'vanmorgen',
    'vannacht',
    'tonight',
    "tonight's",
    "today's",
    'eod',
    'cob',
    'eob',
    'meteen',
    'now',
    'nu',
    'direct',
    'onmiddellijk',
    'immediately',
    'straightaway',
    'right',
    'straight',
    's',
    'noon',
    'lunch',
    'lunchtime',
    'lunchtijd',
    'middaguur',
    'lunchpauze',
    'deze',
    'this',
    'end',
    'close',
    'eind',
    'einde',
    'begin',
    'start',
    'beginning',
    'early',
    'medio',
    'midden',
    'half',
    'halverwege',
    'mid',
    'middle',
    'late',
    'laat',
    'vroeg',
    'weekend',
    'werkweek',
    'kalenderjaar',
    'kwartaal',
    'quarter',
    'fortnight',
    'fortnights',
    'uur',
    'hour',
    'hours',
    'om',
    'at',
    'pm',
    'am',
    'kwart',
    'oudjaar',
    'laatste',
    'last',
    'week',
    'weken',
    'weeks',
    'maand',
    'maanden',
    'month',
    'months',
    'jaar',
    'year',
    'years',
    'dag',
    'dagen',
    'day',
    'days',
    'werkdag',
    'werkdagen',
    'workday',
    'workdays',
    'business',
    'working',
    'minuut',
    'minuten',
    'minutes',
    'kwartier',
    ...CONVERSATION,
    ...Object.keys(HOLIDAYS),
    ...Object.keys(HOLIDAY_PAIRS).map((p) => p.split(' ')[0]!),
  ]));

/** A cheap first look: only a text with a digit or a word that time rules start from can name a time. */
function mayNameTime(t: Token[]): boolean {
  for (const token of t) {
    const w = token.norm;
    if (token.kind === 'num' || TIME_WORDS().has(w) || isDateWord(w) || /^[qk][1-4]$|\d/.test(w)) return true;
    if (w.endsWith("'s") && isDateWord(w.slice(0, -2))) return true;
    if (/^(mid|eind|begin|medio|end|early|late)-/.test(w) || /^morgen(ochtend|middag|avond|vroeg)$/.test(w))
      return true;
  }
  return false;
}

/** Words that join the two ends of a range ("van 2 tot 7 mei", "Monday to Friday", "tussen … en …"). */
const RANGE_TO = new Set(['tot', 't/m', 'tm', 'to', 'through', 'thru', 'till', 'until', 'untill']);

/**
 * A range of days counts with its last day: "19 tot 21 mei", "Monday to Friday", "tussen vandaag en morgen",
 * "1-5 - 7-5-2020", "August 10 - 22, 2012". Two candidates joined by a range word (or a dash) become one, with
 * the day of the second (never before the first: "maandag - vrijdag" said on a Thursday ends next Friday).
 */
function mergeRanges(text: string, t: Token[], candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const a = candidates[k]!;
    const b = candidates[k + 1];
    const joined = b ? rangeJoin(text, t, a, b.from) : false;
    if (b && joined && a.kind !== 'time' && b.kind !== 'time') {
      let day = b.day;
      while (day.getTime() < a.day.getTime() && b.kind === 'weekday') day = addDays(day, 7);
      out.push({ from: a.from, to: b.to, day, kind: b.kind, rule: 'range' });
      k++;
      continue;
    }
    // "op de 26e en 27e", "on the 26th and the 27th": days of the month in a list; the last one counts.
    const listed = a.rule === 'dayOfMonth' ? listedDayOfMonth(t, a) : null;
    if (listed) {
      out.push({ ...a, to: listed.to, day: listed.day, rule: 'range' });
      if (b && b.from < listed.to) k++;
      continue;
    }
    // "August 10 - 22, 2012", "10 tot 22 augustus": the second end is a bare day of the same month.
    if (a.kind === 'date' && a.rule !== 'holiday') {
      const n = t[a.to] && /^\d{1,2}$/.test(t[a.to]!.norm) ? Number(t[a.to]!.norm) : 0;
      if (n >= 1 && n <= 31 && n > a.day.getUTCDate() && rangeJoin(text, t, a, a.to)) {
        const year = yearAt(t, a.to + 1);
        const d = makeDay(year?.year ?? a.day.getUTCFullYear(), a.day.getUTCMonth() + 1, n);
        if (d) {
          out.push({ from: a.from, to: year ? year.next : a.to + 1, day: d, kind: 'date', rule: 'range' });
          if (b && b.from < (year ? year.next : a.to + 1)) k++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}

/** After a day of the month, "en/and (de/the) <ordinal>" of a later day: that day, in the same month. */
function listedDayOfMonth(t: Token[], a: Candidate): { to: number; day: Day } | null {
  const join = t[a.to]?.norm;
  if (join !== 'en' && join !== 'and') return null;
  let k = a.to + 1;
  if (t[k]?.norm === 'de' || t[k]?.norm === 'the') k++;
  const tens = spokenTens(t, k);
  const n = tens?.dom ?? ordinal(t[k]?.norm ?? '');
  if (n === null || n <= a.day.getUTCDate()) return null;
  const day = makeDay(a.day.getUTCFullYear(), a.day.getUTCMonth() + 1, n);
  return day ? { to: tens ? tens.next : k + 1, day } : null;
}

/** Whether the words between candidate a and token `next` join a range (a dash, "tot (en met)", "to"). */
function rangeJoin(text: string, t: Token[], a: Candidate, next: number): boolean {
  const gap = t.slice(a.to, next).map((x) => x.norm);
  if (gap.length === 0) {
    const between = text.slice(t[a.to - 1]!.end, t[next]?.start ?? t[a.to - 1]!.end);
    return /^\s*[-–—]\s*$/.test(between);
  }
  if (gap.length === 1 && RANGE_TO.has(gap[0]!)) return true;
  if (gap.length === 3 && gap[0] === 'tot' && gap[1] === 'en' && gap[2] === 'met') return true;
  // "tussen vandaag en morgen", "between the 4th and the 8th".
  const opener = t[a.from - 1]?.norm;
  return (
    gap.length === 1 && (gap[0] === 'en' || gap[0] === 'and') && (opener === 'tussen' || opener === 'between')
  );
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

/** Events a day may name ("de uitnodiging voor 14 oktober", "the invite for Thursday"): "voor/for" is not "by". */
const EVENT_NOUNS = new Set([
  'uitnodiging',
  'afspraak',
  'overleg',
  'vergadering',
  'bijeenkomst',
  'gesprek',
  'invite',
  'invitation',
  'meeting',
  'session',
  'appointment',
]);

/** Whether the marker at k follows an event noun: the day after it is the event's, not a deadline. */
function forEvent(t: Token[], k: number): boolean {
  const w = t[k]?.norm;
  return (w === 'voor' || w === 'for') && EVENT_NOUNS.has(t[k - 1]?.norm ?? '');
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
    // Flemish "ten laatste vrijdag": at the latest, a marked deadline as "uiterlijk".
    if (prev === 'laatste' && t[c.from - 2]?.norm === 'ten') {
      score = 2;
      from = c.from - 2;
    } else if (prev && MARKERS.has(prev) && !(pool.length > 1 && forEvent(t, c.from - 1))) {
      score = 2;
      from = c.from - 1;
      if (prev === 'latest' || prev === 'tot') score = 1;
    } else if (prev && START_MARKERS.has(prev)) score = -2;
    else if (pool.length > 1 && forEvent(t, c.from - 1)) score = -1;
    else if (c.from > 0 && open[c.from - 1]) score = -2;
    else if (prev === 'on' || prev === 'op') from = c.from - 1;
    // "vandaag nog", "morgen nog": the time the speaker binds the action to.
    if (score >= 0 && t[c.to]?.norm === 'nog') score = 3;
    // A correction: "niet vrijdag maar maandag", "vrijdag, nee, maandag", "Friday, sorry, I mean Monday".
    if (pool.length > 1) {
      if (negated(t, c.from)) score = -3;
      else if (c !== pool[0] && (corrected(t, c.from) || restated(t, c, sentence))) score = 4;
    }
    if (!best || score > best.score) {
      // A weekday said as a repair of another weekday stays in that weekday's week ("volgende week dinsdag …
      // dan donderdag" is the Thursday of next week).
      if (
        score === 4 &&
        best &&
        c.kind === 'weekday' &&
        best.c.kind === 'weekday' &&
        restated(t, c, sentence)
      )
        best = { c: { ...c, day: sameWeek(best.c.day, c.day) }, score, from };
      else best = { c, score, from };
    }
  }
  if (!best) return null;
  let day = best.c.day;
  // "voor 1 januari", "before 12 March": the day before is the last day it can be done.
  const marker = t[best.c.from - 1]?.norm;
  if ((marker === 'voor' || marker === 'before') && best.c.rule === 'date' && day.getTime() > todayTime)
    day = addDays(day, -1);
  return {
    date: formatDay(day),
    phrase: quote(text, t, best.from, best.c.to),
    kind: best.c.kind,
    ...(best.c.rule ? { rule: best.c.rule } : {}),
  };
}

/** Whether the time at i is negated: "niet vrijdag", "not on Friday", "geen dinsdag". */
function negated(t: Token[], i: number): boolean {
  const prev = t[i - 1]?.norm ?? '';
  const skip = prev === 'op' || prev === 'on' ? (t[i - 2]?.norm ?? '') : prev;
  return skip === 'niet' || skip === 'not' || skip === 'geen';
}

/** Words that correct what was said just before: the time after them is the one meant. */
const CORRECTION = new Set([
  'nee',
  'sorry',
  'bedoel',
  'mean',
  'eigenlijk',
  'actually',
  'correctie',
  'liever',
  'rather',
]);

/** Whether a correction word stands within three words before the time at i. */
function corrected(t: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (CORRECTION.has(t[k]!.norm)) return true;
  return false;
}

/** Words that restate a time as the outcome of what was just said ("…, dus woensdag", "Dan vrijdag.", "so Monday then"). */
const RESTATE = new Set(['dan', 'dus', 'so', 'then']);

/**
 * Whether a later time is a self-repair: "dan/dus/so/then" right before it, the time closing its sentence, and no
 * "en/and" before the connector ("ik bel dinsdag en dan vrijdag" names two moments, not a correction).
 */
function restated(t: Token[], c: Candidate, sentence: Uint32Array): boolean {
  const k = c.from - 1;
  if (k < 0 || !RESTATE.has(t[k]!.norm)) return false;
  if (/^(en|and)$/.test(t[k - 1]?.norm ?? '')) return false;
  const end = RESTATE.has(t[c.to]?.norm ?? '') ? c.to + 1 : c.to;
  return end >= t.length || sentence[end] !== sentence[end - 1];
}

/** The day with the weekday of `day` in the ISO week of `anchor`. */
function sameWeek(anchor: Day, day: Day): Day {
  return addDays(anchor, isoWeekday(day) - isoWeekday(anchor));
}

/** The day of the reading in progress (set by readTimeTokens). */
let todayTime = 0;

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
const DISTRIBUTIVE = GRAMMAR.distributive;

function recurring(t: Token[], i: number): boolean {
  const prev = t[i - 1]?.norm ?? '';
  if (DISTRIBUTIVE.has(prev)) return true;
  // "every other Friday", "elke eerste maandag": the distributive one word further back.
  if (
    DISTRIBUTIVE.has(t[i - 2]?.norm ?? '') &&
    /^(other|second|andere|eerste|first|tweede|laatste|last)$/.test(prev)
  )
    return true;
  // "elke avond om acht uur", "every morning at nine": a clock time of a recurring part of the day.
  if (GRAMMAR.recurringUnits.has(prev) && DISTRIBUTIVE.has(t[i - 2]?.norm ?? '')) return true;
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

/** Verbs of seeing to it that something is done: a "dat/that" clause after them tells what will be done. */
const ARRANGE = new Set([
  'regel',
  'regelt',
  'regelen',
  'zorg',
  'zorgt',
  'zorgen',
  'sure',
  'ensure',
  'arrange',
]);

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
  // "Ik regel dat de banner donderdag aangepast is", "I'll make sure that it's fixed by Friday": the clause is what
  // will be done by then, not what was.
  for (let k = rel - 1; k >= 0 && k >= rel - 4; k--) if (ARRANGE.has(t[k]!.norm)) return false;
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

/** Words that start a period in the past that lasts until now ("sinds", "since"). */
const SINCE = new Set(['sinds', 'sedert', 'since']);

/** Whether the time at i is where a period up to now began ("sinds uw val in januari", "since last week"). */
function sinceThen(t: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (SINCE.has(t[k]!.norm)) return true;
  return false;
}

/** The first word after i that is not "de"/"the" (skipping one article). */
function skipArticle(t: Token[], i: number): number {
  return t[i] && ARTICLES.has(t[i]!.norm) && t[i]!.norm !== 'een' && t[i]!.norm !== 'a' ? i + 1 : i;
}

type Rule = (t: Token[], i: number, today: Day) => Candidate | null;

/**
 * The time rules, by id, in the order they are tried at a position (the first that reads something wins).
 * Every id has positive and negative examples in time.rules.test.ts.
 */
export const TIME_RULES: readonly (readonly [string, Rule])[] = [
  ['weekOfMonth', (t, i, d) => weekOfMonth(t, i, d)],
  ['nthWeekday', (t, i, d) => nthWeekday(t, i, d)],
  ['offsetFromDay', (t, i, d) => offsetFromDay(t, i, d)],
  ['monthDays', (t, i, d) => monthDays(t, i, d)],
  ['date', (t, i, d) => numericDate(t, i, d) ?? dayMonth(t, i, d) ?? monthDay(t, i, d)],
  ['weekday', (t, i, d) => weekdayPhrase(t, i, d)],
  ['dayWord', (t, i, d) => dayWord(t, i, d)],
  ['relativeCount', (t, i, d) => relativeCount(t, i, d)],
  ['monthYear', (t, i, d) => monthYear(t, i, d)],
  ['period', (t, i, d) => period(t, i, d)],
  ['weekNumber', (t, i, d) => weekNumber(t, i, d)],
  ['dayOfMonth', (t, i, d) => dayOfMonth(t, i, d)],
  ['quarter', (t, i, d) => quarter(t, i, d)],
  ['holiday', (t, i, d) => holiday(t, i, d)],
  ['monthAlone', (t, i, d) => monthAlone(t, i, d)],
  ['clock', (t, i, d) => (CLOCK_START.has(t[i]!.norm) || /^\d/.test(t[i]!.norm) ? clockTime(t, i, d) : null)],
];

/** Tries every rule at position i; the first reading that starts there, tagged with its rule. */
function matchAt(t: Token[], i: number, today: Day): Candidate | null {
  for (const [rule, read] of TIME_RULES) {
    const c = read(t, i, today);
    if (c) return { ...c, rule: c.rule ?? rule };
  }
  return null;
}

/** A year at token j: digits ("2027") or words ("tweeduizend achttien", "twenty twenty"); with its end. */
function yearAt(t: Token[], j: number): { year: number; next: number } | null {
  const w = t[j]?.norm;
  if (!w) return null;
  if (/^(?:19|20)\d{2}$/.test(w)) return { year: Number(w), next: j + 1 };
  const y = yearWords([w, t[j + 1]?.norm, t[j + 2]?.norm, t[j + 3]?.norm]);
  return y ? { year: y.year, next: j + y.used } : null;
}

/** Year from a token ("2027"), or null. */
function yearOf(token: Token | undefined): number | null {
  if (!token) return null;
  const m = /^(?:19|20)\d{2}$/.exec(token.norm);
  return m ? Number(token.norm) : null;
}

/**
 * A day-month without year: the next one on or after today (a date that has passed → next year; 29 February →
 * the next leap year). A day that no month of that name ever has ("31 februari", "31 april") is a problem.
 */
function upcoming(
  today: Day,
  month: number,
  day: number,
  year: number | null,
  at?: [number, number],
): Day | null {
  if (year !== null) {
    const d = makeDay(year, month, day);
    if (!d && at) problems.push({ code: 'date_impossible', from: at[0], to: at[1] });
    return d;
  }
  const y = today.getUTCFullYear();
  for (let k = 0; k <= 8; k++) {
    const d = makeDay(y + k, month, day);
    if (d && d.getTime() >= today.getTime()) return d;
  }
  if (at) problems.push({ code: 'date_impossible', from: at[0], to: at[1] });
  return null;
}

/** A day number at token j: "15", "15e", "vijftiende", "20 ste" (speech-to-text writes the ending apart). */
function dayNumberAt(t: Token[], j: number): { n: number; next: number } | null {
  const n = dayNumber(t[j]);
  if (n === null) return null;
  if (/^\d{1,2}$/.test(t[j]!.norm) && /^(e|de|ste|st|nd|rd|th)$/.test(t[j + 1]?.norm ?? ''))
    return { n, next: j + 2 };
  return { n, next: j + 1 };
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
  // "23-sep-2020", "23/september/2020".
  const named = /^(\d{1,2})[-/]([a-z]{3,9})[-/](\d{4})$/.exec(token.norm);
  if (named) {
    const month = monthOf(named[2]!, true);
    const d = month ? upcoming(today, month, Number(named[1]), Number(named[3]), [i, i + 1]) : null;
    return d ? { from: i, to: i + 1, day: d, kind: 'date' } : null;
  }
  // "29/2-1/3": a range of two dates in one token, the last counts.
  const span = /^(\d{1,2})([/.])(\d{1,2})-(\d{1,2})\2(\d{1,2})$/.exec(token.norm);
  if (span) {
    const d = upcoming(today, Number(span[5]), Number(span[4]), null, [i, i + 1]);
    return d ? { from: i, to: i + 1, day: d, kind: 'date' } : null;
  }
  // A time after the date ("05/31/2024.14:15") is left to the clock.
  const m = /^(\d{1,4})([-/.])(\d{1,2})(?:\2(\d{2,4}))?(?:[.:]\d{1,2}:\d{2})?$/.exec(token.norm);
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
  let to = i + 1;
  if (c) year = c.length === 2 ? 2000 + Number(c) : c.length === 4 ? Number(c) : NaN;
  else if (yearOf(t[i + 1]) !== null) {
    // "7-5, 2020": the year written after a comma.
    year = yearOf(t[i + 1]);
    to = i + 2;
  }
  if (year !== null && !Number.isFinite(year)) return null;
  if (month > 12) return null;
  // "de uitslag was 31-2": two numbers without a year are only said to be an impossible date after a word
  // that introduces one ("op 31-04", "uiterlijk 30/2"); with a year they are a date whatever stands before.
  const said = year !== null || DATE_PREPS.has(t[i - 1]?.norm ?? '');
  const d = upcoming(today, month, day, year, said ? [i, to] : undefined);
  return d ? { from: i, to: trailing(t, to), day: d, kind: 'date' } : null;
}

/** A day number: digits, ordinal ("7e", "15th") or words ("twaalf", "vijftiende"). */
function dayNumber(token: Token | undefined): number | null {
  if (!token) return null;
  // "19-20 november": a range of days, the last counts.
  const span = /^(\d{1,2})-(\d{1,2})$/.exec(token.norm);
  if (span && Number(span[2]) > Number(span[1]) && Number(span[2]) <= 31) return Number(span[2]);
  const n =
    ordinal(token.norm) ??
    (token.norm === 'een' || token.norm === 'a' || token.norm === 'an' ? null : cardinal(token.norm));
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 31 ? n : null;
}

/** "12 december", "12 dec. 2026", "de 12e december", "the 4th of January", "1 februari a.s.". */
function dayMonth(t: Token[], i: number, today: Day): Candidate | null {
  let j = skipArticle(t, i);
  const num = dayNumberAt(t, j);
  if (num === null) return null;
  const day = num.n;
  j = num.next;
  // "de drieëntwintigste dag van september", "the 3rd day of May".
  if ((t[j]?.norm === 'dag' || t[j]?.norm === 'day') && /^(of|van)$/.test(t[j + 1]?.norm ?? '')) j++;
  if (t[j]?.norm === 'of' || t[j]?.norm === 'van') j++;
  const month = t[j] ? monthOf(t[j]!.norm, true) : null;
  if (month === null) return null;
  j++;
  // "28 juni 2020", "28 juni in 2020", "12 mei tweeduizend zevenentwintig".
  let year = yearAt(t, j);
  if (!year && t[j]?.norm === 'in') year = yearAt(t, j + 1);
  if (year) j = year.next;
  const d = upcoming(today, month, day, year?.year ?? null, [i, j]);
  return d ? { from: i, to: trailing(t, j), day: d, kind: 'date' } : null;
}

/** "March 13", "January 4th, 2027", "dec 12". */
function monthDay(t: Token[], i: number, today: Day): Candidate | null {
  if (!t[i]) return null;
  const month = monthOf(t[i]!.norm, true);
  if (month === null) return null;
  let j = i + 1;
  if (t[j]?.norm === 'the' || t[j]?.norm === 'de') j++;
  const num = dayNumberAt(t, j);
  if (num === null || t[j]!.norm === 'may') return null;
  const day = num.n;
  // "mei 12 uur", "jan 4 dagen": a number that counts something is no day.
  const after = t[num.next]?.norm ?? '';
  if (UNIT_DAYS[after] || after === 'uur' || after === 'keer') return null;
  j = num.next;
  // "2018 March 18": a year before the month.
  const before = yearOf(t[i - 1]);
  const year = yearAt(t, j);
  if (year) j = year.next;
  const d = upcoming(today, month, day, year?.year ?? before, [i, j]);
  return d ? { from: before !== null && !year ? i - 1 : i, to: j, day: d, kind: 'date' } : null;
}

/** Weekday phrases: "vrijdag", "volgende week woensdag", "next Tuesday", "maandag de 7e", "vrijdag 6 februari". */
function weekdayPhrase(t: Token[], i: number, today: Day): Candidate | null {
  let j = i;
  let mode: 'next' | 'nextWeek' | 'thisWeek' = 'next';
  const w = t[j]!.norm;
  // "volgende week op dinsdag", "next week on Tuesday".
  const on = t[j + 2]?.norm === 'op' || t[j + 2]?.norm === 'on' ? 1 : 0;
  if (
    (NEXT.has(w) || THIS.has(w)) &&
    (t[j + 1]?.norm === 'week' || t[j + 1]?.norm === 'werkweek') &&
    t[j + 2 + on] &&
    weekdayAt(t, j + 2 + on) !== null
  ) {
    mode = NEXT.has(w) ? 'nextWeek' : 'thisWeek';
    j += 2 + on;
  } else if (w === 'volgende' || w === 'next') {
    mode = 'nextWeek';
    j++;
  } else if (NEXT.has(w) || THIS.has(w)) {
    j++;
  } else if (w === 'first' && t[j + 1]?.norm === 'thing') {
    j += 2;
  }
  const weekday = weekdayAt(t, j);
  if (weekday === null) return null;
  // "Friday's retro" is a deadline after next/this/at/by ("at next Friday's retro"); "Monday's notes" is not.
  if (
    t[j]!.norm.endsWith("'s") &&
    j === i &&
    !/^(at|by|before|for|until|till|on)$/.test(t[i - 1]?.norm ?? '')
  )
    return null;
  j++;
  // A full date after the weekday decides ("vrijdag 6 februari", "Friday 13 March"); a weekday that does not
  // fit the date is said ("vrijdag 13 december" when that is a Sunday).
  const date = dayMonth(t, j, today) ?? numericDate(t, j, today) ?? monthDay(t, j, today);
  if (date) {
    if (isoWeekday(date.day) !== weekday)
      problems.push({ code: 'weekday_mismatch', from: i, to: date.to, weekday: isoWeekday(date.day) });
    return { from: i, to: date.to, day: date.day, kind: 'date' };
  }
  // "maandag de 7e", "Friday the 13th", "vrijdag 23", "zondag 31": the next such day on that weekday.
  const k = skipArticle(t, j);
  const dom = dayNumberAt(t, k);
  const after = t[dom?.next ?? -1]?.norm ?? '';
  const counted =
    dom !== null &&
    (UNIT_DAYS[after] ||
      /^(u|h|uur|am|pm)$/.test(after) ||
      /^\d{1,2}(am|pm)$/.test(after) ||
      // "monday 7 to 9am": a bare number before a range word is an hour.
      (k === j && /^\d{1,2}$/.test(t[k]?.norm ?? '') && /^(to|tot|-|and|en)$/.test(after)));
  if (dom && !counted && (k > j || /^\d{1,2}$/.test(t[k]!.norm) || ordinal(t[k]!.norm) !== null)) {
    const d = dayOfMonthOnWeekday(today, dom.n, weekday);
    if (d) return { from: i, to: dom.next, day: d, kind: 'date' };
  }
  // "Friday of next week", "dinsdag van deze week".
  if (
    (t[j]?.norm === 'of' || t[j]?.norm === 'van') &&
    (NEXT.has(t[j + 1]?.norm ?? '') || THIS.has(t[j + 1]?.norm ?? '')) &&
    t[j + 2]?.norm === 'week'
  ) {
    mode = NEXT.has(t[j + 1]!.norm) ? 'nextWeek' : 'thisWeek';
    j += 3;
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
    if (day.getTime() < today.getTime()) day = nextWeekday(today, weekday);
  } else day = nextWeekday(today, weekday);
  return { from: i, to: j, day, kind: 'weekday' };
}

/** Words after which a short weekday form ("vr", "wo", "zat") is a weekday even without a dot. */
const DAY_INTRO = new Set([
  'op',
  'on',
  'uiterlijk',
  'tegen',
  'voor',
  'by',
  'before',
  'until',
  'tot',
  'vanaf',
  'komende',
  'volgende',
  'next',
  'this',
  'deze',
  'aanstaande',
]);

/**
 * The weekday named at token j: a full name ("vrijdag", "Friday"), or a short form that is also a word ("vr",
 * "zat", "wo", "do", "Wed") only with a dot, before a day number, or after a word that introduces a day.
 */
function weekdayAt(t: Token[], j: number): number | null {
  const token = t[j];
  if (!token) return null;
  const full = weekdayOf(token.norm);
  if (full !== null) return full;
  const short = weekdayShort(token.norm);
  if (short === null) return null;
  const next = t[j + 1];
  const numberNext = next !== undefined && dayNumber(next) !== null && !UNIT_DAYS[t[j + 2]?.norm ?? ''];
  if (numberNext) return short;
  const intro = DAY_INTRO.has(t[j - 1]?.norm ?? '');
  // Short forms that are ordinary words ("op zo kort mogelijk", "what I can do.", "ik zat", "sun"): only with a
  // day number, or a dot after a word that introduces a day ("uiterlijk do.").
  if (/^(zo|do|ma|zon|zat|vrij|sun|sat|wed)$/.test(token.norm)) return intro && token.dot ? short : null;
  return token.dot || intro ? short : null;
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
  // "(straight) after this call", "direct na dit gesprek": today, once the conversation ends.
  const after = afterThisConversation(t, i);
  if (after > i) return { from: i, to: after, day: today, kind: 'time' };
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
  // "deze avond", "deze namiddag" (Flemish), "deze ochtend": today.
  if (w === 'deze' && /^(ochtend|morgen|voormiddag|middag|namiddag|avond)$/.test(t[i + 1]?.norm ?? ''))
    return { from: i, to: i + 2, day: today, kind: 'time' };
  // "de dag na morgen": the day after tomorrow.
  if (t[j]?.norm === 'dag' && t[j + 1]?.norm === 'na' && t[j + 2]?.norm === 'morgen')
    return { from: i, to: j + 3, day: addDays(today, 2), kind: 'relative' };
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
/** The conversation itself, named after "after this" / "na dit": its end is a moment of today. */
const CONVERSATION = new Set([
  'call',
  'meeting',
  'session',
  'conversation',
  'chat',
  'gesprek',
  'overleg',
  'vergadering',
  'telefoontje',
  'afspraak',
  'sessie',
  'standup',
  'stand-up',
  'huddle',
  'zitting',
  'hoorzitting',
  'bijeenkomst',
  'hearing',
]);

/** What may follow a bare "after this" that ends its clause (or nothing). */
const AFTER_THIS_END = /^(?:|so|and|then|ok|okay|alright|if|because|when|but)$/;

/** The end of "(straight|right|direct|meteen) after this call / na dit gesprek" starting at i, or i. */
function afterThisConversation(t: Token[], i: number): number {
  let k = i;
  if (/^(straight|right|directly|direct|meteen|gelijk)$/.test(t[k]?.norm ?? '')) k++;
  if (!/^(after|na)$/.test(t[k]?.norm ?? '')) return i;
  // "after this call", "na het overleg", "after stand-up" (a meeting said without article).
  let noun = k + 2;
  // "I'll text you his number after this, so …": "this" alone is the conversation, ending a clause.
  if (t[k]!.norm === 'after' && t[k + 1]?.norm === 'this' && AFTER_THIS_END.test(t[k + 2]?.norm ?? ''))
    return k + 2;
  if (!/^(this|dit|deze|the|het|de)$/.test(t[k + 1]?.norm ?? '')) noun = k + 1;
  if (!CONVERSATION.has(t[noun]?.norm ?? '')) return i;
  if (noun === k + 1 && !/^(standup|stand-up|huddle)$/.test(t[noun]!.norm)) return i;
  // With an article only what can be nothing but this conversation ("na het gesprek", "after the call"); "na de
  // vergadering" may be another one.
  if (
    !/^(this|dit|deze)$/.test(t[k + 1]!.norm) &&
    !/^(standup|stand-up|huddle|call|gesprek|telefoontje)$/.test(t[noun]!.norm)
  )
    return i;
  // "After this call was set up …": the conversation as the subject of a past or a description; "na het overleg
  // van vrijdag", "after the meeting on Friday": another day's meeting.
  const next = t[noun + 1]?.norm ?? '';
  if (GRAMMAR.be.has(next) || GRAMMAR.past.has(next) || GRAMMAR.perfect.has(next)) return i;
  if (/^(van|op|on|of|next|volgende)$/.test(next)) return i;
  // "na het overleg met de wethouder" may be another meeting; "after this call, with Marco on it" is this one.
  if (/^(met|with)$/.test(next) && !/^(this|dit|deze)$/.test(t[k + 1]!.norm)) return i;
  return noun + 1;
}

/** Words before "now/nu" that make it no moment of doing ("for now", "tot nu", "from now on", "just now"). */
const NOT_NOW_BEFORE = /^(for|voor|until|till|tot|from|van|of|by|just|net|even|up|and|en|but|maar|so|dus)$/;

/**
 * "I'll put it through now, while you wait", "Ik zet het nu.": "now" closing the clause (the text, a punctuation
 * mark, or "while/terwijl" after it) is the moment of doing, today. Not "now, let's …" at the start.
 */
function nowClosesClause(t: Token[], i: number): boolean {
  if (i === 0 || NOT_NOW_BEFORE.test(t[i - 1]!.norm)) return false;
  // "Geen besluit nu", "not now": a moment ruled out.
  for (let k = Math.max(0, i - 3); k < i; k++) if (/^(geen|niet|no|not)$/.test(t[k]!.norm)) return false;
  const next = t[i + 1];
  if (!next || t[i]!.dot) return true;
  if (/^(while|whilst|terwijl|tijdens|during)$/.test(next.norm)) return true;
  // A punctuation mark between (the second tokenizer leaves it out): more than one space apart.
  return next.start - t[i]!.end > 1;
}

function immediately(t: Token[], i: number): number {
  const w = t[i]!.norm;
  let to = i;
  // "… woensdag langs en ik kijk dan meteen …", "then right away": right after another moment, not now.
  if (/^(dan|then)$/.test(t[i - 1]?.norm ?? '') || /^(dan|then)$/.test(t[i - 2]?.norm ?? '')) return i;
  if (
    (w === 'nu' || w === 'now') &&
    /^(meteen|direct|gelijk|onmiddellijk|immediately)$/.test(t[i + 1]?.norm ?? '')
  )
    to = i + 2;
  else if (w === 'meteen' || w === 'onmiddellijk' || w === 'immediately' || w === 'straightaway') to = i + 1;
  else if ((w === 'now' || w === 'nu') && nowClosesClause(t, i)) to = i + 1;
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

/** A count and its unit at j ("drie weken", "5 business days", "een week of twee"); with where it ends. */
function countedUnit(t: Token[], j: number): { n: number; unit: Unit; next: number } | null {
  const count = countAt(t, j);
  if (!count) return null;
  const countWord = t[j]!.norm;
  let k = count.next;
  let unitWord = t[k]?.norm ?? '';
  if (
    (unitWord === 'business' || unitWord === 'working' || unitWord === 'work') &&
    /^days?$/.test(t[k + 1]?.norm ?? '')
  ) {
    unitWord = 'werkdagen';
    k++;
  }
  const unit = UNIT_DAYS[unitWord];
  if (!unit) return null;
  k++;
  let n = count.n;
  // "een week of twee", "a week or two", "een dag of drie": about the second number.
  if (
    (countWord === 'een' || countWord === 'a') &&
    (t[k]?.norm === 'of' || t[k]?.norm === 'or') &&
    (cardinal(t[k + 1]?.norm ?? '') ?? 0) > 1
  ) {
    n = cardinal(t[k + 1]!.norm)!;
    k += 2;
  }
  return { n, unit, next: k };
}

/** The day n units after `from` (n may be fractional: anderhalve week, een half jaar). */
function shift(from: Day, n: number, unit: Unit): Day {
  switch (unit) {
    case 'day':
      return addDays(from, Math.ceil(n));
    case 'workday':
      return addPublicWorkdays(from, Math.ceil(n));
    case 'week':
      return addDays(from, Math.round(n * 7));
    case 'fortnight':
      return addDays(from, Math.round(n * 14));
    case 'minute':
      return from;
    case 'month':
      return addDays(addMonths(from, Math.floor(n)), Math.round((n % 1) * 30));
    case 'year':
      return addDays(addMonths(from, Math.floor(n * 12)), Math.round(((n * 12) % 1) * 30));
    case 'hour': {
      const d = addDays(from, Math.floor(n / 24));
      return n % 24 !== 0 && n > 24 ? addDays(d, 1) : d;
    }
  }
}

/** Words that start counting from another day: "na/after morgen", "vanaf gisteren", "from Monday". */
const COUNT_FROM: Record<string, number> = {
  vandaag: 0,
  today: 0,
  nu: 0,
  now: 0,
  morgen: 1,
  tomorrow: 1,
  overmorgen: 2,
  gisteren: -1,
  yesterday: -1,
};

/** "over drie dagen", "binnen 10 werkdagen", "within 5 business days", "in two weeks' time", "binnen 24 uur",
 * "over 2 jaar en 21 dagen", "drie weken na morgen", "vier dagen (gerekend) vanaf gisteren". */
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
  // Flemish "binnen de week", "binnen de maand": within one week, one month.
  const within = w === 'binnen' && t[j]?.norm === 'de' ? UNIT_DAYS[t[j + 1]?.norm ?? ''] : undefined;
  // "within the (next) hour", "binnen het uur": one hour from now.
  const theHour =
    (w === 'binnen' || w === 'within') && ARTICLES.has(t[j]?.norm ?? '')
      ? NEXT.has(t[j + 1]?.norm ?? '')
        ? j + 2
        : j + 1
      : -1;
  const first =
    countedUnit(t, j) ??
    (theHour > 0 && UNIT_DAYS[t[theHour]?.norm ?? ''] === 'hour'
      ? { n: 1, unit: 'hour' as Unit, next: theHour + 1 }
      : null) ??
    (within && /^(week|maand)$/.test(t[j + 1]!.norm) ? { n: 1, unit: within, next: j + 2 } : null) ??
    // Flemish "binnen de veertien dagen", "binnen de tien werkdagen": the article before the count.
    (w === 'binnen' && t[j]?.norm === 'de' ? countedUnit(t, j + 1) : null);
  if (!first) {
    // "twee zondagen vanaf nu", "in three Fridays": the n-th coming weekday.
    const count = countAt(t, j);
    const plural = count ? WEEKDAY_PLURAL[t[count.next]?.norm ?? ''] : undefined;
    if (count && plural && count.n >= 1 && count.n <= 52) {
      let to = count.next + 1;
      if (/^(vanaf|from)$/.test(t[to]?.norm ?? '') && /^(nu|now)$/.test(t[to + 1]?.norm ?? '')) to += 2;
      else if (j === i) return null;
      const d = addDays(nextWeekday(today, plural), 7 * (Math.round(count.n) - 1));
      return { from: i, to, day: d, kind: 'weekday' };
    }
    return null;
  }
  const parts: { n: number; unit: Unit }[] = [first];
  j = first.next;
  // "2 jaar en 21 dagen", "5 jaar 1 maand 12 dagen": the parts add up.
  for (let k = 0; k < 4; k++) {
    const at = t[j]?.norm === 'en' || t[j]?.norm === 'and' ? j + 1 : j;
    const more = countedUnit(t, at);
    if (!more) break;
    parts.push(more);
    j = more.next;
  }
  const prepositioned =
    upcomingSpan || (j > i && ['over', 'binnen', 'in', 'within', 'na', 'after'].includes(w));
  // Without a preposition only a count from a day counts ("het duurt twee weken" is no deadline).
  let to = j;
  let base = today;
  let counted = false;
  let k = j;
  if (t[k]?.norm === 'gerekend' || t[k]?.norm === 'counting' || t[k]?.norm === 'counted') k++;
  const from = t[k]?.norm ?? '';
  const anchor = t[k + 1]?.norm ?? '';
  if (/^(from|vanaf|van|na|after)$/.test(from) && COUNT_FROM[anchor] !== undefined) {
    if (!((from === 'na' || from === 'after') && (anchor === 'nu' || anchor === 'now'))) {
      base = addDays(today, COUNT_FROM[anchor]!);
      to = k + 2;
      counted = true;
    }
  } else if ((from === 'from' || from === 'vanaf') && weekdayOf(anchor) !== null) {
    // "a week from Monday": counted from the coming Monday.
    to = k + 2;
    base = nextWeekday(today, weekdayOf(anchor)!);
    counted = true;
  }
  if (!prepositioned && !counted) return null;
  // "within a week of the walk-round", "binnen twee weken na het bezoek": counted from another event, whose day
  // is not said here ("na ontvangst" and "na dit gesprek" are close enough to today and stay).
  if (!counted && anchoredElsewhere(t, k)) return null;
  if (t[to]?.norm === 'tijd' || t[to]?.norm === 'time') to++;
  let day = base;
  for (const part of parts) {
    if (!(part.n > 0 && part.n <= 1000)) return null;
    day = shift(day, part.n, part.unit);
  }
  const last = parts[parts.length - 1]!;
  const kind =
    (parts.length === 1 && last.unit === 'hour' && last.n < 24) ||
    (parts.length === 1 && last.unit === 'minute')
      ? 'time'
      : 'relative';
  return { from: i, to, day, kind };
}

/** Whether the words at k count a span from an event other than now ("of the visit", "na de operatie"). */
function anchoredElsewhere(t: Token[], k: number): boolean {
  const w = t[k]?.norm ?? '';
  const next = t[k + 1]?.norm ?? '';
  if (w === 'of')
    return /^(the|a|an|receiving|getting|your|his|her|their|our|its)$/.test(next) || /ing$/.test(next);
  if (w === 'na' || w === 'after')
    return (
      /^(de|het|een|uw|je|jouw|zijn|haar|hun|onze|the|a|an|your|his|her|their|our)$/.test(next) &&
      !CONVERSATION.has(t[k + 2]?.norm ?? '')
    );
  return false;
}

/** Plural weekdays, for counting them ("twee zondagen vanaf nu"). */
const WEEKDAY_PLURAL: Record<string, number> = {
  maandagen: 1,
  dinsdagen: 2,
  woensdagen: 3,
  donderdagen: 4,
  vrijdagen: 5,
  zaterdagen: 6,
  zondagen: 7,
  mondays: 1,
  tuesdays: 2,
  wednesdays: 3,
  thursdays: 4,
  fridays: 5,
  saturdays: 6,
  sundays: 7,
};

/**
 * A count before or after another day: "2 weken voor Kerst", "5 dagen voor nieuwjaar", "drie dagen na
 * Koningsdag", "a week after the 12th". The anchor is any day the other rules read.
 */
function offsetFromDay(t: Token[], i: number, today: Day): Candidate | null {
  const named = namedDayFrom(t, i, today);
  if (named) return named;
  const c = countedUnit(t, i);
  if (!c) return null;
  const dir = t[c.next]?.norm ?? '';
  const sign = dir === 'voor' || dir === 'before' ? -1 : dir === 'na' || dir === 'after' ? 1 : 0;
  if (sign === 0) return null;
  const anchor = anchorAt(t, c.next + 1, today);
  if (!anchor) return null;
  const day = sign > 0 ? shift(anchor.day, c.n, c.unit) : shift(anchor.day, -c.n, c.unit);
  if (day.getTime() < today.getTime()) return null;
  return { from: i, to: anchor.to, day, kind: 'relative' };
}

/**
 * "de dag na Pasen", "the day before Christmas", "de dinsdag na Pasen", "the Friday before King's Day": the day
 * next to the anchor, or the first such weekday after (before) it.
 */
function namedDayFrom(t: Token[], i: number, today: Day): Candidate | null {
  const article = t[i]?.norm;
  if (article !== 'de' && article !== 'the') return null;
  const what = t[i + 1]?.norm ?? '';
  const weekday = weekdayOf(what);
  if (!weekday && what !== 'dag' && what !== 'day') return null;
  const dir = t[i + 2]?.norm ?? '';
  const sign = dir === 'voor' || dir === 'before' ? -1 : dir === 'na' || dir === 'after' ? 1 : 0;
  if (sign === 0) return null;
  const anchor = anchorAt(t, i + 3, today);
  if (!anchor) return null;
  let day = addDays(anchor.day, sign);
  if (weekday) while (isoWeekday(day) !== weekday) day = addDays(day, sign);
  if (day.getTime() < today.getTime()) return null;
  return { from: i, to: anchor.to, day, kind: weekday ? 'weekday' : 'relative' };
}

/** A day to count from: a holiday (its own day), a date, a weekday or a day word. */
function anchorAt(t: Token[], k: number, today: Day): Candidate | null {
  if (!t[k]) return null;
  return (
    holiday(t, k, today, true) ??
    numericDate(t, k, today) ??
    dayMonth(t, k, today) ??
    monthDay(t, k, today) ??
    weekdayPhrase(t, k, today) ??
    (COUNT_FROM[t[k]?.norm ?? ''] !== undefined && !/^(nu|now|gisteren|yesterday)$/.test(t[k]!.norm)
      ? dayWord(t, k, today)
      : null)
  );
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
  let shift = 0;
  if (NEXT.has(w)) {
    shift = 1;
    j++;
    w = t[j]?.norm ?? '';
  } else if (THIS.has(w)) {
    j++;
    w = t[j]?.norm ?? '';
  } else if (!part) {
    // Bare "week"/"maand" only with a modifier ("deze week", "volgende maand", "de week na de volgende");
    // weekend always.
    const afterNext = w === 'week' && t[j + 1]?.norm === 'after' && t[j + 2]?.norm === 'next';
    if (w !== 'weekend' && !afterNext && !afterTheNext(t, j + 1)) return null;
  }
  if (w === 'werkweek') w = 'week';
  if (w === 'kalenderjaar') w = 'jaar';
  // "the end of week two", "eind week 3": a numbered week of some plan or a week number, not this one.
  const numbered = countAt(t, j + 1) !== null && !/^(een|a|an)$/.test(t[j + 1]?.norm ?? '');
  if (part && shift === 0 && (w === 'week' || w === 'maand' || w === 'month') && numbered) return null;
  let to0 = j + 1;
  // "de week na de volgende", "het weekend na het volgende", "het jaar na het volgende": one more.
  if (afterTheNext(t, j + 1)) {
    shift = 2;
    to0 = skipArticle(t, j + 2) + 1;
  }
  const month = part ? monthOf(w, false) : null;
  if (month) return monthPart(i, j + 1, t, today, month, part!);
  let to = to0;
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
    // A weekend ends on its Sunday; "voor het weekend" means by Friday.
    const wd = prev === 'voor' || prev === 'before' ? 5 : 7;
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
        ? makeDay(y + (shift ? 0 : 1), 1, 1)!
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

/** Begin: the first day; medio: the 15th; end: the last day. */
function partOfMonth(year: number, month: number, part: 'begin' | 'mid' | 'end'): Day {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  if (part === 'begin') return makeDay(y, m, 1)!;
  if (part === 'mid') return makeDay(y, m, 15)!;
  return lastDayOfMonth(y, m);
}

/** Whether "na de volgende" / "after next" follows at k ("de week na de volgende"). */
function afterTheNext(t: Token[], k: number): boolean {
  if (t[k]?.norm !== 'na' && t[k]?.norm !== 'after') return false;
  return NEXT.has(t[skipArticle(t, k + 1)]?.norm ?? '');
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
/** "twenty first" (two words) at j: the day number and the token after it. */
function spokenTens(t: Token[], j: number): { dom: number; next: number } | null {
  const ten = t[j]?.norm === 'twenty' ? 20 : t[j]?.norm === 'thirty' ? 30 : 0;
  const unit = ten ? ordinal(t[j + 1]?.norm ?? '') : null;
  return unit !== null && unit >= 1 && unit <= 9 && ten + unit <= 31
    ? { dom: ten + unit, next: j + 2 }
    : null;
}

function dayOfMonth(t: Token[], i: number, today: Day): Candidate | null {
  const w = t[i]!.norm;
  // "20 ste van de volgende maand": speech-to-text without the article and the ending apart.
  const bare = /^\d{1,2}$/.test(w) && /^(e|de|ste|st|nd|rd|th)$/.test(t[i + 1]?.norm ?? '');
  if (w !== 'de' && w !== 'the' && !bare) return null;
  const ordToken = bare ? t[i] : t[i + 1];
  // "the twenty first", "the thirty first": speech-to-text writes a spoken ordinal as two words.
  const tens = bare ? null : spokenTens(t, i + 1);
  const dom = bare ? Number(w) : (tens?.dom ?? ordinal(ordToken?.norm ?? ''));
  if (dom === null || dom < 1 || dom > 31) return null;
  const digits = /^\d/.test(ordToken!.norm);
  let to = tens ? tens.next : i + 2;
  // "de 20 ste" (speech-to-text writes the ending apart), "de 15e dag van …".
  if (digits && /^(e|de|ste|st|nd|rd|th)$/.test(t[to]?.norm ?? '')) to++;
  if ((t[to]?.norm === 'dag' || t[to]?.norm === 'day') && /^(van|of)$/.test(t[to + 1]?.norm ?? '')) to++;
  let after = t[to]?.norm;
  // "van/of (de/the) maand/month": this month; "van/of (de) volgende/next maand": next month.
  let monthShift = -1;
  if ((after === 'van' || after === 'of') && t[to + 1]) {
    let k = to + 1;
    let shift = 0;
    if (ARTICLES.has(t[k]!.norm)) k++;
    if (THIS.has(t[k]?.norm ?? '')) k++;
    else if (NEXT.has(t[k]?.norm ?? '')) {
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
  const m = /^[qk]([1-4])$/.exec(w);
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
  // "K3 2027", "het derde kwartaal van tweeduizend twintig".
  const y = yearAt(t, j) ?? (/^(van|of)$/.test(t[j]?.norm ?? '') ? yearAt(t, j + 1) : null);
  const year = y?.year ?? null;
  if (y) j = y.next;
  const at = (y: number): Day =>
    part === 'begin' ? workdayOnOrAfter(makeDay(y, q * 3 - 2, 1)!) : lastDayOfMonth(y, q * 3);
  let day = at(year ?? today.getUTCFullYear());
  if (year === null && lastDayOfMonth(day.getUTCFullYear(), q * 3).getTime() < today.getTime())
    day = at(today.getUTCFullYear() + 1);
  if (day.getTime() < today.getTime()) day = today;
  return { from: i, to: j, day, kind: 'period' };
}

/**
 * "voor de kerst", "before Christmas", "met Pasen", "tweede paasdag": that day ("voor" → the day
 * before, unless the holiday is the anchor of a count: "2 weken voor Kerst").
 */
function holiday(t: Token[], i: number, today: Day, anchor = false): Candidate | null {
  const j = skipArticle(t, i);
  const w = t[j]?.norm ?? '';
  let fn = HOLIDAYS[w];
  let to = j + 1;
  const pair = HOLIDAY_PAIRS[`${w} ${t[j + 1]?.norm ?? ''}`];
  if (pair) {
    fn = pair;
    to = j + 2;
    // "oud en nieuw".
    if (w === 'oud') {
      if (t[j + 2]?.norm !== 'nieuw') return null;
      to = j + 3;
    }
  }
  if (!fn) return null;
  const before = t[i - 1]?.norm ?? '';
  // "na Pasen", "after Easter": from that day on, with no last day (a vague term); a count from it is a day.
  if (!anchor && (before === 'na' || before === 'after')) return null;
  let day = fn(today.getUTCFullYear());
  if (day.getTime() < today.getTime()) day = fn(today.getUTCFullYear() + 1);
  if (!anchor && (before === 'voor' || before === 'before') && day.getTime() > today.getTime())
    day = addDays(day, -1);
  return { from: i, to, day, kind: 'date', rule: 'holiday' };
}

/** A month reference at j: a month name (with an optional year), or "volgende/deze maand", "next month". */
function monthRef(
  t: Token[],
  j: number,
  today: Day,
  abbreviated: boolean,
): { year: number; month: number; next: number; named: boolean } | null {
  const w = t[j]?.norm ?? '';
  const month = monthOf(w, abbreviated);
  if (month !== null && !(w === 'may' && !t[j]!.upper)) {
    let k = j + 1;
    const year = yearAt(t, k);
    if (year) k = year.next;
    let y = year?.year ?? today.getUTCFullYear();
    if (!year && lastDayOfMonth(y, month).getTime() < today.getTime()) y++;
    return { year: y, month, next: k, named: true };
  }
  let k = j;
  let shift = 0;
  if (NEXT.has(w)) {
    shift = 1;
    k++;
  } else if (THIS.has(w)) k++;
  else return null;
  if (t[k]?.norm !== 'maand' && t[k]?.norm !== 'month') return null;
  const first = addMonths(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)), shift);
  return { year: first.getUTCFullYear(), month: first.getUTCMonth() + 1, next: k + 1, named: false };
}

/**
 * The n-th weekday of a month: "de eerste vrijdag van juli", "de laatste maandag van maart", "the second Monday
 * of next month", "de tweede dinsdag van de volgende maand". A month that has passed is next year's.
 */
function nthWeekday(t: Token[], i: number, today: Day): Candidate | null {
  let j = i;
  if (t[j]?.norm === 'de' || t[j]?.norm === 'the') j++;
  const w = t[j]?.norm ?? '';
  const n = w === 'laatste' || w === 'last' ? -1 : ordinal(w);
  if (n === null || n === 0 || n > 5) return null;
  const weekday = weekdayOf(t[j + 1]?.norm ?? '');
  if (weekday === null) return null;
  let k = j + 2;
  if (!/^(van|of|in)$/.test(t[k]?.norm ?? '')) return null;
  k++;
  if (t[k]?.norm === 'de' || t[k]?.norm === 'the') k++;
  const ref = monthRef(t, k, today, false);
  if (!ref) return null;
  let day = nthWeekdayOfMonth(ref.year, ref.month, weekday, n);
  if (day && day.getTime() < today.getTime() && ref.named && yearAt(t, k + 1) === null)
    day = nthWeekdayOfMonth(ref.year + 1, ref.month, weekday, n);
  return day && day.getTime() >= today.getTime() ? { from: i, to: ref.next, day, kind: 'date' } : null;
}

/**
 * A month and then its days: "volgende maand 4 tot 23", "volgende maand van 4-23", "in feb tussen 2-7
 * tweeduizend achttien", "in juni de 12e": the (last) day in that month.
 */
function monthDays(t: Token[], i: number, today: Day): Candidate | null {
  let j = i;
  if (t[j]?.norm === 'in' || t[j]?.norm === 'during') j++;
  const ref = monthRef(t, j, today, j > i);
  if (!ref) return null;
  let k = ref.next;
  const opener = t[k]?.norm ?? '';
  if (/^(van|tussen|from|between|de|the|op|on)$/.test(opener)) k++;
  const span = /^(\d{1,2})-(\d{1,2})$/.exec(t[k]?.norm ?? '');
  let day: number | null = null;
  if (span) {
    day = Number(span[2]);
    k++;
  } else {
    const a = dayNumberAt(t, k);
    if (!a) return null;
    k = a.next;
    const joiner = t[k]?.norm ?? '';
    if (RANGE_TO.has(joiner) || joiner === 'en' || joiner === 'and') {
      const b = dayNumberAt(t, k + 1);
      if (!b) return null;
      day = b.n;
      k = b.next;
    } else if (opener === 'de' || opener === 'the' || opener === 'op' || opener === 'on') day = a.n;
    else return null;
  }
  const year = yearAt(t, k);
  if (year) k = year.next;
  const d = makeDay(year?.year ?? ref.year, ref.month, day);
  if (!d) {
    problems.push({ code: 'date_impossible', from: i, to: k });
    return null;
  }
  return d.getTime() >= today.getTime() ? { from: i, to: k, day: d, kind: 'date' } : null;
}

/**
 * A month with a year, or the coming month of a name: "feb 2018", "2016 november", "dec-2018", "volgende juni",
 * "aanstaande september", "volgend jaar juni", and a year alone in words ("tweeduizend twintig"): the last day.
 */
function monthYear(t: Token[], i: number, today: Day): Candidate | null {
  const w = t[i]!.norm;
  // "dec-2018".
  const dashed = /^([a-z]{3,9})-(\d{4})$/.exec(w);
  if (dashed && monthOf(dashed[1]!, true) !== null)
    return {
      from: i,
      to: i + 1,
      day: lastDayOfMonth(Number(dashed[2]), monthOf(dashed[1]!, true)!),
      kind: 'period',
    };
  // "2016 november" (not "2018 March 18": then the date rule reads it).
  const year = yearAt(t, i);
  if (year) {
    const month = monthOf(t[year.next]?.norm ?? '', true);
    if (month !== null && dayNumber(t[year.next + 1]) === null)
      return { from: i, to: year.next + 1, day: lastDayOfMonth(year.year, month), kind: 'period' };
    // A year said in words alone: the end of that year.
    if (!/^\d/.test(w) && year.next - i >= 2)
      return { from: i, to: year.next, day: makeDay(year.year, 12, 31)!, kind: 'period' };
    return null;
  }
  // "feb 2018", "februari 2018".
  const month = monthOf(w, true);
  if (month !== null) {
    const y = yearAt(t, i + 1);
    if (y && !(w === 'may' && !t[i]!.upper))
      return { from: i, to: y.next, day: lastDayOfMonth(y.year, month), kind: 'period' };
    return null;
  }
  // "volgende juni", "aanstaande september", "next June".
  if (NEXT.has(w)) {
    const m = monthOf(t[i + 1]?.norm ?? '', false);
    if (m !== null) {
      let y = today.getUTCFullYear();
      if (lastDayOfMonth(y, m).getTime() < today.getTime() || m === today.getUTCMonth() + 1) y++;
      return { from: i, to: i + 2, day: lastDayOfMonth(y, m), kind: 'period' };
    }
    // "volgend jaar juni", "next year in June".
    if (
      (t[i + 1]?.norm === 'jaar' || t[i + 1]?.norm === 'year') &&
      monthOf(t[i + 2]?.norm ?? '', false) !== null
    )
      return {
        from: i,
        to: i + 3,
        day: lastDayOfMonth(today.getUTCFullYear() + 1, monthOf(t[i + 2]!.norm, false)!),
        kind: 'period',
      };
  }
  return null;
}

/** "in januari", "during March", "tijdens december": the last day of that month (next year's when passed). */
function monthAlone(t: Token[], i: number, today: Day): Candidate | null {
  const w = t[i]!.norm;
  if (w !== 'in' && w !== 'during' && w !== 'tijdens') return null;
  const token = t[i + 1];
  // "in jan", "in Jan": an abbreviation after "in" names the month too.
  const month = token ? monthOf(token.norm, true) : null;
  if (month === null || (token!.norm === 'may' && !token!.upper)) return null;
  const year = yearOf(t[i + 2]);
  let day = lastDayOfMonth(year ?? today.getUTCFullYear(), month);
  if (year === null && day.getTime() < today.getTime())
    day = lastDayOfMonth(today.getUTCFullYear() + 1, month);
  return { from: i, to: year === null ? i + 2 : i + 3, day, kind: 'period' };
}
