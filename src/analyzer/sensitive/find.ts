// Finds special personal data in free text: BSNs (elfproef, or a number after a BSN label) and health details
// (word tables per category). One function for the web app (while the leader types) and the server (in every
// answer), so both warn about exactly the same places.
import { normalise } from '../language/tokenize.ts';
import { digitRuns, findBsnRuns, standsAlone } from './bsn.ts';
import type { HealthCategory, SensitiveFinding, SensitiveWords } from './types.ts';
import { WORDS_NL } from './words.nl.ts';
import { WORDS_EN } from './words.en.ts';

/** The languages whose tables are used; both by default, since a Dutch record may quote English and back. */
export interface FindSensitiveOptions {
  langs?: readonly ('nl' | 'en')[];
}

interface CompiledCategory {
  category: HealthCategory;
  words: Set<string>;
  caseWords: Set<string>;
  prefixes: string[];
  parts: string[];
  /** Multi-word terms: every word but the last exact, the last by the term's own match. */
  phrases: { words: string[]; last: 'word' | 'prefix' | 'part' }[];
  exceptions: Set<string>;
}

interface Compiled {
  categories: CompiledCategory[];
  bsnLabels: string[][];
}

const TABLES = { nl: WORDS_NL, en: WORDS_EN } as const;
const compiledCache = new Map<string, Compiled>();

function compile(langs: readonly ('nl' | 'en')[]): Compiled {
  const key = [...langs].sort().join(',');
  const cached = compiledCache.get(key);
  if (cached) return cached;
  const tables: SensitiveWords[] = langs.map((lang) => TABLES[lang]);
  const categoryNames = Object.keys(WORDS_NL.health) as HealthCategory[];
  const categories = categoryNames.map((category): CompiledCategory => {
    const compiled: CompiledCategory = {
      category,
      words: new Set(),
      caseWords: new Set(),
      prefixes: [],
      parts: [],
      phrases: [],
      exceptions: new Set(),
    };
    for (const table of tables) {
      const { terms, exceptions = [] } = table.health[category];
      for (const exception of exceptions) compiled.exceptions.add(normalise(exception));
      for (const { term, match = 'word', caseSensitive } of terms) {
        if (caseSensitive) compiled.caseWords.add(term);
        else if (term.includes(' '))
          compiled.phrases.push({ words: normalise(term).split(/\s+/), last: match });
        else if (match === 'prefix') compiled.prefixes.push(normalise(term));
        else if (match === 'part') compiled.parts.push(normalise(term));
        else compiled.words.add(normalise(term));
      }
    }
    return compiled;
  });
  const bsnLabels = tables.flatMap((table) => table.bsnLabels.map((label) => normalise(label).split(/\s+/)));
  const result = { categories, bsnLabels };
  compiledCache.set(key, result);
  return result;
}

interface Word {
  raw: string;
  norm: string;
  start: number;
  end: number;
}

// Words with inner apostrophes and hyphens kept together ("burn-out", "niet-aangeboren"), over the whole text.
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    words.push({ raw: match[0], norm: normalise(match[0]), start, end: start + match[0].length });
  }
  return words;
}

function matchesOne(norm: string, mode: 'word' | 'prefix' | 'part', term: string): boolean {
  if (mode === 'prefix') return norm.startsWith(term);
  if (mode === 'part') return norm.includes(term);
  return norm === term;
}

/** How many words from `index` on form the category's term (0 when none does). */
function healthMatch(words: Word[], index: number, category: CompiledCategory): number {
  const word = words[index]!;
  if (category.exceptions.has(word.norm)) return 0;
  for (const phrase of category.phrases) {
    const n = phrase.words.length;
    if (index + n > words.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const mode = k === n - 1 ? phrase.last : 'word';
      ok = matchesOne(words[index + k]!.norm, mode, phrase.words[k]!);
    }
    if (ok) return n;
  }
  if (category.caseWords.has(word.raw)) return 1;
  if (category.words.has(word.norm)) return 1;
  if (category.prefixes.some((prefix) => word.norm.startsWith(prefix))) return 1;
  if (category.parts.some((part) => word.norm.includes(part))) return 1;
  return 0;
}

// What may stand between a BSN label and its number: "BSN: 12345678", "BSN-nummer 123456782", "sofinummer is …".
const AFTER_LABEL = /^(?:[-\s]*(?:nummer|nr\.?|number|no\.?|is|van|of))?[\s:#.]*(?=\d)/i;

function labelledNumbers(text: string, words: Word[], labels: string[][]): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  const runs = digitRuns(text);
  for (let i = 0; i < words.length; i++) {
    for (const label of labels) {
      if (i + label.length > words.length) continue;
      if (!label.every((part, k) => words[i + k]!.norm === part)) continue;
      const labelEnd = words[i + label.length - 1]!.end;
      const gap = AFTER_LABEL.exec(text.slice(labelEnd, labelEnd + 20));
      if (!gap) continue;
      const numberStart = labelEnd + gap[0].length;
      const run = runs.find((r) => r.start === numberStart);
      // Eight or nine digits after the label: a BSN, also when a typo makes it fail the elfproef.
      if (run && (run.digits.length === 8 || run.digits.length === 9) && standsAlone(text, run)) {
        findings.push({
          kind: 'bsn',
          rule: 'bsn.labelled',
          start: run.start,
          end: run.end,
          text: text.slice(run.start, run.end),
        });
      }
    }
  }
  return findings;
}

/** Every BSN and health detail in the text, in order, without overlaps. */
export function findSensitive(text: string, options: FindSensitiveOptions = {}): SensitiveFinding[] {
  if (!text) return [];
  const { categories, bsnLabels } = compile(options.langs ?? ['nl', 'en']);
  const found: SensitiveFinding[] = findBsnRuns(text).map((run) => ({
    kind: 'bsn',
    rule: 'bsn.elfproef',
    start: run.start,
    end: run.end,
    text: text.slice(run.start, run.end),
  }));
  const words = wordsOf(text);
  found.push(...labelledNumbers(text, words, bsnLabels));
  for (let i = 0; i < words.length; i++) {
    for (const category of categories) {
      const n = healthMatch(words, i, category);
      if (n === 0) continue;
      const start = words[i]!.start;
      const end = words[i + n - 1]!.end;
      found.push({
        kind: 'health',
        rule: `health.${category.category}`,
        start,
        end,
        text: text.slice(start, end),
      });
      i += n - 1;
      break;
    }
  }
  // In order; where two overlap (a labelled number that also passes the elfproef), the first one found stays.
  found.sort((a, b) => a.start - b.start || (a.rule === 'bsn.elfproef' ? -1 : 1));
  const result: SensitiveFinding[] = [];
  for (const finding of found) {
    const last = result[result.length - 1];
    if (last && finding.start < last.end) continue;
    result.push(finding);
  }
  return result;
}

/** The text with the given findings replaced by a marker (e.g. "[weggelaten]"): the "leave it out" offer. */
export function leaveOut(text: string, findings: readonly SensitiveFinding[], marker: string): string {
  let result = text;
  // From the end, so earlier offsets stay valid; a finding that no longer matches the text is skipped.
  for (const finding of [...findings].sort((a, b) => b.start - a.start)) {
    if (result.slice(finding.start, finding.end) !== finding.text) continue;
    result = result.slice(0, finding.start) + marker + result.slice(finding.end);
  }
  return result;
}
