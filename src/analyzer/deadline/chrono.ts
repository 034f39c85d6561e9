// A guarded fallback on chrono-node for explicit date notations the hand-written scanner does not cover
// ("15-Jan-2027", "Friday, Jan. 15th '27"). The scanner stays the primary reader: it is right where chrono is
// wrong (chrono.nl reads "zo snel mogelijk" as Sunday, "Jan" as January, misses overmorgen/werkdagen and gives
// today for "voor vrijdag"). Chrono is asked only when the scanner found no deadline and the sentence has a
// digit or a month/weekday word; its answers are checked before they are used.
import { casual as nlCasual } from 'chrono-node/nl';
import { casual as enCasual } from 'chrono-node/en';
import type { AnalyzerLang, Deadline } from '../agreement/types.ts';
import type { Token } from '../language/tokenize.ts';
import { formatDay, makeDay, type Day } from './calendar.ts';
import { monthOf, weekdayOf } from './words.ts';

/** Chrono readings that are known to be wrong for agreements: Dutch two-letter words, names, vague words. */
const PITFALLS =
  /^(?:zo|za|ma|di|wo|do|vr|jan|mei|may|mar|sun|sat|nu|now|straks|later|vandaag|today|vanavond|tonight|morgen|tomorrow)$/i;

/** Whether the sentence may hold a date notation: a digit, or a month or weekday word. */
export function mayHoldDate(tokens: Token[]): boolean {
  for (const token of tokens) {
    if (token.kind === 'num' || /\d/.test(token.norm)) return true;
    if (monthOf(token.norm, false) !== null || weekdayOf(token.norm) !== null) return true;
  }
  return false;
}

/**
 * A deadline from chrono for `text`, said on `today`; null when chrono finds nothing acceptable. Accepted only
 * when chrono is certain of the day (or of a weekday), the words it read are no known pitfall and lie outside
 * vague phrases, and the day is not before the agreement date.
 */
export function chronoDeadline(
  text: string,
  today: Day,
  lang: AnalyzerLang,
  vagueTerms: string[],
): Deadline | null {
  const instant = new Date(today.getTime() + 12 * 3_600_000);
  const parsers = lang === 'en' ? [enCasual, nlCasual] : [nlCasual, enCasual];
  const lower = text.toLowerCase();
  for (const parser of parsers) {
    let results;
    try {
      results = parser.parse(text, { instant, timezone: 0 }, { forwardDate: true });
    } catch {
      continue;
    }
    for (const r of results) {
      const words = r.text.trim();
      if (words.length < 3 || PITFALLS.test(words) || !/\d|[a-z]{3}/i.test(words)) continue;
      const at = r.index;
      if (
        vagueTerms.some(
          (v) => v && lower.indexOf(v) >= 0 && overlaps(lower.indexOf(v), v.length, at, words.length),
        )
      )
        continue;
      const c = r.start;
      if (!(c.isCertain('day') || c.isCertain('weekday'))) continue;
      const day = makeDay(c.get('year') ?? 0, c.get('month') ?? 0, c.get('day') ?? 0);
      if (!day || day.getTime() < today.getTime()) continue;
      if (day.getTime() - today.getTime() > 3 * 366 * 86_400_000) continue;
      return { date: formatDay(day), phrase: words, kind: c.isCertain('day') ? 'date' : 'weekday' };
    }
  }
  return null;
}

function overlaps(a: number, al: number, b: number, bl: number): boolean {
  return a < b + bl && b < a + al;
}
