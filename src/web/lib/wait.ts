// How long to wait after too many sign-in attempts, in words and as a clock time.
import type { MessageKey, MessageParams } from '../../i18n/index.ts';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** "45 seconden", "1 minuut", "3 minuten": rounded up to whole minutes from a minute on. */
export function waitInWords(seconds: number, t: Translate): string {
  if (seconds < 60) return t('accounts.wait.seconds', { n: Math.max(1, Math.ceil(seconds)) });
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? t('accounts.wait.minute') : t('accounts.wait.minutes', { n: minutes });
}

/** The clock time (HH:MM) of an instant, in the reader's language. */
export function clockTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}
