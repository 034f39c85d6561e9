// The closing screen on a 360 px phone held in one hand: a one-line header with the menu folded away, the
// seven steps as a strip that never cuts a label, the step's heading in the first screen, and the buttons to
// the next step within reach of the thumb at the bottom. Every state is checked with axe; the screenshots
// of the phone views in docs/user-guide.md come from here.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  E2E_SETUP_CODE,
  closeStorageNotice,
  expectAccessible,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  waitSaved,
  type Server,
} from './support.ts';
import { goToStep, newConversation } from './flows.ts';

const NOW = new Date('2026-11-27T10:00:00+01:00');

describe('a phone held in one hand', () => {
  let server: Server;
  let closeBrowser: () => Promise<void>;
  let page: Page;

  before(async () => {
    server = await startServer();
    const launched = await launchBrowser();
    closeBrowser = launched.close;
    page = await (await newContext(launched.browser, { mobile: true })).newPage();
    await page.clock.install({ time: NOW });
    page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
  });

  after(async () => {
    await closeBrowser?.();
    await server?.stop();
  });

  /** Geometry of what matters on the closing screen, at the top of the page. */
  async function layout() {
    // No named helpers inside: the test runner's transform would wrap them in a function the page lacks.
    return page.evaluate(() => ({
      viewport: { width: window.innerWidth, height: window.innerHeight },
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      header: document.querySelector('header.header')!.getBoundingClientRect().height,
      stepHeading: document.querySelector('.step__title')!.getBoundingClientRect().top,
      pager: document.querySelector('.step-pager')!.getBoundingClientRect().toJSON() as DOMRect,
      steps: [...document.querySelectorAll<HTMLElement>('.steps-nav__link')].map((link) => ({
        left: link.getBoundingClientRect().left,
        right: link.getBoundingClientRect().right,
        clipped: link.scrollWidth > link.clientWidth,
      })),
    }));
  }

  test('first start on the phone: set up and signed in', async () => {
    await page.goto(server.url + '/');
    await page.getByLabel('Naam van de organisatie').fill('Gemeente Voorbeeld');
    await page.getByLabel('Uw naam').fill('Anna Bakker');
    await page.getByLabel('E-mailadres').fill('anna.bakker@example.nl');
    await page.getByLabel('Wachtwoord').fill('een-lang-wachtwoord');
    await page.getByLabel('Setupcode').fill(E2E_SETUP_CODE);
    await page.getByRole('button', { name: 'Inrichten en aanmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uw gesprekken' }).waitFor();
    await closeStorageNotice(page);
  });

  test('one line of header; the menu opens and closes with one button', async () => {
    const header = await page.locator('header.header').boundingBox();
    assert.ok(header && header.height <= 64, `the header is one line (${header?.height} px)`);
    const menu = page.getByRole('button', { name: 'Menu' });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible(), false);
    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Profiel' })
      .waitFor();
    await expectAccessible(page, 'phone menu open');
    await screenshot(page, 'phone-menu', false);
    // Going somewhere folds it away again.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Nieuw gesprek' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw gesprek' }).waitFor();
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  });

  test('the closing screen: content in the first screen, every step in the strip, buttons at the thumb', async () => {
    await newConversation(page, 'Wmo-keukentafelgesprek', [{ name: 'Ilse de Vries', role: 'inwoner' }]);
    await page.evaluate(() => window.scrollTo(0, 0));
    const at = await layout();
    assert.ok(at.overflow <= 0, `no sideways scrolling (${at.overflow} px)`);
    assert.ok(at.header <= 64, `header ${at.header} px`);
    assert.ok(
      at.stepHeading < at.viewport.height / 2,
      `the step starts in the top half (${at.stepHeading} px)`,
    );
    assert.equal(at.steps.length, 7);
    for (const [index, step] of at.steps.entries()) {
      assert.ok(step.left >= 0 && step.right <= at.viewport.width, `step ${index + 1} is on screen`);
      assert.equal(step.clipped, false, `step ${index + 1} is not cut off`);
    }
    // Every step's name is still there for a screen reader, in full.
    const names = await page
      .locator('.steps-nav__link')
      .evaluateAll((links) => links.map((l) => l.textContent ?? ''));
    assert.match(names[2]!, /Verwachtingen scheppen/);
    // The previous/next buttons stay at the bottom of the screen while scrolling.
    assert.ok(at.pager.bottom <= at.viewport.height + 1, 'the step buttons are on screen');
    assert.ok(at.pager.top > at.viewport.height - 120, `and at the bottom (${at.pager.top} px)`);
    await expectAccessible(page, 'closing on a phone');
    await page.getByLabel('Samenvatting').fill('Ilse wil thuis blijven wonen. Douchen lukt alleen met hulp.');
    await waitSaved(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'closing-phone', false);
  });

  test('typing an agreement on the phone, and the contact card to show across the table', async () => {
    await goToStep(page, 'Afspraken maken');
    await page.getByLabel('De afspraak in één zin').fill('We kijken binnenkort naar een traplift');
    await page.getByRole('list', { name: 'Tips om de afspraak scherper te maken' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling (${overflow} px)`);
    await expectAccessible(page, 'agreement hints on a phone');
    await page
      .locator('.composer')
      .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8));
    await screenshot(page, 'closing-agreements-phone', false);
    await goToStep(page, 'Kenbaar en bereikbaar');
    await expectAccessible(page, 'contact on a phone');
    await page
      .locator('.contact-card')
      .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 60));
    await screenshot(page, 'closing-contact-phone', false);
  });
});
