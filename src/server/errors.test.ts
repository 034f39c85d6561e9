import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError, ERROR_CODES, type ErrorCode } from '../core/index.ts';
import { t } from '../i18n/index.ts';
import { toAppError } from './errors.ts';

test('every error code has its own Dutch and English message', () => {
  for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
    const nl = t('nl', `error.${code}`);
    const en = t('en', `error.${code}`);
    assert.ok(nl && en && nl !== `error.${code}`, code);
    assert.notEqual(nl, en, code);
  }
});

test("Fastify's own errors become the product's codes", () => {
  const cases: [unknown, ErrorCode | null][] = [
    [
      Object.assign(new Error('x'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }),
      'payload_too_large',
    ],
    [
      Object.assign(new Error('x'), { code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 }),
      'unsupported_media_type',
    ],
    [Object.assign(new SyntaxError('Unexpected token'), { statusCode: 400 }), 'malformed_json'],
    [Object.assign(new Error('x'), { statusCode: 429 }), 'rate_limited'],
    [new AppError('agreement_not_found'), 'agreement_not_found'],
    [new Error('database exploded'), null],
  ];
  for (const [error, code] of cases) assert.equal(toAppError(error)?.code ?? null, code);
});
