// The text and HTML of the share mail, from the participant's report and their link. Everything people
// typed is cleaned (no control characters, no bidirectional overrides) and escaped for HTML; the subject is
// one line. (The report formats of src/render take this over once they are merged: see CONTRACT-8.)
import type { MailAttachment, Report } from '../core/index.ts';
import { t } from '../i18n/index.ts';

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE, '').trim();
}
function oneLine(text: string): string {
  return clean(text).replace(/\s+/g, ' ');
}
function html(text: string): string {
  return clean(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The share mail of one participant: subject, plain text and HTML, with the link in both. */
export function composeShareMail(
  report: Report,
  url: string,
  expiresAt: string,
): { subject: string; text: string; html: string; attachments: MailAttachment[] } {
  const lang = report.lang;
  const date = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(report.conversation.startsAt));
  const until = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(expiresAt));
  const leader = oneLine(report.leader.name);
  const name = oneLine(report.viewer?.name ?? '');
  const subject = oneLine(
    t(lang, 'participant.mail.subject', {
      title: oneLine(report.conversation.title),
      organisation: oneLine(report.organisation.name),
    }),
  );
  const intro = t(lang, 'participant.mail.intro', { leader, date });
  const ask = t(lang, 'participant.mail.ask');
  const agreements = report.agreements.filter((a) => a.status !== 'cancelled');
  const text = [
    t(lang, 'participant.mail.greeting', { name }),
    '',
    intro,
    '',
    ask,
    url,
    '',
    `${t(lang, 'participant.summary.title')}:`,
    clean(report.summary.text) || '—',
    '',
    ...(agreements.length > 0
      ? [
          `${t(lang, 'participant.agreements.title')}:`,
          ...agreements.map((a) => `- ${oneLine(a.sentence)}`),
          '',
        ]
      : []),
    t(lang, 'participant.mail.linkNote', { date: until }),
    '',
    t(lang, 'participant.mail.signature', { leader }),
    oneLine(report.organisation.name),
  ].join('\n');
  const body = [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${html(subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a">',
    `<p>${html(t(lang, 'participant.mail.greeting', { name }))}</p>`,
    `<p>${html(intro)}</p>`,
    `<p>${html(ask)}</p>`,
    `<p><a href="${html(url)}" style="font-size: 18px">${html(t(lang, 'participant.mail.button'))}</a></p>`,
    `<h2 style="font-size: 18px">${html(t(lang, 'participant.summary.title'))}</h2>`,
    `<p style="white-space: pre-wrap" dir="auto">${html(report.summary.text) || '—'}</p>`,
    ...(agreements.length > 0
      ? [
          `<h2 style="font-size: 18px">${html(t(lang, 'participant.agreements.title'))}</h2>`,
          `<ul>${agreements.map((a) => `<li dir="auto">${html(a.sentence)}</li>`).join('')}</ul>`,
        ]
      : []),
    `<p style="color: #555">${html(t(lang, 'participant.mail.linkNote', { date: until }))}</p>`,
    `<p>${html(t(lang, 'participant.mail.signature', { leader }))}<br>${html(report.organisation.name)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html: body, attachments: [] };
}
