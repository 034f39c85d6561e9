// Inviting a colleague in Beheer, in Debian's Chromium, against the real server with a real SMTP server (in
// this process): the administrator invites, the copy link is shown once beside the mail, the list says the mail
// was sent (and, for an address the mail server refuses, that it failed); the colleague opens the mailed link,
// chooses a password and is signed in. axe checks every page and state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startSmtp, type TestSmtp } from '../integration/smtp.ts';
import {
  E2E_SETUP_CODE,
  expectAccessible,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  type Server,
} from './support.ts';

const ADMIN = {
  organisationName: 'Gemeente Voorbeeld',
  name: 'Anna Bakker',
  email: 'anna.bakker@example.nl',
  password: 'een-lang-wachtwoord',
  setupCode: E2E_SETUP_CODE,
};

describe('inviting a colleague in the browser', () => {
  let smtp: TestSmtp;
  let server: Server;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let admin: Page;

  before(async () => {
    smtp = await startSmtp();
    server = await startServer((url) => ({
      SMTP_URL: smtp.url.toString(),
      MAIL_FROM: 'noreply@example.nl',
      PUBLIC_URL: url,
    }));
    ({ browser, close: closeBrowser } = await launchBrowser());
    admin = await (await newContext(browser)).newPage();
    admin.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
  });
  after(async () => {
    await closeBrowser?.();
    await server?.stop();
    await smtp?.stop();
  });

  /** Fills Beheer's invitation form and sends it. */
  async function invite(name: string, email: string) {
    const form = admin.locator('form', { has: admin.getByRole('heading', { name: 'Collega uitnodigen' }) });
    await form.getByLabel('Naam', { exact: true }).fill(name);
    await form.getByLabel('E-mailadres', { exact: true }).fill(email);
    await form.getByLabel('Rol', { exact: true }).selectOption({ label: 'Gespreksleider' });
    await form.getByRole('button', { name: 'Uitnodiging sturen' }).click();
    await admin.getByText(`Uitnodiging voor ${name} gemaakt`).waitFor();
  }

  /** The users table's row of a person. */
  const rowOf = (name: string) =>
    admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name }) });

  test('the administrator invites; the mail goes out and Beheer says so, with the copy link as a fallback', async () => {
    // Set up through the API (the setup page has its own test); the session cookie lands in this browser.
    const setup = await admin.request.post(`${server.url}/api/setup`, { data: ADMIN });
    assert.equal(setup.status(), 201, await setup.text());
    await admin.goto(`${server.url}/admin?tab=users`);
    await admin.getByRole('heading', { level: 2, name: 'Gebruikers' }).waitFor();
    await expectAccessible(admin, 'admin users before inviting');

    await invite('Noor Nieuwkamp', 'noor@example.nl');
    // The link shown once, to copy when the mail does not arrive.
    const copy = await admin
      .getByRole('textbox', { name: 'Uitnodigingslink voor Noor Nieuwkamp' })
      .inputValue();
    assert.match(copy, /\/invite#[A-Za-z0-9_-]{43}$/);
    await admin.getByText('De uitnodiging gaat per mail naar noor@example.nl').waitFor();
    // The server's queue sends it at once; the list looks again until it knows.
    await rowOf('Noor Nieuwkamp').getByText('Mail verstuurd').waitFor();
    await rowOf('Noor Nieuwkamp').getByText('Uitgenodigd, nog niet aangemeld').waitFor();
    await expectAccessible(admin, 'admin invitation made, mail sent');
    await screenshot(admin, 'admin-invitation');

    // An address the mail server refuses: Beheer says the mail failed, and a new invitation gives a new link.
    smtp.refuse.set('onbekend@example.nl', 550);
    await invite('Onno Onbekend', 'onbekend@example.nl');
    await rowOf('Onno Onbekend').getByText('Mail mislukt').waitFor();
    await expectAccessible(admin, 'admin invitation mail failed');
    await rowOf('Onno Onbekend').getByRole('button', { name: 'Opnieuw uitnodigen: Onno Onbekend' }).click();
    await admin.getByText('Uitnodiging voor Onno Onbekend gemaakt').waitFor();
    const renewed = await admin
      .getByRole('textbox', { name: 'Uitnodigingslink voor Onno Onbekend' })
      .inputValue();
    assert.notEqual(renewed, copy);
    smtp.refuse.clear();
  });

  test('the colleague opens the mailed link, chooses a password and is signed in', async () => {
    const [mail] = await smtp.waitFor(1);
    const text = mail!.text ?? '';
    assert.match(text, /Anna Bakker nodigt u uit voor Sluitstuk van Gemeente Voorbeeld/);
    const link = new RegExp(`${server.url.replace(/[.:/]/g, '\\$&')}/invite#[A-Za-z0-9_-]{43}`).exec(
      text,
    )?.[0];
    assert.ok(link, `no invitation link in: ${text}`);

    const colleague = await (await newContext(browser)).newPage();
    colleague.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
    await colleague.goto(link);
    await colleague.getByRole('heading', { level: 1, name: 'Welkom bij Sluitstuk' }).waitFor();
    await colleague
      .getByText('Hallo Noor Nieuwkamp. U bent uitgenodigd voor Sluitstuk van Gemeente Voorbeeld')
      .waitFor();
    await expectAccessible(colleague, 'invitation page');
    await colleague.getByLabel('Wachtwoord').fill('kort');
    await colleague.getByRole('button', { name: 'Wachtwoord opslaan en aanmelden' }).click();
    await colleague.getByText('minstens 10 tekens').first().waitFor();
    await expectAccessible(colleague, 'invitation page, password too short');
    await colleague.getByLabel('Wachtwoord').fill('mijn-eigen-lange-wachtwoord');
    await colleague.getByRole('button', { name: 'Wachtwoord opslaan en aanmelden' }).click();
    await colleague.getByRole('heading', { level: 1, name: 'Uw gesprekken' }).waitFor();
    // The token left the address bar: a shared screen or the history does not keep it.
    assert.ok(!colleague.url().includes('#'), colleague.url());
    await expectAccessible(colleague, 'signed in after the invitation');

    // Used once: the same link now gets the calm explanation.
    await colleague.goto(link);
    await colleague.getByText('Deze uitnodiging werkt niet (meer)').waitFor();
    await expectAccessible(colleague, 'invitation link used');

    // Beheer now shows her as active, without an invitation.
    await admin.reload();
    await rowOf('Noor Nieuwkamp').getByText('Actief', { exact: true }).waitFor();
    await colleague.context().close();
  });
});
