import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { z } from 'zod';
import {
  agreementInputSchema,
  conversationInputSchema,
  participantInputSchema,
  passwordChangeSchema,
  questionRoundInputSchema,
  summaryInputSchema,
} from '../core/index.ts';
import { t } from '../i18n/index.ts';
import { fieldProblems, type ValidatorIssue } from './validation.ts';

/** The issues as fastify-type-provider-zod hands them to the error handler. */
function issuesOf(schema: z.ZodType, input: unknown): ValidatorIssue[] {
  const result = schema.safeParse(input);
  assert.equal(result.success, false);
  return result.error!.issues.map(({ code, path, message, ...params }) => ({
    keyword: code,
    instancePath: `/${path.join('/')}`,
    message,
    params,
  }));
}

test('every kind of zod issue becomes a product code with its numbers, never zod English', () => {
  const problems = [
    ...fieldProblems(
      issuesOf(participantInputSchema, {
        name: '',
        email: 'geen adres',
        phone: 'x',
        contactConsent: true,
        extra: 1,
      }),
      'body',
    ),
    ...fieldProblems(issuesOf(participantInputSchema, {}), 'body'),
    ...fieldProblems(
      issuesOf(conversationInputSchema, {
        typeId: 'a',
        title: 'x'.repeat(201),
        startsAt: 'morgen',
        mode: 'bus',
      }),
      'body',
    ),
    ...fieldProblems(issuesOf(questionRoundInputSchema, { targetMinutes: 0.5 }), 'body'),
    ...fieldProblems(issuesOf(questionRoundInputSchema, { targetMinutes: 99 }), 'body'),
    ...fieldProblems(
      issuesOf(agreementInputSchema, { deadline: '2026-02-30', acceptedBy: Array(51).fill('a') }),
      'body',
    ),
    ...fieldProblems(issuesOf(summaryInputSchema, { text: 'half \ud83d' }), 'body'),
    ...fieldProblems(issuesOf(summaryInputSchema, { text: 'bel\u0007' }), 'body'),
    ...fieldProblems(issuesOf(passwordChangeSchema, { currentPassword: 'x', newPassword: 'kort' }), 'body'),
  ];
  const byPath = (path: string) =>
    problems.filter((p) => p.path === path).map(({ code, params }) => ({ code, params }));
  assert.deepEqual(byPath('name'), [
    { code: 'required', params: undefined },
    { code: 'required', params: undefined },
  ]);
  assert.deepEqual(byPath('email'), [{ code: 'invalid_email', params: undefined }]);
  assert.deepEqual(byPath('phone'), [{ code: 'invalid_phone', params: undefined }]);
  assert.deepEqual(byPath('extra'), [{ code: 'unknown_field', params: { keys: 'extra' } }]);
  assert.deepEqual(byPath('title'), [{ code: 'too_long', params: { max: 200 } }]);
  assert.deepEqual(byPath('startsAt'), [{ code: 'invalid_datetime', params: undefined }]);
  assert.deepEqual(byPath('mode'), [{ code: 'invalid_choice', params: undefined }]);
  assert.deepEqual(byPath('targetMinutes'), [
    { code: 'not_integer', params: undefined },
    { code: 'number_too_large', params: { max: 60 } },
  ]);
  assert.deepEqual(byPath('deadline'), [{ code: 'invalid_date', params: undefined }]);
  assert.deepEqual(byPath('acceptedBy'), [{ code: 'too_many', params: { max: 50 } }]);
  assert.deepEqual(byPath('text'), [
    { code: 'ill_formed_text', params: undefined },
    { code: 'control_characters', params: undefined },
  ]);
  assert.deepEqual(byPath('newPassword'), [{ code: 'too_short', params: { min: 10 } }]);
  // Every code has words in both languages, with the numbers filled in.
  for (const problem of problems) {
    for (const lang of ['nl', 'en'] as const) {
      const message = t(lang, `validation.${problem.code}`, problem.params);
      assert.doesNotMatch(message, /\{|Invalid|expected|received/, message);
    }
  }
  assert.match(t('nl', 'validation.too_long', { max: 20000 }), /hooguit 20\.000 tekens/);
  assert.match(t('en', 'validation.too_long', { max: 1 }), /at most 1 character\./);
});

test('paths outside the body say where they are', () => {
  const [problem] = fieldProblems(
    [{ keyword: 'invalid_value', instancePath: '/step', message: 'x', params: { values: ['summary'] } }],
    'params',
  );
  assert.deepEqual(problem, { path: 'params.step', code: 'invalid_choice' });
});
