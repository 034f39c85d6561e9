// The follow-up's mails: the right words before, on and after the deadline, in both languages; people's text
// cleaned and escaped; the digest grouped as "Mijn afspraken" groups, with a cut-off per group.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderDigestMail, renderReminderMail } from './followup-mail.ts';

const base = {
  lang: 'nl' as const,
  audience: 'participant' as const,
  name: 'Ilse',
  action: 'de foto van de trap sturen',
  title: 'Traplift',
  deadline: '2026-12-24',
  leaderName: 'Lotte',
  url: 'https://sluitstuk.example.nl/p/abc',
};

test('a reminder says before, today or after, with the day written out', () => {
  assert.equal(
    renderReminderMail({ ...base, offset: -2 }).subject,
    'Herinnering: de foto van de trap sturen, uiterlijk donderdag 24 december 2026',
  );
  assert.equal(renderReminderMail({ ...base, offset: 0 }).subject, 'Vandaag: de foto van de trap sturen');
  const late = renderReminderMail({ ...base, offset: 5, lang: 'en' });
  assert.equal(late.subject, 'Still open: de foto van de trap sturen (was due Thursday 24 December 2026)');
  assert.match(late.text, /^Dear Ilse,/);
  assert.match(late.text, /Then contact Lotte\.\nhttps:\/\/sluitstuk\.example\.nl\/p\/abc$/);
  assert.match(late.html, /<html lang="en">/);
});

test("the leader's reminder points to Mijn afspraken", () => {
  const mail = renderReminderMail({
    ...base,
    audience: 'leader',
    name: 'Lotte',
    offset: 1,
    url: 'https://sluitstuk.example.nl/agreements',
  });
  assert.match(mail.text, /^Hallo Lotte,/);
  assert.match(mail.html, /Naar Mijn afspraken/);
});

test('hostile text is inert: no markup, no control characters, no bidi overrides, one-line subject', () => {
  const mail = renderReminderMail({
    ...base,
    offset: 0,
    action: '<img src=x onerror=alert(1)>\u202e\u0007 nu\r\nBcc: x@example.nl',
    title: '"><script>',
  });
  for (const character of ['\r', '\n', '\u202e', '\u0007'])
    assert.ok(!mail.subject.includes(character), JSON.stringify(character));
  // The page itself has line breaks; never the override or the bell of the hostile text.
  for (const character of ['\u202e', '\u0007'])
    assert.ok(!mail.html.includes(character), JSON.stringify(character));
  assert.doesNotMatch(mail.html, /<img|<script/);
  assert.match(mail.html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.throws(() => renderReminderMail({ ...base, offset: 0, url: 'javascript:alert(1)' }), RangeError);
});

test('the digest groups open agreements and cuts each group off after twenty', () => {
  const items = [
    ...Array.from({ length: 25 }, (_, i) => ({
      action: `bellen ${i + 1}`,
      owner: 'leader' as const,
      ownerName: '',
      deadline: '2026-11-30',
      group: 'overdue' as const,
    })),
    {
      action: 'formulier sturen',
      owner: 'participant' as const,
      ownerName: 'Kees',
      deadline: null,
      group: 'no_deadline' as const,
    },
    {
      action: 'iemand kiezen',
      owner: 'nobody' as const,
      ownerName: '',
      deadline: '2026-12-10',
      group: 'later' as const,
    },
  ];
  const mail = renderDigestMail({
    lang: 'nl',
    name: 'Lotte',
    items,
    url: 'https://sluitstuk.example.nl/agreements',
  });
  assert.equal(mail.subject, 'Uw open afspraken deze week (27)');
  assert.match(mail.text, /Te laat \(25\)\n- U: bellen 1 \(maandag 30 november 2026\)/);
  assert.match(mail.text, /- U: bellen 20 /);
  assert.doesNotMatch(mail.text, /bellen 21/);
  assert.match(mail.text, /En nog 5 meer in Sluitstuk\./);
  assert.match(mail.text, /Later \(1\)\n- Nog niemand: iemand kiezen/);
  assert.match(mail.text, /Zonder datum \(1\)\n- Kees: formulier sturen\n/);
  // Groups in the order of the page: overdue, this week, later, without a date.
  assert.ok(
    mail.text.indexOf('Te laat') < mail.text.indexOf('Later') &&
      mail.text.indexOf('Later') < mail.text.indexOf('Zonder datum'),
  );
  assert.match(mail.html, /<h2>Te laat \(25\)<\/h2>/);
});
