// Every page of the web app in Dutch and in English: no English words on the Dutch page and no Dutch on the
// English one, in what is shown and what is read out (aria-label, title, the document title). The pages are
// those of the router's own table (src/web/app/routes.ts), so a page added there is checked here too; the
// signed-out pages, the not-found page and the states with messages (errors, refused input, an analysis) are
// added by hand. What people typed and the organisation's own data (conversation types) are not checked:
// they are in whatever language they were written. Every state is checked with axe as well.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { STEP_KEYS } from '../../src/core/index.ts';
import { allMessages, type Lang } from '../../src/i18n/index.ts';
import * as practiceWeb from '../../src/i18n/messages/practice-web.ts';
import { ROUTES, type ParamKind } from '../../src/web/app/routes.ts';
import {
  E2E_SETUP_CODE,
  expectAccessible,
  launchBrowser,
  newContext,
  startServer,
  type Server,
} from './support.ts';
import { asOtherTab, at } from './flows.ts';

const NOW = new Date('2026-11-27T10:00:00+01:00');
const TRANSCRIPT = join(import.meta.dirname, 'fixtures', 'keukentafel.txt');

/** The words of a text, lower case. */
function wordsOf(text: string): string[] {
  return (text.match(/\p{L}[\p{L}'’]*/gu) ?? []).map((w) => w.toLowerCase());
}

/** The words a language's messages use, without placeholder names and plural selectors. */
function dictionaryWords(lang: Lang): Set<string> {
  const words = new Set<string>();
  // The practice screens' texts load with their own chunk, outside allMessages.
  for (const message of [...Object.values(allMessages(lang)), ...Object.values(practiceWeb[lang])]) {
    const prose = message
      .replace(/\{\s*\w+\s*\}/g, ' ')
      .replace(/\{\s*\w+\s*,\s*plural\s*,/g, '{')
      .replace(/(=\d+|zero|one|two|few|many|other)\s*\{/g, '{');
    for (const word of wordsOf(prose)) words.add(word);
  }
  return words;
}

const nlDictionary = dictionaryWords('nl');
const enDictionary = dictionaryWords('en');
// Common words a text in the other language can hardly do without, for text that never went through i18n
// (a validator's "Invalid input", a hard-coded label): caught even if no message of ours uses the word.
const DUTCH_MARKERS = [
  'de',
  'het',
  'een',
  'en',
  'van',
  'niet',
  'u',
  'uw',
  'dit',
  'deze',
  'met',
  'voor',
  'nog',
  'geen',
];
const ENGLISH_MARKERS = [
  'the',
  'and',
  'to',
  'you',
  'your',
  'this',
  'with',
  'for',
  'not',
  'please',
  'invalid',
];
const foreign: Record<Lang, Set<string>> = {
  nl: new Set([...[...enDictionary].filter((w) => !nlDictionary.has(w)), ...ENGLISH_MARKERS]),
  en: new Set([...[...nlDictionary].filter((w) => !enDictionary.has(w)), ...DUTCH_MARKERS]),
};

describe('every page speaks one language at a time', () => {
  let server: Server;
  let closeBrowser: () => Promise<void>;
  let page: Page;
  /** Words of what people typed and of the organisation's data, in whatever language they wrote it. */
  // The SMART letters stand on their own beside each agreement in both languages: words of neither.
  const data = new Set<string>(['s', 'm', 'a', 'r', 't']);
  /** The text of the page last read, for the context of a stray word. */
  let lastText = '';
  const ids: Record<ParamKind, string[]> = { conversation: [], step: [...STEP_KEYS], scenario: [], card: [] };

  function addData(value: unknown): void {
    if (typeof value === 'string') for (const word of wordsOf(value)) data.add(word);
    else if (Array.isArray(value)) value.forEach(addData);
    else if (value && typeof value === 'object') Object.values(value).forEach(addData);
  }

  /** Everything on the page a person sees or hears, in words. */
  async function pageWords(): Promise<string[]> {
    const text = await page.evaluate(() => {
      const attributes = [
        ...document.querySelectorAll('[aria-label], [title], [alt], [placeholder]'),
      ].flatMap((el) =>
        ['aria-label', 'title', 'alt', 'placeholder'].map((name) => el.getAttribute(name) ?? ''),
      );
      // Content marked as written in another language (a practice scenario in English) is not the page's.
      const pageLang = document.documentElement.lang;
      const marked = [...document.body.querySelectorAll<HTMLElement>('[lang]')]
        .filter(
          (el) =>
            el.lang && el.lang !== pageLang && !el.parentElement?.closest(`[lang]:not([lang="${pageLang}"])`),
        )
        .map((el) => el.innerText);
      return { all: [document.title, document.body.innerText, ...attributes].join('\n'), marked };
    });
    const words = wordsOf(text.all);
    for (const word of text.marked.flatMap(wordsOf)) {
      const index = words.indexOf(word);
      if (index >= 0) words.splice(index, 1);
    }
    lastText = text.all;
    return words;
  }

  /** Where a stray word stands on the page, to find its source quickly. */
  function contextOf(word: string): string {
    const at = lastText.toLowerCase().search(new RegExp(`(^|[^\\p{L}'’])${word}($|[^\\p{L}'’])`, 'u'));
    return at < 0 ? word : `${word}: …${lastText.slice(Math.max(0, at - 40), at + word.length + 40)}…`;
  }

  async function settled(): Promise<void> {
    // The record holds the participants' printed version too, hidden until printed: the visible heading counts.
    await page.locator('main h1:visible').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('main .loading'));
  }

  /** Checks the page as it is in `lang`: no word of the other language that is not data. */
  async function expectOnly(lang: Lang, state: string): Promise<void> {
    assert.equal(await page.locator('html').getAttribute('lang'), lang, `${state}: <html lang>`);
    const strays = [...new Set((await pageWords()).filter((w) => foreign[lang].has(w) && !data.has(w)))];
    assert.deepEqual(
      strays,
      [],
      `${state} in ${lang}: words of the other language (${strays.map(contextOf).join(' | ')})`,
    );
    await expectAccessible(page, `${state} (${lang})`);
  }

  /** The page in Dutch, then switched to English with the header's button, then back. */
  async function inBothLanguages(state: string, ready: () => Promise<void> = settled): Promise<void> {
    await ready().catch((error: Error) => assert.fail(`${state}: ${error.message}`));
    await expectOnly('nl', state);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await ready();
    await expectOnly('en', state);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.locator('html[lang="nl"]').waitFor({ state: 'attached' });
  }

  before(async () => {
    server = await startServer();
    ({ close: closeBrowser } = await launchBrowser().then(async (launched) => {
      const context = await newContext(launched.browser);
      page = await context.newPage();
      await page.clock.install({ time: NOW });
      page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
      return launched;
    }));
  });

  after(async () => {
    await closeBrowser?.();
    await server?.stop();
  });

  test('first start and signing in', async () => {
    await page.goto(server.url + '/');
    await inBothLanguages('setup');
    await page.getByRole('button', { name: 'Inrichten en aanmelden' }).click();
    await inBothLanguages('setup with errors');
    await page.getByLabel('Naam van de organisatie').fill('Gemeente Voorbeeld');
    await page.getByLabel('Uw naam').fill('Anna Bakker');
    await page.getByLabel('E-mailadres').fill('anna.bakker@example.nl');
    await page.getByLabel('Wachtwoord').fill('een-lang-wachtwoord');
    await page.getByLabel('Setupcode').fill(E2E_SETUP_CODE);
    await page.getByRole('button', { name: 'Inrichten en aanmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uw gesprekken' }).waitFor();
    addData(['Gemeente Voorbeeld', 'Anna Bakker', 'anna.bakker@example.nl']);

    // The organisation's conversation types (seeded in Dutch) are its own data.
    addData(await (await page.request.get(at(page, '/api/conversation-types'))).json());
    // Two conversations to show: one being closed, one finished.
    const types = (await (await page.request.get(at(page, '/api/conversation-types'))).json()) as {
      id: string;
      key: string;
    }[];
    const typeId = types.find((t) => t.key === 'wmo-keukentafelgesprek')!.id;
    const session = (await (await page.request.get(at(page, '/api/auth/session'))).json()) as {
      csrfToken: string;
    };
    for (const title of ['Ilse Jansen', 'Kees Bakker']) {
      const response = await page.request.post(at(page, '/api/conversations'), {
        headers: { 'x-csrf-token': session.csrfToken },
        data: {
          typeId,
          title,
          startsAt: '2026-11-27T10:00:00+01:00',
          mode: 'in_person',
          participants: [{ name: title, email: 'ilse@example.nl', contactConsent: true }],
        },
      });
      assert.equal(response.status(), 201);
      const conversation = (await response.json()) as { id: string; participants: { id: string }[] };
      ids.conversation.push(conversation.id);
      const base = `/api/conversations/${conversation.id}`;
      const owner = conversation.participants[0]!.id;
      assert.equal(
        await asOtherTab(page, 'POST', `${base}/agreements`, {
          sourceText: `${title} belt maandag`,
          owner,
          deadline: '2026-11-30',
        }),
        201,
      );
      assert.equal(
        await asOtherTab(page, 'POST', `${base}/questions`, { text: 'Traplift?', state: 'follow_up' }),
        201,
      );
      const skip = await page.request.put(at(page, `${base}/steps/feedback`), {
        headers: { 'x-csrf-token': session.csrfToken },
        data: { state: 'skipped', skipReason: 'moe' },
      });
      assert.equal(skip.status(), 200);
    }
    assert.equal(
      await asOtherTab(page, 'POST', `/api/conversations/${ids.conversation[1]}/finish`, { force: true }),
      200,
    );
    for (const id of ids.conversation) {
      addData(await (await page.request.get(at(page, `/api/conversations/${id}`))).json());
    }
    // The practice scenarios and preparation cards: content in its own language, marked with `lang` on screen.
    const getJson = async (path: string) => (await page.request.get(at(page, path))).json();
    // Their titles name the page in the tab (document.title cannot be marked with a language): data too.
    for (const scenario of (await getJson('/api/practice/scenarios')) as { id: string; title: string }[]) {
      ids.scenario.push(scenario.id);
      addData(scenario.title);
    }
    for (const card of (await getJson('/api/practice/cards')) as { id: string; title: string }[]) {
      ids.card.push(card.id);
      addData(card.title);
    }
  });

  test("every page of the router's table, with every parameter, in both languages", async () => {
    const paths: string[] = [];
    for (const route of ROUTES) {
      let variants: Record<string, string>[] = [{}];
      for (const [name, kind] of Object.entries(route.params ?? {})) {
        const values = ids[kind];
        assert.ok(
          values?.length,
          `the language test has no values for :${name} (${kind}) of ${route.pattern}`,
        );
        const optional = route.pattern.includes(`:${name}?`);
        variants = variants.flatMap((v) => [
          ...(optional ? [v] : []),
          ...values.map((value) => ({ ...v, [name]: value })),
        ]);
      }
      for (const params of variants) {
        const path = route.pattern
          .split('/')
          .map((part) => (part.startsWith(':') ? (params[part.replace(/^:|\?$/g, '')] ?? '') : part))
          .filter((part, index) => index === 0 || part !== '')
          .join('/');
        paths.push(path || '/');
      }
    }
    assert.ok(paths.length >= ROUTES.length + STEP_KEYS.length, 'every route and step');
    for (const path of paths) {
      await page.goto(server.url + path);
      await inBothLanguages(path);
    }
    await page.goto(server.url + '/no-such-page');
    await inBothLanguages('not found');
  });

  test('messages: a refused input, a form with errors, an analysis', async () => {
    // Held back as too long: the message follows the language on screen.
    await page.goto(`${server.url}/conversations/${ids.conversation[0]}/close/summary`);
    await settled();
    await page.getByLabel('Samenvatting').fill('x'.repeat(20_001));
    await page.locator('.held').waitFor();
    await inBothLanguages('summary too long');
    await page.getByLabel('Samenvatting').fill('');
    // A form with every kind of error.
    await page.goto(`${server.url}/conversations/new`);
    await settled();
    const first = page.getByRole('group', { name: 'Deelnemer 1' });
    await first.getByLabel('E-mailadres (niet verplicht)').fill('geen-adres');
    await page.getByLabel('Titel').fill('');
    await page.getByRole('button', { name: 'Gesprek aanmaken en afsluiten starten' }).click();
    await page.locator('.field__error').first().waitFor();
    await inBothLanguages('new conversation with errors');
    // An analysis: the tips come in the language on screen, also after switching.
    addData(readFileSync(TRANSCRIPT, 'utf8'));
    await page.goto(`${server.url}/analyse`);
    await settled();
    await page.getByLabel('Transcript', { exact: true }).setInputFiles(TRANSCRIPT);
    await page.getByRole('button', { name: 'Analyseren' }).click();
    const done = async () => {
      await page.locator('.analysis').waitFor();
      await page.waitForFunction(() => !document.querySelector('main .loading'));
    };
    await inBothLanguages('analysis result', done);
    // Signed out.
    // The new-conversation form above was left half typed: signing out names it and asks before erasing.
    await page.getByRole('button', { name: 'Afmelden' }).first().click();
    const ask = page.getByRole('dialog', { name: 'Nog niet alles staat op de server' });
    await ask.waitFor();
    await expectOnly('nl', 'sign-out question');
    await ask.getByRole('button', { name: 'Toch afmelden en wissen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await inBothLanguages('login');
  });
});
