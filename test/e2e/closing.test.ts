// The leader's flows as a person clicks them, in Debian's Chromium against the real server:
// first-run setup, a Wmo conversation closed in seven steps, skipped steps, a reload and a dropped
// connection halfway, and the English switch. Every page state is checked with axe (WCAG 2.1 A/AA).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  closeStorageNotice,
  expectAccessible,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  waitSaved,
  type Server,
  E2E_SETUP_CODE,
} from './support.ts';

// The browser's clock starts here and runs on; the question round's time box is moved on with the clock.
const NOW = new Date('2026-11-27T10:00:00+01:00');
const EMAIL = 'anna.bakker@example.nl';
const PASSWORD = 'een-lang-wachtwoord';

describe('the leader closes conversations in the browser', () => {
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

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const stepHeading = (name: string | RegExp) => page.getByRole('heading', { level: 2, name });

  async function markDone() {
    await page.getByRole('button', { name: 'Deze stap is gedaan' }).click();
    await page.getByText('Gedaan', { exact: true }).first().waitFor();
  }

  async function nextStep(title: string) {
    await page.getByRole('link', { name: `${title} →` }).click();
    await stepHeading(new RegExp(title)).waitFor();
  }

  async function newConversation(type: string, participants: { name: string; role?: string }[]) {
    await page.getByRole('link', { name: 'Nieuw gesprek' }).first().click();
    await heading('Nieuw gesprek').waitFor();
    await page.getByLabel('Soort gesprek').selectOption({ label: type });
    for (const [index, p] of participants.entries()) {
      if (index > 0) await page.getByRole('button', { name: 'Nog een deelnemer' }).click();
      const group = page.getByRole('group', { name: `Deelnemer ${index + 1}` });
      await group.getByLabel('Naam', { exact: true }).fill(p.name);
      if (p.role) await group.getByLabel('Rol', { exact: true }).fill(p.role);
    }
    await page.getByRole('button', { name: 'Gesprek aanmaken en afsluiten starten' }).click();
    await stepHeading(/Samenvatten/).waitFor();
  }

  test('first start: the organisation and the first account are set up', async () => {
    await page.goto(server.url + '/');
    await heading('Sluitstuk inrichten').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
    await expectAccessible(page, 'setup');
    await page.getByRole('button', { name: 'Inrichten en aanmelden' }).click();
    // Errors are tied to their fields and the first one gets focus.
    const organisation = page.getByLabel('Naam van de organisatie');
    await page.getByText('Vul dit veld in.').first().waitFor();
    assert.equal(await organisation.getAttribute('aria-invalid'), 'true');
    assert.match((await organisation.getAttribute('aria-describedby')) ?? '', /error/);
    await expectAccessible(page, 'setup with errors');
    await screenshot(page, 'setup');
    await organisation.fill('Gemeente Voorbeeld');
    await page.getByLabel('Uw naam').fill('Anna Bakker');
    await page.getByLabel('E-mailadres').fill(EMAIL);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByLabel('Setupcode').fill(E2E_SETUP_CODE);
    await page.getByRole('button', { name: 'Inrichten en aanmelden' }).click();
    await heading('Uw gesprekken').waitFor();
    await page.getByText('U heeft nog geen gesprekken').waitFor();
    await closeStorageNotice(page);
    await expectAccessible(page, 'empty conversation list');
  });

  test('the profile holds the contact card that step 5 shows', async () => {
    await page.getByRole('link', { name: 'Profiel' }).click();
    await heading('Uw profiel').waitFor();
    await page.getByLabel('Rol', { exact: true }).fill('Wmo-consulent, gemeente Voorbeeld');
    await page.getByLabel('Telefoon', { exact: true }).fill('14 0123');
    await page.getByLabel('E-mailadres', { exact: true }).fill('a.bakker@voorbeeld.nl');
    await page.getByLabel('Wanneer het best bereikbaar').fill('ma t/m do, 9.00–12.00 uur');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await page.getByText('Uw profiel is opgeslagen.').waitFor();
    await expectAccessible(page, 'profile saved');
    await screenshot(page, 'profile');
  });

  test('a new Wmo conversation with two participants is ready in a few fields', async () => {
    await page.getByRole('link', { name: 'Nieuw gesprek' }).first().click();
    await heading('Nieuw gesprek').waitFor();
    await page.getByLabel('Soort gesprek').selectOption({ label: 'Wmo-keukentafelgesprek' });
    const first = page.getByRole('group', { name: 'Deelnemer 1' });
    await first.getByLabel('Naam', { exact: true }).fill('Ilse de Vries');
    await first.getByLabel('Rol', { exact: true }).fill('inwoner');
    // The title follows type and first participant until the leader types their own.
    assert.equal(await page.getByLabel('Titel').inputValue(), 'Wmo-keukentafelgesprek – Ilse de Vries');
    await page.getByRole('button', { name: 'Nog een deelnemer' }).click();
    const second = page.getByRole('group', { name: 'Deelnemer 2' });
    await second.getByLabel('Naam', { exact: true }).fill('Kees de Vries');
    await second.getByLabel('Rol', { exact: true }).fill('mantelzorger');
    await second.getByLabel('E-mailadres (niet verplicht)').fill('kees@example.nl');
    // Contact details need consent: the form says so at the checkbox and does not send.
    await page.getByRole('button', { name: 'Gesprek aanmaken en afsluiten starten' }).click();
    const consent = second.getByLabel(/toestemming/);
    await second.getByText('Vraag toestemming en vink dit aan').waitFor();
    assert.equal(await consent.getAttribute('aria-invalid'), 'true');
    await expectAccessible(page, 'new conversation with consent error');
    await consent.check();
    assert.equal(await page.getByRole('radio', { name: 'Aan tafel' }).isChecked(), true);
    await screenshot(page, 'new-conversation');
    await page.getByRole('button', { name: 'Gesprek aanmaken en afsluiten starten' }).click();
    await heading('Wmo-keukentafelgesprek – Ilse de Vries').waitFor();
    await stepHeading(/Samenvatten/).waitFor();
  });

  test('all seven steps, with two agreements typed as sentences', async () => {
    // 1. Summary, confirmed by one, corrected by the other.
    await expectAccessible(page, 'closing step 1');
    await page
      .getByLabel('Samenvatting')
      .fill(
        'Ilse wil thuis blijven wonen. Traplopen lukt niet meer; douchen alleen met hulp. Kees helpt drie dagen per week.',
      );
    await page
      .getByRole('group', { name: /Ilse de Vries/ })
      .getByLabel('Klopt')
      .check();
    await page
      .getByRole('group', { name: /Kees de Vries/ })
      .getByLabel('Aanvulling of correctie')
      .check();
    await page.getByLabel('Correctie van Kees de Vries').fill('Het zijn vier dagen per week.');
    await waitSaved(page);
    await screenshot(page, 'closing-summary');
    await markDone();
    await nextStep('Afspraken maken');

    // 2. Agreements: read live from the sentence (the conversation is on Friday 27 November: "vrijdag" is next week's).
    const sentence = page.getByLabel('De afspraak in één zin');
    await sentence.fill('Ilse belt vrijdag de thuiszorg');
    const owner = page.locator('.composer').getByLabel('Wie doet het?');
    await page.waitForFunction(() => {
      const select = document.querySelector<HTMLSelectElement>('.composer select');
      return select?.selectedOptions[0]?.textContent === 'Ilse de Vries';
    });
    assert.equal(await owner.locator('option:checked').textContent(), 'Ilse de Vries');
    assert.equal(await page.locator('.composer').getByLabel('Vóór wanneer?').inputValue(), '2026-12-04');
    await page
      .locator('.composer')
      .getByLabel('Hoe weten we dat het gedaan is?')
      .fill('De thuiszorg heeft een eerste bezoek gepland');
    await expectAccessible(page, 'agreement being typed');
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await page.getByRole('heading', { level: 4, name: /Ilse belt vrijdag de thuiszorg/ }).waitFor();

    // A vague agreement is flagged per SMART letter, then made concrete.
    await sentence.fill('We kijken binnenkort naar een traplift');
    const hints = page.getByRole('list', { name: 'Tips om de afspraak scherper te maken' });
    await hints.waitFor();
    assert.ok((await hints.getByRole('listitem').count()) >= 2, 'the vague sentence gets hints');
    assert.ok(await hints.locator('[data-letter="timeBound"]').count(), 'the vague deadline is named');
    await expectAccessible(page, 'vague agreement flagged');
    await screenshot(page, 'closing-agreement-hints');
    await sentence.fill('Kees vraagt maandag een offerte voor een traplift aan');
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.composer [data-letter="timeBound"], .composer [data-letter="owner"]')
          .length === 0,
    );
    await page
      .locator('.composer')
      .getByLabel('Hoe weten we dat het gedaan is?')
      .fill('De offerte ligt bij Ilse');
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await page.getByRole('heading', { level: 4, name: /Kees vraagt maandag een offerte/ }).waitFor();
    // Both participants accept the first agreement.
    const firstAgreement = page.locator('.agreement').first();
    await firstAgreement.getByLabel('Ilse de Vries').check();
    await firstAgreement.getByLabel('Kees de Vries').check();
    await waitSaved(page);
    assert.equal(await sentence.inputValue(), '');
    await expectAccessible(page, 'two agreements');
    await screenshot(page, 'closing-agreements');
    await markDone();
    await nextStep('Verwachtingen scheppen');

    // 3. Expectations: the type's next steps with their dates, plus one of our own.
    await page.getByRole('textbox', { name: 'Wat gebeurt er?' }).first().waitFor();
    assert.ok(await page.locator('input[value="Onderzoek afgerond"]').count(), 'seeded from the Wmo type');
    const own = page.locator('.inline-form');
    await own.getByLabel('Wat gebeurt er?').fill('Huisbezoek ergotherapeut');
    await own.getByLabel('Datum').fill('2026-12-08');
    await page.getByRole('button', { name: 'Vervolgstap toevoegen' }).click();
    await page.locator('input[value="Huisbezoek ergotherapeut"]').waitFor();
    await waitSaved(page);
    await expectAccessible(page, 'expectations');
    await screenshot(page, 'closing-expectations');
    await markDone();
    await nextStep('Ruimte voor vragen');

    // 4. Questions in a gentle time box; the clock is moved on, no alarm, just a calm note.
    await page.getByRole('button', { name: 'Vragenronde starten' }).click();
    await page.getByTestId('elapsed').waitFor();
    await page.getByRole('textbox', { name: 'Vraag of opmerking' }).fill('Wat kost een traplift ongeveer?');
    await page.getByLabel('Van wie?').selectOption({ label: 'Kees de Vries' });
    await page.getByRole('button', { name: 'Noteren' }).click();
    const question = page.locator('.question').first();
    await question.getByRole('radio', { name: 'Beantwoord' }).check();
    await question
      .getByRole('textbox', { name: 'Antwoord' })
      .fill('Dat hangt af van de trap; de offerte laat het zien.');
    await waitSaved(page);
    await page.clock.fastForward('05:10');
    await page.getByText('De richttijd is voorbij.').waitFor();
    assert.match((await page.getByTestId('elapsed').textContent()) ?? '', /^5:1\d$/);
    await expectAccessible(page, 'question round over time');
    await screenshot(page, 'closing-questions');
    await markDone();
    await nextStep('Kenbaar en bereikbaar');

    // 5. Contact: the card from the profile; a phone number waits for consent.
    await page.locator('.contact-card').getByText('Anna Bakker').waitFor();
    await page.locator('.contact-card').getByText('14 0123').waitFor();
    await page.getByLabel('Ik heb verteld hoe en wanneer ik bereikbaar ben').check();
    const ilse = page.getByRole('group', { name: 'Ilse de Vries' });
    await ilse.getByLabel('Telefoon (niet verplicht)').fill('06 1234 5678');
    await ilse.getByText('Nog niet opgeslagen: vraag toestemming').waitFor();
    await expectAccessible(page, 'contact waiting for consent');
    await ilse.getByLabel(/toestemming/).check();
    await waitSaved(page);
    await screenshot(page, 'closing-contact');
    await markDone();
    await nextStep('Feedback vragen');

    // 6. Feedback, with what participants give through their links (none yet).
    await page.getByLabel('Ik heb gevraagd hoe het gesprek is ervaren').check();
    await page
      .getByLabel('Wat werd er gezegd?')
      .fill('Prettig dat het aan de keukentafel kon. Graag het verslag op papier.');
    await page.getByText('Nog geen feedback via de link.').waitFor();
    await waitSaved(page);
    await expectAccessible(page, 'feedback');
    await markDone();
    await nextStep('Bedanken');

    // 7. Thanks.
    await page.getByLabel('Ik heb iedereen bedankt').check();
    await page.getByLabel('Slotzin voor het verslag (niet verplicht)').fill('Dank voor uw tijd en openheid.');
    await waitSaved(page);
    await markDone();
    await page.getByText('7 gedaan · 0 overgeslagen · 0 open').waitFor();
    await expectAccessible(page, 'all steps done');
    await screenshot(page, 'closing-thanks');
  });

  test('finishing shows the check, then a record with everything', async () => {
    await page.getByRole('button', { name: 'Naar afronden →' }).click();
    await heading('Gesprek afronden').waitFor();
    await page.getByText('Alle stappen zijn afgerond.').waitFor();
    await expectAccessible(page, 'finish check complete');
    await page.getByRole('button', { name: 'Afronden', exact: true }).click();
    await heading('Wmo-keukentafelgesprek – Ilse de Vries').waitFor();
    const record = page.locator('article.record');
    for (const text of [
      'Ilse wil thuis blijven wonen.',
      'Kees de Vries vult aan: Het zijn vier dagen per week.',
      'Ilse belt vrijdag de thuiszorg',
      'Gedaan als: De thuiszorg heeft een eerste bezoek gepland',
      'Akkoord: Ilse de Vries, Kees de Vries',
      'Kees vraagt maandag een offerte voor een traplift aan',
      'Onderzoek afgerond',
      'Huisbezoek ergotherapeut',
      'Wat kost een traplift ongeveer?',
      'ma t/m do, 9.00–12.00 uur',
      'Ilse de Vries: 06 1234 5678',
      'Prettig dat het aan de keukentafel kon.',
      'Dank voor uw tijd en openheid.',
    ]) {
      await record.getByText(text, { exact: false }).first().waitFor();
    }
    await page.getByText('elke wijziging wordt vastgelegd in het logboek').waitFor();
    await expectAccessible(page, 'record');
    await screenshot(page, 'record');
    // The print stylesheet leaves only the record.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.record-tools').isVisible(), false);
    assert.equal(await page.locator('header.header').isVisible(), false);
    await screenshot(page, 'record-print');
    await page.emulateMedia({ media: 'screen' });
  });

  test('a conversation with two skipped steps lists them before finishing', async () => {
    await newConversation('Klachtgesprek', [{ name: 'Mevrouw Jansen', role: 'klager' }]);
    await page
      .getByRole('group', { name: /Mevrouw Jansen/ })
      .getByLabel('Klopt')
      .check();
    await page.getByLabel('Samenvatting').fill('De klacht over de late terugbelafspraak is besproken.');
    await markDone();
    for (const [title, reason] of [
      ['Afspraken maken', ''],
      ['Verwachtingen scheppen', ''],
      ['Ruimte voor vragen', ''],
      ['Kenbaar en bereikbaar', 'kent mij al'],
      ['Feedback vragen', 'geen goed moment'],
      ['Bedanken', ''],
    ] as const) {
      await nextStep(title);
      if (!reason) {
        await markDone();
        continue;
      }
      await page.getByRole('button', { name: 'Overslaan…' }).click();
      await page.getByRole('button', { name: 'Stap overslaan' }).click();
      // A skip needs a reason; the error sits at the field.
      await page.getByText('Vul een reden in om deze stap over te slaan.').waitFor();
      await expectAccessible(page, `skip without reason (${title})`);
      await page.getByLabel('Waarom slaat u deze stap over?').fill(reason);
      await page.getByRole('button', { name: 'Stap overslaan' }).click();
      await page.getByText(`reden: ${reason}`).waitFor();
    }
    await page.getByText('5 gedaan · 2 overgeslagen · 0 open').waitFor();
    await screenshot(page, 'closing-skipped');
    await page.getByRole('button', { name: 'Naar afronden →' }).click();
    await heading('Gesprek afronden').waitFor();
    await page.getByText('Stap “Kenbaar en bereikbaar” is overgeslagen (kent mij al).').waitFor();
    await page.getByText('Stap “Feedback vragen” is overgeslagen (geen goed moment).').waitFor();
    await expectAccessible(page, 'finish check with missing items');
    await screenshot(page, 'finish-check');
    // Going back works, and so does finishing anyway.
    await page.getByRole('link', { name: 'Terug naar de stappen' }).click();
    await stepHeading(/Samenvatten/).waitFor();
    await page
      .getByRole('link', { name: /Bedanken/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Naar afronden →' }).click();
    await page.getByRole('button', { name: 'Toch afronden' }).click();
    const record = page.locator('article.record');
    await record.getByText('Deze stap is overgeslagen: kent mij al').waitFor();
    await record.getByText('Deze stap is overgeslagen: geen goed moment').waitFor();
  });

  test('a reload halfway and a dropped connection lose nothing', async () => {
    await newConversation('Wmo-keukentafelgesprek', [{ name: 'Jan Smit' }]);
    // Typed, then reloaded at once, before the save went out.
    await page.getByLabel('Samenvatting').fill('Jan wil hulp bij het huishouden.');
    await page.reload();
    await stepHeading(/Samenvatten/).waitFor();
    assert.equal(await page.getByLabel('Samenvatting').inputValue(), 'Jan wil hulp bij het huishouden.');
    await waitSaved(page);
    // A half-typed agreement survives a reload too.
    await page
      .getByRole('link', { name: /Afspraken maken/ })
      .first()
      .click();
    await page.getByLabel('De afspraak in één zin').fill('Ik stuur Jan donderdag het verslag');
    await page.reload();
    await stepHeading(/Afspraken maken/).waitFor();
    assert.equal(
      await page.getByLabel('De afspraak in één zin').inputValue(),
      'Ik stuur Jan donderdag het verslag',
    );
    // The connection drops: the leader is told, the input stays, and it is sent when the network returns.
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await page.getByText('Op dit apparaat bewaard; wordt verstuurd zodra er verbinding is').waitFor();
    await page.getByTestId('connection-status').getByText('Offline — 1 wijziging wacht').waitFor();
    await page.getByText('Nog niet opgeslagen, wordt verstuurd…').waitFor();
    await expectAccessible(page, 'saving failed, input kept');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'closing-offline', false);
    await context.setOffline(false);
    await page.getByRole('heading', { level: 4, name: /Ik stuur Jan donderdag het verslag/ }).waitFor();
    await waitSaved(page);
    await page.reload();
    await page.getByRole('heading', { level: 4, name: /Ik stuur Jan donderdag het verslag/ }).waitFor();
    assert.equal(await page.getByText('Nog niet opgeslagen').count(), 0);
  });

  test('the list finds conversations by text, type and status', async () => {
    await page.getByRole('link', { name: 'Gesprekken', exact: true }).click();
    await heading('Uw gesprekken').waitFor();
    await page.getByText('3 gesprekken', { exact: true }).waitFor();
    await page.getByLabel('Zoeken op titel of naam').fill('Jansen');
    await page.getByText('1 gesprek', { exact: true }).waitFor();
    await page.getByLabel('Zoeken op titel of naam').fill('');
    await page.getByLabel('Stand').selectOption({ label: 'Afgerond' });
    await page.getByText('2 gesprekken', { exact: true }).waitFor();
    await page.getByLabel('Stand').selectOption({ label: 'Alle' });
    await page.getByText('3 gesprekken', { exact: true }).waitFor();
    await expectAccessible(page, 'conversation list');
    await screenshot(page, 'conversations');
  });

  test('English: the switch changes every text, the language attribute and date formats', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await heading('Your conversations').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.getByText('3 conversations', { exact: true }).waitFor();
    await expectAccessible(page, 'list in English');
    await page.getByRole('link', { name: /Wmo-keukentafelgesprek – Ilse de Vries/ }).click();
    // The record on screen (the participants' printed version is on the page too, hidden until printed).
    const record = page.locator('article.record');
    await record.getByText('Record of the conversation').waitFor();
    await record.getByText(/by Friday,? 4 December 2026/).waitFor();
    await expectAccessible(page, 'record in English');
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { level: 2, name: /Summarise/ }).waitFor();
    await page.getByText('You can still make changes; each change is recorded in the audit log.').waitFor();
    await expectAccessible(page, 'closing in English');
    await screenshot(page, 'closing-english');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 2, name: /Samenvatten/ }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  });

  test('on a 360 px phone the closing screen still works', async () => {
    const phone = await newContext(browser, { mobile: true });
    const small = await phone.newPage();
    await small.clock.install({ time: NOW });
    await small.goto(server.url + '/');
    await small.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await expectAccessible(small, 'login on a phone');
    await screenshot(small, 'login-phone');
    // Keyboard only: type, Tab, Enter.
    await small.getByLabel('E-mailadres').focus();
    await small.keyboard.type(EMAIL);
    await small.keyboard.press('Tab');
    await small.keyboard.type(PASSWORD);
    await small.keyboard.press('Enter');
    await small.getByRole('heading', { level: 1, name: 'Uw gesprekken' }).waitFor();
    await small.getByRole('link', { name: /Jan Smit/ }).click();
    await small.getByRole('heading', { level: 2, name: /Samenvatten/ }).waitFor();
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling at 360 px (overflow ${overflow}px)`);
    await expectAccessible(small, 'closing on a phone');
    await phone.close();
  });

  test('the skip link and visible focus work from the keyboard', async () => {
    // Start from Dutch whatever the test before left behind.
    await page.evaluate(() => window.localStorage.setItem('sluitstuk:lang', 'nl'));
    await page.goto(server.url + '/');
    await heading('Uw gesprekken').waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await skip.waitFor();
    assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  });
});
