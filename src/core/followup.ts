// Follow-up of agreements: the organisation's settings, when reminders are due, and how a leader's open
// agreements are grouped. Pure: days in, days out; the scheduler and the screens ask these questions.
import { z } from 'zod';
import {
  HOLIDAY_REGIONS,
  addWorkingDays as addRegionWorkingDays,
  type HolidayRegion,
} from '../analyzer/index.ts';
import { addDays, weekday } from './calendar.ts';
import { LIMITS } from './limits.ts';
import { day, text } from './schema-helpers.ts';

export { HOLIDAY_REGIONS } from '../analyzer/index.ts';

/** Reminders at 2 working days before the deadline, on the day, and 1 and 5 working days after it. */
export const DEFAULT_REMINDER_SCHEDULE: readonly number[] = [-2, 0, 1, 5];
/** How long a participant's link works, unless the organisation chooses otherwise. */
export const DEFAULT_LINK_LIFETIME_DAYS = 30;

/** The organisation's settings for follow-up and sharing. */
export interface OrganisationSettings {
  /** Whose public holidays working days skip: the Netherlands, or Belgium for Flemish organisations. */
  holidayRegion: HolidayRegion;
  /** Working-day offsets from the deadline (negative: before it), sorted, each at most once. */
  reminderSchedule: number[];
  linkLifetimeDays: number;
}

export const organisationSettingsSchema = z.object({
  holidayRegion: z.enum(HOLIDAY_REGIONS),
  reminderSchedule: z.array(z.number().int()),
  linkLifetimeDays: z.number().int(),
});

/**
 * What an administrator may change of the organisation: its name, its general contact (shown on the page of a
 * participant's link that does not work), and the settings; the schedule is kept sorted and without repeats.
 */
export const organisationSettingsPatchSchema = z
  .object({
    name: text(LIMITS.name).refine((v) => v.length > 0, { message: 'required' }),
    contact: text(LIMITS.shortText).nullable(),
    holidayRegion: z.enum(HOLIDAY_REGIONS),
    reminderSchedule: z
      .array(z.number().int().min(-20).max(30))
      .max(8)
      .transform((offsets) => [...new Set(offsets)].sort((a, b) => a - b)),
    linkLifetimeDays: z.number().int().min(1).max(365),
  })
  .partial()
  .strict();

/** The day a reminder at `offset` working days from the deadline is due (offset 0: the deadline itself). */
export function reminderDay(deadline: string, offset: number, region: HolidayRegion): string {
  return offset === 0 ? deadline : addRegionWorkingDays(deadline, offset, region);
}

/**
 * The reminder due on `today` for an agreement: the latest offset of the schedule whose day has come. One that
 * was missed (the server was down that day) is sent late, but never more than one at a time: after a gap the
 * person gets the latest reminder, not a pile of old ones.
 */
export function dueReminder(
  deadline: string,
  today: string,
  schedule: readonly number[],
  region: HolidayRegion,
): { offset: number; dueOn: string } | null {
  let found: { offset: number; dueOn: string } | null = null;
  for (const offset of [...schedule].sort((a, b) => a - b)) {
    const dueOn = reminderDay(deadline, offset, region);
    if (dueOn <= today) found = { offset, dueOn };
  }
  return found;
}

/**
 * The window of deadlines a scheduler pass on `today` needs to look at: a reminder can be due only for a
 * deadline between the last offset's distance back and the first offset's distance ahead (in working days;
 * widened to calendar days with room for a fortnight of holidays).
 */
export function deadlineWindow(today: string, schedule: readonly number[]): { from: string; to: string } {
  const min = Math.min(0, ...schedule);
  const max = Math.max(0, ...schedule);
  const toCalendar = (workingDays: number) => Math.ceil((Math.abs(workingDays) * 7) / 5) + 14;
  return { from: addDays(today, -toCalendar(max)), to: addDays(today, toCalendar(min)) };
}

/** Where a reminder stands against the deadline: before it, on the day, or after it. */
export type ReminderMoment = 'before' | 'today' | 'after';

/** The moment of a reminder at `offset` working days from the deadline. */
export function reminderMoment(offset: number): ReminderMoment {
  return offset < 0 ? 'before' : offset === 0 ? 'today' : 'after';
}

/** Where an open agreement stands for its leader. */
export type AgreementGroup = 'overdue' | 'this_week' | 'later' | 'no_deadline';

/** The Monday of the week a day falls in. */
export function mondayOf(dayText: string): string {
  const dow = weekday(dayText);
  return addDays(dayText, dow === 0 ? -6 : 1 - dow);
}

/** Overdue (before today), this week (today up to Sunday), later, or without a deadline. */
export function groupOf(deadline: string | null, today: string): AgreementGroup {
  if (!deadline) return 'no_deadline';
  if (deadline < today) return 'overdue';
  if (deadline <= addDays(mondayOf(today), 6)) return 'this_week';
  return 'later';
}

/** One open agreement as "Mijn afspraken" shows it: no content of other conversations than the leader's own. */
export interface MyAgreement {
  id: string;
  conversationId: string;
  conversationTitle: string;
  conversationDay: string;
  action: string;
  sourceText: string;
  /** 'leader' when the leader must act ("ik moet"), else the participant's name ("ik wacht op"). */
  owner: 'leader' | 'participant' | 'nobody';
  ownerName: string;
  deadline: string | null;
  measure: string;
  group: AgreementGroup;
  /** Days past the deadline (0 when not overdue). */
  daysOverdue: number;
  /** The deadline was moved before: how often. */
  moves: number;
}

/** Marks an agreement done, with evidence: a note, a link, and the day it was done. */
export const agreementEvidenceInputSchema = z
  .object({
    note: text(LIMITS.reason).default(''),
    link: z
      .union([
        z.literal(''),
        z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).max(LIMITS.shortText * 5),
      ])
      .default(''),
    doneOn: day.nullable().default(null),
  })
  .strict();

/** Moves a deadline: the new day and why (the reason is required and kept in the history). */
export const agreementMoveInputSchema = z
  .object({
    deadline: day,
    reason: text(LIMITS.reason).refine((v) => v.length > 0, { message: 'required' }),
  })
  .strict();

/** Filters of "Mijn afspraken". */
export const myAgreementsQuerySchema = z
  .object({ side: z.enum(['all', 'mine', 'waiting']).default('all') })
  .strict();
