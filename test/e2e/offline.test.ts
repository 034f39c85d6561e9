// Offline use in Debian's Chromium against the real server: after one online sign-in the app opens, reloads
// and works without a network (context.setOffline), a whole closing is done offline, over a reload and in a
// new tab, and once the network is back the server holds all of it. Axe checks every state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  E2E_SETUP_CODE,
  expectAccessible,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  type Server,
} from './support.ts';
import {
  apiGet,
  connectionStatus,
  dismissStorageNotice,
  heading,
  markDone,
  nextStep,
  stepHeading,
  waitControlled,
} from './offline-support.ts';

const NOW = new Date('2026-11-27T10:00:00+01:00');
const EMAIL = 'anna.bakker@example.nl';
const PASSWORD = 'een-lang-wachtwoord';

describe('offline: a whole closing without a network', () => {
  let server: Server;
  let closeBrowser: () => Promise<void>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    server = await startServer();
    ({ browser, close: closeBrowser } = await launchBrowser());
    context = await newContext(browser);
    page = await context.newPage();
    await page.clock.install({ time: NOW });
    page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
  });

  after(async () => {
    await closeBrowser?.();
    await server?.stop();
  });

  test('one online sign-in makes the app installable and ready for offline use', async () => {
    await page.goto(server.url + '/');
    await heading(page, 'Sluitstuk inrichten').waitFor();
    await page.getByLabel('Naam van de organisatie').fill('Gemeente Voorbeeld');
    await page.getByLabel('Uw naam').fill('Anna Bakker');
    await page.getByLabel('E-mailadres').fill(EMAIL);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByLabel('Setupcode').fill(E2E_SETUP_CODE);
    await page.getByRole('button', { name: 'Inrichten en aanmelden' }).click();
    await heading(page, 'Uw gesprekken').waitFor();
    // The manifest and its icons are there for "install".
    const manifest = (await (await page.request.get(server.url + '/manifest.webmanifest')).json()) as {
      name: string;
      display: string;
      icons: { src: string; purpose: string }[];
    };
    assert.equal(manifest.name, 'Sluitstuk');
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.icons.some((icon) => icon.purpose === 'maskable'));
    for (const icon of manifest.icons) {
      const response = await page.request.get(server.url + icon.src);
      assert.equal(response.status(), 200, icon.src);
    }
    await waitControlled(page);
    await connectionStatus(page, 'Alles opgeslagen');
    await dismissStorageNotice(page);
    await expectAccessible(page, 'list, online, all saved');
  });

  test('offline: the list, a reload, and a new conversation made on the device', async () => {
    await context.setOffline(true);
    await connectionStatus(page, 'Offline — alles is opgeslagen');
    await page.reload();
    await heading(page, 'Uw gesprekken').waitFor();
    await page.getByText('u ziet de gesprekken die op dit apparaat bewaard zijn').waitFor();
    await expectAccessible(page, 'list offline');
    await page.getByRole('link', { name: 'Nieuw gesprek' }).first().click();
    await heading(page, 'Nieuw gesprek').waitFor();
    await page.getByLabel('Soort gesprek').selectOption({ label: 'Wmo-keukentafelgesprek' });
    const first = page.getByRole('group', { name: 'Deelnemer 1' });
    await first.getByLabel('Naam', { exact: true }).fill('Ilse de Vries');
    await first.getByLabel('Rol', { exact: true }).fill('inwoner');
    await expectAccessible(page, 'new conversation offline');
    await page.getByRole('button', { name: 'Gesprek aanmaken en afsluiten starten' }).click();
    await stepHeading(page, /Samenvatten/).waitFor();
    await page.waitForURL(/\/conversations\/local-[a-z0-9]+\/close\/summary$/);
    await connectionStatus(page, 'Offline — 1 wijziging wacht');
    await expectAccessible(page, 'closing offline, one change waiting');
  });

  test('the seven steps offline, with a reload and a new tab halfway', async () => {
    await page.getByLabel('Samenvatting').fill('Ilse wil thuis blijven wonen; de trap lukt niet meer.');
    await page
      .getByRole('group', { name: /Ilse de Vries/ })
      .getByLabel('Klopt')
      .check();
    await markDone(page);
    await connectionStatus(page, /^Offline — \d+ wijzigingen wachten$/);
    await screenshot(page, 'offline-closing', false);
    // A reload without a network: the app, the session and everything typed come back from the device.
    await page.reload();
    await stepHeading(page, /Samenvatten/).waitFor();
    assert.equal(
      await page.getByLabel('Samenvatting').inputValue(),
      'Ilse wil thuis blijven wonen; de trap lukt niet meer.',
    );
    await nextStep(page, 'Afspraken maken');
    await page.getByLabel('De afspraak in één zin').fill('Ilse belt vrijdag de thuiszorg');
    await page
      .locator('.composer')
      .getByLabel('Hoe weten we dat het gedaan is?')
      .fill('De thuiszorg heeft een bezoek gepland');
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await page.getByText('Ilse belt vrijdag de thuiszorg').first().waitFor();
    await markDone(page);
    await nextStep(page, 'Verwachtingen scheppen');
    // The type's next steps are there offline too, with their dates.
    assert.ok(await page.locator('input[value="Onderzoek afgerond"]').count(), 'seeded on the device');
    await markDone(page);

    // A second tab, offline: the same conversation, with everything of the first tab.
    const url = page.url();
    const tab = await context.newPage();
    tab.on('pageerror', (error) => assert.fail(`page error in the new tab: ${error.message}`));
    await tab.goto(url.replace(/\/close\/.*$/, '/close/questions'));
    await stepHeading(tab, /Ruimte voor vragen/).waitFor();
    await tab.getByRole('textbox', { name: 'Vraag of opmerking' }).fill('Wanneer komt de ergotherapeut?');
    await tab.getByRole('button', { name: 'Noteren' }).click();
    await tab.getByText('Wanneer komt de ergotherapeut?').first().waitFor();
    await markDone(tab);
    await nextStep(tab, 'Kenbaar en bereikbaar');
    await markDone(tab);
    await nextStep(tab, 'Feedback vragen');
    await tab.getByLabel('Ik heb gevraagd hoe het gesprek is ervaren').check();
    await tab.getByLabel('Wat werd er gezegd?').fill('Fijn dat het thuis kon.');
    await markDone(tab);
    await nextStep(tab, 'Bedanken');
    await tab.getByLabel('Ik heb iedereen bedankt').check();
    await tab.getByLabel('Slotzin voor het verslag (niet verplicht)').fill('Dank voor de koffie.');
    await markDone(tab);
    await tab.getByText('7 gedaan · 0 overgeslagen · 0 open').waitFor();
    await expectAccessible(tab, 'all steps done offline, in a second tab');
    // Finishing offline: the check runs on the device, the record is built from what waits.
    await tab.getByRole('button', { name: 'Naar afronden →' }).click();
    await heading(tab, 'Gesprek afronden').waitFor();
    await tab.getByText('deze controle is op dit apparaat gedaan').waitFor();
    await tab.getByText('Alle stappen zijn afgerond.').waitFor();
    await expectAccessible(tab, 'finish check offline');
    await tab.getByRole('button', { name: 'Afronden', exact: true }).click();
    const record = tab.locator('article.record');
    await record.getByText('Ilse wil thuis blijven wonen').waitFor();
    for (const text of [
      'Ilse belt vrijdag de thuiszorg',
      'Onderzoek afgerond',
      'Wanneer komt de ergotherapeut?',
      'Fijn dat het thuis kon.',
      'Dank voor de koffie.',
    ]) {
      await record.getByText(text, { exact: false }).first().waitFor();
    }
    await tab.getByText('dit verslag is opgebouwd op dit apparaat').waitFor();
    await expectAccessible(tab, 'record offline');
    await screenshot(tab, 'offline-record');
    await tab.close();
  });

  test('back online: the server holds everything, under its own id', async () => {
    await context.setOffline(false);
    await connectionStatus(page, 'Alles opgeslagen');
    // The address moved to the server's id; the local one still leads there.
    await page.waitForURL((url) => !url.pathname.includes('/local-'));
    const id = new URL(page.url()).pathname.split('/')[2]!;
    const conversation = await apiGet<{
      status: string;
      participants: { id: string; name: string }[];
      closing: {
        summary: {
          text: string;
          confirmations: { participantId: string; state: string; correction: string; current: boolean }[];
        };
        agreements: { sourceText: string; measure: string }[];
        expectations: { label: string }[];
        questions: { text: string }[];
        feedback: { asked: boolean; notes: string; responses: unknown[] };
        thanks: { said: boolean; closingMessage: string };
        steps: Record<string, { state: string }>;
      };
    }>(page, server.url, `/conversations/${id}`);
    assert.equal(conversation.status, 'closed');
    assert.equal(conversation.closing.summary.text, 'Ilse wil thuis blijven wonen; de trap lukt niet meer.');
    const ilse = conversation.participants.find((p) => p.name === 'Ilse de Vries')!;
    // Confirmed at the table, to the summary as it reads now (the text went first, then the answer).
    assert.deepEqual(
      conversation.closing.summary.confirmations.map(({ participantId, state, correction, current }) => ({
        participantId,
        state,
        correction,
        current,
      })),
      [{ participantId: ilse.id, state: 'confirmed', correction: '', current: true }],
    );
    assert.deepEqual(
      conversation.closing.agreements.map((a) => [a.sourceText, a.measure]),
      [['Ilse belt vrijdag de thuiszorg', 'De thuiszorg heeft een bezoek gepland']],
    );
    assert.ok(conversation.closing.expectations.some((e) => e.label === 'Onderzoek afgerond'));
    assert.deepEqual(
      conversation.closing.questions.map((q) => q.text),
      ['Wanneer komt de ergotherapeut?'],
    );
    assert.deepEqual(conversation.closing.feedback, {
      asked: true,
      notes: 'Fijn dat het thuis kon.',
      responses: [],
    });
    assert.deepEqual(conversation.closing.thanks, { said: true, closingMessage: 'Dank voor de koffie.' });
    assert.ok(Object.values(conversation.closing.steps).every((step) => step.state === 'done'));
    // One conversation, not two (the creation was sent once, whatever the tabs did).
    const list = await apiGet<{ total: number }>(page, server.url, '/conversations');
    assert.equal(list.total, 1);
    await expectAccessible(page, 'back online, all saved');
  });
});
