// Reads scenario and preparation-card files (YAML or JSON) and says, per file, which field is wrong and why,
// in the reader's language. Pure: the caller reads the files (the server, the command line, the tests).
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { practiceFileText, type Lang, type PracticeFileKey } from '../i18n/index.ts';
import { practiceSchemas, type PreparationCard, type Scenario } from './schema.ts';

/** A scenario or card file larger than this is refused before it is parsed. */
export const MAX_FILE_BYTES = 256 * 1024;

/** One problem in a file: the field (dotted path, list positions counted from 1) and what is wrong. */
export interface FileProblem {
  field: string;
  message: string;
}

/** A file that is not a valid scenario or card. */
export class ScenarioFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: FileProblem[],
  ) {
    super(problems.map((p) => `${file}: ${p.field ? p.field + ': ' : ''}${p.message}`).join('\n'));
    this.name = 'ScenarioFileError';
  }
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ScenarioFileError };

/** A path as a trainer reads it: `rubric[2].moves` with positions counted from 1. */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part + 1}]`;
    else out += (out ? '.' : '') + String(part);
  }
  return out;
}

const message = (lang: Lang, key: string, params: Record<string, string | number> = {}) =>
  practiceFileText(lang, `practice.problem.${key}` as PracticeFileKey, params);

/** The value at a path of the parsed data (undefined when it is not there). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const KINDS: Record<string, { nl: string; en: string }> = {
  string: { nl: 'tekst', en: 'text' },
  number: { nl: 'getal', en: 'number' },
  int: { nl: 'heel getal', en: 'whole number' },
  array: { nl: 'lijst', en: 'list' },
  object: { nl: 'velden met namen', en: 'named fields' },
  record: { nl: 'velden met namen', en: 'named fields' },
};

/** The zod issue in words. */
function describe(issue: z.core.$ZodIssue, lang: Lang, data: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(data, issue.path) === undefined
        ? message(lang, 'required')
        : message(lang, 'type', { expected: KINDS[issue.expected]?.[lang] ?? issue.expected });
    case 'too_small':
      return message(lang, issue.origin === 'array' ? 'too_few' : 'too_short', {
        min: Number(issue.minimum),
      });
    case 'too_big':
      return message(
        lang,
        issue.origin === 'array' ? 'too_many' : issue.origin === 'number' ? 'too_high' : 'too_long',
        {
          max: Number(issue.maximum),
        },
      );
    case 'invalid_value':
      return message(lang, 'one_of', { values: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return message(lang, 'unknown_keys', { keys: issue.keys.join(', ') });
    case 'invalid_format':
      return message(lang, 'format');
    case 'invalid_key':
      return message(lang, 'one_of_keys');
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, string | number>;
      return message(lang, issue.message, params);
    }
    default:
      return issue.message === 'slug' || issue.message === 'mood_word'
        ? message(lang, issue.message)
        : message(lang, 'invalid');
  }
}

function problemsOf(error: z.ZodError, lang: Lang, data: unknown): FileProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path;
    const known =
      issue.message === 'slug' || issue.message === 'mood_word' || issue.message === 'control_characters';
    return {
      field: fieldName(path),
      message: known && issue.code !== 'custom' ? message(lang, issue.message) : describe(issue, lang, data),
    };
  });
}

/** The data in a YAML or JSON file, or the problem with its syntax (with line and column). */
function readData(file: string, text: string, lang: Lang): ParseResult<unknown> {
  const fail = (problems: FileProblem[]) => ({
    ok: false as const,
    error: new ScenarioFileError(file, problems),
  });
  if (typeof text !== 'string' || text.trim() === '')
    return fail([{ field: '', message: message(lang, 'empty') }]);
  if (text.length > MAX_FILE_BYTES)
    return fail([{ field: '', message: message(lang, 'too_large', { max: MAX_FILE_BYTES / 1024 }) }]);
  if (/\.json$/i.test(file)) {
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch (cause) {
      return fail([
        { field: '', message: message(lang, 'syntax', { detail: String((cause as Error).message) }) },
      ]);
    }
  }
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    return fail(
      doc.errors.slice(0, 5).map((e) => ({
        field: e.linePos ? message(lang, 'at_line', { line: e.linePos[0].line, col: e.linePos[0].col }) : '',
        // The message's first line, without the position it repeats (the field says where).
        message: message(lang, 'syntax', {
          detail: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
        }),
      })),
    );
  }
  try {
    // A few aliases are fine; thousands are an attack on memory ("billion laughs").
    return { ok: true, value: doc.toJS({ maxAliasCount: 50 }) as unknown };
  } catch (cause) {
    return fail([
      { field: '', message: message(lang, 'syntax', { detail: String((cause as Error).message) }) },
    ]);
  }
}

function validate<T>(file: string, text: string, schema: z.ZodType<T>, lang: Lang): ParseResult<T> {
  const data = readData(file, text, lang);
  if (!data.ok) return data;
  const result = schema.safeParse(data.value);
  if (!result.success)
    return { ok: false, error: new ScenarioFileError(file, problemsOf(result.error, lang, data.value)) };
  const id = (result.data as { id: string }).id;
  const base = file.replace(/^.*[\\/]/, '').replace(/\.(ya?ml|json)$/i, '');
  if (base !== id)
    return {
      ok: false,
      error: new ScenarioFileError(file, [{ field: 'id', message: message(lang, 'id_file', { id, base }) }]),
    };
  return { ok: true, value: result.data };
}

/** Reads one scenario file (its name must be `<id>.yaml`, `.yml` or `.json`). */
export function parseScenario(file: string, text: string, lang: Lang = 'nl'): ParseResult<Scenario> {
  return validate(file, text, practiceSchemas().scenario as z.ZodType<Scenario>, lang);
}

/** Reads one preparation-card file (its name must be `<id>.yaml`, `.yml` or `.json`). */
export function parseCard(file: string, text: string, lang: Lang = 'nl'): ParseResult<PreparationCard> {
  return validate(file, text, practiceSchemas().card as z.ZodType<PreparationCard>, lang);
}

/** A set of scenarios and cards that belong together, with the files that failed. */
export interface ScenarioLibrary {
  scenarios: Scenario[];
  cards: PreparationCard[];
  errors: ScenarioFileError[];
}

/**
 * Reads every file and checks them together: ids unique, each scenario's card present and in its language.
 * A scenario that fails is left out (and reported); the rest stay usable.
 */
export function buildLibrary(
  files: { scenarios: { file: string; text: string }[]; cards: { file: string; text: string }[] },
  lang: Lang = 'nl',
): ScenarioLibrary {
  const errors: ScenarioFileError[] = [];
  const cards: PreparationCard[] = [];
  const cardFiles = new Map<string, string>();
  for (const { file, text } of files.cards) {
    const read = parseCard(file, text, lang);
    if (!read.ok) errors.push(read.error);
    else if (cardFiles.has(read.value.id))
      errors.push(
        new ScenarioFileError(file, [
          { field: 'id', message: message(lang, 'duplicate_file', { other: cardFiles.get(read.value.id)! }) },
        ]),
      );
    else {
      cardFiles.set(read.value.id, file);
      cards.push(read.value);
    }
  }
  const scenarios: Scenario[] = [];
  const scenarioFiles = new Map<string, string>();
  for (const { file, text } of files.scenarios) {
    const read = parseScenario(file, text, lang);
    if (!read.ok) {
      errors.push(read.error);
      continue;
    }
    const scenario = read.value;
    const card = cards.find((c) => c.id === scenario.card);
    const problems: FileProblem[] = [];
    if (scenarioFiles.has(scenario.id))
      problems.push({
        field: 'id',
        message: message(lang, 'duplicate_file', { other: scenarioFiles.get(scenario.id)! }),
      });
    if (!card)
      problems.push({ field: 'card', message: message(lang, 'unknown_card', { value: scenario.card }) });
    else if (card.lang !== scenario.lang)
      problems.push({
        field: 'card',
        message: message(lang, 'card_language', { card: card.lang, lang: scenario.lang }),
      });
    if (problems.length > 0) {
      errors.push(new ScenarioFileError(file, problems));
      continue;
    }
    scenarioFiles.set(scenario.id, file);
    scenarios.push(scenario);
  }
  const order = (a: { lang: string; id: string }, b: { lang: string; id: string }) =>
    a.lang === b.lang ? a.id.localeCompare(b.id) : a.lang === 'nl' ? -1 : 1;
  scenarios.sort(order);
  cards.sort(order);
  return { scenarios, cards, errors };
}
