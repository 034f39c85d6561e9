// Upper bounds on what people type, and the rules that check a typed text, in one place for the API's zod
// schemas and for the web app's forms, so both count the same way and refuse the same things before sending.
// This file imports nothing: the browser bundle takes it without zod.

export const LIMITS = {
  name: 200,
  email: 254,
  phone: 40,
  shortText: 200,
  reason: 500,
  text: 5_000,
  longText: 20_000,
  password: { min: 10, max: 200 },
  participants: 50,
  agreements: 100,
  expectations: 50,
  questions: 100,
  nextStepTemplates: 20,
  feedbackQuestions: 10,
  transcriptBytes: 10 * 1024 * 1024,
} as const;

/** Why a field's value is refused: the codes of `details.fields[].code`, translated as 'validation.<code>'. */
export const VALIDATION_CODES = [
  'required',
  'too_long',
  'too_short',
  'too_many',
  'number_too_small',
  'number_too_large',
  'not_integer',
  'invalid_email',
  'invalid_phone',
  'invalid_date',
  'invalid_datetime',
  'control_characters',
  'ill_formed_text',
  'consent_required',
  'wrong_password',
  'invalid_choice',
  'unknown_field',
  'invalid',
] as const;

export type ValidationCode = (typeof VALIDATION_CODES)[number];

/** One refused field: where (a dotted path such as 'participants.0.email'), why, and the numbers in the why. */
export interface FieldProblem {
  path: string;
  code: ValidationCode;
  params?: Record<string, string | number>;
}

/** True when the value is one of the validation codes. */
export function isValidationCode(value: unknown): value is ValidationCode {
  return typeof value === 'string' && (VALIDATION_CODES as readonly string[]).includes(value);
}

// Control characters other than tab and newline have no place in what people type.
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

// A high surrogate not followed by a low one, or a low one without a high one before it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** An e-mail address as the API accepts it (the same pattern as zod's z.email(); a test keeps them equal). */
// Written exactly as zod writes it, escapes included, so the two sources compare equal.
export const EMAIL_PATTERN =
  // eslint-disable-next-line no-useless-escape
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** A phone number: digits, spaces and + - ( ) only, 3 to 40 of them. */
export const PHONE_PATTERN = /^[+0-9 ()-]{3,40}$/;

/**
 * The length of a text as every side counts it: Unicode code points (an emoji is one, as the database's
 * length() counts), not UTF-16 code units (where it is two).
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

/** True when the text is well-formed Unicode: no lone surrogate (a database would store it altered). */
export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/**
 * What is wrong with a typed text for a field of at most `max` characters, in the order the API checks it
 * (schema-helpers' text() and requiredText()); null when the API will take it.
 */
export function textProblem(
  value: string,
  rule: { max: number; required?: boolean },
): Omit<FieldProblem, 'path'> | null {
  if (!isWellFormedText(value)) return { code: 'ill_formed_text' };
  if (characterCount(value) > rule.max) return { code: 'too_long', params: { max: rule.max } };
  if (CONTROL_CHARACTERS.test(value)) return { code: 'control_characters' };
  if (rule.required && value.trim() === '') return { code: 'required' };
  return null;
}
