// Small zod building blocks used by every schema of the domain.
import { z } from 'zod';
import { isValidDay } from './calendar.ts';
import { CONTROL_CHARACTERS, PHONE_PATTERN, characterCount, isWellFormedText } from './limits.ts';

/** A string that is well-formed Unicode (passwords, e-mail addresses, anything stored as given). */
export const wellFormed = z.string().refine(isWellFormedText, { message: 'ill_formed_text' });

/**
 * A trimmed single- or multi-line text of at most `max` characters (code points, see characterCount),
 * well-formed and without control characters. limits.ts' textProblem() says the same to the web app.
 */
export function text(max: number) {
  return z
    .string()
    .refine(isWellFormedText, { message: 'ill_formed_text', abort: true })
    .refine((value) => characterCount(value) <= max, { message: 'too_long', params: { max } })
    .refine((value) => !CONTROL_CHARACTERS.test(value), { message: 'control_characters' })
    .transform((value) => value.trim());
}

/** Like text(), but must not be empty after trimming. */
export function requiredText(max: number) {
  return text(max).refine((value) => value.length > 0, { message: 'required' });
}

/** A day 'YYYY-MM-DD' that exists in the calendar. */
export const day = z.string().max(10).refine(isValidDay, { message: 'invalid_date' });

/** An instant in ISO 8601 with a time zone offset, e.g. 2026-11-27T14:30:00+01:00. */
export const instant = z.iso.datetime({ offset: true });

/** An id as issued by the product. */
export const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** An e-mail address, or empty/absent. */
export const optionalEmail = z
  .union([z.literal(''), z.email().max(254)])
  .nullish()
  .transform((value) => (value ? value : null));

/** A phone number (digits, spaces and + - ( ) only), or empty/absent. */
export const optionalPhone = z
  .union([z.literal(''), z.string().max(40).regex(PHONE_PATTERN)])
  .nullish()
  .transform((value) => (value ? value.trim() : null));
