// A new version of the app, in Debian's Chromium: the server runs from a copy of the built app, the test
// changes its service worker, and the open app notices the new version. It asks before it reloads ("Later"
// keeps the page as it is, with what was typed), asks again at the next start, and reloads only on "Nu
// vernieuwen", into the new version, with nothing typed lost. Axe checks the prompt.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  E2E_SETUP_CODE,
  ROOT,
  expectAccessible,
  launchBrowser,
  newContext,
  startServer,
  waitSaved,
  type Server,
} from './support.ts';
import { heading, stepHeading, waitControlled } from './offline-support.ts';

const NOW = new Date('2026-11-27T10:00:00+01:00');

describe('offline: a new version of the app asks before it reloads', () => {
  let copy: string;
  let server: Server;
  let closeBrowser: () => Promise<void>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  /** Marks the page; a reload removes the mark. */
  const mark = () => page.evaluate(() => ((window as unknown as { mark: number }).mark = 1));
  const marked = () => page.evaluate(() => (window as unknown as { mark?: number }).mark === 1);

  /** Whether a new version of the service worker waits, and whether one controls the page. */
  const workers = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return {
        waiting: registration.waiting !== null,
        controlled: navigator.serviceWorker.controller !== null,
      };
    });

  /** The app looks for a new version when the network comes back (as it does hourly and on return). */
  async function lookForUpdate() {
    await context.setOffline(true);
    await context.setOffline(false);
  }

  before(async () => {
    copy = mkdtempSync(join(tmpdir(), 'sluitstuk-update-'));
    cpSync(join(ROOT, 'dist', 'web'), join(copy, 'dist', 'web'), { recursive: true });
    server = await startServer({}, { cwd: copy });
    ({ browser, close: closeBrowser } = await launchBrowser());
    context = await newContext(browser);
    page = await context.newPage();
    await page.clock.install({ time: NOW });
    page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
  });

  after(async () => {
    await closeBrowser?.();
    await server?.stop();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  test('a new version waits; "Later" keeps the page, "Nu vernieuwen" reloads into it', async () => {
    await page.goto(server.url + '/');
    await page.getByLabel('Naam van de organisatie').fill('Gemeente Voorbeeld');
    await page.getByLabel('Uw naam').fill('Anna Bakker');
    await page.getByLabel('E-mailadres').fill('anna.bakker@example.nl');
    await page.getByLabel('Wachtwoord').fill('een-lang-wachtwoord');
    await page.getByLabel('Setupcode').fill(E2E_SETUP_CODE);
    await page.getByRole('button', { name: 'Inrichten en aanmelden' }).click();
    await heading(page, 'Uw gesprekken').waitFor();
    await waitControlled(page);
    await page.getByRole('link', { name: 'Nieuw gesprek' }).first().click();
    await page.getByLabel('Soort gesprek').selectOption({ label: 'Wmo-keukentafelgesprek' });
    await page.getByRole('group', { name: 'Deelnemer 1' }).getByLabel('Naam', { exact: true }).fill('Ilse');
    await page.getByRole('button', { name: 'Gesprek aanmaken en afsluiten starten' }).click();
    await stepHeading(page, /Samenvatten/).waitFor();
    await page.getByLabel('Samenvatting').fill('Half af');
    await waitSaved(page);

    // A new version lands on the server.
    const worker = join(copy, 'dist', 'web', 'sw.js');
    appendFileSync(worker, '\n// a new version\n');
    rmSync(worker + '.br', { force: true });
    rmSync(worker + '.gz', { force: true });
    await mark();
    await lookForUpdate();
    const prompt = page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie van Sluitstuk' });
    await prompt.waitFor();
    await expectAccessible(page, 'a new version waits');
    // The leader types on, then says "later": nothing reloads, nothing is lost.
    await page.getByLabel('Samenvatting').fill('Half af, en verder getypt');
    await prompt.getByRole('button', { name: 'Later' }).click();
    await prompt.waitFor({ state: 'hidden' });
    assert.equal(await marked(), true, 'the page was not reloaded');
    assert.equal(await page.getByLabel('Samenvatting').inputValue(), 'Half af, en verder getypt');
    await waitSaved(page);

    // The next start asks again; only the leader's yes reloads, into the new version.
    await page.reload();
    await stepHeading(page, /Samenvatten/).waitFor();
    await prompt.waitFor();
    assert.deepEqual(await workers(), { waiting: true, controlled: true }, 'the new version waits');
    await mark();
    await prompt.getByRole('button', { name: 'Nu vernieuwen' }).click();
    await page.waitForFunction(() => (window as unknown as { mark?: number }).mark !== 1);
    await stepHeading(page, /Samenvatten/).waitFor();
    assert.equal(await page.getByLabel('Samenvatting').inputValue(), 'Half af, en verder getypt');
    assert.deepEqual(await workers(), { waiting: false, controlled: true }, 'the new version runs');
    assert.equal(await prompt.count(), 0);
  });
});
