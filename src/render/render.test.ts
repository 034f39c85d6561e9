// The formats rendered from the report model, read back with real parsers (ical.js for calendar and vCard).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { buildReport, type ReportAudience } from '../core/index.ts';
import { sampleConversation, sampleReportInput } from '../../test/fixtures/report-input.ts';
import { FORBIDDEN_CHARACTERS, HOSTILE, hostileConversation } from '../../test/fixtures/hostile.ts';
import {
  clean,
  renderIcs,
  renderReportFile,
  renderReportHtml,
  renderReportText,
  renderShareMail,
  renderVcard,
  reportEmbedHtml,
} from './index.ts';
import { renderHandoutHtml } from './handout.ts';

const now = new Date('2026-11-24T10:00:00Z');
const leader: ReportAudience = { kind: 'leader' };
const sanne: ReportAudience = { kind: 'participant', participantId: 'p1' };

function events(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

test('calendar: every deadline and dated next step is an all-day event with an alarm the day before', () => {
  const ics = renderIcs(buildReport(sampleReportInput(), leader), { now });
  const list = events(ics);
  // a1 and a2 have deadlines (a3 none); e1 and e2 have dates (e3 none).
  assert.deepEqual(
    list.map((e) => e.uid),
    [
      'conv1.agreement.a1@sluitstuk',
      'conv1.agreement.a2@sluitstuk',
      'conv1.step.e1@sluitstuk',
      'conv1.step.e2@sluitstuk',
    ],
  );
  const first = list[0]!;
  assert.equal(first.startDate.isDate, true);
  assert.equal(first.startDate.toString(), '2026-11-27');
  assert.equal(
    first.summary,
    'Afspraak: Lea de Vries stuurt u de beschikking, uiterlijk op vrijdag 27 november 2026.',
  );
  assert.match(first.description, /Zo weten we dat het gedaan is: De beschikking ligt bij u in de bus\./);
  const alarm = first.component.getFirstSubcomponent('valarm')!;
  assert.equal(alarm.getFirstPropertyValue('action'), 'DISPLAY');
  const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
  assert.equal(trigger.toSeconds(), -15 * 3600);
  assert.equal(list[2]!.startDate.toString(), '2026-11-30');
  assert.match(ics, /\r\n/);
});

test('calendar: SEQUENCE is the record version, so version 2 updates the events of version 1', () => {
  const v1 = events(
    renderIcs(
      buildReport(sampleReportInput({ version: { number: 1, createdAt: '2026-11-23T12:00:00Z' } }), sanne),
      { now },
    ),
  );
  const v2 = events(
    renderIcs(
      buildReport(sampleReportInput({ version: { number: 2, createdAt: '2026-11-24T12:00:00Z' } }), sanne),
      { now },
    ),
  );
  assert.deepEqual(
    v1.map((e) => e.uid),
    v2.map((e) => e.uid),
  );
  assert.ok(v1.every((e) => e.sequence === 1));
  assert.ok(v2.every((e) => e.sequence === 2));
  const draft = events(renderIcs(buildReport(sampleReportInput({ version: null }), sanne), { now }));
  assert.ok(draft.every((e) => e.sequence === 0));
});

test("calendar: a participant's file holds only what concerns them, plus every next step", () => {
  const forSanne = events(renderIcs(buildReport(sampleReportInput(), sanne), { now })).map((e) => e.uid);
  // a2 is Karim's own agreement: not Sanne's business.
  assert.deepEqual(forSanne, [
    'conv1.agreement.a1@sluitstuk',
    'conv1.step.e1@sluitstuk',
    'conv1.step.e2@sluitstuk',
  ]);
  const forKarim = events(
    renderIcs(buildReport(sampleReportInput(), { kind: 'participant', participantId: 'p2' }), { now }),
  ).map((e) => e.uid);
  assert.ok(forKarim.includes('conv1.agreement.a2@sluitstuk'));
});

test('calendar: a cancelled agreement is sent as CANCELLED without an alarm, so calendars remove it', () => {
  const conversation = sampleConversation();
  conversation.closing.agreements[0]!.status = 'cancelled';
  const [first] = events(renderIcs(buildReport(sampleReportInput({ conversation }), leader), { now }));
  assert.equal(first!.component.getFirstPropertyValue('status'), 'CANCELLED');
  assert.equal(first!.component.getFirstSubcomponent('valarm'), null);
});

test('calendar: hostile text stays inside its property (RFC 5545 escaping), no event is injected', () => {
  const ics = renderIcs(buildReport(sampleReportInput({ conversation: hostileConversation() }), leader), {
    now,
  });
  assert.doesNotMatch(ics, FORBIDDEN_CHARACTERS);
  const list = events(ics);
  assert.equal(list.length, 4);
  assert.ok(list.every((e) => e.uid.endsWith('@sluitstuk')));
  const step = list.find((e) => e.uid === 'conv1.step.e2@sluitstuk')!;
  // The injected lines are part of the summary's text, not lines of the file.
  assert.equal(step.summary, `Volgende stap: ${clean(HOSTILE.calendar).replace(/\s+/g, ' ')}`);
  assert.doesNotMatch(ics, /^UID:evil/m);
  assert.doesNotMatch(ics, /^SUMMARY:ingevoegd/m);
});

test('contact card: vCard 3.0 with name, organisation, role, phone, e-mail and reachability', () => {
  const vcf = renderVcard(buildReport(sampleReportInput(), sanne), { now });
  const card = new ICAL.Component(ICAL.parse(vcf));
  assert.equal(card.getFirstPropertyValue('version'), '3.0');
  assert.equal(card.getFirstPropertyValue('fn'), 'Lea de Vries');
  assert.deepEqual(card.getFirstPropertyValue('n'), ['de Vries', 'Lea', '', '', '']);
  assert.equal(card.getFirstPropertyValue('org'), 'Gemeente Voorbeeldstad');
  assert.equal(card.getFirstPropertyValue('title'), 'Wmo-consulent');
  assert.equal(card.getFirstPropertyValue('tel'), '020 123 4567');
  assert.equal(card.getFirstPropertyValue('email'), 'lea@gemeente.example');
  assert.equal(card.getFirstPropertyValue('note'), 'Dinsdag en donderdag tussen 9 en 12 uur');
  assert.match(vcf, /^REV:2026-11-24T10:00:00.000Z\r$/m);
});

test('contact card: hostile text cannot add a property line', () => {
  const vcf = renderVcard(buildReport(sampleReportInput({ conversation: hostileConversation() }), leader), {
    now,
  });
  assert.doesNotMatch(vcf, FORBIDDEN_CHARACTERS);
  const card = new ICAL.Component(ICAL.parse(vcf));
  const names = card.getAllProperties().map((p) => p.name);
  assert.deepEqual([...new Set(names)].sort(), [
    'email',
    'fn',
    'n',
    'note',
    'org',
    'rev',
    'tel',
    'title',
    'version',
  ]);
  assert.equal(card.getAllProperties('email').length, 1);
  assert.equal(card.getFirstPropertyValue('email'), 'lea@gemeente.example');
  assert.match(String(card.getFirstPropertyValue('fn')), /EMAIL:evil@example\.org X-EVIL:1/);
});

/** Element names and link targets in an HTML text (good enough for our own, well-formed output). */
function markupOf(html: string): { tags: Set<string>; hrefs: string[]; handlers: string[] } {
  const tags = new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));
  const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!);
  const handlers = [...html.matchAll(/<[^>]*\son[a-z]+\s*=/gi)].map((m) => m[0]);
  return { tags, hrefs, handlers };
}

