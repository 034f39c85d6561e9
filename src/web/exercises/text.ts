// The practice screens' own texts (src/i18n/messages/practice-web.ts), in the interface's language. They load
// with the practice chunk, not with the app's first page; until they are there, the screen suspends.
import { use } from 'react';
import {
  loadPracticeWebText,
  translator,
  type MessageParams,
  type PracticeWebKey,
} from '../../i18n/index.ts';
import { useI18n } from '../app/i18n.tsx';

// One promise for the life of the page, started when this chunk loads. Every render reads it with use(),
// unconditionally: React marks the promise as fulfilled and then returns its value without suspending.
// (Skipping use() once the texts were there, after a render had suspended on it, is the conditional use
// React rejects: it threw during concurrent rendering and recovered with error #520.)
const texts = loadPracticeWebText().then(({ nl, en }) => translator({ nl, en }));

export type PracticeTextKey = PracticeWebKey;

/** Translates a practice screen text. */
export function usePracticeText(): (key: PracticeTextKey, params?: MessageParams) => string {
  const { lang } = useI18n();
  const translate = use(texts);
  return (key, params) => translate(lang, key, params);
}
