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

type Texts = Awaited<ReturnType<typeof loadPracticeWebText>>;
const loading: Promise<Texts> = loadPracticeWebText();
let loaded: ReturnType<typeof translator<Texts['nl']>> | null = null;
void loading.then((texts) => (loaded = translator({ nl: texts.nl, en: texts.en })));

export type PracticeTextKey = PracticeWebKey;

/** Translates a practice screen text. */
export function usePracticeText(): (key: PracticeTextKey, params?: MessageParams) => string {
  const { lang } = useI18n();
  const texts = loaded ?? translator(use(loading));
  return (key, params) => texts(lang, key, params);
}
