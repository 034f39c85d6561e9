// Time words that promise nothing: "binnenkort", "z.s.m.", "soon". They never make a deadline.
import type { Token } from '../language/tokenize.ts';
import { HOLIDAY_PAIRS, HOLIDAYS } from './holidays.ts';
import { UNIT_DAYS, weekdayOf } from './words.ts';

const PHRASES = [
  // Dutch
  'binnenkort',
  'zo snel mogelijk',
  'zo spoedig mogelijk',
  'zo gauw mogelijk',
  'zo vlug mogelijk',
  // Flemish, and "as early as it can".
  'zo rap mogelijk',
  'zo rap als mogelijk',
  'zo vroeg mogelijk',
  'zo snel als mogelijk',
  'zo snel als het kan',
  'zo snel het kan',
  'zsm',
  'z.s.m',
  'z s m',
  'asap',
  'a.s.a.p',
  'op korte termijn',
  'op termijn',
  'op afzienbare termijn',
  'binnen afzienbare tijd',
  'op niet al te lange termijn',
  't.z.t',
  'tzt',
  'te zijner tijd',
  'ter zijner tijd',
  'een dezer dagen',
  'een van de komende dagen',
  'in de loop van',
  'snel',
  'gauw',
  'later',
  'straks',
  'zo meteen',
  'zometeen',
  'eerdaags',
  'spoedig',
  'op een gegeven moment',
  'als het uitkomt',
  'wanneer het uitkomt',
  'als ik tijd heb',
  'als ik eraan toe kom',
  'zodra het kan',
  'zodra mogelijk',
  'in de nabije toekomst',
  'de komende tijd',
  'in de komende dagen',
  'de komende dagen',
  'de komende weken',
  'een keer',
  'een keertje',
  'ooit',
  'vroeg of laat',
  'ergens',
  'na de vakantie',
  'na de zomer',
  'na de zomervakantie',
  'in het nieuwe jaar',
  'in the new year',
  // English
  'soon',
  'soonish',
  'soon-ish',
  'as soon as possible',
  'as soon as we can',
  'as soon as i can',
  'when possible',
  'whenever possible',
  'if possible',
  'when i can',
  'when we can',
  'when i get a chance',
  'when i have time',
  'when you get a chance',
  'at some point',
  'sometime',
  'some time',
  'in due course',
  'shortly',
  'at a later date',
  'at a later stage',
  'in the near future',
  'one of these days',
  'eventually',
  'in a bit',
  'in a while',
  'down the line',
  'before long',
  'in the coming days',
  'in the coming weeks',
  'over the coming days',
  'at your convenience',
  'in the course of',
  'at the earliest convenience',
  'later on',
];

// Before or after an event that is no day ("voor de livegang", "before the board meeting"); with its day it is one
// ("voor het overleg van vrijdag": see EVENT_DAY_NEXT).
const EVENTS = [
  'release',
  'launch',
  'meeting',
  'board meeting',
  'go-live',
  'livegang',
  'oplevering',
  'vergadering',
  'raadsvergadering',
  'ledenvergadering',
  'verbouwing',
  'verhuizing',
];
for (const pre of ['voor', 'before', 'na', 'after'])
  for (const art of ['de ', 'het ', 'the ', 'our ', 'onze '])
    for (const event of EVENTS) PHRASES.push(`${pre} ${art}${event}`);

// "een paar dagen", "a few weeks": a count nobody can hold you to.
const FEW = ['een paar', 'enkele', 'een aantal', 'a few', 'a couple of', 'a couple', 'several', 'some'];
const UNITS = ['dagen', 'dag', 'weken', 'maanden', 'days', 'weeks', 'months', 'werkdagen', 'business days'];
for (const few of FEW)
  for (const unit of UNITS) {
    for (const pre of ['', 'over ', 'binnen ', 'in ', 'within ', 'na ', 'after '])
      PHRASES.push(`${pre}${few} ${unit}`);
  }

// Seasons and school breaks name no day ("voor de zomer", "na de bouwvak", "after the summer"): a word class
// after a preposition, so every combination is covered. Holidays with a fixed day ("voor de kerst") are dates.
const SEASONS = [
  'zomer',
  'winter',
  'herfst',
  'najaar',
  'voorjaar',
  'lente',
  'vakantie',
  'zomervakantie',
  'herfstvakantie',
  'kerstvakantie',
  'voorjaarsvakantie',
  'krokusvakantie',
  'meivakantie',
  'bouwvak',
  'bouwvakantie',
  'feestdagen',
  'kerstdagen',
  'zomerreces',
  'reces',
  'summer',
  'autumn',
  'fall',
  'spring',
  'holidays',
  'holiday',
  'break',
  'summer holidays',
  'summer break',
  'christmas holidays',
  'christmas break',
  'recess',
];
const SEASON_PREPS = [
  'voor',
  'na',
  'in',
  'tijdens',
  'rond',
  'over',
  'before',
  'after',
  'during',
  'over',
  'around',
  'by',
];
for (const prep of SEASON_PREPS)
  for (const art of ['de ', 'het ', 'the ', 'deze ', 'this ', ''])
    for (const season of SEASONS) PHRASES.push(`${prep} ${art}${season}`);
