// Fills a message in: `{name}` placeholders and ICU-style plurals, `{count, plural, one {# teken} other {#
// tekens}}`, chosen with Intl.PluralRules of the language, so no message needs "teken(s)" or "punt(en)".
import type { Lang } from './dictionary.ts';

/** Parameters filled into `{name}` placeholders of a message. */
export type MessageParams = Record<string, string | number>;

const pluralRules = new Map<Lang, Intl.PluralRules>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

function rulesFor(lang: Lang): Intl.PluralRules {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}

/** A number as the language writes it: 20.000 in Dutch, 20,000 in English. */
export function formatNumber(lang: Lang, value: number): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(value);
}

/** The index of the brace that closes the one at `open`, or -1 when it is not closed. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The branches of a plural argument: `=0 {…} one {…} other {…}`. */
function branchesOf(body: string): Map<string, string> | null {
  const branches = new Map<string, string>();
  let rest = body.trim();
  while (rest) {
    const selector = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(rest);
    if (!selector) return null;
    const open = selector[0].length - 1;
    const close = closingBrace(rest, open);
    if (close < 0) return null;
    branches.set(selector[1]!, rest.slice(open + 1, close));
    rest = rest.slice(close + 1).trim();
  }
  return branches.has('other') ? branches : null;
}

/** The message with its placeholders and plurals filled in; unknown placeholders stay as they are. */
export function formatMessage(lang: Lang, text: string, params: MessageParams = {}, hash?: string): string {
  if (!text.includes('{') && hash === undefined) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '#' && hash !== undefined) {
      out += hash;
      i++;
      continue;
    }
    if (char !== '{') {
      out += char;
      i++;
      continue;
    }
    const close = closingBrace(text, i);
    if (close < 0) {
      out += text.slice(i);
      break;
    }
    const inner = text.slice(i + 1, close);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    const has = (name: string) => Object.prototype.hasOwnProperty.call(params, name);
    if (plural && has(plural[1]!)) {
      const value = Number(params[plural[1]!]);
      const branches = branchesOf(plural[2]!);
      const branch = branches
        ? (branches.get(`=${value}`) ?? branches.get(rulesFor(lang).select(value)) ?? branches.get('other')!)
        : inner;
      out += formatMessage(lang, branch, params, formatNumber(lang, value));
    } else if (/^\w+$/.test(inner) && has(inner)) {
      out += String(params[inner]);
    } else {
      out += text.slice(i, close + 1);
    }
    i = close + 1;
  }
  return out;
}

/** The placeholder names a message uses (plural arguments included), for checking translations. */
export function placeholdersOf(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(/\{\s*(\w+)\s*(?:,\s*plural\s*,|\})/g)) names.add(match[1]!);
  return [...names].sort();
}
