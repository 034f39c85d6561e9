// Practice in the browser, with the keyboard only: choose a scenario, read the preparation card, play it to
// the end, read the debrief, play it again and see the second attempt in the history. axe on every state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseScenario } from '../../src/practice/index.ts';
import { ROOT, expectAccessible, screenshot, startSignedIn, tabTo } from './support.ts';

const NOW = new Date('2026-11-27T10:00:00+01:00');
const ID = 'nl-balie-boze-klant';
const read = parseScenario(`${ID}.yaml`, readFileSync(join(ROOT, 'scenarios', `${ID}.yaml`), 'utf8'));
if (!read.ok) throw read.error;
const scenario = read.value;
const good = scenario.rehearsals![0]!;
const poor = scenario.rehearsals![1]!;

async function say(page: Page, text: string): Promise<void> {
  const input = page.getByLabel('Wat zegt u?');
  assert.equal(await input.evaluate((el) => el === document.activeElement), true, 'focus stays in the input');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

describe('the leader practises a hard conversation in the browser', () => {
  let page: Page;
  let close: () => Promise<void>;

  before(async () => {
    ({ page, close } = await startSignedIn(NOW));
  });
  after(async () => {
    await close?.();
  });

  test('choose a scenario and read its preparation card', async () => {
    await tabTo(page, page.getByRole('link', { name: 'Oefenen' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Oefenen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Nederlands' }).waitFor();
    await expectAccessible(page, 'practice list');
    await screenshot(page, 'practice-list');
    await tabTo(page, page.getByRole('link', { name: `Voorbereiden en oefenen: ${scenario.title}` }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: scenario.title }).waitFor();
    await page.getByRole('heading', { name: /Voorbereidingskaart/ }).waitFor();
    await page.getByText('Als de spanning oploopt').waitFor();
    assert.equal(await page.getByRole('checkbox', { name: /Bedanken/ }).count(), 1);
    await expectAccessible(page, 'preparation card');
    await screenshot(page, 'practice-card');
  });

  test('play it to the end with the keyboard, with the beginner suggestions', async () => {
    await tabTo(page, page.getByRole('checkbox', { name: /Beginnersmodus/ }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Begin het gesprek' }));
    await page.keyboard.press('Enter');
    await page.getByRole('log', { name: 'Het gesprek' }).getByText(scenario.opening).waitFor();
    await page.getByRole('heading', { name: 'Voorbeelden die nu passen' }).waitFor();
    await expectAccessible(page, 'conversation with suggestions');
    // An empty turn is refused with a message, and the focus stays in the field.
    await page.keyboard.press('Enter');
    await page.getByText('Typ eerst wat u zou zeggen.').waitFor();
    await say(page, good.turns[0]!);
    await page.getByText('Herkend: emotie erkennen').waitFor();
    await page.getByText('Stemming van Meneer Bakker: geïrriteerd').waitFor();
    await expectAccessible(page, 'conversation after a turn');
    await screenshot(page, 'practice-conversation');
    // A suggestion is picked with the keyboard and sent as it is.
    const use = page.getByRole('button', { name: /^Gebruik: / }).first();
    await tabTo(page, use);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const turns = page.locator('.practice-turn');
    await turns.nth(1).waitFor();
    for (const text of good.turns.slice(2)) {
      if ((await page.getByRole('heading', { name: 'Nabespreking' }).count()) > 0) break;
      await say(page, text);
    }
  });

  test('read the debrief: scores per part, tips tied to turns, the marked transcript, saved', async () => {
    const heading = page.getByRole('heading', { level: 2, name: 'Nabespreking' });
    await heading.waitFor();
    assert.equal(await heading.evaluate((el) => el === document.activeElement), true, 'focus on the debrief');
    await page.getByText('Het gesprek is afgelopen: Goed afgesloten.').waitFor();
    await page.getByText('Opgeslagen in uw voortgang.').waitFor();
    for (const part of ['Totaal', 'Spanning hanteren', 'Helder zijn', 'Afsluiten'])
      await page.getByRole('term').filter({ hasText: part }).waitFor();
    await page
      .getByRole('heading', { name: 'De zeven stappen (dezelfde analyse als bij een echt gesprek)' })
      .waitFor();
    await page.getByRole('heading', { name: 'Uw pogingen bij dit scenario' }).waitFor();
    assert.equal(await page.locator('.practice-table tbody tr').count(), 1);
    await expectAccessible(page, 'debrief of a good attempt');
    await screenshot(page, 'practice-debrief');
  });

  test('play it again (poorly) and see the second attempt in the history', async () => {
    await tabTo(page, page.getByRole('button', { name: 'Nog een keer oefenen' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Begin het gesprek' }));
    await page.keyboard.press('Enter');
    await page.getByLabel('Wat zegt u?').waitFor();
    await say(page, poor.turns[0]!);
    await page.getByText('Herkend: in discussie gaan').waitFor();
    await say(page, poor.turns[1]!);
    await page.getByText('Het gesprek is afgelopen: Afgebroken.').waitFor();
    await page.getByText('Opgeslagen in uw voortgang.').waitFor();
    // Tips point at the turns that caused them, and those turns are marked in the transcript.
    const tips = page.locator('.practice-tips li');
    assert.ok((await tips.count()) >= 2);
    await page.locator('.practice-line--tip').first().waitFor();
    await page.getByText(/werkt averechts: in discussie gaan/).waitFor();
    await page.locator('.practice-table tbody tr').nth(1).waitFor();
    assert.equal(await page.locator('.practice-table tbody tr').count(), 2);
    await expectAccessible(page, 'debrief of a poor attempt');
    // The tip's turn link moves to the marked turn.
    await tabTo(page, page.locator('.practice-tips a').first());
    await page.keyboard.press('Enter');
    // The hash changes after the key press; wait for it instead of reading the address at once.
    await page.waitForURL(/#turn-\d+$/);
  });

  test('the history page: a chart with title, description and a table of both attempts', async () => {
    await tabTo(page, page.getByRole('link', { name: 'Terug naar alle oefeningen' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('link', { name: 'Uw voortgang' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Uw voortgang' }).waitFor();
    const chart = page.getByRole('img', {
      name: new RegExp(`Scores van uw pogingen bij “${scenario.title}”`),
    });
    await chart.waitFor();
    assert.match((await chart.getAttribute('aria-labelledby')) ?? '', /desc/);
    assert.equal(await page.locator('.practice-table tbody tr').count(), 2);
    // The administrator of this installation is in no team: there is nobody to share with, and it says so.
    await page.getByText('U zit nog niet in een team').waitFor();
    await expectAccessible(page, 'history');
    await screenshot(page, 'practice-history');
  });

  test('the same card is offered before a real conversation of that type', async () => {
    await tabTo(page, page.getByRole('link', { name: 'Nieuw gesprek' }).first());
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nieuw gesprek' }).waitFor();
    await page.getByLabel('Soort gesprek').selectOption({ label: 'Klachtgesprek' });
    const link = page.getByRole('link', { name: /Voorbereidingskaart voor dit gesprek/ });
    await link.waitFor();
    await expectAccessible(page, 'new conversation with the card link');
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Voorbereiden op dit gesprek' }).waitFor();
    await page.getByRole('link', { name: scenario.title }).waitFor();
    await expectAccessible(page, 'card before a real conversation');
  });
});
