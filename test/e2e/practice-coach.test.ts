// Sharing practice with a coach, in the browser and with the keyboard: a leader in a team shares one attempt
// from their progress page, and the team's coach sees numbers of what was shared, never what was typed.
// axe on every state. The administrator makes the team and the users through the API (there is no screen for it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseScenario } from '../../src/practice/index.ts';
import { ROOT, expectAccessible, screenshot, startSignedIn, tabTo, type Server } from './support.ts';

const NOW = new Date('2026-11-27T10:00:00+01:00');
const ID = 'nl-balie-wil-leidinggevende';
const read = parseScenario(`${ID}.yaml`, readFileSync(join(ROOT, 'scenarios', `${ID}.yaml`), 'utf8'));
if (!read.ok) throw read.error;
const scenario = read.value;
const good = scenario.rehearsals!.find((r) => r.expect === 'good')!;
const poor = scenario.rehearsals!.find((r) => r.expect !== 'good')!;
const PASSWORD = 'een-goed-wachtwoord-123';

/** Calls the API with the page's session (its cookie, and the CSRF token of that session). */
async function api(
  page: Page,
  server: Server,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
) {
  const session = await page.request.get(`${server.url}/api/auth/session`);
  assert.equal(session.status(), 200, await session.text());
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.fetch(`${server.url}/api${path}`, {
    method,
    headers: { 'x-csrf-token': csrfToken, origin: server.url },
    ...(body === undefined ? {} : { data: body }),
  });
  assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.status() === 204 ? null : ((await response.json()) as Record<string, unknown>);
}

/** Signs out with the keyboard and signs in as someone else. */
async function signInAs(page: Page, email: string): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: 'Afmelden' }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  // Signed in again, the app stays on the page it was on (here the progress page, now of this person).
  await page.getByRole('button', { name: 'Afmelden' }).waitFor();
}

describe('a leader shares practice scores with the coach of their team', () => {
  let page: Page;
  let server: Server;
  let close: () => Promise<void>;

  before(async () => {
    ({ page, server, close } = await startSignedIn(NOW));
    const team = (await api(page, server, 'POST', '/teams', { name: 'Team Balie' }))!;
    for (const [email, name, role] of [
      ['lotte.leider@example.nl', 'Lotte de Leider', 'leader'],
      ['coen.coach@example.nl', 'Coen Coach', 'coach'],
    ])
      await api(page, server, 'POST', '/users', { email, name, role, teamId: team.id, password: PASSWORD });
  });
  after(async () => {
    await close?.();
  });

  test('the leader shares one attempt; a refused change is said, a delete is asked first', async () => {
    await signInAs(page, 'lotte.leider@example.nl');
    // Playing in the browser is the other test's subject; here the attempts are sent as the screen sends them.
    const ids: string[] = [];
    for (const run of [poor, poor, good]) {
      const saved = await api(page, server, 'POST', '/practice/attempts', {
        scenarioId: ID,
        seed: 1,
        beginner: false,
        turns: run.turns,
      });
      ids.push((saved!.attempt as { id: string }).id);
    }
    await tabTo(page, page.getByRole('link', { name: 'Oefenen' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('link', { name: 'Uw voortgang' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Uw voortgang' }).waitFor();
    assert.equal(await page.getByText('U zit nog niet in een team').count(), 0);
    const box = (n: number) => page.getByRole('checkbox', { name: `Poging ${n} delen met mijn coach` });
    assert.equal(await box(3).isChecked(), false, 'nothing is shared unless the leader chooses it');
    await tabTo(page, box(3));
    const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.ok());
    await page.keyboard.press('Space');
    await saved;
    // The box shows what the server stored; the page renders that a moment after the answer arrives.
    await page.getByRole('checkbox', { name: 'Poging 3 delen met mijn coach', checked: true }).waitFor();
    await expectAccessible(page, 'history with sharing');

    // Attempt 2 is deleted elsewhere (another tab) while this page still shows it: sharing it is refused
    // with the server's reason, and the box stays as stored.
    const gone = await page.request.get(`${server.url}/api/auth/session`);
    const { csrfToken } = (await gone.json()) as { csrfToken: string };
    const deleted = await page.request.delete(`${server.url}/api/practice/attempts/${ids[1]}`, {
      headers: { 'x-csrf-token': csrfToken, origin: server.url },
    });
    assert.equal(deleted.status(), 204);
    await tabTo(page, box(2));
    await page.keyboard.press('Space');
    await page.getByRole('alert').getByText('Deze oefening bestaat niet (meer).').waitFor();
    assert.equal(await box(2).isChecked(), false);
    await expectAccessible(page, 'history with a refused share');

    // Deleting asks first: cancelled, nothing goes; confirmed, the attempt is gone (also on the server).
    const rows = page.locator('.practice-table tbody tr');
    const remove = page.getByRole('button', { name: 'Poging 1 verwijderen' });
    await tabTo(page, remove);
    page.once('dialog', (dialog) => {
      assert.match(dialog.message(), /Poging 1 verwijderen\? Dit kunt u niet ongedaan maken\./);
      void dialog.dismiss();
    });
    await page.keyboard.press('Enter');
    assert.equal(await rows.count(), 3);
    page.once('dialog', (dialog) => void dialog.accept());
    const removed = page.waitForResponse((r) => r.request().method() === 'DELETE' && r.status() === 204);
    await page.keyboard.press('Enter');
    await removed;
    await page.waitForFunction(() => document.querySelectorAll('.practice-table tbody tr').length === 2);
    const left = (await api(page, server, 'GET', '/practice/attempts')) as unknown as { id: string }[];
    assert.deepEqual(
      left.map((a) => a.id),
      [ids[2]],
    );
  });

  test('the coach sees the numbers of what was shared, and none of the words', async () => {
    await signInAs(page, 'coen.coach@example.nl');
    await tabTo(page, page.getByRole('link', { name: 'Oefenen' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('link', { name: 'Oefenresultaten van uw team' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Oefenresultaten van uw team' }).waitFor();
    await page.getByText('1 leider deelde samen 1 poging.').waitFor();
    const row = page.locator('.practice-table tbody tr');
    assert.equal(await row.count(), 1);
    assert.equal(await row.getByRole('rowheader').textContent(), scenario.title);
    // Only the shared (good) attempt counts: it ended well.
    assert.deepEqual(
      await row
        .locator('td')
        .allTextContents()
        .then((cells) => [cells[0], cells[1], cells[6]]),
      ['1', '1', '1'],
    );
    const text = (await page.locator('main').textContent()) ?? '';
    for (const turn of [...good.turns, ...poor.turns]) assert.ok(!text.includes(turn), 'no leader text');
    assert.ok(!text.includes('Lotte'), 'no names');
    await expectAccessible(page, 'coach view');
    await screenshot(page, 'practice-team');
  });
});
