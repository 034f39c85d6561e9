// After the conversation: someone joins and is added from the closing screen, and an agreement is marked
// done, then cancelled, on the record, which shows its history. Every state is checked with axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot, startSignedIn, waitSaved } from './support.ts';

const NOW = new Date('2026-11-27T10:00:00+01:00');

describe('the leader follows agreements up and adds a participant', () => {
  let page: Page;
  let close: () => Promise<void>;

  before(async () => {
    ({ page, close } = await startSignedIn(NOW));
  });

  after(async () => {
    await close?.();
  });

  test('a participant who joins later is added from the closing screen', async () => {
    await page.getByRole('link', { name: 'Nieuw gesprek' }).first().click();
    await page.getByLabel('Soort gesprek').selectOption({ label: 'Wmo-keukentafelgesprek' });
    await page
      .getByRole('group', { name: 'Deelnemer 1' })
      .getByLabel('Naam', { exact: true })
      .fill('Ilse de Vries');
    await page.getByRole('button', { name: 'Gesprek aanmaken en afsluiten starten' }).click();
    await page.getByRole('heading', { level: 2, name: /Samenvatten/ }).waitFor();

    await page.getByText('Deelnemer toevoegen', { exact: true }).click();
    const add = page.locator('.participant-add');
    // A name is needed; the error sits at the field, which gets focus.
    await add.getByRole('button', { name: 'Toevoegen' }).click();
    await add.getByText('Vul dit veld in.').waitFor();
    const name = add.getByLabel('Naam', { exact: true });
    assert.equal(await name.getAttribute('aria-invalid'), 'true');
    assert.equal(await name.evaluate((el) => el === document.activeElement), true);
    await expectAccessible(page, 'add participant without a name');
    await name.fill('Kees de Vries');
    await add.getByLabel('Rol', { exact: true }).fill('mantelzorger');
    await add.getByRole('button', { name: 'Toevoegen' }).click();
    await add.getByText('Kees de Vries is toegevoegd.').waitFor();
    // The steps know the new participant at once: the summary asks Kees to confirm too.
    await page.getByRole('group', { name: /Kees de Vries/ }).waitFor();
    await page.locator('.closing__head').getByText('Ilse de Vries, Kees de Vries').waitFor();
    await waitSaved(page);
    await expectAccessible(page, 'participant added');
    await screenshot(page, 'closing-add-participant');

    // The new participant can own an agreement.
    await page
      .getByRole('link', { name: /Afspraken maken/ })
      .first()
      .click();
    await page.getByLabel('De afspraak in één zin').fill('Kees belt vrijdag de thuiszorg');
    await page.waitForFunction(() => {
      const select = document.querySelector<HTMLSelectElement>('.composer select');
      return select?.selectedOptions[0]?.textContent === 'Kees de Vries';
    });
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await page.getByRole('heading', { level: 4, name: /Kees belt vrijdag de thuiszorg/ }).waitFor();
    await waitSaved(page);
  });

  test('on the record an agreement is marked done, then cancelled, with its history', async () => {
    await page.goto(page.url().replace(/\/close(\/.*)?$/, '/record'));
    // The page's own heading line; the embedded report (issue 8) carries the same words in its eyebrow.
    await page.getByRole('article').getByText('Verslag van het gesprek').waitFor();
    const agreement = page
      .locator('.record__agreement')
      .filter({ hasText: 'Kees belt vrijdag de thuiszorg' });
    await agreement.getByText('Stand bijwerken').click();
    await agreement.getByRole('radio', { name: 'Uitgevoerd' }).check();
    await agreement.getByLabel('Toelichting (niet verplicht)').fill('De thuiszorg komt dinsdag langs.');
    await expectAccessible(page, 'agreement state being changed');
    await agreement.getByRole('button', { name: 'Stand opslaan' }).click();
    await agreement.getByText('De stand is opgeslagen.').waitFor();
    await agreement.getByText('Uitgevoerd.', { exact: true }).waitFor();
    await agreement
      .locator('.record__history li')
      .filter({ hasText: 'Uitgevoerd — De thuiszorg komt dinsdag langs.' })
      .waitFor();
    await expectAccessible(page, 'agreement done');
    await screenshot(page, 'record-agreement-status');

    await agreement.getByRole('radio', { name: 'Vervallen' }).check();
    await agreement.getByLabel('Toelichting (niet verplicht)').fill('Ilse heeft zelf al gebeld.');
    await agreement.getByRole('button', { name: 'Stand opslaan' }).click();
    await agreement.getByText('Vervallen.', { exact: true }).waitFor();
    await agreement
      .locator('.record__history li')
      .filter({ hasText: 'Vervallen — Ilse heeft zelf al gebeld.' })
      .waitFor();

    // The server keeps the history: after a reload both changes are still there, in order.
    await page.reload();
    const reloaded = page.locator('.record__agreement').filter({ hasText: 'Kees belt vrijdag de thuiszorg' });
    await reloaded.getByText('Vervallen.', { exact: true }).waitFor();
    const history = await reloaded.locator('.record__history li').allTextContents();
    const done = history.findIndex((line) => line.includes('Uitgevoerd — De thuiszorg komt dinsdag langs.'));
    const cancelled = history.findIndex((line) => line.includes('Vervallen — Ilse heeft zelf al gebeld.'));
    assert.ok(done >= 0 && cancelled > done, `history in order: ${history.join(' | ')}`);
    await expectAccessible(page, 'agreement cancelled, history after reload');
  });
});
