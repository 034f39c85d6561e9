// The handout: one A4 page in large type for kitchen-table and counter conversations. The summary, the
// agreements, the next steps with their dates, the leader's card, and a QR code of the participant's own
// link (made here, on this machine, by qrcode). Without a link (no share yet) the page has no QR block.
import QRCode from 'qrcode';
import type { Report } from '../core/index.ts';
import { cardHtml, htmlDocument } from './html.ts';
import { handoutCss } from './styles.ts';
import { clean, escapeHtml as e } from './text.ts';
import { versionLine, wordsOf } from './words.ts';

export interface HandoutOptions {
  now: Date;
  /** The participant's personal link, to print as a QR code and as text; null without a share. */
  link: string | null;
}

/** Only http(s) links become a QR code: anything else on paper would lead nowhere or somewhere wrong. */
function isWebLink(link: string): boolean {
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

async function linkBlock(
  link: string,
  title: string,
  scan: string,
  type: string,
  label: string,
): Promise<string> {
  // An SVG of squares: sharp at any size, no image file, nothing fetched.
  const svg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  const labelled = svg.replace('<svg ', `<svg role="img" aria-label="${e(label)}" `);
  return [
    `<section class="sr-section" aria-labelledby="sr-link"><h2 id="sr-link">${e(title)}</h2>`,
    `<div class="sr-link">${labelled}<div><p>${e(scan)}</p><p>${e(type)}<br><code>${e(link)}</code></p></div></div>`,
    '</section>',
  ].join('');
}

/** The handout as one self-contained HTML document (printed to one A4 page by the PDF renderer). */
export async function renderHandoutHtml(report: Report, options: HandoutOptions): Promise<string> {
  const w = wordsOf(report);
  const c = report.conversation;
  const parts: string[] = [];
  parts.push(
    '<header>',
    report.organisation.name ? `<p class="sr-organisation">${e(report.organisation.name)}</p>` : '',
    `<h1 id="sr-title">${e(w.t('report.handout.title'))}</h1>`,
    `<p class="sr-version">${e(clean(c.title))} · ${e(w.instant(c.startsAt))} · ${e(versionLine(report, w, options.now))}</p>`,
    '</header>',
  );
  const section = (id: string, title: string, body: string) =>
    `<section class="sr-section" aria-labelledby="sr-${id}"><h2 id="sr-${id}">${e(title)}</h2>${body}</section>`;
  if (report.summary.text)
    parts.push(
      section(
        'summary',
        w.t('report.section.summary'),
        `<p class="sr-text" dir="auto">${e(report.summary.text)}</p>`,
      ),
    );
  const open = report.agreements.filter((a) => a.status !== 'cancelled');
  if (open.length > 0)
    parts.push(
      section(
        'agreements',
        w.t('report.section.agreements'),
        `<ol class="sr-agreements">${open.map((a) => `<li><span class="sr-sentence" dir="auto">${e(a.sentence)}</span>${a.mine ? ` ${e(w.t('report.agreement.mine'))}` : ''}</li>`).join('')}</ol>`,
      ),
    );
  const dated = report.nextSteps.filter((s) => s.date);
  if (dated.length > 0)
    parts.push(
      section(
        'next-steps',
        w.t('report.section.nextSteps'),
        `<ul class="sr-steps">${dated.map((s) => `<li><strong>${e(w.day(s.date!))}</strong>: <bdi>${e(s.label)}</bdi></li>`).join('')}</ul>`,
      ),
    );
  parts.push(section('contact', w.t('report.section.contact'), cardHtml(report, w)));
  if (options.link && isWebLink(options.link))
    parts.push(
      await linkBlock(
        options.link,
        w.t('report.handout.link'),
        w.t('report.handout.scan'),
        w.t('report.handout.type'),
        w.t('report.handout.qrLabel'),
      ),
    );
  return htmlDocument({
    lang: report.lang,
    title: w.t('report.handout.title'),
    css: handoutCss(),
    body: `<main class="sr-report sr-handout" lang="${report.lang}">${parts.join('')}</main>`,
  });
}
