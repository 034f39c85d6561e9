// The report's dates as a calendar file (RFC 5545, ical-generator): every agreement deadline and every dated
// next step as an all-day event with an alarm the day before. UIDs are stable per conversation and item,
// and SEQUENCE is the record's version, so a calendar that imports version 2 updates the events of
// version 1 instead of adding them again. A participant's file holds only what concerns them plus the next
// steps. ical-generator escapes text per RFC 5545 (\\ ; , and line breaks); clean() removes the rest.
import ical, {
  ICalAlarmType,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator';
import type { Report } from '../core/index.ts';
import { clean, oneLine } from './text.ts';
import { wordsOf } from './words.ts';

export interface IcsOptions {
  /** DTSTAMP of every event: when the file was made. */
  now: Date;
}

/** Hours before the start of an all-day event (midnight) that the alarm goes: 09:00 on the day before. */
const ALARM_SECONDS_BEFORE = 15 * 3600;

/** A stable UID for an item of a conversation. */
function uid(report: Report, kind: 'agreement' | 'step', id: string): string {
  return `${report.conversation.id}.${kind}.${id}@sluitstuk`;
}

function utcDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** The calendar file of a report (text/calendar, UTF-8, CRLF line ends). */
export function renderIcs(report: Report, options: IcsOptions): string {
  const w = wordsOf(report);
  const c = report.conversation;
  const sequence = report.version?.number ?? 0;
  const calendar = ical({
    name: w.t('report.calendar.name', { date: w.day(c.day) }),
    prodId: { company: 'Sluitstuk', product: 'Verslag', language: report.lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  const from = w.t('report.calendar.from', {
    title: oneLine(c.title),
    date: w.day(c.day),
    organisation: oneLine(report.organisation.name),
  });
  const ask = w.t('report.calendar.questions', {
    name: [
      oneLine(report.leader.name),
      oneLine(report.leader.phone ?? ''),
      oneLine(report.leader.email ?? ''),
    ]
      .filter(Boolean)
      .join(', '),
  });
  const add = (id: string, day: string, summary: string, details: string[], cancelled: boolean) => {
    const event = calendar.createEvent({
      id,
      start: utcDate(day),
      allDay: true,
      stamp: options.now,
      sequence,
      summary: oneLine(summary),
      description: [...details.map(clean).filter(Boolean), from, ask].join('\n\n'),
      transparency: ICalEventTransparency.TRANSPARENT,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
    if (!cancelled)
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: ALARM_SECONDS_BEFORE,
        description: oneLine(w.t('report.calendar.alarm', { summary: oneLine(summary) })),
      });
  };
  for (const a of report.agreements) {
    if (!a.deadline || !a.concernsViewer) continue;
    const measure = a.measure ? w.t('report.agreement.measure', { measure: clean(a.measure) }) : '';
    add(
      uid(report, 'agreement', a.id),
      a.deadline,
      w.t('report.calendar.agreementSummary', { sentence: oneLine(a.sentence) }),
      [a.sentence, measure],
      a.status === 'cancelled',
    );
  }
  for (const s of report.nextSteps) {
    if (!s.date) continue;
    add(
      uid(report, 'step', s.id),
      s.date,
      w.t('report.calendar.nextStepSummary', { label: oneLine(s.label) }),
      [s.note],
      false,
    );
  }
  return calendar.toString();
}
