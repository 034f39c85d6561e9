// `npm run bench:report`: the record as PDF through Debian's Chromium (p50, p95 per record, peak memory of
// this process and its Chromium together) beside rendering the same HTML alone, in the same run, for a
// typical and a large record. Writes its section into docs/performance.md. Bounded: BENCH_PDFS PDFs and
// BENCH_HTML HTML renders per record, after a warm-up.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildReport, type Conversation, type Report } from '../src/core/index.ts';
import { chromiumPdfRenderer, renderReportHtml, renderReportPdf } from '../src/render/index.ts';
import { sampleConversation, sampleReportInput } from '../test/fixtures/report-input.ts';
import { putSection } from './doc-section.ts';

const PDFS = Number(process.env.BENCH_PDFS ?? 30);
const HTMLS = Number(process.env.BENCH_HTML ?? 300);
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const now = new Date('2026-11-24T10:00:00Z');

/** A record with many agreements, next steps and a long summary: a long multi-party meeting. */
function largeConversation(): Conversation {
  const c = sampleConversation();
  const sentence = 'De bewoners willen dat de speelplaats veilig blijft en dat de bomen blijven staan. ';
  c.closing.summary.text = sentence.repeat(40).trim();
  c.closing.agreements = Array.from({ length: 25 }, (_, i) => ({
    ...c.closing.agreements[i % 2]!,
    id: `a${i}`,
    position: i,
    deadline: `2026-12-${String((i % 27) + 1).padStart(2, '0')}`,
    measure: 'Het verslag staat op de website en ligt bij het buurthuis.',
  }));
  c.closing.expectations = Array.from({ length: 12 }, (_, i) => ({
    id: `e${i}`,
    label: `Stap ${i + 1} van het plan`,
    date: `2027-01-${String(i + 2).padStart(2, '0')}`,
    note: 'Wordt gemeld in de nieuwsbrief.',
    source: 'custom' as const,
    position: i,
    legal: null,
  }));
  c.closing.questions = Array.from({ length: 15 }, (_, i) => ({
    id: `q${i}`,
    askedBy: 'p1',
    text: `Vraag ${i + 1} over de planning van de werkzaamheden?`,
    answer: 'Dat hoort u in de volgende bijeenkomst.',
    state: 'answered' as const,
    position: i,
    agreementId: null,
  }));
  return c;
}

