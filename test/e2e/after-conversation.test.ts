// After the conversation, as people click it: an administrator adds a conversation type with a statutory term
// and sees its date in step 3; a leader marks an overdue agreement done with evidence in "Mijn afspraken"; a
// coach reads the team's charts. Every page and state is checked with axe. The server runs on the real clock,
// so the days are counted from today.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  expectAccessible,
  launchBrowser,
  newContext,
  screenshot,
  startSignedIn,
  type Server,
} from './support.ts';

const NOW = new Date();

function day(offset: number): string {
  const date = new Date(NOW.getTime() + offset * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);
}

/** A signed-in API session from the test itself, to prepare what a flow starts from. */
async function apiSession(server: Server, email: string, password: string) {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  assert.equal(login.status, 200, await login.clone().text());
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}/api${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
}

describe('after the conversation', () => {
  let page: Page;
  let server: Server;
  let close: () => Promise<void>;
  let adminApi: Awaited<ReturnType<typeof apiSession>>;

  before(async () => {
    ({ page, server, close } = await startSignedIn(NOW));
    adminApi = await apiSession(server, 'anna.bakker@example.nl', 'een-lang-wachtwoord');
  });
  after(async () => {
    await close?.();
  });

  test('an administrator adds a conversation type with a statutory term and sees its date in step 3', async () => {
    await page.getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 2, name: 'Gebruikers' }).waitFor();
    await expectAccessible(page, 'admin users');
    await page.getByRole('link', { name: 'Soorten gesprek' }).click();
    await page.getByRole('heading', { level: 2, name: 'Soorten gesprek' }).waitFor();
    await page.getByText('Soort gesprek toevoegen', { exact: true }).first().click();
    const form = page.locator('details[open] form');
    await form.getByLabel('Korte sleutel').fill('wmo-aanvraag-balie');
    await form.getByLabel('Naam', { exact: true }).fill('Wmo-aanvraag aan de balie');
    await form.getByLabel('Standaard vorm').selectOption({ label: 'Aan tafel' });
    await form.getByRole('button', { name: 'Vervolgstap toevoegen' }).click();
    const step = form.getByRole('group', { name: 'Vervolgstap 1' });
    await step.getByLabel('Wat er gebeurt').fill('Besluit op uw aanvraag');
    await step.getByLabel('Termijn').selectOption({ label: 'Een wettelijke termijn' });
    await step
      .getByLabel('Welke wet')
      .selectOption({ label: 'Besluit op een aanvraag (art. 2.3.5 Wmo 2015)' });
    await form.getByLabel('Feedbackvragen').fill('Was dit gesprek duidelijk voor u?');
    await expectAccessible(page, 'admin new conversation type');
    await screenshot(page, 'admin-conversation-type');
    await form.getByRole('button', { name: 'Soort gesprek toevoegen' }).click();
    await page.getByRole('status').getByText('Opgeslagen.').waitFor();
    await page.getByText('Wmo-aanvraag aan de balie').waitFor();

    // A leader (here the administrator) starts a conversation of the new type: step 3 has the computed date.
    await page.getByRole('link', { name: 'Nieuw gesprek' }).first().click();
    await page.getByLabel('Soort gesprek').selectOption({ label: 'Wmo-aanvraag aan de balie' });
    await page
      .getByRole('group', { name: 'Deelnemer 1' })
      .getByLabel('Naam', { exact: true })
      .fill('Ilse de Vries');
    await page.getByRole('button', { name: 'Gesprek aanmaken en afsluiten starten' }).click();
    await page.getByRole('heading', { level: 2, name: /Samenvatten/ }).waitFor();
    await page
      .getByRole('link', { name: /Verwachtingen scheppen/ })
      .first()
      .click();
    const item = page.locator('.timeline__item').first();
    await item.getByLabel('Gerekend vanaf de ontvangst van de aanvraag').waitFor();
    const note = await item.getByLabel('Toelichting').inputValue();
    assert.match(note, /art\. 2\.3\.5 lid 2 Wmo 2015/);
    assert.match(note, /Algemene termijnenwet/);
    const when = (await item.locator('.timeline__when').innerText()).trim();
    assert.ok(when.length > 0 && !/geen datum/i.test(when), when);
    await expectAccessible(page, 'expectations with a statutory term');
    await screenshot(page, 'expectations-statutory');

    // The application came in earlier: the leader sets that day, and the date follows.
    await item.getByLabel('Gerekend vanaf de ontvangst van de aanvraag').fill('2026-12-11');
    await page
      .locator('.timeline__item')
      .first()
      .locator('.timeline__when')
      .getByText('maandag 28 december 2026')
      .waitFor();
  });

  test('a leader marks an overdue agreement done with evidence in Mijn afspraken', async () => {
    const types = (await adminApi('GET', '/conversation-types')) as { id: string; key: string }[];
    const conversation = await adminApi('POST', '/conversations', {
      typeId: types.find((t) => t.key === 'telefoongesprek')!.id,
      title: 'Terugbelverzoek over de traplift',
      startsAt: new Date(NOW.getTime() - 10 * 86_400_000).toISOString(),
      mode: 'phone',
      participants: [{ name: 'Ilse de Vries' }],
    });
    const cid = conversation.id;
    const ilse = conversation.participants[0].id;
    await adminApi('POST', `/conversations/${cid}/agreements`, {
      owner: 'leader',
      action: 'de offerte van de traplift nabellen',
      deadline: day(-3),
    });
    await adminApi('POST', `/conversations/${cid}/agreements`, {
      owner: ilse,
      action: 'de foto van de trap sturen',
      deadline: day(20),
    });

    await page.getByRole('link', { name: 'Mijn afspraken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn afspraken' }).waitFor();
    const late = page.getByRole('region', { name: /Te laat/ });
    await late.getByText('de offerte van de traplift nabellen').waitFor();
    await late.getByText('3 dagen te laat').waitFor();
    await page.getByRole('region', { name: /Later/ }).getByText('de foto van de trap sturen').waitFor();
    await expectAccessible(page, 'my agreements');
    await screenshot(page, 'my-agreements');

    await page.getByRole('radio', { name: /Ik wacht op/ }).check();
    // The other's agreement was on screen before the filter too: wait for the leader's own to go.
    await page.getByText('de offerte van de traplift nabellen').waitFor({ state: 'detached' });
    await page.getByText('de foto van de trap sturen').waitFor();
    await page.getByRole('radio', { name: /Alles/ }).check();

    const item = late.locator('.followup-item').first();
    await item.getByText('Gedaan', { exact: true }).click();
    const done = item.getByRole('form', { name: /afronden/ });
    await done.getByLabel('Link naar het bewijs').fill('javascript:alert(1)');
    await done.getByRole('button', { name: 'Opslaan als gedaan' }).click();
    await done.getByText('Geef een link die begint met https://').waitFor();
    await expectAccessible(page, 'done with a wrong link');
    await done.getByLabel('Wat is er gedaan?').fill('Leverancier gebeld, offerte komt volgende week');
    await done.getByLabel('Link naar het bewijs').fill('https://zaken.example.nl/zaak/4711');
    await done.getByLabel('Gedaan op').fill(day(-1));
    await done.getByRole('button', { name: 'Opslaan als gedaan' }).click();
    await page
      .getByRole('status')
      .getByText('“de offerte van de traplift nabellen” staat op gedaan.')
      .waitFor();
    await page.getByRole('region', { name: /Te laat/ }).waitFor({ state: 'detached' });
    await expectAccessible(page, 'my agreements after done');

    // The record shows the evidence in the agreement's history.
    const record = await adminApi('GET', `/conversations/${cid}`);
    const kept = record.closing.agreements[0];
    assert.equal(kept.status, 'done');
    assert.equal(kept.history.at(-1).evidenceLink, 'https://zaken.example.nl/zaak/4711');
    assert.equal(kept.history.at(-1).doneOn, day(-1));
  });

  test("a coach reads the team's charts, with a data table and a CSV download", async () => {
    const team = await adminApi('POST', '/teams', { name: 'Team Zuid' });
    const password = 'een-goed-wachtwoord-123';
    await adminApi('POST', '/users', {
      email: 'lars@example.nl',
      name: 'Lars Leider',
      role: 'leader',
      teamId: team.id,
      password,
    });
    await adminApi('POST', '/users', {
      email: 'chris@example.nl',
      name: 'Chris Coach',
      role: 'coach',
      teamId: team.id,
      password,
    });
    const lars = await apiSession(server, 'lars@example.nl', password);
    const types = (await lars('GET', '/conversation-types')) as { id: string; key: string }[];
    for (let i = 0; i < 6; i++) {
      const c = await lars('POST', '/conversations', {
        typeId: types.find((t) => t.key === 'een-op-een')!.id,
        title: `Gesprek ${i}`,
        startsAt: new Date(NOW.getTime() - (3 + i * 4) * 86_400_000).toISOString(),
        mode: 'in_person',
        participants: [{ name: 'Medewerker' }],
      });
      await lars('PUT', `/conversations/${c.id}/steps/summary`, { state: 'done' });
      await lars('PUT', `/conversations/${c.id}/steps/feedback`, {
        state: i < 5 ? 'skipped' : 'done',
        skipReason: i < 5 ? 'geen tijd meer' : undefined,
      });
      await lars('POST', `/conversations/${c.id}/finish`, { force: true });
    }

    const { browser, close: closeBrowser } = await launchBrowser();
    try {
      const context = await newContext(browser);
      const coach = await context.newPage();
      await coach.clock.install({ time: NOW });
      await coach.goto(server.url + '/');
      await coach.getByLabel('E-mailadres').fill('chris@example.nl');
      await coach.getByLabel('Wachtwoord').fill(password);
      await coach.getByRole('button', { name: 'Aanmelden' }).click();
      await coach.getByRole('link', { name: 'Inzicht' }).click();
      await coach.getByRole('heading', { level: 1, name: 'Inzicht' }).waitFor();
      await coach.getByRole('heading', { level: 2, name: /Team Zuid/ }).waitFor();
      await coach.getByRole('img', { name: /De zeven stappen/ }).waitFor();
      await coach.getByRole('table', { name: 'Tabel met dezelfde getallen' }).first().waitFor();
      await coach.getByText('geen tijd meer (5)').waitFor();
      await coach.getByRole('img', { name: /Afgeronde afsluitingen per week/ }).waitFor();
      await coach.getByRole('row', { name: /Lars Leider 6/ }).waitFor();
      await expectAccessible(coach, 'coach insight');
      await screenshot(coach, 'insight-team');
      const href = await coach.getByRole('link', { name: 'Downloaden als CSV' }).getAttribute('href');
      const csv = await coach.evaluate(async (url) => (await fetch(url!)).text(), href);
      assert.match(csv, /Team Zuid,Gesprekken,6/);
      // The coach's own view (no conversations of their own): too few to show anything.
      await coach.getByLabel('Over wie').selectOption({ label: 'Chris Coach' });
      await coach.getByText(/Te weinig gesprekken/).waitFor();
      await expectAccessible(coach, 'coach insight, too few');
    } finally {
      await closeBrowser();
    }
  });
});
