// PdfRenderer on Debian's Chromium through playwright-core: page.pdf with tags and an outline, so the PDF
// is accessible (headings become bookmarks and structure, text stays text). One browser is started on the
// first PDF and kept for the next ones, with one context (no scripts, offline) and a few pages that are
// reused: opening a page costs more than printing one (docs/performance.md). It closes after a quiet minute. A missing or failing
// Chromium is AppError('pdf_unavailable'): the server keeps running and every other format still works.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AppError, type PdfOptions, type PdfRenderer } from '../core/index.ts';
import { escapeHtml as e } from './text.ts';

export interface ChromiumPdfOptions {
  /** Chromium's executable: CHROME_PATH, else /usr/bin/chromium. */
  executablePath: string;
  /** How long an unused browser stays open (ms). */
  idleMs?: number;
  /** At most this many PDFs are printed at once; more wait their turn. */
  concurrency?: number;
  /** Told why Chromium could not start (the error answer itself names no paths). */
  onLaunchError?: (error: unknown) => void;
}

/** A4 in CSS pixels (96 per inch) and the margins of a printed record. */
const A4 = { widthMm: 210, heightMm: 297 };
const MARGIN = { top: 16, bottom: 20, left: 16, right: 16 };
const ONE_PAGE_MARGIN = { top: 12, bottom: 12, left: 14, right: 14 };
const PX_PER_MM = 96 / 25.4;
/** The handout shrinks to fit one page down to this scale (125 % type × 0.7 ≈ 14 px), never further. */
const MIN_ONE_PAGE_SCALE = 0.7;

function footerTemplate(options: PdfOptions): string {
  // Chromium fills .pageNumber and .totalPages; the template has no access to the page's styles.
  const page = e(options.pageLabel)
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{pages}', '<span class="totalPages"></span>');
  return `<div style="font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 8pt; color: #444; width: 100%; margin: 0 ${MARGIN.left}mm; display: flex; justify-content: space-between; gap: 8mm;"><span>${e(options.footer)}</span><span style="white-space: nowrap;">${page}</span></div>`;
}

/** A PdfRenderer on Chromium. */
export function chromiumPdfRenderer(config: ChromiumPdfOptions): PdfRenderer {
  const idleMs = config.idleMs ?? 60_000;
  const concurrency = Math.max(1, config.concurrency ?? 2);
  let browser: Promise<{ browser: Browser; context: BrowserContext }> | null = null;
  /** Pages ready for the next PDF; at most `concurrency` exist. */
  const idlePages: Page[] = [];
  let idle: NodeJS.Timeout | null = null;
  let running = 0;
  const waiting: (() => void)[] = [];

  function unavailable(error: unknown): AppError {
    config.onLaunchError?.(error);
    return new AppError('pdf_unavailable', { install: 'apt-get install chromium', setting: 'CHROME_PATH' });
  }

  async function launch(): Promise<{ browser: Browser; context: BrowserContext }> {
    if (!existsSync(config.executablePath))
      throw unavailable(new Error(`${config.executablePath} does not exist`));
    try {
      const started = await chromium.launch({
        executablePath: config.executablePath,
        headless: true,
        // Chromium refuses its sandbox to root; it prints only our own escaped HTML, offline, without scripts.
        args: [
          ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      started.on('disconnected', () => {
        browser = null;
        idlePages.length = 0;
      });
      // No scripts and no network: the documents are complete in themselves, and nothing in them may call out.
      const context = await started.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) =>
        route.request().url().startsWith('data:') ? route.continue() : route.abort(),
      );
      return { browser: started, context };
    } catch (error) {
      throw unavailable(error);
    }
  }

  function current(): Promise<{ browser: Browser; context: BrowserContext }> {
    if (!browser) {
      browser = launch();
      browser.catch(() => {
        browser = null;
      });
    }
    return browser;
  }

  async function slot(): Promise<void> {
    if (running < concurrency) {
      running++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  }

  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else running--;
    if (running === 0) scheduleIdleClose();
  }

  function scheduleIdleClose(): void {
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => {
      idle = null;
      if (running === 0) void close();
    }, idleMs);
    idle.unref();
  }

  async function close(): Promise<void> {
    if (idle) clearTimeout(idle);
    idle = null;
    const open = browser;
    browser = null;
    idlePages.length = 0;
    if (open) await open.then((b) => b.browser.close()).catch(() => undefined);
  }

  async function render(html: string, options: PdfOptions): Promise<Uint8Array> {
    await slot();
    let page: Page | null = null;
    let reusable = false;
    try {
      const { context } = await current();
      page = idlePages.pop() ?? (await context.newPage());
      const margin = options.onePage ? ONE_PAGE_MARGIN : MARGIN;
      const width = Math.round((A4.widthMm - margin.left - margin.right) * PX_PER_MM);
      await page.setViewportSize({ width, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      // setContent replaces the whole document: nothing of the previous record stays on the page.
      await page.setContent(html, { waitUntil: 'load' });
      let scale = 1;
      if (options.onePage) {
        const available = (A4.heightMm - margin.top - margin.bottom) * PX_PER_MM;
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        scale = Math.max(MIN_ONE_PAGE_SCALE, Math.min(1, (available - 4) / height));
      }
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        tagged: true,
        outline: true,
        scale,
        displayHeaderFooter: !options.onePage,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(options),
        margin: {
          top: `${margin.top}mm`,
          bottom: `${margin.bottom}mm`,
          left: `${margin.left}mm`,
          right: `${margin.right}mm`,
        },
      });
      reusable = true;
      return new Uint8Array(pdf);
    } finally {
      if (page) {
        if (reusable && browser) idlePages.push(page);
        else await page.close().catch(() => undefined);
      }
      release();
    }
  }

  return { render, close };
}
