// SMART advice in words: core's verdict gives codes and what they name; the words come from i18n.
import type { SmartAdvice } from '../../../core/index.ts';
import { isMessageKey, type MessageKey, type MessageParams } from '../../../i18n/index.ts';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Words for one piece of SMART advice, with its example deadline written out in the interface's locale. */
export function adviceText(advice: SmartAdvice, t: Translate, locale: string): string {
  const { example, date } = advice.params ?? {};
  const params = {
    term: advice.params?.term ?? '',
    action: advice.params?.action ?? '',
    example: example ? spelledDay(example, locale) : '',
    date: date ? format(date, locale, { day: 'numeric', month: 'long', year: 'numeric' }) : '',
    weekday: date ? format(date, locale, { weekday: 'long' }) : '',
  };
  const key = `smart.hint.${advice.code}`;
  return isMessageKey(key) ? t(key, params) : t('smart.hint.action_unclear');
}

/** "vrijdag 4 december": weekday, day and month, without the year (an example close at hand). */
function spelledDay(day: string, locale: string): string {
  return format(day, locale, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** A day 'YYYY-MM-DD' in the interface's locale, as the options say. */
function format(day: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(date);
}
