// The mails of accounts (password reset): texts from i18n, sent through the product's mail outbox.
// The outbox is the share issue's durable job queue; until mail is set up (SMTP_URL), `ready()` is false and
// the services say so instead of pretending a mail went out.
import { t, type Lang } from '../i18n/index.ts';
import type { Repositories } from '../storage/index.ts';

/** One plain mail to one person. */
export interface AccountMailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Where account mails go: written in the caller's transaction, sent after the commit. */
export interface AccountMailer {
  /** Whether mail is set up at all. */
  ready(): boolean;
  /** Queues a mail in the given transaction. */
  enqueue(repos: Repositories, message: AccountMailMessage): Promise<void>;
}

/** The mailer of an installation without mail: nothing can be sent. */
export const noAccountMail: AccountMailer = {
  ready: () => false,
  enqueue: async () => {
    throw new Error('mail is not set up');
  },
};

/** The password-reset mail. */
export function resetMail(
  lang: Lang,
  to: { email: string; name: string },
  organisation: string,
  link: string,
  minutes: number,
): AccountMailMessage {
  return {
    to: to.email,
    subject: t(lang, 'accounts.mail.reset.subject'),
    text: t(lang, 'accounts.mail.reset.body', { name: to.name, organisation, link, minutes }),
  };
}
