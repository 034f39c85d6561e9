// Typed dictionaries, Dutch first. Each area of the product keeps its texts in messages/<area>.ts;
// add a new area by importing it below in both languages.
import type { Lang } from './dictionary.ts';
import * as analyzer from './messages/analyzer.ts';
import * as common from './messages/common.ts';
import * as errors from './messages/errors.ts';
import * as web from './messages/web.ts';
import * as practice from './messages/practice.ts';
import * as practiceCli from './messages/practice-cli.ts';
import * as practiceFiles from './messages/practice-files.ts';
import type * as PracticeWebTexts from './messages/practice-web.ts';
import * as report from './messages/report.ts';
import * as sharing from './messages/sharing.ts';
import * as participant from './messages/participant.ts';
import * as security from './messages/security.ts';
import * as forms from './messages/forms.ts';
import { formatMessage, type MessageParams } from './format.ts';
import * as accounts from './messages/accounts.ts';
import * as privacy from './messages/privacy.ts';
import * as followup from './messages/followup.ts';
import * as insight from './messages/insight.ts';
import * as admin from './messages/admin.ts';
import * as offline from './messages/offline.ts';
import * as configTexts from './messages/config.ts';
import * as cliAdmin from './messages/cli-admin.ts';

export type { Lang, Translation } from './dictionary.ts';
export { formatNumber, placeholdersOf, type MessageParams } from './format.ts';

const dictionaries = {
  nl: {
    ...common.nl,
    ...errors.nl,
    ...web.nl,
    ...security.nl,
    ...analyzer.nl,
    ...report.nl,
    ...sharing.nl,
    ...participant.nl,
    ...forms.nl,
    ...practice.nl,
    ...accounts.nl,
    ...privacy.nl,
    ...followup.nl,
    ...insight.nl,
    ...admin.nl,
    ...offline.nl,
  },
  en: {
    ...common.en,
    ...errors.en,
    ...web.en,
    ...security.en,
    ...analyzer.en,
    ...report.en,
    ...sharing.en,
    ...participant.en,
    ...forms.en,
    ...practice.en,
    ...accounts.en,
    ...privacy.en,
    ...followup.en,
    ...insight.en,
    ...admin.en,
    ...offline.en,
  },
} as const;

/** Every message key known to the product. */
export type MessageKey = keyof (typeof dictionaries)['nl'];

/** The message for a key in a language, with `{placeholders}` and `{n, plural, …}` forms filled in. */
export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const text: string = dictionaries[lang][key] ?? dictionaries.nl[key];
  return params ? formatMessage(lang, text, params) : text;
}

/** True when the text is a message key of the product (e.g. a code from the server made into a key). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(dictionaries.nl, key);
}

/** Every message of a language, keyed; for checks that look at all texts at once (tests). */
export function allMessages(lang: Lang): Readonly<Record<MessageKey, string>> {
  return dictionaries[lang];
}

/** A translate function over a dictionary of its own: for texts loaded with the part that shows them. */
export function translator<D extends Record<string, string>>(dictionaries: Record<Lang, D>) {
  return (lang: Lang, key: keyof D & string, params?: MessageParams): string => {
    const text = dictionaries[lang][key] ?? dictionaries.nl[key] ?? key;
    // The same filling as t(): placeholders and plurals.
    return params ? formatMessage(lang, text, params) : text;
  };
}

/** The practice screens' texts, loaded with those screens (a chunk of their own in the web app). */
export const loadPracticeWebText = () => import('./messages/practice-web.ts');
export type PracticeWebKey = keyof (typeof PracticeWebTexts)['nl'];

/** Problems in scenario files; a bundle that does not read files drops them. */
export const practiceFileText = /* @__PURE__ */ translator({ nl: practiceFiles.nl, en: practiceFiles.en });
export type PracticeFileKey = keyof (typeof practiceFiles)['nl'];

/** The configuration's start-up problems (terminal); a bundle that does not read the configuration drops them. */
export const configText = /* @__PURE__ */ translator({ nl: configTexts.nl, en: configTexts.en });
export type ConfigMessageKey = keyof (typeof configTexts)['nl'];
/** Every configuration text of a language (tests). */
export const allConfigTexts = (lang: Lang): Readonly<Record<ConfigMessageKey, string>> => configTexts[lang];

/** The practice command's texts (terminal); a bundle that does not use them drops them. */
export const practiceCliText = /* @__PURE__ */ translator({ nl: practiceCli.nl, en: practiceCli.en });

/** The administration commands' texts (terminal: --help, serve, migrate, user, backup, jobs …); the web drops them. */
export const cliText = /* @__PURE__ */ translator({ nl: cliAdmin.nl, en: cliAdmin.en });
export type CliTextKey = keyof (typeof cliAdmin)['nl'];
/** The short keys of the CLI texts under one prefix ("cli.analyse" → "summary", "notFound", …). */
export type CliKeysUnder<P extends string> = CliTextKey extends infer K
  ? K extends `${P}.${infer N}`
    ? N
    : never
  : never;
/** One command's texts by their short keys: `cliTextOf('cli.analyse')(lang)('summary')`. */
export function cliTextOf<P extends string>(prefix: P) {
  return (lang: Lang) =>
    (key: CliKeysUnder<P>, params?: MessageParams): string =>
      cliText(lang, `${prefix}.${key}` as CliTextKey, params);
}
/** Every administration command text of a language (tests). */
export const allCliTexts = (lang: Lang): Readonly<Record<CliTextKey, string>> => cliAdmin[lang];

/** The kinds of analyzer codes that have texts: SMART hints, closing tips, uncertainty reasons, file errors. */
export type AnalyzerTextKind = 'hint' | 'tip' | 'uncertain' | 'transcript';

/**
 * The text of an analyzer code (`analyzer.<kind>.<code>`) with its parameters filled in; a weekday number in
 * `weekday` is said as its name. An unknown code gives the code itself (a newer analyzer than these texts).
 */
export function analyzerText(
  lang: Lang,
  kind: AnalyzerTextKind,
  code: string,
  params?: MessageParams,
): string {
  const key = `analyzer.${kind}.${code}`;
  if (!Object.prototype.hasOwnProperty.call(dictionaries.nl, key)) return code;
  const filled: MessageParams = { ...params };
  if (typeof filled.weekday === 'number')
    filled.weekday = t(lang, `analyzer.weekday.${filled.weekday}` as MessageKey);
  // An example day 'YYYY-MM-DD' is said as the language writes it: "vrijdag 4 december". Without a day to
  // count from (no date given) the example is only a weekday: never a date that may not exist.
  if (filled.example === undefined) filled.example = t(lang, 'analyzer.weekday.5');
  else if (typeof filled.example === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(filled.example))
    filled.example = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      timeZone: 'UTC',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    }).format(new Date(`${filled.example}T00:00:00Z`));
  return t(lang, key as MessageKey, filled);
}

/** Chooses nl or en from an Accept-Language header (or a locale tag); Dutch when unsure. */
export function pickLanguage(header: string | undefined | null): Lang {
  if (!header) return 'nl';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag.startsWith('nl')) return 'nl';
    if (tag.startsWith('en')) return 'en';
  }
  return 'nl';
}
