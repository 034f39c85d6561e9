// Privacy in the browser: a BSN and a health detail typed into the summary warn at once, "Weglaten" leaves
// them out and the server keeps the text without them; the record shows who opened it; the pages a mailed link
// opens (password reset, invitation) and the login page are accessible. Every state is checked with axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectAccessible, startSignedIn, waitSaved } from './support.ts';

const NOW = new Date('2026-11-27T10:00:00+01:00');

describe('privacy in the web app', () => {
  let page: Page;
  let close: () => Promise<void>;
  let base: string;
  let id: string;

  before(async () => {
    let server;
    ({ page, close, server } = await startSignedIn(NOW));
    base = server.url;
  });
  after(async () => {
    await close?.();
  });

  test('a BSN and a health detail in the summary warn while typing and can be left out', async () => {
    const { csrfToken } = (await (await page.request.get(`${base}/api/auth/session`)).json()) as {
      csrfToken: string;
    };
    const types = (await (await page.request.get(`${base}/api/conversation-types`)).json()) as {
      id: string;
    }[];
    const created = await page.request.post(`${base}/api/conversations`, {
      headers: { 'X-CSRF-Token': csrfToken },
      data: { typeId: types[0]!.id, title: 'Huisbezoek', startsAt: NOW.toISOString(), mode: 'in_person' },
    });
    id = ((await created.json()) as { id: string }).id;

    await page.goto(`${base}/conversations/${id}/close/summary`);
    const summary = page.getByLabel('Samenvatting');
    await summary.fill('Mevrouw, BSN 111 222 333, gebruikt insuline en wil hulp bij de boodschappen.');
    const hint = page.locator('.sensitive-hint .notice');
    await hint.getByText('Dit lijkt een burgerservicenummer: “111 222 333”.', { exact: false }).waitFor();
    await hint.getByText('Dit lijkt een gezondheidsgegeven: “insuline”.', { exact: false }).waitFor();
    await expectAccessible(page, 'summary with a BSN and a health detail');

    await page.getByRole('button', { name: '“111 222 333” weglaten' }).click();
    assert.equal(
      await summary.inputValue(),
      'Mevrouw, BSN [weggelaten], gebruikt insuline en wil hulp bij de boodschappen.',
    );
    await page.getByRole('button', { name: '“insuline” weglaten' }).click();
    await waitSaved(page);
    assert.equal(await hint.count(), 0);
    const stored = (await (await page.request.get(`${base}/api/conversations/${id}`)).json()) as {
      closing: { summary: { text: string } };
      sensitive: unknown[];
    };
    assert.equal(
      stored.closing.summary.text,
      'Mevrouw, BSN [weggelaten], gebruikt [weggelaten] en wil hulp bij de boodschappen.',
    );
    assert.deepEqual(stored.sensitive, []);
  });

  test('the record shows who opened it', async () => {
    await page.goto(`${base}/conversations/${id}/record`);
    await page.getByText('Wie heeft dit verslag geopend').click();
    await page.getByRole('cell', { name: 'Anna Bakker' }).first().waitFor();
    await expectAccessible(page, 'record with the access log open');
  });

  test('the login page, and the pages of a reset link and an invitation link', async () => {
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    // Mail is not set up here: the login page says whom to ask instead of offering a link that cannot come.
    await page.getByText('Wachtwoord vergeten? Vraagt u de beheerder', { exact: false }).waitFor();
    await expectAccessible(page, 'login page');

    await page.goto(`${base}/password-reset#token=${'x'.repeat(43)}`);
    await page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' }).waitFor();
    await page.getByLabel('Nieuw wachtwoord').fill('een-nieuw-wachtwoord-1');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Deze link werkt niet meer', { exact: false }).waitFor();
    await expectAccessible(page, 'reset with a dead link');

    await page.goto(`${base}/invitation#token=${'y'.repeat(43)}`);
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Sluitstuk' }).waitFor();
    await page.getByText('Deze link werkt niet meer', { exact: false }).waitFor();
    await expectAccessible(page, 'invitation with a dead link');
  });
});
