// The record page in Debian's Chromium: the leader sees the internal version; printing and copying give the
// participants' version (no internal notes, skip reasons, history or button words) with the organisation's
// name; every agreement reads as a grammatical sentence. axe checks every state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot, startSignedIn, type Server } from './support.ts';

const NOW = new Date('2026-11-23T11:00:00+01:00');
const SKIP_REASON = 'bewoner was te moe';
const HISTORY_NOTE = 'intern: eerst overleg met het team';
/** Words of the leader's screen that have no place on paper or on the clipboard. */
const SCREEN_ONLY = [
  SKIP_REASON,
  HISTORY_NOTE,
  'Geschiedenis',
  'Stand bijwerken',
  'Wijzigen',
  'Afdrukken',
  'Tekst kopiëren',
  'Interne versie',
  'Downloads voor de deelnemers',
];

describe('the record: internal on screen, the participants’ version on paper and on the clipboard', () => {
  let server: Server;
  let page: Page;
  let close: () => Promise<void>;
  let conversationId = '';

  before(async () => {
    ({ server, page, close } = await startSignedIn(NOW));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    // The conversation is made through the API as the signed-in leader (the closing screen has tests of its own).
    const session = await (await page.request.get(`${server.url}/api/auth/session`)).json();
    const headers = { 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
    const api = async (method: 'POST' | 'PUT' | 'PATCH', path: string, data: unknown) => {
      const response = await page.request.fetch(`${server.url}/api${path}`, { method, headers, data });
      assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`);
      return response.json();
    };
    const types = await (await page.request.get(`${server.url}/api/conversation-types`)).json();
    const created = await api('POST', '/conversations', {
      typeId: types[0].id,
      title: 'Keukentafelgesprek familie Bos',
      startsAt: '2026-11-23T10:00:00+01:00',
      mode: 'in_person',
      participants: [
        { name: 'Noor Bos', email: 'noor@example.org', contactConsent: true },
        { name: 'Daan Bos' },
      ],
    });
    conversationId = created.id;
    const [noor, daan] = created.participants;
    const base = `/conversations/${conversationId}`;
    await api('PUT', `${base}/summary`, { text: 'Noor wil thuis blijven wonen; de trap is een probleem.' });
    await api('PUT', `${base}/summary/confirmations/${noor.id}`, { state: 'confirmed' });
    // Shapes the record used to get wrong: a first-person action, a plural, a third party without owner.
    const first = await api('POST', `${base}/agreements`, {
      sourceText: 'Ik kijk er naar',
      owner: 'leader',
      action: 'kijk er naar',
      deadline: '2026-11-27',
    });
    await api('POST', `${base}/agreements`, {
      sourceText: 'We sturen u de beschikking',
      owner: 'leader',
      action: 'sturen u de beschikking',
      deadline: '2026-12-04',
      measure: 'De beschikking ligt bij Noor in de bus.',
    });
    await api('POST', `${base}/agreements`, {
      sourceText: 'Daan belt maandag de huisarts',
      owner: daan.id,
      action: 'belt de huisarts',
      deadline: '2026-11-30',
    });
    await api('POST', `${base}/agreements`, {
      sourceText: 'De ergotherapeut komt langs',
      owner: null,
      action: 'De ergotherapeut komt langs',
      deadline: '2026-12-11',
    });
    const agreementId = first.closing.agreements[0].id;
    await api('PATCH', `${base}/agreements/${agreementId}`, { status: 'done', statusNote: HISTORY_NOTE });
    await api('PUT', `${base}/steps/feedback`, { state: 'skipped', skipReason: SKIP_REASON });
  });
  after(async () => close());

  test('on screen: the internal version, with the agreements as sentences', async () => {
    await page.goto(`${server.url}/conversations/${conversationId}/record`);
    const record = page.locator('article.record');
    for (const text of [
      'Anna Bakker kijkt ernaar, uiterlijk op vrijdag 27 november 2026.',
      'Anna Bakker gaat u de beschikking sturen, uiterlijk op vrijdag 4 december 2026.',
      'Daan Bos belt de huisarts, uiterlijk op maandag 30 november 2026.',
      'Wie hiervoor zorgt, is nog niet afgesproken.',
      `Deze stap is overgeslagen: ${SKIP_REASON}`,
      HISTORY_NOTE,
    ]) {
      await record.getByText(text, { exact: false }).first().waitFor();
    }
    assert.equal(await record.getByText('Anna Bakker kijk er naar').count(), 0);
    assert.equal(await record.getByText('Nog niemand De ergotherapeut').count(), 0);
    await page.getByRole('button', { name: 'Afdrukken' }).and(page.locator(':enabled')).waitFor();
    await expectAccessible(page, 'record with downloads');
    await screenshot(page, 'record-internal');
  });

  test('printed: the participants’ version with the organisation’s name, nothing internal', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      const printed = await page.locator('body').innerText();
      assert.match(printed, /Gemeente Voorbeeld/);
      assert.match(printed, /Keukentafelgesprek familie Bos/);
      assert.match(printed, /Anna Bakker kijkt ernaar, uiterlijk op vrijdag 27 november 2026\./);
      assert.match(printed, /Noor wil thuis blijven wonen; de trap is een probleem\./);
      for (const word of SCREEN_ONLY) assert.ok(!printed.includes(word), `printed page contains "${word}"`);
      await expectAccessible(page, 'record as printed');
      await screenshot(page, 'record-print');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('copied: the same version as text', async () => {
    await page.getByRole('button', { name: 'Tekst kopiëren' }).click();
    await page
      .getByRole('status')
      .getByText(/gekopieerd|geselecteerd/)
      .waitFor();
    const box = page.getByLabel('Tekst van het verslag voor de deelnemers');
    const copied =
      (await box.count()) > 0
        ? await box.inputValue()
        : await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^Gemeente Voorbeeld\n/);
    assert.match(copied, /Anna Bakker kijkt ernaar, uiterlijk op vrijdag 27 november 2026\./);
    assert.match(copied, /Daan Bos belt de huisarts/);
    for (const word of SCREEN_ONLY) assert.ok(!copied.includes(word), `copied text contains "${word}"`);
    await expectAccessible(page, 'record after copy');
  });

  test('the downloads are the participants’ files', async () => {
    const pdfHref = await page.getByRole('link', { name: 'Verslag (PDF)' }).getAttribute('href');
    assert.equal(pdfHref, `/api/conversations/${conversationId}/report?format=pdf&audience=participants`);
    const ics = await page.request.get(
      `${server.url}${await page.getByRole('link', { name: 'Afspraken voor de agenda (.ics)' }).getAttribute('href')}`,
    );
    assert.equal(ics.status(), 200);
    assert.match(await ics.text(), /BEGIN:VCALENDAR/);
    const pdf = await page.request.get(`${server.url}${pdfHref}`);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
  });
});

describe('the record on a server without Chromium', () => {
  let server: Server;
  let page: Page;
  let close: () => Promise<void>;

  before(async () => {
    ({ server, page, close } = await startSignedIn(NOW, { CHROME_PATH: '/nonexistent/chromium' }));
  });
  after(async () => close());

  test('the PDF download says what to install; the calendar file still comes', async () => {
    const session = await (await page.request.get(`${server.url}/api/auth/session`)).json();
    const types = await (await page.request.get(`${server.url}/api/conversation-types`)).json();
    const created = await page.request.post(`${server.url}/api/conversations`, {
      headers: { 'x-csrf-token': session.csrfToken },
      data: {
        typeId: types[0].id,
        title: 'Gesprek zonder PDF',
        startsAt: '2026-11-23T10:00:00+01:00',
        mode: 'phone',
        participants: [{ name: 'Mila de Wit' }],
      },
    });
    const { id } = await created.json();
    await page.goto(`${server.url}/conversations/${id}/record`);
    await page.getByRole('link', { name: 'Verslag (PDF)' }).click();
    await page
      .getByRole('alert')
      .getByText(/apt-get install chromium/)
      .waitFor();
    await expectAccessible(page, 'record, PDF unavailable');
    await screenshot(page, 'record-pdf-unavailable', false);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Afspraken voor de agenda (.ics)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^afspraken-gesprek-zonder-pdf-2026-11-23\.ics$/);
  });
});
