import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickLanguage, t } from './index.ts';

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
