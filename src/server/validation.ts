// The validator's issues as the product's field problems: a path, a code from core's VALIDATION_CODES and the
// numbers it needs ({max: 200}), so the words come from i18n in the reader's language, never from zod.
import { z } from 'zod';
import { PHONE_PATTERN, isValidationCode, type FieldProblem } from '../core/index.ts';

// zod says "expected string, received undefined" for a missing field; the product says "fill this in".
// The error map only marks that case: every other issue is read from its code and numbers below.
z.config({
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined ? 'required' : undefined,
});

/** One issue as fastify-type-provider-zod hands it over (zod's issue without code, path and message). */
export interface ValidatorIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

type Problem = Omit<FieldProblem, 'path'>;

function number(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** The most telling issue of a union: not "this is not the empty-string branch" but the real complaint. */
function fromUnion(params: Record<string, unknown>): Problem {
  const branches = (Array.isArray(params.errors) ? params.errors : []) as Record<string, unknown>[][];
  const issues = branches.flat();
  const telling = issues.find((i) => i.code !== 'invalid_value' && i.code !== 'invalid_type') ?? issues[0];
  if (!telling) return { code: 'invalid' };
  const { code, message, ...rest } = telling;
  return problemOf(String(code), typeof message === 'string' ? message : undefined, rest);
}

/** The field problem for one zod issue (its code, message and parameters). */
export function problemOf(
  code: string,
  message: string | undefined,
  params: Record<string, unknown> = {},
): Problem {
  switch (code) {
    case 'custom': {
      // Our own refinements carry a validation code as their message (schema-helpers.ts).
      if (!isValidationCode(message)) return { code: 'invalid' };
      const own = params.params as Record<string, string | number> | undefined;
      return own ? { code: message, params: own } : { code: message };
    }
    case 'invalid_type':
      if (message === 'required') return { code: 'required' };
      return params.expected === 'int' ? { code: 'not_integer' } : { code: 'invalid' };
    case 'too_big': {
      const max = number(params.maximum);
      if (params.origin === 'string') return { code: 'too_long', params: { max } };
      if (params.origin === 'array' || params.origin === 'set') return { code: 'too_many', params: { max } };
      return { code: 'number_too_large', params: { max } };
    }
    case 'too_small': {
      const min = number(params.minimum);
      if (params.origin === 'string')
        return min <= 1 ? { code: 'required' } : { code: 'too_short', params: { min } };
      if (params.origin === 'number') return { code: 'number_too_small', params: { min } };
      return { code: 'invalid' };
    }
    case 'invalid_format':
      if (params.format === 'email') return { code: 'invalid_email' };
      if (params.format === 'datetime' || params.format === 'date') return { code: 'invalid_datetime' };
      if (params.pattern === String(PHONE_PATTERN)) return { code: 'invalid_phone' };
      return { code: 'invalid' };
    case 'invalid_value':
      return { code: 'invalid_choice' };
    case 'unrecognized_keys':
      return {
        code: 'unknown_field',
        params: { keys: (Array.isArray(params.keys) ? params.keys : []).map(String).join(', ') },
      };
    case 'invalid_union':
      return fromUnion(params);
    default:
      return { code: 'invalid' };
  }
}

/** The field problems of a failed request validation; `context` is 'body', 'querystring', 'params', … */
export function fieldProblems(issues: ValidatorIssue[], context: string | undefined): FieldProblem[] {
  return issues.map((issue) => {
    const path = issue.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
    const params = issue.params ?? {};
    // An unknown key is a problem of that key, not of the object around it.
    const keys = issue.keyword === 'unrecognized_keys' && Array.isArray(params.keys) ? params.keys : [];
    const fieldPath = keys.length === 1 ? [path, String(keys[0])].filter(Boolean).join('.') : path;
    return {
      path: context && context !== 'body' ? [context, fieldPath].filter(Boolean).join('.') : fieldPath,
      ...problemOf(issue.keyword, issue.message, params),
    };
  });
}
