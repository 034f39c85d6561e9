// The password-reset mail: texts from i18n, plain text and a small HTML part with the same words and the link.
import type { MailMessage } from '../core/index.ts';
import { t, type Lang } from '../i18n/index.ts';
import { escapeHtml } from '../render/index.ts';

/** The password-reset mail to one person. */
export function resetMail(options: {
  lang: Lang;
  to: { email: string; name: string };
  organisation: string;
  link: string;
  minutes: number;
  messageId: string;
}): MailMessage {
  const { lang, to, organisation, link, minutes } = options;
  const text = t(lang, 'accounts.mail.reset.body', { name: to.name, organisation, link, minutes });
  // The same paragraphs as the text; the link is the only markup, so nothing a person typed becomes HTML.
  const html = text
    .split('\n\n')
    .map((paragraph) =>
      paragraph.trim() === link
        ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`
        : `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`,
    )
    .join('\n');
  return {
    messageId: options.messageId,
    fromName: organisation,
    to: to.email,
    replyTo: null,
    subject: t(lang, 'accounts.mail.reset.subject'),
    text,
    html: `<!doctype html><html lang="${lang}"><body>${html}</body></html>`,
    attachments: [],
  };
}
