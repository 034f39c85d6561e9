// The record's words and dates in one language, bound once per rendering.
import { formatRecordDay, type Report } from '../core/index.ts';
import { t, type Lang, type MessageKey, type MessageParams } from '../i18n/index.ts';

/** The product's days and times are Dutch: a record shows them in the time zone of the Netherlands. */
const TIME_ZONE = 'Europe/Amsterdam';

export interface Words {
  lang: Lang;
  /** A message of src/i18n in the record's language. */
  t(key: MessageKey, params?: MessageParams): string;
  /** A day 'YYYY-MM-DD' written out ("vrijdag 27 november 2026"). */
  day(day: string): string;
  /** An instant with date and time ("23 november 2026 om 10:00"). */
  instant(instant: string | Date): string;
  /** The date of an instant only ("24 november 2026"). */
  date(instant: string | Date): string;
}

/** Words for a language. */
export function wordsFor(lang: Lang): Words {
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const instantFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE });
  const safe = (value: string | Date, format: Intl.DateTimeFormat) => {
    const date = value instanceof Date ? value : new Date(value);
    return Number.isNaN(date.getTime()) ? String(value) : format.format(date);
  };
  return {
    lang,
    t: (key, params) => t(lang, key, params),
    day: (day) => formatRecordDay(day, lang),
    instant: (value) => safe(value, instantFormat),
    date: (value) => safe(value, dateFormat),
  };
}

/** The words of a report's language. */
export function wordsOf(report: Report): Words {
  return wordsFor(report.lang);
}

/** "Versie 2, 24 november 2026", or for an unshared record "Stand van 1 december 2026". */
export function versionLine(report: Report, words: Words, now: Date): string {
  return report.version
    ? words.t('report.version', { number: report.version.number, date: words.date(report.version.createdAt) })
    : words.t('report.current', { date: words.date(now) });
}

/** " (gegeven bij versie 1; …)", with its leading space, after an answer to earlier wording; else nothing. */
export function outdatedNote(words: Words, answer: { outdated: boolean; version: number | null }): string {
  if (!answer.outdated) return '';
  return ` ${answer.version !== null ? words.t('report.earlierVersion', { number: answer.version }) : words.t('report.earlierText')}`;
}
