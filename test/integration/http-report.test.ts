// GET /api/conversations/:id/report on both databases: every format, both audiences, authorisation like the
// record, and the PDF through Debian's Chromium read back with poppler (pdfinfo: tagged; pdftotext: text).
// A wrong CHROME_PATH leaves the server running and the PDF answering what to install.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { createServices } from '../../src/services/index.ts';
import { buildApp } from '../../src/server/index.ts';
import { chromiumPdfRenderer } from '../../src/render/index.ts';
import { dialects } from './dialects.ts';
import { codeOf, setUp, startHarness, userClient, type Client, type Harness } from './harness.ts';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const havePdfTools = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
// In CI a missing browser or poppler is a failure; on a developer's machine the rest still tells something.
const pdfSkip =
  existsSync(CHROMIUM) && havePdfTools ? false : process.env.CI ? false : 'needs chromium and poppler-utils';

/** pdfinfo's fields and pdftotext's text of a PDF. */
function readPdf(bytes: Buffer): { info: Record<string, string>; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sluitstuk-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, bytes);
    const info = Object.fromEntries(
      execFileSync('pdfinfo', [file], { encoding: 'utf8' })
        .split('\n')
        .map((line) => /^([^:]+):\s+(.*)$/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1]!, m[2]!.trim()]),
    );
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return { info, text: text.replace(/\s+/g, ' ') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const dialect of dialects()) {
  describe(`record as a report on ${dialect}`, () => {
    let h: Harness;
    let owner: Client & { userId: string };
    let other: Client & { userId: string };
    let conversationId = '';
    let participantId = '';
    const pdf = chromiumPdfRenderer({ executablePath: CHROMIUM });

    before(async () => {
      h = await startHarness(dialect);
      const admin = await setUp(h.app);
      owner = await userClient(h.app, admin, {
        email: 'lea@example.nl',
        name: 'Lea de Vries',
        role: 'leader',
      });
      other = await userClient(h.app, admin, { email: 'bram@example.nl', name: 'Bram', role: 'leader' });
      const types = (await owner.get('/api/conversation-types')).json();
      const created = await owner.post('/api/conversations', {
        typeId: types[0].id,
        title: 'Keukentafelgesprek <script>alert(1)</script>',
        startsAt: '2026-11-23T10:00:00+01:00',
        mode: 'in_person',
        participants: [
          { name: 'Sanne Visser', email: 'sanne@example.org', contactConsent: true },
          { name: 'Karim Visser' },
        ],
      });
      assert.equal(created.statusCode, 201, created.body);
      conversationId = created.json().id;
      participantId = created.json().participants[0].id;
      const base = `/api/conversations/${conversationId}`;
      assert.equal(
        (await owner.put(`${base}/summary`, { text: 'U wilt langer thuis wonen. De trap is lastig.' }))
          .statusCode,
        200,
      );
      const agreement = await owner.post(`${base}/agreements`, {
        sourceText: 'Ik stuur u vrijdag de beschikking',
        owner: 'leader',
        action: 'stuur u de beschikking',
        deadline: '2026-11-27',
        measure: 'De brief ligt in de bus.',
      });
      assert.equal(agreement.statusCode, 201, agreement.body);
      const skipped = await owner.put(`${base}/steps/feedback`, {
        state: 'skipped',
        skipReason: 'mevrouw wilde naar huis',
      });
      assert.equal(skipped.statusCode, 200, skipped.body);
    });
    after(async () => {
      await pdf.close();
      await h.close();
    });

    const url = (query: string) => `/api/conversations/${conversationId}/report?${query}`;

    test('HTML: the internal version for the leader, the participants’ version without internal notes', async () => {
      const internal = await owner.get(url('format=html'));
      assert.equal(internal.statusCode, 200);
      assert.match(String(internal.headers['content-type']), /^text\/html; charset=utf-8/);
      assert.equal(internal.headers['cache-control'], 'no-store');
      assert.match(
        String(internal.headers['content-disposition']),
        /^inline; filename="verslag-[a-z0-9-]+\.html"$/,
      );
      assert.match(internal.body, /mevrouw wilde naar huis/);
      assert.match(internal.body, /Gemeente Voorbeeld/);
      assert.match(
        internal.body,
        /Lea de Vries stuurt u de beschikking, uiterlijk op vrijdag 27 november 2026\./,
      );
      assert.doesNotMatch(internal.body, /<script>alert/);
      const shared = await owner.get(url('format=html&audience=participants'));
      assert.equal(shared.statusCode, 200);
      assert.doesNotMatch(shared.body, /mevrouw wilde naar huis/);
      const english = await owner.get(url('format=text&audience=participants&lang=en'));
      assert.match(english.body, /^Gemeente Voorbeeld\nRecord of the conversation\n/);
      assert.match(
        english.body,
        /“Ik stuur u vrijdag de beschikking\.” Lea de Vries takes care of this by Friday 27 November 2026\./,
      );
    });

    test("a participant's calendar file: their agreements and the next steps, parsed by ical.js", async () => {
      const response = await owner.get(url(`format=ics&audience=participant&participantId=${participantId}`));
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^text\/calendar/);
      assert.match(String(response.headers['content-disposition']), /^attachment; filename="afspraken-/);
      const calendar = new ICAL.Component(ICAL.parse(response.body));
      const uids = calendar.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'));
      assert.ok(uids.some((u) => String(u).includes('.agreement.')));
      assert.ok(uids.some((u) => String(u).includes('.step.')));
    });

    test('contact card and JSON model', async () => {
      const vcf = await owner.get(url('format=vcf'));
      assert.equal(vcf.statusCode, 200);
      assert.match(vcf.body, /^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
      const json = await owner.get(url('format=json&audience=leader'));
      assert.equal(
        json.json().agreements[0].sentence,
        'Lea de Vries stuurt u de beschikking, uiterlijk op vrijdag 27 november 2026.',
      );
    });

    test('someone else, an unknown participant and an unknown format get the usual answers', async () => {
      const foreign = await other.get(url('format=html'));
      assert.equal(foreign.statusCode, 404);
      assert.equal(codeOf(foreign), 'conversation_not_found');
      const nobody = await owner.get(url('format=html&audience=participant&participantId=nobody'));
      assert.equal(nobody.statusCode, 404);
      assert.equal(codeOf(nobody), 'participant_not_found');
      const wrong = await owner.get(url('format=docx'));
      assert.equal(wrong.statusCode, 400);
      assert.equal(codeOf(wrong), 'validation_failed');
    });

    test('without a PDF renderer the server answers what to install; every other format works', async () => {
      const response = await owner.get(url('format=pdf'));
      assert.equal(response.statusCode, 503);
      assert.equal(codeOf(response), 'pdf_unavailable');
      assert.match(response.json().error.message, /apt-get install chromium/);
      assert.equal((await owner.get(url('format=html'))).statusCode, 200);
    });

    test('a wrong CHROME_PATH: the PDF action says what to install, the server keeps running', async () => {
      const services = createServices({
        storage: h.storage,
        clock: h.clock,
        pdf: chromiumPdfRenderer({ executablePath: '/nonexistent/chromium' }),
      });
      const app = await buildApp({ services, logLevel: 'silent', webRoot: '/nonexistent-web-root' });
      try {
        const login = await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'lea@example.nl', password: 'een-goed-wachtwoord-123' },
        });
        const cookie = `sluitstuk_session=${login.cookies.find((c) => c.name === 'sluitstuk_session')!.value}`;
        for (const format of ['pdf', 'handout']) {
          const response = await app.inject({
            method: 'GET',
            url: url(`format=${format}`),
            headers: { cookie },
          });
          assert.equal(response.statusCode, 503);
          assert.equal(codeOf(response), 'pdf_unavailable');
          assert.match(response.json().error.message, /Chromium/);
        }
        const html = await app.inject({ method: 'GET', url: url('format=html'), headers: { cookie } });
        assert.equal(html.statusCode, 200);
        assert.equal((await app.inject({ method: 'GET', url: '/api/health' })).statusCode, 200);
      } finally {
        await app.close();
      }
    });

    test(
      'PDF through Chromium: tagged, A4, page numbers, the summary and the agreements as text',
      { skip: pdfSkip },
      async () => {
        const services = createServices({ storage: h.storage, clock: h.clock, pdf });
        const report = await services.reports.file(
          { userId: owner.userId, role: 'leader', teamId: null },
          conversationId,
          'pdf',
          { audience: 'participant', participantId, lang: 'nl' },
        );
        const bytes = Buffer.from(report.body as Uint8Array);
        const { info, text } = readPdf(bytes);
        assert.equal(info.Tagged, 'yes');
        assert.match(info['Page size'] ?? '', /A4/);
        assert.match(info.Title ?? '', /^Verslag: Keukentafelgesprek/);
        assert.match(text, /U wilt langer thuis wonen\. De trap is lastig\./);
        assert.match(text, /Lea de Vries stuurt u de beschikking, uiterlijk op vrijdag 27 november 2026\./);
        assert.match(text, /Pagina 1 van \d/);
        assert.match(text, /<script>alert\(1\)<\/script>/, 'hostile text printed as text');
        assert.doesNotMatch(text, /mevrouw wilde naar huis/);
        const handout = await services.reports.file(
          { userId: owner.userId, role: 'leader', teamId: null },
          conversationId,
          'handout',
          { audience: 'participant', participantId, lang: 'nl' },
        );
        const read = readPdf(Buffer.from(handout.body as Uint8Array));
        assert.equal(read.info.Tagged, 'yes');
        assert.equal(read.info.Pages, '1');
        assert.match(read.text, /Wat we hebben afgesproken/);
      },
    );
  });
}
