// What each field of the web app accepts, from core's LIMITS and text rules: the same numbers and the same
// counting as the API's schemas (src/web/lib/rules.test.ts checks every rule against its schema), so a form
// says what is wrong before it sends, beside the field, and never sends what the server would refuse.
import {
  EMAIL_PATTERN,
  LIMITS,
  PHONE_PATTERN,
  characterCount,
  isValidDay,
  isWellFormedText,
  textProblem,
  type FieldProblem,
} from '../../core/index.ts';

export type Problem = Omit<FieldProblem, 'path'>;

/** One field's rule. */
export type Rule =
  | { kind: 'text'; max: number; required?: boolean }
  | { kind: 'email'; required?: boolean }
  | { kind: 'phone' }
  | { kind: 'password'; min: number; max: number }
  | { kind: 'day' }
  | { kind: 'integer'; min: number; max: number };

const text = (max: number, required = false): Rule => ({ kind: 'text', max, required });

/** The rules by the name of what is typed. */
export const RULES = {
  personName: text(LIMITS.name, true),
  organisationName: text(LIMITS.name, true),
  role: text(LIMITS.shortText),
  email: { kind: 'email', required: true },
  optionalEmail: { kind: 'email' },
  phone: { kind: 'phone' },
  password: { kind: 'password', min: LIMITS.password.min, max: LIMITS.password.max },
  title: text(LIMITS.shortText, true),
  search: text(LIMITS.shortText),
  cardName: text(LIMITS.name),
  cardLine: text(LIMITS.shortText),
  summary: text(LIMITS.longText),
  correction: text(LIMITS.text),
  agreementText: text(LIMITS.text),
  measure: text(LIMITS.text),
  statusNote: text(LIMITS.reason),
  reopenReason: text(LIMITS.reason, true),
  skipReason: text(LIMITS.reason, true),
  expectationLabel: text(LIMITS.shortText, true),
  note: text(LIMITS.text),
  question: text(LIMITS.text, true),
  answer: text(LIMITS.text),
  feedbackNotes: text(LIMITS.longText),
  closingMessage: text(LIMITS.text),
  day: { kind: 'day' },
  minutes: { kind: 'integer', min: 1, max: 60 },
} as const satisfies Record<string, Rule>;

export type RuleName = keyof typeof RULES;

/** What is wrong with a value for a rule, or null when the API will take it. */
export function problemOf(value: unknown, rule: Rule): Problem | null {
  switch (rule.kind) {
    case 'text':
      return textProblem(typeof value === 'string' ? value : '', rule);
    case 'email': {
      const typed = typeof value === 'string' ? value.trim() : '';
      if (!typed) return rule.required ? { code: 'required' } : null;
      if (!isWellFormedText(typed)) return { code: 'ill_formed_text' };
      if (typed.length > LIMITS.email) return { code: 'too_long', params: { max: LIMITS.email } };
      return EMAIL_PATTERN.test(typed) ? null : { code: 'invalid_email' };
    }
    case 'phone': {
      const typed = typeof value === 'string' ? value : '';
      if (!typed) return null;
      return PHONE_PATTERN.test(typed) ? null : { code: 'invalid_phone' };
    }
    case 'password': {
      // The API counts a password in UTF-16 units (zod's .min/.max), so the form does too.
      const typed = typeof value === 'string' ? value : '';
      if (!typed) return { code: 'required' };
      if (typed.length < rule.min) return { code: 'too_short', params: { min: rule.min } };
      if (typed.length > rule.max) return { code: 'too_long', params: { max: rule.max } };
      return null;
    }
    case 'day':
      return value === null ||
        value === undefined ||
        value === '' ||
        (typeof value === 'string' && isValidDay(value))
        ? null
        : { code: 'invalid_date' };
    case 'integer': {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isInteger(n)) return { code: 'not_integer' };
      if (n < rule.min) return { code: 'number_too_small', params: { min: rule.min } };
      if (n > rule.max) return { code: 'number_too_large', params: { max: rule.max } };
      return null;
    }
  }
}

/** Characters left (negative when over) for a text rule; null for rules without a length to show. */
export function roomLeft(value: string, rule: Rule): number | null {
  return rule.kind === 'text' ? rule.max - characterCount(value) : null;
}

/** Problems of a form's values by field name, in the order of the fields; empty when all is well. */
export function problemsOf<K extends string>(
  values: Record<K, unknown>,
  rules: Partial<Record<K, Rule>>,
): Partial<Record<K, Problem>> {
  const found: Partial<Record<K, Problem>> = {};
  for (const field of Object.keys(rules) as K[]) {
    const problem = problemOf(values[field], rules[field]!);
    if (problem) found[field] = problem;
  }
  return found;
}
