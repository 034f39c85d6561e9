// Public surface of render: the report model (src/core/report.ts) into every format. Nothing else in the
// product renders a record; mail, participant pages, the API and the command line all come here.
import { AppError, type PdfRenderer, type Report } from '../core/index.ts';
import { renderHandoutHtml } from './handout.ts';
import { renderReportHtml, reportEmbedHtml } from './html.ts';
import { renderIcs } from './ics.ts';
import { renderReportText } from './plain.ts';
import { fileSlug } from './text.ts';
import { renderVcard } from './vcard.ts';
import { wordsOf } from './words.ts';

export { renderReportHtml, reportBodyHtml, reportEmbedHtml, htmlDocument, type HtmlOptions } from './html.ts';
export { reportCss, documentCss } from './styles.ts';
export { renderReportText } from './plain.ts';
export { renderIcs } from './ics.ts';
export { renderVcard } from './vcard.ts';
export { renderHandoutHtml } from './handout.ts';
export { renderShareMail, type ShareMail, type ShareMailOptions } from './mail.ts';
export {
  renderReminderMail,
  renderDigestMail,
  type ReminderMailInput,
  type DigestItem,
  type FollowupMail,
} from './followup-mail.ts';
export { chromiumPdfRenderer, type ChromiumPdfOptions } from './pdf.ts';
export { clean, oneLine, escapeHtml } from './text.ts';
export { wordsFor } from './words.ts';

/** Every file a record can be rendered to; `json` is the model itself, `text` the plain text (copy). */
export const REPORT_FORMATS = ['html', 'pdf', 'ics', 'vcf', 'handout', 'text', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderedFile {
  /** MIME type with charset where it is text. */
  contentType: string;
  /** A download name without path characters, e.g. "verslag-keukentafelgesprek-2026-11-23.pdf". */
  filename: string;
  body: string | Uint8Array;
}

export interface RenderFileOptions {
  /** When the file is made (the Clock's now). */
  now: Date;
  /** Prints the PDF formats; without one they answer pdf_unavailable. */
  pdf: PdfRenderer | null;
  /** The participant's personal link for the handout's QR code; null without a share. */
  link?: string | null;
  /** HTML only: the record's body with its stylesheet, to place inside another page (the leader's print). */
  embed?: boolean;
}

/** The PDF of a record, with Dutch (or English) page numbers and the organisation in the footer. */
export async function renderReportPdf(report: Report, pdf: PdfRenderer, now: Date): Promise<Uint8Array> {
  const w = wordsOf(report);
  return pdf.render(renderReportHtml(report, { now }), {
    title: w.t('report.documentTitle', { title: report.conversation.title }),
    footer: w.t('report.footer', {
      organisation: report.organisation.name,
      title: report.conversation.title,
    }),
    pageLabel: w.t('report.page'),
  });
}

/** The handout as a one-page PDF. */
export async function renderHandoutPdf(
  report: Report,
  pdf: PdfRenderer,
  options: { now: Date; link: string | null },
): Promise<Uint8Array> {
  const w = wordsOf(report);
  return pdf.render(await renderHandoutHtml(report, options), {
    title: w.t('report.handout.title'),
    footer: '',
    pageLabel: w.t('report.page'),
    onePage: true,
  });
}

/** A record in one format, with its content type and a download name. */
export async function renderReportFile(
  report: Report,
  format: ReportFormat,
  options: RenderFileOptions,
): Promise<RenderedFile> {
  const w = wordsOf(report);
  const base = `${fileSlug(report.conversation.title)}-${report.conversation.day}`;
  const name = (kind: 'record' | 'calendar' | 'contact' | 'handout', ext: string, middle = base) =>
    `${w.t(`report.file.${kind}`)}-${middle}.${ext}`;
  const needPdf = (): PdfRenderer => {
    if (!options.pdf)
      throw new AppError('pdf_unavailable', { install: 'apt-get install chromium', setting: 'CHROME_PATH' });
    return options.pdf;
  };
  switch (format) {
    case 'html':
      return {
        contentType: 'text/html; charset=utf-8',
        filename: name('record', 'html'),
        body: options.embed ? reportEmbedHtml(report, options) : renderReportHtml(report, options),
      };
    case 'text':
      return {
        contentType: 'text/plain; charset=utf-8',
        filename: name('record', 'txt'),
        body: renderReportText(report, options),
      };
    case 'json':
      return {
        contentType: 'application/json; charset=utf-8',
        filename: name('record', 'json'),
        body: JSON.stringify(report),
      };
    case 'ics':
      return {
        contentType: 'text/calendar; charset=utf-8',
        filename: name('calendar', 'ics'),
        body: renderIcs(report, options),
      };
    case 'vcf':
      return {
        contentType: 'text/vcard; charset=utf-8',
        filename: name('contact', 'vcf', fileSlug(report.leader.name)),
        body: renderVcard(report, options),
      };
    case 'pdf':
      return {
        contentType: 'application/pdf',
        filename: name('record', 'pdf'),
        body: await renderReportPdf(report, needPdf(), options.now),
      };
    case 'handout':
      return {
        contentType: 'application/pdf',
        filename: name('handout', 'pdf'),
        body: await renderHandoutPdf(report, needPdf(), { now: options.now, link: options.link ?? null }),
      };
  }
}