// After a holiday: no last day ("na Pasen", "na de kerst", "after Easter"); "voor Pasen" is a date, and so is a
// day counted from the holiday ("drie dagen na Pasen", "de dinsdag na Pasen": see AFTER_HOLIDAY_COUNTED).
const HOLIDAY_NAMES = [
  ...Object.keys(HOLIDAYS),
  ...Object.keys(HOLIDAY_PAIRS).filter((pair) => pair !== 'oud en'),
  'oud en nieuw',
];
const AFTER_HOLIDAY = new Set<string>();
for (const pre of ['na', 'after'])
  for (const art of ['de ', 'het ', 'the ', ''])
    for (const w of HOLIDAY_NAMES) AFTER_HOLIDAY.add(`${pre} ${art}${w}`);
PHRASES.push(...AFTER_HOLIDAY);

/** "drie dagen na Pasen", "de dag na Kerst", "the Tuesday after Easter": a day counted from the holiday. */
function afterHolidayCounted(tokens: Token[], i: number, phrase: string): boolean {
  if (!AFTER_HOLIDAY.has(phrase)) return false;
  const before = tokens[i - 1]?.norm ?? '';
  return UNIT_DAYS[before] !== undefined || weekdayOf(before) !== null;
}

const EVENT_PHRASES = new Set(PHRASES.filter((p) => EVENTS.some((e) => p.endsWith(` ${e}`))));
/** Words after an event that name its day. */
const EVENT_DAY_NEXT: ReadonlySet<string> = new Set([
  'van',
  'op',
  'on',
  'of',
  'next',
  'this',
  'volgende',
  'deze',
]);

/** Phrases by their first word, each as a word list; longest first so "zo snel mogelijk" beats "snel". */
const BY_FIRST = new Map<string, string[][]>();
for (const phrase of PHRASES) {
  const words = phrase.split(' ');
  const list = BY_FIRST.get(words[0]!) ?? [];
  list.push(words);
  BY_FIRST.set(words[0]!, list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.length - a.length);

/** Words that are no vague promise when followed by these ("niet later dan vrijdag", "sneller"). */
const NOT_VAGUE_BEFORE: Record<string, string[]> = {
  later: ['dan', 'than'],
  snel: ['mogelijk'],
  some: ['of'],
  ergens: ['anders', 'over', 'naar', 'mee', 'aan', 'op', 'in', 'van', 'voor', 'else'],
  'een keer': [],
};

/** Qualifiers that make the time phrase after them vague too ("ergens volgende week", "later deze week"). */
export const QUALIFIERS = new Set([
  'ergens',
  'sometime',
  'some time',
  'in de loop van',
  'later',
  'in the course of',
]);

export interface VagueSpan {
  /** Content-token indices [from, to). */
  from: number;
  to: number;
  words: string;
}

/** Vague time phrases among content tokens, left to right, not overlapping. */
export function vagueSpans(tokens: Token[]): VagueSpan[] {
  const spans: VagueSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = BY_FIRST.get(tokens[i]!.norm);
    if (!candidates) continue;
    for (const words of candidates) {
      if (i + words.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k]!.norm === words[k];
      if (!ok) continue;
      const phrase = words.join(' ');
      const next = tokens[i + words.length]?.norm;
      if (next && NOT_VAGUE_BEFORE[phrase]?.includes(next)) continue;
      // "ergens" is vague only before a time word; "een keer" only without a count of times around it.
      if (phrase === 'ergens' && !next) continue;
      if (afterHolidayCounted(tokens, i, phrase)) continue;
      // "voor het overleg van vrijdag", "before the meeting on Friday": the event's day is named.
      if (EVENT_PHRASES.has(phrase) && EVENT_DAY_NEXT.has(next ?? '')) continue;
      spans.push({ from: i, to: i + words.length, words: phrase });
      i += words.length - 1;
      break;
    }
  }
  return spans;
}

/** The original text from content token `from` up to (not including) `to`. */
export function quote(text: string, tokens: Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return '';
  let end = last.end;
  // Keep the closing dot of an abbreviation ("z.s.m.", "12 dec.").
  if (
    text[end] === '.' &&
    /\p{L}\.\p{L}|^(?:dec|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|a\.s)$/u.test(last.norm)
  )
    end++;
  return text.slice(first.start, end);
}
