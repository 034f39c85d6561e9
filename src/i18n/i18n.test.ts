import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickLanguage, t, translator } from './index.ts';

test('pickLanguage honours quality values and falls back to Dutch', () => {
  assert.equal(pickLanguage(undefined), 'nl');
  assert.equal(pickLanguage('en-GB,en;q=0.9'), 'en');
  assert.equal(pickLanguage('fr, en;q=0.5, nl;q=0.8'), 'nl');
  assert.equal(pickLanguage('de'), 'nl');
  assert.equal(pickLanguage('nl;q=0, en'), 'en');
});

test('t fills placeholders and leaves unknown ones alone', () => {
  assert.equal(t('en', 'app.name'), 'Sluitstuk');
  assert.notEqual(t('nl', 'app.tagline'), t('en', 'app.tagline'));
});

test('translator fills own placeholders only, falls back to Dutch, then to the key', () => {
  const translate = translator({
    nl: { greet: 'Dag {name}, {constructor}', only: 'alleen Nederlands' },
    en: { greet: 'Hello {name}, {constructor}' } as { greet: string; only: string },
  });
  // An inherited property of the params object ({constructor}) is no parameter: the placeholder stays.
  assert.equal(translate('en', 'greet', { name: 'Anna' }), 'Hello Anna, {constructor}');
  assert.equal(translate('en', 'only'), 'alleen Nederlands');
  assert.equal(translate('nl', 'missing' as 'greet'), 'missing');
});
