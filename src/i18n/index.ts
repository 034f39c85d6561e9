// Typed dictionaries, Dutch first. Each area of the product keeps its texts in messages/<area>.ts;
// add a new area by importing it below in both languages.
import type { Lang } from './dictionary.ts';
import * as common from './messages/common.ts';
import * as errors from './messages/errors.ts';
import * as web from './messages/web.ts';
import * as security from './messages/security.ts';
import * as forms from './messages/forms.ts';
import { formatMessage, type MessageParams } from './format.ts';

export type { Lang, Translation } from './dictionary.ts';
export { formatNumber, placeholdersOf, type MessageParams } from './format.ts';

const dictionaries = {
  nl: { ...common.nl, ...errors.nl, ...web.nl, ...security.nl, ...forms.nl },
  en: { ...common.en, ...errors.en, ...web.en, ...security.en, ...forms.en },
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
