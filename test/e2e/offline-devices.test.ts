// Two devices and a shared device, in Debian's Chromium against the real server. Two browser contexts are two
// devices of one leader: the same summary changed on both is shown side by side, nothing is overwritten
// before the leader chooses, and the other change of the offline device goes through on its own. Then the
// shared device: signing out asks while something waits, then removes every local copy (IndexedDB, no
// personal text in localStorage or the service worker's caches), and the next user of the browser sees
// nothing of the first. Axe checks every state.
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
  waitSaved,
  type Server,
} from './support.ts';
import { apiGet, connectionStatus, heading, stepHeading, waitControlled } from './offline-support.ts';

const NOW = new Date('2026-11-27T10:00:00+01:00');
const ANNA = { email: 'anna.bakker@example.nl', password: 'een-lang-wachtwoord' };
const OMAR = { email: 'omar.jansen@example.nl', password: 'nog-een-lang-wachtwoord' };
const HALF_TYPED = 'Ik bel maandag de huisarts over de medicijnen van';

/** What this device keeps outside IndexedDB, and the names of its IndexedDB databases. */
async function deviceContents(page: Page) {
  return page.evaluate(async () => {
    const local: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      local[key] = localStorage.getItem(key) ?? '';
    }
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) cached.push(request.url);
    }
    const databases = (await indexedDB.databases()).map((d) => d.name ?? '');
    return { local, cached, databases };
  });
}

