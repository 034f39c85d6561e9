import { test } from 'node:test';
import assert from 'node:assert/strict';
import { t, type MessageKey, type MessageParams } from '../../i18n/index.ts';
import { ApiError } from '../api/errors.ts';
import { messageOf } from './errors.ts';

const nl = (key: MessageKey, params?: MessageParams) => t('nl', key, params);

test('a server failure with its own words says them (what to install), not the general sentence', () => {
  const said = messageOf(new ApiError(503, 'pdf_unavailable', ''), nl);
  assert.equal(said, t('nl', 'error.pdf_unavailable'));
  assert.match(said, /chromium/i);
});

test('an unnamed server failure, an unknown code and a thrown non-API error get the general sentences', () => {
  assert.equal(messageOf(new ApiError(500, 'internal', ''), nl), t('nl', 'web.error.server'));
  assert.equal(messageOf(new ApiError(502, 'no_such_code_anywhere', ''), nl), t('nl', 'web.error.server'));
  assert.equal(
    messageOf(new ApiError(400, 'no_such_code_anywhere', ''), nl),
    t('nl', 'web.error.unexpected'),
  );
  assert.equal(messageOf(new Error('boom'), nl), t('nl', 'web.error.unexpected'));
});

test('no connection, too large and an edit conflict keep their own sentences', () => {
  assert.equal(messageOf(new ApiError(0, 'network', ''), nl), t('nl', 'web.error.network'));
  assert.equal(messageOf(new ApiError(413, 'too_large', ''), nl), t('nl', 'web.error.tooLarge'));
  assert.equal(messageOf(new ApiError(409, 'conflict', ''), nl), t('nl', 'web.error.conflict'));
});