const ALLOWED_TAGS = new Set(
  'html head meta title style body main article header p h1 h2 h3 dl dt dd section ul ol li strong bdi br span a svg path code div hr'.split(
    ' ',
  ),
);

test('HTML: hostile text is inert in the document, the embeddable body, the handout and the mail', async () => {
  for (const audience of [leader, sanne, { kind: 'participants' } as const]) {
    const report = buildReport(sampleReportInput({ conversation: hostileConversation() }), audience);
    const pages = [
      renderReportHtml(report, { now }),
      reportEmbedHtml(report, { now }),
      await renderHandoutHtml(report, { now, link: 'https://sluitstuk.example.nl/p/abc' }),
      ...(audience.kind === 'participant'
        ? [renderShareMail(report, { now, link: 'https://sluitstuk.example.nl/p/abc', expiresAt: null }).html]
        : []),
    ];
    for (const html of pages) {
      assert.doesNotMatch(html, FORBIDDEN_CHARACTERS);
      const { tags, hrefs, handlers } = markupOf(html);
      for (const tag of tags) assert.ok(ALLOWED_TAGS.has(tag), `unexpected <${tag}>`);
      assert.deepEqual(handlers, []);
      for (const href of hrefs)
        assert.match(href, /^(tel:\+?[0-9]+|mailto:[^\s]+@[^\s]+|https:\/\/sluitstuk\.example\.nl\/p\/abc)$/);
      assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    }
  }
});

