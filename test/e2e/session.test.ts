// A session that ends while the leader types (it expired, or was ended on another device) loses nothing: what
// was typed stays on the device, the login page says so, and after signing in again the leader is back on the
// same page with the same text, which is then saved. In Debian's Chromium against the real server, with axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request, type Page } from 'playwright-core';
import { expectAccessible, startSignedIn, waitSaved } from './support.ts';
import { asOtherTab, at, goToStep, stored } from './flows.ts';
import { newConversation } from './flows.ts';

const NOW = new Date('2026-11-27T10:00:00+01:00');

/** Ends the page's session on the server, as an expiry or a sign-out elsewhere does; the browser keeps its cookie. */
async function endSessionElsewhere(page: Page): Promise<void> {
  const other = await request.newContext({ storageState: await page.context().storageState() });
  try {
    const session = await other.get(at(page, '/api/auth/session'));
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const response = await other.post(at(page, '/api/auth/logout'), {
      headers: { 'x-csrf-token': csrfToken },
    });
    assert.ok(response.ok(), `logout answered ${response.status()}`);
  } finally {
    await other.dispose();
  }
}

async function signInAgain(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
  await page
    .getByText('U bent afgemeld. Meld u opnieuw aan; wat u had ingevuld staat nog op dit apparaat.')
    .waitFor();
  await expectAccessible(page, 'login after the session ended');
  await page.getByLabel('E-mailadres').fill('anna.bakker@example.nl');
  await page.getByLabel('Wachtwoord').fill('een-lang-wachtwoord');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

describe('a session that ends while typing', () => {
  let page: Page;
  let close: () => Promise<void>;

  before(async () => {
    ({ page, close } = await startSignedIn(NOW));
  });

  after(async () => {
    await close?.();
  });

  test('the closing screen: the change that met the ended session is sent after signing in again', async () => {
    const id = await newConversation(page, 'Wmo-keukentafelgesprek', [
      { name: 'Ilse de Vries', role: 'inwoner' },
    ]);
    const summary = page.getByLabel('Samenvatting');
    await summary.fill('Ilse wil thuis blijven wonen.');
    await waitSaved(page);

    // A question typed in step 4 and not yet added, then the session ends before the summary is saved again.
    await goToStep(page, 'Ruimte voor vragen');
    await page.getByRole('textbox', { name: 'Vraag of opmerking' }).fill('Wat als de traplift niet past?');
    await goToStep(page, 'Samenvatten');
    await endSessionElsewhere(page);
    const typed = 'Ilse wil thuis blijven wonen. De trap is het probleem; een traplift is een optie.';
    await summary.fill(typed);

    await signInAgain(page);
    // Back where the leader was, with the text, and now saved.
    await page.getByRole('heading', { level: 2, name: /Samenvatten/ }).waitFor();
    assert.equal(await page.getByLabel('Samenvatting').inputValue(), typed);
    await waitSaved(page);
    assert.equal((await stored(page, id)).closing.summary.text, typed);
    await goToStep(page, 'Ruimte voor vragen');
    assert.equal(
      await page.getByRole('textbox', { name: 'Vraag of opmerking' }).inputValue(),
      'Wat als de traplift niet past?',
    );
    await expectAccessible(page, 'closing screen after signing in again');
  });

  test("the record: an agreement's status note is kept over a reload and an ended session, and checked", async () => {
    const id = /\/conversations\/([^/]+)\/close/.exec(page.url())?.[1];
    assert.ok(id, page.url());
    const status = await asOtherTab(page, 'POST', `/api/conversations/${id}/agreements`, {
      sourceText: 'Ik bel Ilse vrijdag over de traplift',
      action: 'bel Ilse over de traplift',
      owner: 'leader',
      deadline: '2026-12-04',
    });
    assert.equal(status, 201);
    await page.goto(at(page, `/conversations/${id}/record`));
    await page.locator('.record__agreement').first().waitFor();
    const agreement = page.locator('.record__agreement').first();
    await agreement.getByText('Stand bijwerken').click();
    const note = agreement.getByLabel('Toelichting (niet verplicht)');
    await note.fill('Gebeld; de dochter belt terug. ' + 'x'.repeat(600));
    await agreement.getByRole('button', { name: 'Stand opslaan' }).click();
    // Too long: said beside the field, focused, nothing sent, the text kept.
    assert.equal(await note.getAttribute('aria-invalid'), 'true');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    await note.fill('Gebeld; de dochter belt terug.');
    await page.reload();
    const kept = page.locator('.record__agreement').first().getByLabel('Toelichting (niet verplicht)');
    assert.equal(await kept.inputValue(), 'Gebeld; de dochter belt terug.', 'open again, with the note');
    await expectAccessible(page, 'record with a kept status note');

    await endSessionElsewhere(page);
    await page.locator('.record__agreement').first().getByRole('button', { name: 'Stand opslaan' }).click();
    await signInAgain(page);
    const again = page.locator('.record__agreement').first();
    assert.equal(
      await again.getByLabel('Toelichting (niet verplicht)').inputValue(),
      'Gebeld; de dochter belt terug.',
    );
    await again.getByRole('button', { name: 'Stand opslaan' }).click();
    // In the agreement's history, with the status as it was: the note is the news.
    await again
      .locator('.record__history')
      .getByText('Gebeld; de dochter belt terug.', { exact: false })
      .waitFor();
    await page.reload();
    await page.locator('.record__agreement').first().waitFor();
    assert.equal(
      (await page
        .locator('.record__agreement')
        .first()
        .getByLabel('Toelichting (niet verplicht)')
        .count()) === 0 ||
        (await page
          .locator('.record__agreement')
          .first()
          .getByLabel('Toelichting (niet verplicht)')
          .inputValue()) === '',
      true,
      'saved, so nothing is held any more',
    );
  });

  test('a form sent into an ended session keeps everything typed, and is sent after signing in again', async () => {
    await page.goto(at(page, '/conversations/new'));
    await page.getByRole('heading', { level: 1, name: 'Nieuw gesprek' }).waitFor();
    await page.getByLabel('Soort gesprek').selectOption({ label: 'Wmo-keukentafelgesprek' });
    await page.getByLabel('Titel').fill('Huisbezoek familie Jansen');
    const group = page.getByRole('group', { name: 'Deelnemer 1' });
    await group.getByLabel('Naam', { exact: true }).fill('Jan Jansen');
    await endSessionElsewhere(page);
    await page.getByRole('button', { name: 'Gesprek aanmaken en afsluiten starten' }).click();

    await signInAgain(page);
    await page.getByRole('heading', { level: 1, name: 'Nieuw gesprek' }).waitFor();
    assert.equal(await page.getByLabel('Titel').inputValue(), 'Huisbezoek familie Jansen');
    assert.equal(
      await page.getByRole('group', { name: 'Deelnemer 1' }).getByLabel('Naam', { exact: true }).inputValue(),
      'Jan Jansen',
    );
    await page.getByRole('button', { name: 'Gesprek aanmaken en afsluiten starten' }).click();
    await page.getByRole('heading', { level: 2, name: /Samenvatten/ }).waitFor();
  });

  test('the profile: typed and not saved survives a reload and an ended session', async () => {
    await page.goto(at(page, '/profile'));
    await page.getByRole('heading', { level: 1, name: 'Uw profiel' }).waitFor();
    const reachability = page.getByLabel('Wanneer het best bereikbaar');
    await page.getByLabel('Rol', { exact: true }).fill('Wmo-consulent');
    await reachability.fill('Maandag tot en met donderdag, 9.00–12.00 uur');
    await page.reload();
    await page.getByText('Wat u eerder invulde en nog niet opsloeg, staat weer in het formulier.').waitFor();
    assert.equal(await reachability.inputValue(), 'Maandag tot en met donderdag, 9.00–12.00 uur');
    await expectAccessible(page, 'profile with input kept from before');

    await endSessionElsewhere(page);
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await signInAgain(page);
    await page.getByRole('heading', { level: 1, name: 'Uw profiel' }).waitFor();
    assert.equal(await page.getByLabel('Rol', { exact: true }).inputValue(), 'Wmo-consulent');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await page.getByText('Uw profiel is opgeslagen.').waitFor();
    const me = (await (await page.request.get(at(page, '/api/auth/session'))).json()) as {
      user: { contactCard: { role: string; reachability: string } };
    };
    assert.equal(me.user.contactCard.role, 'Wmo-consulent');
    // Saved, so nothing is held on the device any more: a reload shows the stored card without the notice.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Uw profiel' }).waitFor();
    assert.equal(await reachability.inputValue(), 'Maandag tot en met donderdag, 9.00–12.00 uur');
    assert.equal(await page.getByText('staat weer in het formulier', { exact: false }).count(), 0);
  });
});
