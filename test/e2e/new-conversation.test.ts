// The type a new conversation starts with, as a leader meets it: on first use nothing is chosen for them
// (no "1-op-1 gesprek" by accident); after that the type of their latest conversation, on any device; a
// colleague who starts out gets the organisation's most used type. Every state is checked with axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectAccessible, newContext, startSignedIn } from './support.ts';
import { at, hasFocus, newConversation } from './flows.ts';

const NOW = new Date('2026-11-27T10:00:00+01:00');

describe('the default type of a new conversation', () => {
  let page: Page;
  let close: () => Promise<void>;

  before(async () => {
    ({ page, close } = await startSignedIn(NOW));
  });

  after(async () => {
    await close?.();
  });

  const chosen = (on: Page) => on.getByLabel('Soort gesprek').locator('option:checked').textContent();

  test('on first use the leader chooses: nothing is preselected, and the form says so', async () => {
    await page.getByRole('link', { name: 'Nieuw gesprek' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw gesprek' }).waitFor();
    assert.equal(await chosen(page), 'Kies een soort gesprek…');
    await page.getByRole('button', { name: 'Gesprek aanmaken en afsluiten starten' }).click();
    const type = page.getByLabel('Soort gesprek');
    await page.getByText('Kies een soort gesprek.', { exact: true }).waitFor();
    assert.equal(await type.getAttribute('aria-invalid'), 'true');
    assert.equal(await hasFocus(type), true);
    await expectAccessible(page, 'new conversation without a type');
  });

  test("after that, the type of the leader's latest conversation, also on another device", async () => {
    await page.getByLabel('Soort gesprek').selectOption({ label: 'Klachtgesprek' });
    await page
      .getByRole('group', { name: 'Deelnemer 1' })
      .getByLabel('Naam', { exact: true })
      .fill('Mevrouw Jansen');
    await page.getByRole('button', { name: 'Gesprek aanmaken en afsluiten starten' }).click();
    await page.getByRole('heading', { level: 2, name: /Samenvatten/ }).waitFor();
    await newConversation(page, 'Klachtgesprek', [{ name: 'Meneer Pieters' }]);
    await newConversation(page, 'Telefoongesprek', [{ name: 'Mevrouw Bos' }]);
    await page.getByRole('link', { name: 'Nieuw gesprek' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw gesprek' }).waitFor();
    await page.waitForFunction(() =>
      Boolean(document.querySelector<HTMLSelectElement>('#new-typeId')?.value),
    );
    assert.equal(await chosen(page), 'Telefoongesprek');
    // A phone call type proposes "by phone".
    assert.equal(await page.getByRole('radio', { name: 'Telefonisch' }).isChecked(), true);
    await expectAccessible(page, 'new conversation with the latest type');
    // Another device of the same leader: the server knows, not the browser.
    const device = await newContext(page.context().browser()!);
    const other = await device.newPage();
    await other.goto(at(page, '/'));
    await other.getByLabel('E-mailadres').fill('anna.bakker@example.nl');
    await other.getByLabel('Wachtwoord').fill('een-lang-wachtwoord');
    await other.getByRole('button', { name: 'Aanmelden' }).click();
    await other.getByRole('heading', { level: 1, name: 'Uw gesprekken' }).waitFor();
    await other.getByRole('link', { name: 'Nieuw gesprek' }).first().click();
    await other.waitForFunction(() =>
      Boolean(document.querySelector<HTMLSelectElement>('#new-typeId')?.value),
    );
    assert.equal(await chosen(other), 'Telefoongesprek');
    await device.close();
  });

  test("a colleague's first conversation starts with the organisation's most used type", async () => {
    const session = (await (await page.request.get(at(page, '/api/auth/session'))).json()) as {
      csrfToken: string;
    };
    const created = await page.request.post(at(page, '/api/users'), {
      headers: { 'x-csrf-token': session.csrfToken },
      data: {
        email: 'bram@example.nl',
        name: 'Bram de Boer',
        role: 'leader',
        teamId: null,
        password: 'een-ander-lang-wachtwoord',
      },
    });
    assert.equal(created.status(), 201);
    const device = await newContext(page.context().browser()!);
    const colleague = await device.newPage();
    await colleague.goto(at(page, '/'));
    await colleague.getByLabel('E-mailadres').fill('bram@example.nl');
    await colleague.getByLabel('Wachtwoord').fill('een-ander-lang-wachtwoord');
    await colleague.getByRole('button', { name: 'Aanmelden' }).click();
    await colleague.getByRole('heading', { level: 1, name: 'Uw gesprekken' }).waitFor();
    await colleague.getByRole('link', { name: 'Nieuw gesprek' }).first().click();
    await colleague.waitForFunction(() =>
      Boolean(document.querySelector<HTMLSelectElement>('#new-typeId')?.value),
    );
    assert.equal(await chosen(colleague), 'Klachtgesprek');
    await expectAccessible(colleague, "new conversation with the organisation's most used type");
    await device.close();
  });
});