describe('offline: two devices, and a shared device', () => {
  let server: Server;
  let closeBrowser: () => Promise<void>;
  let browser: Browser;
  let laptop: BrowserContext;
  let tablet: BrowserContext;
  let a: Page;
  let b: Page;
  let conversationId = '';

  async function signIn(page: Page, who: { email: string; password: string }) {
    await heading(page, 'Aanmelden').waitFor();
    await page.getByLabel('E-mailadres').fill(who.email);
    await page.getByLabel('Wachtwoord').fill(who.password);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await heading(page, 'Uw gesprekken').waitFor();
  }

  async function newPage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.clock.install({ time: NOW });
    page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
    return page;
  }

  before(async () => {
    server = await startServer();
    ({ browser, close: closeBrowser } = await launchBrowser());
    laptop = await newContext(browser);
    tablet = await newContext(browser);
    a = await newPage(laptop);
    b = await newPage(tablet);
  });

  after(async () => {
    await closeBrowser?.();
    await server?.stop();
  });

  test('one leader on two devices, both signed in', async () => {
    await a.goto(server.url + '/');
    await a.getByLabel('Naam van de organisatie').fill('Gemeente Voorbeeld');
    await a.getByLabel('Uw naam').fill('Anna Bakker');
    await a.getByLabel('E-mailadres').fill(ANNA.email);
    await a.getByLabel('Wachtwoord').fill(ANNA.password);
    await a.getByLabel('Setupcode').fill(E2E_SETUP_CODE);
    await a.getByRole('button', { name: 'Inrichten en aanmelden' }).click();
    await heading(a, 'Uw gesprekken').waitFor();
    await waitControlled(a);
    await a.getByRole('link', { name: 'Nieuw gesprek' }).first().click();
    await a.getByLabel('Soort gesprek').selectOption({ label: 'Wmo-keukentafelgesprek' });
    await a.getByRole('group', { name: 'Deelnemer 1' }).getByLabel('Naam', { exact: true }).fill('Ilse');
    await a.getByRole('button', { name: 'Gesprek aanmaken en afsluiten starten' }).click();
    await stepHeading(a, /Samenvatten/).waitFor();
    await a.getByLabel('Samenvatting').fill('Eerste versie.');
    await waitSaved(a);
    conversationId = new URL(a.url()).pathname.split('/')[2]!;

    await b.goto(server.url + '/');
    await signIn(b, ANNA);
    await b.goto(`${server.url}/conversations/${conversationId}/close/summary`);
    await stepHeading(b, /Samenvatten/).waitFor();
    assert.equal(await b.getByLabel('Samenvatting').inputValue(), 'Eerste versie.');
  });

  test('the same field changed on both: side by side, nothing overwritten until the leader chooses', async () => {
    // The laptop loses its connection; the leader carries on there.
    await laptop.setOffline(true);
    await a.getByLabel('Samenvatting').fill('Versie van de keukentafel.');
    await a
      .getByRole('link', { name: /Feedback vragen/ })
      .first()
      .click();
    await stepHeading(a, /Feedback vragen/).waitFor();
    await a.getByLabel('Wat werd er gezegd?').fill('Rustig gesprek.');
    await connectionStatus(a, /^Offline — \d+ wijzigingen wachten$/);
    // Meanwhile, on the tablet, online: the same summary, differently.
    await b.getByLabel('Samenvatting').fill('Versie van kantoor.');
    await waitSaved(b);

    await laptop.setOffline(false);
    await connectionStatus(a, '1 conflict: kies wat blijft');
    const panel = a.getByRole('region', { name: 'Op een ander apparaat is hetzelfde gewijzigd' });
    const field = panel.getByRole('group', { name: 'Samenvatting' });
    await field.getByText('Versie van de keukentafel.').waitFor();
    await field.getByText('Versie van kantoor.').waitFor();
    assert.equal(await field.getByRole('radio').count(), 2);
    assert.equal(await panel.getByRole('button', { name: 'Keuze opslaan' }).isDisabled(), true);
    await expectAccessible(a, 'a conflict between two devices');
    await screenshot(a, 'offline-conflict', false);
    // Nothing was overwritten: the server holds the tablet's summary, and the feedback that did not clash.
    const waiting = await apiGet<{ closing: { summary: { text: string }; feedback: { notes: string } } }>(
      a,
      server.url,
      `/conversations/${conversationId}`,
    );
    assert.equal(waiting.closing.summary.text, 'Versie van kantoor.');
    assert.equal(waiting.closing.feedback.notes, 'Rustig gesprek.');

    await field.getByRole('radio', { name: /Op dit apparaat/ }).check();
    await panel.getByRole('button', { name: 'Keuze opslaan' }).click();
    await connectionStatus(a, 'Alles opgeslagen');
    assert.equal(await a.getByRole('region', { name: /hetzelfde gewijzigd/ }).count(), 0);
    await expectAccessible(a, 'conflict resolved');
    const chosen = await apiGet<{ closing: { summary: { text: string } } }>(
      a,
      server.url,
      `/conversations/${conversationId}`,
    );
    assert.equal(chosen.closing.summary.text, 'Versie van de keukentafel.');
    // The tablet gets the choice on its next look.
    await b.reload();
    await stepHeading(b, /Samenvatten/).waitFor();
    assert.equal(await b.getByLabel('Samenvatting').inputValue(), 'Versie van de keukentafel.');
  });

  test('the server away while the network is up: offline, and back on its own once it answers', async () => {
    // The laptop has a network, but nothing reaches the server (down for maintenance, a broken proxy).
    await laptop.route('**/api/**', (route) => route.abort('connectionrefused'));
    await a.getByLabel('Ik heb gevraagd hoe het gesprek is ervaren').check();
    await connectionStatus(a, 'Offline — 1 wijziging wacht');
    await laptop.unroute('**/api/**');
    // No browser event says so: the app asks the server itself, and sends what waited.
    await connectionStatus(a, 'Alles opgeslagen');
    const sent = await apiGet<{ closing: { feedback: { asked: boolean } } }>(
      a,
      server.url,
      `/conversations/${conversationId}`,
    );
    assert.equal(sent.closing.feedback.asked, true);
    // With nothing waiting nothing else would ask the server again: the app's own check ends "offline".
    await laptop.route('**/api/**', (route) => route.abort('connectionrefused'));
    await a.getByRole('link', { name: 'Gesprekken', exact: true }).click();
    await heading(a, 'Uw gesprekken').waitFor();
    await connectionStatus(a, 'Offline — alles is opgeslagen');
    await laptop.unroute('**/api/**');
    await connectionStatus(a, 'Alles opgeslagen');
    await a.goto(`${server.url}/conversations/${conversationId}/close/feedback`);
    await stepHeading(a, /Feedback vragen/).waitFor();
  });

  test('signing out with something waiting asks first; staying keeps it and sends it', async () => {
    await a
      .getByRole('link', { name: /Afspraken maken/ })
      .first()
      .click();
    await stepHeading(a, /Afspraken maken/).waitFor();
    await laptop.setOffline(true);
    await a.getByLabel('De afspraak in één zin').fill(HALF_TYPED);
    await a
      .getByRole('link', { name: /Bedanken/ })
      .first()
      .click();
    await a.getByLabel('Ik heb iedereen bedankt').check();
    await connectionStatus(a, 'Offline — 1 wijziging wacht');
    await a.getByRole('button', { name: 'Afmelden' }).click();
    const dialog = a.getByRole('dialog', { name: 'Nog niet alles staat op de server' });
    await dialog.getByText('1 wijziging staat alleen op dit apparaat.').waitFor();
    await dialog.getByText('1 half getypte tekst is nog niet opgeslagen.').waitFor();
    await dialog.getByText('U bent offline.', { exact: false }).waitFor();
    await expectAccessible(a, 'sign-out asks, offline');
    await screenshot(a, 'offline-sign-out', false);
    await dialog.getByRole('button', { name: 'Aangemeld blijven' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await laptop.setOffline(false);
    await connectionStatus(a, 'Alles opgeslagen');
    const sent = await apiGet<{ closing: { thanks: { said: boolean } } }>(
      a,
      server.url,
      `/conversations/${conversationId}`,
    );
    assert.equal(sent.closing.thanks.said, true);
    // Online, the change went out; the half-typed sentence is still only here, so it asks again.
    await a.getByRole('button', { name: 'Afmelden' }).click();
    await dialog.getByText('1 half getypte tekst is nog niet opgeslagen.').waitFor();
    assert.equal(await dialog.getByText('wijziging staat alleen').count(), 0);
    await expectAccessible(a, 'sign-out asks, online, a half-typed text');
    await dialog.getByRole('button', { name: 'Toch afmelden en wissen' }).click();
    await heading(a, 'Aanmelden').waitFor();
    // The next person starts on the start page, not at the address of the previous one's conversation.
    assert.equal(new URL(a.url()).pathname, '/');
  });

  test('after signing out nothing of the leader is left on the device', async () => {
    const left = await deviceContents(a);
    assert.deepEqual(
      left.databases.filter((name) => name.startsWith('sluitstuk-user-')),
      [],
      'the user store is deleted',
    );
    const everything = JSON.stringify(left);
    for (const text of [HALF_TYPED, 'Versie van de keukentafel', 'Rustig gesprek', 'Ilse', ANNA.email]) {
      assert.equal(everything.includes(text), false, `"${text}" is still on the device`);
    }
    assert.ok(
      left.cached.every((url) => !new URL(url).pathname.startsWith('/api/')),
      'the service worker keeps no answers of the API',
    );
    await expectAccessible(a, 'signed out');
  });

  test('another user of the same browser never sees the first one’s data', async () => {
    // The admin (Anna, on the tablet) adds a colleague.
    const { csrfToken } = await apiGet<{ csrfToken: string }>(b, server.url, '/auth/session');
    const created = await b.request.post(`${server.url}/api/users`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { email: OMAR.email, name: 'Omar Jansen', role: 'leader', teamId: null, password: OMAR.password },
    });
    assert.equal(created.status(), 201, await created.text());

    await signIn(a, OMAR);
    await a.getByText('U heeft nog geen gesprekken').waitFor();
    await a.goto(`${server.url}/conversations/${conversationId}/close/agreements`);
    await a.getByText('Dit gesprek bestaat niet, of het is niet van u.').waitFor();
    // Offline, too, the first user's conversation is not on this device for him.
    await laptop.setOffline(true);
    await a.reload();
    await a.getByText('Dit gesprek is niet op dit apparaat bewaard').waitFor();
    assert.equal(await a.getByText(HALF_TYPED).count(), 0);
    await expectAccessible(a, 'another user, offline, the first one’s conversation');
    await laptop.setOffline(false);
    const stores = (await deviceContents(a)).databases.filter((name) => name.startsWith('sluitstuk-user-'));
    assert.equal(stores.length, 1, 'only the new user’s store');

    // Nothing waits for Omar: signing out does not ask, and removes his store too.
    await a.goto(server.url + '/');
    await heading(a, 'Uw gesprekken').waitFor();
    await a.getByRole('button', { name: 'Afmelden' }).click();
    await heading(a, 'Aanmelden').waitFor();
    const after = await deviceContents(a);
    assert.deepEqual(
      after.databases.filter((name) => name.startsWith('sluitstuk-user-')),
      [],
    );

    // Anna signs in on the laptop again: what she chose to discard is gone, what was sent is there.
    await signIn(a, ANNA);
    await a.goto(`${server.url}/conversations/${conversationId}/close/agreements`);
    await stepHeading(a, /Afspraken maken/).waitFor();
    assert.equal(await a.getByLabel('De afspraak in één zin').inputValue(), '');
  });
});
