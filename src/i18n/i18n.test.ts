import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VALIDATION_CODES } from '../core/index.ts';
import {
  allMessages,
  analyzerText,
  isMessageKey,
  pickLanguage,
  placeholdersOf,
  t,
  translator,
} from './index.ts';
import * as practiceWeb from './messages/practice-web.ts';

/** Every dictionary of a language: the app's and the practice screens' own (loaded with their chunk). */
function everyMessage(lang: 'nl' | 'en'): [string, string][] {
  return [...Object.entries(allMessages(lang)), ...Object.entries(practiceWeb[lang])];
}

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

test('plurals follow the language: one and other, exact matches first, numbers written as the language does', () => {
  assert.equal(t('nl', 'web.timebox.of', { minutes: 1 }), 'van 1 minuut');
  assert.equal(t('nl', 'web.timebox.of', { minutes: 5 }), 'van 5 minuten');
  assert.equal(t('en', 'web.timebox.of', { minutes: 1 }), 'of 1 minute');
  assert.equal(t('nl', 'web.list.count', { count: 0 }), 'Geen gesprekken');
  assert.equal(t('nl', 'web.list.count', { count: 1 }), '1 gesprek');
  assert.equal(t('en', 'web.list.count', { count: 2 }), '2 conversations');
  assert.equal(t('nl', 'form.counter.left', { count: 20000 }), 'Nog 20.000 tekens');
  assert.equal(t('en', 'form.counter.over', { count: 1 }), '1 character too many');
});

test('no message writes a plural as "(s)", "(en)" or "(ken)": the plural forms choose', () => {
  for (const lang of ['nl', 'en'] as const) {
    for (const [key, text] of everyMessage(lang)) {
      assert.doesNotMatch(text, /\p{L}\((s|en|ken|n|es)\)/u, `${lang} ${key}: ${text}`);
    }
  }
});

test('every plural has an "other" form, and both languages use the same placeholders', () => {
  const nl = new Map(everyMessage('nl'));
  const en = new Map(everyMessage('en'));
  for (const [key, nlText] of nl) {
    const enText = en.get(key) ?? '';
    assert.deepEqual(placeholdersOf(enText), placeholdersOf(nlText), key);
    for (const text of [nlText, enText]) {
      for (const match of text.matchAll(/\{\s*\w+\s*,\s*plural\s*,/g)) {
        assert.match(text.slice(match.index), /other\s*\{/, `${key}: a plural without "other"`);
      }
    }
  }
});

test('every validation code the API sends has words in both languages', () => {
  for (const code of VALIDATION_CODES) {
    assert.ok(isMessageKey(`validation.${code}`), code);
    assert.notEqual(t('nl', `validation.${code}`), t('en', `validation.${code}`), code);
  }
});

test('an example deadline in a hint is the day it names, written out; without a day only a weekday', () => {
  assert.match(
    analyzerText('nl', 'hint', 'deadline_vague', { term: 'binnenkort', example: '2026-12-04' }),
    /"uiterlijk vrijdag 4 december"/,
  );
  assert.match(
    analyzerText('en', 'hint', 'deadline_missing', { example: '2027-01-08' }),
    /"by Friday 8 January"/,
  );
  const bare = analyzerText('nl', 'hint', 'deadline_vague', { term: 'binnenkort' });
  assert.match(bare, /"uiterlijk vrijdag"/);
  assert.doesNotMatch(bare, /\d|\{/);
  assert.match(
    analyzerText('nl', 'hint', 'weekday_mismatch', { phrase: 'vrijdag 12 december', weekday: 6 }),
    /zaterdag/,
  );
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