/** The p-th percentile of a list of numbers (nearest rank). */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Memory (PSS) of this process and of all its descendants (Chromium's processes), in bytes, from /proc. */
function treeRss(): { self: number; children: number } {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(entry), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  // Proportional set size: memory shared between Chromium's processes is counted once, not once per process.
  const rss = (pid: number) => {
    try {
      const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (pss) return Number(pss[1]) * 1024;
      return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      return 0;
    }
  };
  let children = 0;
  for (const pid of parent.keys()) {
    let up = parent.get(pid);
    while (up !== undefined && up > 1 && up !== process.pid) up = parent.get(up);
    if (up === process.pid && pid !== process.pid) children += rss(pid);
  }
  return { self: rss(process.pid), children };
}

/** Samples memory every 20 ms while `work` runs; the highest total seen. */
async function peakDuring<T>(work: () => Promise<T>): Promise<{ result: T; self: number; total: number }> {
  let self = 0;
  let total = 0;
  const sample = () => {
    const m = treeRss();
    self = Math.max(self, m.self);
    total = Math.max(total, m.self + m.children);
  };
  sample();
  const timer = setInterval(sample, 20);
  try {
    const result = await work();
    sample();
    return { result, self, total };
  } finally {
    clearInterval(timer);
  }
}

interface Row {
  name: string;
  pages: number;
  bytes: number;
  html: { p50: number; p95: number; peakMb: number };
  pdf: { p50: number; p95: number; peakMb: number; chromiumMb: number };
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const ms = (value: number) => value.toFixed(value < 10 ? 2 : 0);

async function measure(
  name: string,
  report: Report,
  pdf: ReturnType<typeof chromiumPdfRenderer>,
): Promise<Row> {
  // HTML alone: the same document the PDF prints.
  for (let i = 0; i < 20; i++) renderReportHtml(report, { now });
  const htmlTimes: number[] = [];
  const html = await peakDuring(async () => {
    for (let i = 0; i < HTMLS; i++) {
      const start = performance.now();
      renderReportHtml(report, { now });
      htmlTimes.push(performance.now() - start);
    }
  });
  // PDF: warm (the browser is already running, as it is after the server's first PDF).
  for (let i = 0; i < 3; i++) await renderReportPdf(report, pdf, now);
  const pdfTimes: number[] = [];
  let last: Uint8Array = new Uint8Array();
  const printed = await peakDuring(async () => {
    for (let i = 0; i < PDFS; i++) {
      const start = performance.now();
      last = await renderReportPdf(report, pdf, now);
      pdfTimes.push(performance.now() - start);
    }
  });
  const pages = (
    Buffer.from(last)
      .toString('latin1')
      .match(/\/Type\s*\/Page[^s]/g) ?? []
  ).length;
  return {
    name,
    pages,
    bytes: last.byteLength,
    html: { p50: percentile(htmlTimes, 50), p95: percentile(htmlTimes, 95), peakMb: mb(html.self) },
    pdf: {
      p50: percentile(pdfTimes, 50),
      p95: percentile(pdfTimes, 95),
      peakMb: mb(printed.total),
      chromiumMb: mb(printed.total - printed.self),
    },
  };
}

/** Runs the report benchmark and returns its section of docs/performance.md. */
export async function benchReportRendering(): Promise<string> {
  if (!existsSync(CHROMIUM))
    throw new Error(`bench:report needs Chromium at ${CHROMIUM} (apt-get install chromium)`);
  const pdf = chromiumPdfRenderer({ executablePath: CHROMIUM, concurrency: 1 });
  try {
    const loadBefore = loadavg()[0]!;
    const typical = buildReport(sampleReportInput(), { kind: 'participant', participantId: 'p1' });
    const large = buildReport(sampleReportInput({ conversation: largeConversation() }), { kind: 'leader' });
    const rows = [
      await measure('typical (3 agreements)', typical, pdf),
      await measure('large (25 agreements)', large, pdf),
    ];
    const lines = [
      '## Report rendering',
      '',
      `\`npm run bench:report\` (bench/report.bench.ts), ${new Date().toISOString().slice(0, 10)}, Node ${process.version},`,
      `Debian's Chromium, 2 shared cores. ${PDFS} PDFs and ${HTMLS} HTML renders per record after a warm-up, one at a`,
      'time; the browser and its page stay open between PDFs (as in the server). Peak memory is the proportional set',
      'size (PSS) sampled every 20 ms: this process alone for HTML, this process plus its Chromium processes for PDF.',
      `Load average (1 min) ${loadBefore.toFixed(1)} before and ${loadavg()[0]!.toFixed(1)} after: other work on the`,
      'machine slows both columns alike, so read the ratio rather than the milliseconds.',
      '',
      '| record | pages | PDF size | HTML p50 | HTML p95 | PDF p50 | PDF p95 | PDF / HTML (p50) | peak, HTML | peak, PDF (of which Chromium) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (r) =>
          `| ${r.name} | ${r.pages} | ${Math.round(r.bytes / 1024)} KiB | ${ms(r.html.p50)} ms | ${ms(r.html.p95)} ms | ${ms(r.pdf.p50)} ms | ${ms(r.pdf.p95)} ms | ${Math.round(r.pdf.p50 / r.html.p50)}× | ${r.html.peakMb} MB | ${r.pdf.peakMb} MB (${r.pdf.chromiumMb} MB) |`,
      ),
      '',
    ];
    return lines.join('\n');
  } finally {
    await pdf.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const doc = fileURLToPath(new URL('../docs/performance.md', import.meta.url));
  const sections = [await benchReportRendering()];
  // The outbox part (mails per minute through the queue into a local SMTP server) lives beside this one.
  const outbox = new URL('./outbox.bench.ts', import.meta.url);
  if (existsSync(fileURLToPath(outbox))) {
    const mod = (await import(outbox.href)) as { benchOutbox?: () => Promise<string> };
    if (mod.benchOutbox) sections.push(await mod.benchOutbox());
  }
  let markdown = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Performance\n';
  for (const section of sections) {
    markdown = putSection(markdown, section);
    console.log(section);
  }
  writeFileSync(doc, markdown);
}
