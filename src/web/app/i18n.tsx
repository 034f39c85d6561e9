// The interface language: Dutch by default, English on request; kept on the device and on <html lang>.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { t as translate, type Lang, type MessageKey, type MessageParams } from '../../i18n/index.ts';
import { setApiLanguage } from '../api/index.ts';

const STORAGE_KEY = 'sluitstuk:lang';

interface I18n {
  lang: Lang;
  /** BCP 47 locale for dates and numbers: nl-NL, or en-GB for English. */
  locale: string;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'nl') return stored;
  } catch {
    // Private mode without storage: Dutch.
  }
  return 'nl';
}

/** Provides the language to the whole app. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  setApiLanguage(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not kept across reloads then; the switch still works.
    }
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      locale: lang === 'nl' ? 'nl-NL' : 'en-GB',
      setLang,
      t: (key, params) => translate(lang, key, params),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its translate function. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
