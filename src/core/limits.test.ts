import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { z } from 'zod';
import { EMAIL_PATTERN, characterCount, textProblem } from './limits.ts';
import { requiredText, text } from './schema-helpers.ts';

test('characterCount counts code points: an emoji is one, a lone surrogate is one', () => {
  assert.equal(characterCount('abc'), 3);
  assert.equal(characterCount('👍🏽'), 2);
  assert.equal(characterCount('a\ud83d'), 2);
  assert.equal(characterCount(''), 0);
});

// The web app checks a text with textProblem before sending; the API with the zod schema. They must agree on
// every string, including emoji at the limit, lone surrogates and control characters.
test('textProblem says what the API schema says, for any string', () => {
  const pieces = fc.constantFrom(
    'a',
    ' ',
    '\n',
    '\t',
    'é',
    '😀',
    '\ud800',
    '\udc00',
    '\u0007',
    '\u007f',
    '𝄞',
  );
  fc.assert(
    fc.property(
      fc.array(pieces, { maxLength: 14 }),
      fc.integer({ min: 0, max: 10 }),
      fc.boolean(),
      (parts, max, required) => {
        const value = parts.join('');
        const schema = required ? requiredText(max) : text(max);
        const api = schema.safeParse(value);
        const web = textProblem(value, { max, required });
        assert.equal(web === null, api.success, `${JSON.stringify(value)} max ${max}`);
        if (!api.success) assert.equal(web!.code, api.error.issues[0]!.message);
      },
    ),
    { numRuns: 3000 },
  );
});

test("the web's e-mail pattern is zod's", () => {
  assert.equal(EMAIL_PATTERN.source, z.regexes.email.source);
});
