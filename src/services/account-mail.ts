// The account mails (password reset, invitation): texts from i18n, plain text and a small HTML part with the
// same words and the link. Names and addresses people typed are cleaned of control and bidi characters and
// escaped; the link is the only markup.
import type { MailMessage } from '../core/index.ts';
import { t, type Lang } from '../i18n/index.ts';
import { escapeHtml, oneLine, wordsFor } from '../render/index.ts';

/** Plain-text paragraphs as HTML: the paragraph that is the link becomes the one anchor. */
function htmlOf(lang: Lang, text: string, link: string): string {
  const body = text
    .split('\n\n')
    .map((paragraph) =>
      paragraph.trim() === link
        ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`
        : `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`,
    )
    .join('\n');
  return `<!doctype html><html lang="${lang}"><body>${body}</body></html>`;
}

/** The password-reset mail to one person. */
export function resetMail(options: {
  lang: Lang;
  to: { email: string; name: string };
  organisation: string;
  link: string;
  minutes: number;
  messageId: string;
}): MailMessage {
  const { lang, to, link, minutes } = options;
  const organisation = oneLine(options.organisation);
  const text = t(lang, 'accounts.mail.reset.body', { name: oneLine(to.name), organisation, link, minutes });
  return {
    messageId: options.messageId,
    fromName: organisation,
    to: to.email,
    replyTo: null,
    subject: t(lang, 'accounts.mail.reset.subject'),
    text,
    html: htmlOf(lang, text, link),
    attachments: [],
  };
}

/**
 * The invitation mail: who invited them, for which organisation, what the link does (choose a password, or
 * sign in with the organisation's account when local passwords are off), until when it works, and what to do
 * when they did not expect it. Replies go to the administrator who invited them.
 */
export function invitationMail(options: {
  lang: Lang;
  to: { email: string; name: string };
  inviter: { email: string; name: string };
  organisation: string;
  link: string;
  expiresAt: string;
  days: number;
  /** The label of the organisation's sign-in when local passwords are off; null: the person picks a password. */
  oidcLabel: string | null;
  messageId: string;
}): MailMessage {
  const { lang, to, inviter, link, days, oidcLabel } = options;
  const organisation = oneLine(options.organisation);
  const step =
    oidcLabel === null
      ? t(lang, 'accounts.mail.invite.password')
      : t(lang, 'accounts.mail.invite.oidc', { provider: oneLine(oidcLabel) });
  const text = t(lang, 'accounts.mail.invite.body', {
    name: oneLine(to.name),
    email: oneLine(to.email),
    inviter: oneLine(inviter.name),
    inviterEmail: oneLine(inviter.email),
    organisation,
    step,
    link,
    until: wordsFor(lang).instant(options.expiresAt),
    days,
  });
  return {
    messageId: options.messageId,
    fromName: organisation,
    to: to.email,
    replyTo: inviter.email,
    subject: t(lang, 'accounts.mail.invite.subject', { organisation }),
    text,
    html: htmlOf(lang, text, link),
    attachments: [],
  };
}
