// The share mail's subject and bodies (plain text and HTML) for one participant: a greeting, what the
// mail is, the personal link, the record itself, and the leader's card. The sending (nodemailer, the outbox)
// lives in src/mail; it takes these texts and attaches the files rendered here.
import type { Report } from '../core/index.ts';
import { htmlDocument, reportBodyHtml } from './html.ts';
import { renderReportText, cardText } from './plain.ts';
import { documentCss } from './styles.ts';
import { escapeHtml as e, oneLine } from './text.ts';
import { wordsOf } from './words.ts';

export interface ShareMailOptions {
  now: Date;
  /** The participant's personal link (https in production). */
  link: string;
  /** When the link stops working; null when it does not expire. */
  expiresAt: Date | null;
}

export interface ShareMail {
  /** One line, no control characters: safe as a header value. */
  subject: string;
  text: string;
  html: string;
}

/** The mail that shares a participant's report with its link. */
export function renderShareMail(report: Report, options: ShareMailOptions): ShareMail {
  if (!report.viewer) throw new RangeError('a share mail is written to one participant');
  if (!/^https?:\/\//i.test(options.link)) throw new RangeError('a share link is an http(s) address');
  const w = wordsOf(report);
  const day = w.day(report.conversation.day);
  const later = report.version !== null && report.version.number > 1;
  const subject = oneLine(
    later ? w.t('report.mail.subjectVersion', { date: day }) : w.t('report.mail.subject', { date: day }),
  );
  const greeting = w.t('report.mail.greeting', { name: oneLine(report.viewer.name) });
  const intro = later
    ? w.t('report.mail.introVersion', { date: day, number: report.version!.number })
    : w.t('report.mail.intro', { date: day });
  const ask = w.t('report.mail.ask');
  const expires = options.expiresAt ? w.t('report.mail.expires', { date: w.date(options.expiresAt) }) : '';
  const leader = oneLine(report.leader.name);
  const attachments = w.t('report.mail.attachments', { name: leader });
  const regards = w.t('report.mail.regards');
  const notYou = w.t('report.mail.notYou', { name: leader });

  const text = [
    greeting,
    '',
    intro,
    ask,
    '',
    `${w.t('report.mail.button')}: ${options.link}`,
    expires,
    '',
    attachments,
    '',
    '----------------------------------------',
    renderReportText(report, { now: options.now }).trimEnd(),
    '----------------------------------------',
    '',
    regards,
    ...cardText(report, w).slice(1),
    '',
    notYou,
  ]
    .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
    .join('\n');

  const button = `<p><a href="${e(options.link)}" style="display: inline-block; padding: 12px 20px; background: #154273; color: #fff; text-decoration: none; border-radius: 4px; font-weight: bold;">${e(w.t('report.mail.button'))}</a></p>`;
  const body = [
    `<p>${e(greeting)}</p>`,
    `<p>${e(intro)}</p>`,
    `<p>${e(ask)}</p>`,
    button,
    `<p>${e(options.link)}</p>`,
    expires ? `<p>${e(expires)}</p>` : '',
    `<p>${e(attachments)}</p>`,
    '<hr>',
    reportBodyHtml(report, { now: options.now, headingLevel: 2 }),
    '<hr>',
    `<p>${e(regards)}<br>${cardText(report, w).slice(1).map(e).join('<br>')}</p>`,
    `<p>${e(notYou)}</p>`,
  ].join('');
  const html = htmlDocument({
    lang: report.lang,
    title: subject,
    css: documentCss(),
    body: `<main>${body}</main>`,
  });
  return { subject, text, html };
}
