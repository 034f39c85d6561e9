// nodemailer over SMTP behind core's Mailer port. The adapter only transports what services rendered;
// it turns SMTP's answers into MailSendError with a code and whether trying again can help.
import nodemailer from 'nodemailer';
import { MailSendError, type MailMessage, type Mailer } from '../core/index.ts';

export interface SmtpSettings {
  /** smtp://user:pass@host:587 or smtps://… (SMTP_URL). */
  url: URL;
  /** The sender address (MAIL_FROM), e.g. noreply@gemeente.example. */
  from: string;
  /** Seconds to wait for the server at each stage; a hung server must not hold a job's lease for long. */
  timeoutSeconds?: number;
}

/** Header values may not carry line breaks (no header injection through a name or a subject). */
function headerSafe(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

/** Classifies a nodemailer error: no connection and 4xx answers are worth retrying, 5xx are not. */
export function classify(error: unknown): MailSendError {
  const e = error as { code?: string; responseCode?: number; command?: string; message?: string };
  const message = e.message ?? String(error);
  if (typeof e.responseCode === 'number') {
    const permanent = e.responseCode >= 500;
    const recipient = e.command === 'RCPT TO' || e.code === 'EENVELOPE';
    return new MailSendError(recipient ? 'recipient_refused' : 'smtp_refused', permanent, message);
  }
  if (e.code === 'EENVELOPE') return new MailSendError('recipient_refused', true, message);
  return new MailSendError('smtp_unreachable', false, message);
}

/** A Mailer that sends through one SMTP server (a pooled connection). */
export function smtpMailer(settings: SmtpSettings): Mailer {
  const timeout = (settings.timeoutSeconds ?? 30) * 1000;
  const transport = nodemailer.createTransport({
    url: settings.url.toString(),
    pool: true,
    maxConnections: 2,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    // A relay that offers STARTTLS is used with it (nodemailer's default); smtps:// is TLS from the start.
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    async send(message: MailMessage) {
      try {
        const info = await transport.sendMail({
          messageId: message.messageId,
          from: message.fromName
            ? { name: headerSafe(message.fromName), address: settings.from }
            : settings.from,
          to: message.to,
          ...(message.replyTo ? { replyTo: message.replyTo } : {}),
          subject: headerSafe(message.subject),
          text: message.text,
          html: message.html,
          attachments: message.attachments.map((a) => ({
            filename: headerSafe(a.filename),
            contentType: a.contentType,
            content: typeof a.content === 'string' ? a.content : Buffer.from(a.content),
          })),
          // Mail about one conversation should not start an auto-reply storm.
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
        if (info.rejected.length > 0) throw Object.assign(new Error(info.response), { code: 'EENVELOPE' });
        return { response: String(info.response ?? '') };
      } catch (error) {
        throw error instanceof MailSendError ? error : classify(error);
      }
    },
    async close() {
      transport.close();
    },
  };
}
