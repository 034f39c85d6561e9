// Ports: what the domain needs from the outside world, as interfaces. Adapters live in services/storage.

/** The current time; injected everywhere so tests can fix it. */
export interface Clock {
  now(): Date;
}

/** New identifiers and secrets. */
export interface Ids {
  /** A new unique id for a stored entity. */
  id(): string;
}

/** A clock that always says the same time, moved on by hand (tests, benchmarks). */
export function fixedClock(start: Date): Clock & { set(date: Date): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (date) => {
      current = new Date(date);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * The real clock moved by `offsetMs`: it runs on at real speed, as if it were another moment. Test suites
 * start server processes with it, all with the same offset, so leases and schedules agree between them.
 */
export function offsetClock(offsetMs: number, real: Clock = systemClock): Clock {
  return { now: () => new Date(real.now().getTime() + offsetMs) };
}

/** How a PDF is printed: the metadata title, the footer of every page, and whether it must fit one page. */
export interface PdfOptions {
  /** The document's title (also the PDF's Title metadata). */
  title: string;
  /** Text at the start of every page's footer (organisation and conversation); empty for none. */
  footer: string;
  /** Page number text with the placeholders {page} and {pages} ("Pagina {page} van {pages}"). */
  pageLabel: string;
  /** Shrink the page to fit on one A4 sheet (the handout), never below a readable size. */
  onePage?: boolean;
}

/** Prints a self-contained HTML document to an accessible A4 PDF (tagged, with an outline). */
export interface PdfRenderer {
  /** The PDF's bytes; throws AppError('pdf_unavailable') when no browser can print. */
  render(html: string, options: PdfOptions): Promise<Uint8Array>;
  /** Releases the browser, if one was started. */
  close(): Promise<void>;
}

/** A file attached to a mail. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array | string;
}

/** One mail, fully rendered: the adapter only transports it. */
export interface MailMessage {
  /** Stable per delivery ('<id@host>'), so a resend after a crash can be recognised as the same mail. */
  messageId: string;
  /** The display name beside MAIL_FROM's address (e.g. the organisation). */
  fromName: string | null;
  to: string;
  replyTo: string | null;
  subject: string;
  text: string;
  html: string;
  attachments: MailAttachment[];
}

/** Why a mail was not accepted, and whether trying again can help (a 4xx answer or no connection). */
export class MailSendError extends Error {
  constructor(
    readonly code: 'smtp_unreachable' | 'smtp_refused' | 'recipient_refused',
    readonly permanent: boolean,
    message: string,
  ) {
    super(message);
    this.name = 'MailSendError';
  }
}

/** Sends mail; throws MailSendError when the server does not take it. */
export interface Mailer {
  send(message: MailMessage): Promise<{ response: string }>;
  close(): Promise<void>;
}
