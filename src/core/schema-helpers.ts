// Small zod building blocks used by every schema of the domain.
import { z } from 'zod';
import { isValidDay } from './calendar.ts';

// A high surrogate not followed by a low one, or a low one without a high one before it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// Control characters other than tab and newline have no place in what people type.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * The length of a text as every side counts it: Unicode code points (an emoji is one, as in the database's
 * length()), not UTF-16 code units (where it is two). The form, the API and the database agree on this.
 */
export function characterCount(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/**
 * True when the text is well-formed Unicode: no lone surrogate, which no database can store as it is (it
 * would come back as U+FFFD, silently altered).
 */
export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/** A string that is well-formed Unicode (passwords, e-mail addresses, anything stored as given). */
export const wellFormed = z.string().refine(isWellFormedText, { message: 'ill_formed_text' });

/**
 * A trimmed single- or multi-line text of at most `max` characters (code points, see characterCount),
 * well-formed and without control characters.
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
  .union([
    z.literal(''),
    z
      .string()
      .max(40)
      .regex(/^[+0-9 ()-]{3,40}$/),
  ])
  .nullish()
  .transform((value) => (value ? value.trim() : null));