test('text and mail: no control characters or bidirectional overrides; the subject is one line', () => {
  const report = buildReport(sampleReportInput({ conversation: hostileConversation() }), sanne);
  const text = renderReportText(report, { now });
  assert.doesNotMatch(text, FORBIDDEN_CHARACTERS);
  assert.match(text, /<script>alert\(1\)<\/script>/);
  const mail = renderShareMail(report, { now, link: 'https://sluitstuk.example.nl/p/abc', expiresAt: null });
  assert.doesNotMatch(mail.subject, /[\r\n]/);
  assert.doesNotMatch(mail.text, FORBIDDEN_CHARACTERS);
  assert.throws(() => renderShareMail(report, { now, link: HOSTILE.url, expiresAt: null }), RangeError);
});

test("the participant's version carries no internal notes, skip reasons, history or button words", () => {
  const report = buildReport(sampleReportInput(), { kind: 'participants' });
  for (const out of [renderReportHtml(report, { now }), renderReportText(report, { now })]) {
    assert.doesNotMatch(out, /intern:/);
    assert.doesNotMatch(out, /Geschiedenis|Stand bijwerken|Interne versie/);
    assert.match(out, /Gemeente Voorbeeldstad/);
    assert.match(out, /Lea de Vries stuurt u de beschikking, uiterlijk op vrijdag 27 november 2026\./);
  }
  const internal = renderReportHtml(buildReport(sampleReportInput(), leader), { now });
  assert.match(internal, /intern: de bewoner was te moe/);
  assert.match(internal, /Geschiedenis/);
});

test('the mail greets the participant, carries the link and the record, and names the version', () => {
  const report = buildReport(sampleReportInput(), sanne);
  const mail = renderShareMail(report, {
    now,
    link: 'https://sluitstuk.example.nl/p/abc',
    expiresAt: new Date('2026-12-24T10:00:00Z'),
  });
  assert.equal(mail.subject, 'Nieuwe versie van het verslag van ons gesprek van maandag 23 november 2026');
  assert.match(mail.text, /^Beste Sanne Visser,/);
  assert.match(mail.text, /Naar uw pagina: https:\/\/sluitstuk\.example\.nl\/p\/abc/);
  assert.match(mail.text, /Deze link werkt tot en met 24 december 2026\./);
  assert.match(mail.html, /href="https:\/\/sluitstuk\.example\.nl\/p\/abc"/);
  assert.match(mail.html, /Lea de Vries stuurt u de beschikking/);
  const english = renderShareMail(buildReport(sampleReportInput({ lang: 'en', version: null }), sanne), {
    now,
    link: 'https://sluitstuk.example.nl/p/abc',
    expiresAt: null,
  });
  assert.equal(english.subject, 'Record of our conversation of Monday 23 November 2026');
  assert.match(english.text, /^Dear Sanne Visser,/);
});

test('files have a content type and a download name without path characters', async () => {
  const report = buildReport(sampleReportInput({ conversation: hostileConversation() }), leader);
  for (const format of ['html', 'text', 'json', 'ics', 'vcf'] as const) {
    const file = await renderReportFile(report, format, { now, pdf: null });
    assert.match(file.filename, /^[a-z0-9-]+\.(html|txt|json|ics|vcf)$/);
    assert.match(file.contentType, /charset=utf-8/);
  }
  await assert.rejects(renderReportFile(report, 'pdf', { now, pdf: null }), { code: 'pdf_unavailable' });
});
