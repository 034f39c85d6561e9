// The participants' side in Debian's Chromium, against the real server with a real SMTP server (in this
// process): a kitchen-table conversation with two participants, one with e-mail. The leader finishes and
// shares; the participant opens the mailed link on a phone, confirms the summary, questions one agreement
// and gives feedback; the leader sees it all and shares version 2; the other participant's handout carries
// a link (its QR code) to the same kind of page. A GET-only visit (a mail scanner) changes nothing; an
// expired and a forged link get the calm page. axe checks every page and state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

// jsqr is CommonJS that sets exports.default: Node's default import is the exports object.
const jsQR = (
  jsQRModule as unknown as {
    default: (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
  }
).default;

function linkIn(text: string, base: string): string {
  const match = new RegExp(`${base.replace(/[.:/]/g, '\\$&')}/p/[A-Za-z0-9_-]{43}`).exec(text);
  assert.ok(match, `no participant link in: ${text}`);
  return match[0];
}

describe('sharing the record and the participant’s page in the browser', () => {
  let smtp: TestSmtp;
  let server: Server;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let leaderContext: BrowserContext;
  let leader: Page;
  let phone: BrowserContext;
  let conversationId = '';
  let ilse = '';
  let kees = '';
  let secondAgreement = '';
  let ilseLink = '';
  let keesLink = '';

  before(async () => {
    smtp = await startSmtp();
    server = await startServer((url) => ({
      SMTP_URL: smtp.url.toString(),
      MAIL_FROM: 'noreply@example.nl',
      PUBLIC_URL: url,
    }));
    ({ browser, close: closeBrowser } = await launchBrowser());
    leaderContext = await newContext(browser);
    leader = await leaderContext.newPage();
    leader.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
    phone = await newContext(browser, { mobile: true });
  });
  after(async () => {
    await closeBrowser?.();
    await server?.stop();
    await smtp?.stop();
  });

  /** The API as the signed-in leader, with the session's CSRF token. */
  async function leaderApi(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, data?: unknown) {
    const session = await (await leader.request.get(`${server.url}/api/auth/session`)).json();
    const response = await leader.request.fetch(`${server.url}/api${path}`, {
      method,
      headers: { 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
      ...(data !== undefined ? { data: JSON.stringify(data) } : method === 'GET' ? {} : { data: '{}' }),
    });
    assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`);
    return response.json();
  }

  test('the leader closes a kitchen-table conversation and shares it by mail', async () => {
    const setup = await leader.request.post(`${server.url}/api/setup`, { data: ADMIN });
    assert.equal(setup.status(), 201, await setup.text());
    const types = await leaderApi('GET', '/conversation-types');
    const wmo = types.find((t: { key: string }) => t.key === 'wmo-keukentafelgesprek') ?? types[0];
    const created = await leaderApi('POST', '/conversations', {
      typeId: wmo.id,
      title: 'Keukentafelgesprek familie De Wit',
      startsAt: '2026-11-27T10:00:00+01:00',
      mode: 'in_person',
      participants: [
        { name: 'Ilse de Wit', role: 'inwoner', email: 'ilse@example.nl', contactConsent: true },
        { name: 'Kees de Wit', role: 'zoon' },
      ],
    });
    conversationId = created.id;
    [ilse, kees] = created.participants.map((p: { id: string }) => p.id);
    const base = `/conversations/${conversationId}`;
    await leaderApi('PUT', `${base}/summary`, {
      text: 'Mevrouw wil thuis blijven wonen. De trap naar boven gaat steeds moeilijker; ze wil hulp bij het douchen.',
    });
    await leaderApi('POST', `${base}/agreements`, {
      sourceText: 'Kees belt maandag de thuiszorg',
      owner: kees,
      action: 'belt de thuiszorg',
      deadline: '2026-11-30',
      measure: 'De thuiszorg heeft een startdatum genoemd.',
    });
    const second = await leaderApi('POST', `${base}/agreements`, {
      sourceText: 'Ilse laat vrijdag de trap opmeten',
      owner: ilse,
      action: 'laat de trap opmeten',
      deadline: '2026-12-04',
      measure: 'De leverancier heeft de maten.',
    });
    secondAgreement = second.closing.agreements[1].id;
    await leaderApi('POST', `${base}/finish`, { force: true });

    await leader.goto(`${server.url}${base}/share`);
    await leader.getByRole('heading', { level: 1, name: 'Verslag delen' }).waitFor();
    await leader.getByText('Het verslag is nog niet gedeeld').waitFor();
    await expectAccessible(leader, 'share screen, not shared yet');
    await leader.getByRole('button', { name: 'Verslag mailen' }).click();
    await leader.getByText('De mail staat klaar en gaat zo weg.').waitFor();
    const [mail] = await smtp.waitFor(1);
    assert.deepEqual(mail!.to && 'value' in mail!.to ? mail!.to.value.map((v) => v.address) : [], [
      'ilse@example.nl',
    ]);
    ilseLink = linkIn(mail!.text ?? '', server.url);
    await leader.getByRole('button', { name: 'Stand bijwerken' }).click();
    await leader.getByText('Mail: verstuurd').waitFor();
    await expectAccessible(leader, 'share screen, mailed');
    await screenshot(leader, 'share-mailed');
  });

  test('a GET-only visit, as a mail scanner makes it, changes nothing', async () => {
    const before = await leaderApi('GET', `/conversations/${conversationId}/share`);
    const scanner = await browser.newContext({ javaScriptEnabled: false });
    const page = await scanner.newPage();
    const response = await page.goto(ilseLink);
    assert.equal(response?.status(), 200);
    for (const link of await page.locator('a[download]').all()) {
      const href = await link.getAttribute('href');
      assert.equal((await page.request.get(new URL(href!, ilseLink).toString())).status() < 500, true);
    }
    await scanner.close();
    // With JavaScript on, loading alone records nothing either: only a person's tap, key or scroll.
    const looker = await browser.newContext();
    await (await looker.newPage()).goto(ilseLink);
    await looker.close();
    const after = await leaderApi('GET', `/conversations/${conversationId}/share`);
    assert.deepEqual(after.participants, before.participants);
  });

  test('on a phone, the participant confirms the summary, questions an agreement and gives feedback', async () => {
    const page = await phone.newPage();
    page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
    await page.goto(ilseLink);
    await page.getByRole('heading', { level: 1, name: 'Het verslag van uw gesprek' }).waitFor();
    await page.getByText('Voor Ilse de Wit').waitFor();
    await expectAccessible(page, 'participant page');
    await screenshot(page, 'participant-page');

    await page.getByRole('button', { name: 'Klopt', exact: true }).click();
    await page.getByText('Dank u. Uw antwoord is opgeslagen.').waitFor();
    await page.getByText('U heeft gezegd: dit klopt.').waitFor();
    await expectAccessible(page, 'participant page, summary confirmed');

    const agreement = page.getByRole('listitem').filter({ hasText: 'trap' }).first();
    // An empty reason is refused at the field, and nothing is lost.
    await agreement.getByRole('button', { name: 'Reden opsturen' }).click();
    await page.getByText('Vul dit veld in.').waitFor();
    await expectAccessible(page, 'participant page, empty reason refused');
    await page
      .getByRole('listitem')
      .filter({ hasText: 'trap' })
      .first()
      .getByLabel('Dit is niet haalbaar of niet aanvaardbaar, omdat …')
      .fill('Vrijdag ben ik bij het ziekenhuis. Maandag kan wel.');
    await page
      .getByRole('listitem')
      .filter({ hasText: 'trap' })
      .first()
      .getByRole('button', { name: 'Reden opsturen' })
      .click();
    await page.getByText('U heeft gezegd dat dit niet gaat').waitFor();
    await screenshot(page, 'participant-agreement-questioned');

    await page.getByLabel('4 – goed').check();
    await page.getByLabel('Wat ging goed?').fill('Rustig en duidelijk uitgelegd.');
    await page.getByLabel(/Eén tip voor/).fill('Schrijf de datums ook op papier.');
    await expectAccessible(page, 'participant page, feedback filled in');
    await page.getByRole('button', { name: 'Versturen', exact: true }).click();
    await page.getByText('Dank u voor uw feedback.').waitFor();
    await page.getByText('U heeft al feedback gegeven. Dank u wel.').waitFor();
    await expectAccessible(page, 'participant page, feedback given');
    await screenshot(page, 'participant-feedback-given');
    await page.close();
  });

  test('the leader sees the answers, changes the agreement and shares version 2', async () => {
    await leader.goto(`${server.url}/conversations/${conversationId}/share`);
    await leader.getByText('Samenvatting: klopt').waitFor();
    await leader.getByText(/1 niet haalbaar of niet aanvaardbaar/).waitFor();
    await leader.getByText('Heeft feedback gegeven', { exact: true }).waitFor();
    await expectAccessible(leader, 'share screen with answers');
    await screenshot(leader, 'share-answers');
    await leader.goto(`${server.url}/conversations/${conversationId}/close/agreements`);
    await leader.getByText(/Ilse de Wit: niet haalbaar of niet aanvaardbaar/).waitFor();
    await expectAccessible(leader, 'agreements step with a questioned agreement');
    await screenshot(leader, 'closing-agreement-questioned');
    await leader.goto(`${server.url}/conversations/${conversationId}/close/feedback`);
    await leader.getByText('Tip: Schrijf de datums ook op papier.').waitFor();
    await expectAccessible(leader, 'feedback step with the participant’s feedback');

    await leaderApi('PATCH', `/conversations/${conversationId}/agreements/${secondAgreement}`, {
      deadline: '2026-11-30',
      sourceText: 'Ilse laat maandag de trap opmeten',
    });
    await leader.goto(`${server.url}/conversations/${conversationId}/share`);
    await leader.getByText(/delen maakt versie 2/).waitFor();
    const before = smtp.messages.length;
    await leader.getByRole('button', { name: 'Verslag mailen' }).click();
    await leader.getByText('De mail staat klaar en gaat zo weg.').waitFor();
    await smtp.waitFor(before + 1);
    const page = await phone.newPage();
    await page.goto(linkIn(smtp.messages.at(-1)!.text ?? '', server.url));
    await page.getByText(/Versie 2 van/).waitFor();
    await page.close();
  });

  test('the other participant’s handout carries a link to the same kind of page', async () => {
    await leader.goto(`${server.url}/conversations/${conversationId}/share`);
    const popup = leaderContext.waitForEvent('page');
    await leader.getByRole('button', { name: 'Handout voor Kees de Wit afdrukken' }).click();
    const handout = await popup;
    await handout.waitForLoadState();
    const html = await handout.content();
    const printed = linkIn(html, server.url);
    // The QR code as a camera would see it: the rendered square, decoded from its pixels.
    const qr = handout.locator('.sr-link svg[role="img"]');
    await qr.evaluate((svg) => {
      svg.setAttribute('width', '400');
      svg.setAttribute('height', '400');
    });
    const image = PNG.sync.read(await qr.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    assert.ok(decoded, 'the QR code on the handout can be read');
    assert.equal(decoded.data, printed, 'the QR code holds the link printed beside it');
    keesLink = decoded.data;
    await handout.close();
    const page = await phone.newPage();
    await page.goto(keesLink);
    await page.getByText('Voor Kees de Wit').waitFor();
    await page.getByText('Dit is uw afspraak.').waitFor();
    await expectAccessible(page, 'participant page from the handout');
    await screenshot(page, 'participant-page-handout');
    await page.close();
  });

  test('an expired and a forged link get the calm page', async () => {
    const db = new Database(server.dbFile);
    db.prepare(
      "update participant_links set expires_at = '2026-01-01T00:00:00.000Z' where participant_id = ?",
    ).run(kees);
    db.close();
    const page = await phone.newPage();
    const expired = await page.goto(keesLink);
    assert.equal(expired?.status(), 410);
    await page.getByRole('heading', { level: 1, name: 'Deze link is verlopen' }).waitFor();
    assert.ok(!(await page.content()).includes('De Wit'), 'the calm page names no conversation');
    await expectAccessible(page, 'expired link');
    await screenshot(page, 'participant-link-expired');
    const forged = await page.goto(`${server.url}/p/${'x'.repeat(43)}`);
    assert.equal(forged?.status(), 404);
    await page.getByRole('heading', { level: 1, name: 'Deze link werkt niet' }).waitFor();
    await expectAccessible(page, 'forged link');
    await screenshot(page, 'participant-link-broken');
    await page.close();
  });
});
