// `sluitstuk analyse FILE|DIR`: which of the seven closing steps happened in a transcript (.txt, .vtt,
// .srt), with evidence, agreements (SMART) and tips. --json gives the contract of shared/eval/README.md;
// --format md|html writes a report to share. A folder is analysed file by file; a bad file does not stop it.
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  STEP_KEYS,
  TranscriptError,
  decodeTranscriptBytes,
  tryAnalyseTranscript,
  type StepKey,
  type TranscriptAnalysis,
} from '../analyzer/index.ts';
import { analyzerText, cliTextOf, t, type Lang, type MessageKey } from '../i18n/index.ts';
import { tipTexts, uncertainty, withMessages } from './analyzer-text.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';
import { rawStream, terminalText } from './terminal-text.ts';

/** The title of each step, from the web app's words (one meaning in one place). */
const STEP_TITLE: Record<StepKey, MessageKey> = {
  summary: 'web.step.summary.title',
  agreements: 'web.step.agreements.title',
  expectations: 'web.step.expectations.title',
  questions: 'web.step.questions.title',
  contact: 'web.step.contact.title',
  feedback: 'web.step.feedback.title',
  thanks: 'web.step.thanks.title',
};
const stepName = (lang: Lang, key: StepKey): string => t(lang, STEP_TITLE[key]);

/** This command's texts in a language (src/i18n/messages/cli-admin.ts). */
const say = cliTextOf('cli.analyse');

type Format = 'text' | 'md' | 'html';
const TRANSCRIPT_EXT = new Set(['.txt', '.vtt', '.srt']);

/** Today as 'YYYY-MM-DD' in local time. */
function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The JSON shape of one analysis: the eval contract first (language, steps, agreements), then the rest. */
export function analysisJson(a: TranscriptAnalysis, lang: Lang): Record<string, unknown> {
  return {
    file: a.fileName,
    language: a.language,
    steps: a.steps,
    agreements: a.agreements.map((g) => ({
      line: g.line,
      owner: g.owner,
      action: g.action,
      deadline: g.deadline,
      vagueTerms: g.vagueTerms,
      smart: g.smart,
      speaker: g.speaker,
      text: g.text,
      hints: withMessages({ hints: g.hints } as Parameters<typeof withMessages>[0], lang).hints,
      confidence: g.confidence,
    })),
    leader: a.leader,
    closing: a.closing,
    score: a.score,
    tips: a.tips.map((tip, k) => ({ ...tip, text: tipTexts(a, lang)[k] })),
    evidence: a.evidence,
    format: a.format,
    date: a.date,
    utterances: a.utterances,
    speakers: a.speakers,
    speakersInferred: a.speakersInferred,
    warnings: a.warnings,
  };
}

/** SMART letters of an agreement as four characters (W = who, S, M, T; "·" when missing). */
function smartLetters(smart: TranscriptAnalysis['agreements'][number]['smart']): string {
  return [
    smart.owner ? 'W' : '·',
    smart.specific ? 'S' : '·',
    smart.measurable ? 'M' : '·',
    smart.timeBound ? 'T' : '·',
  ].join('');
}

/** The utterance text of a line, shortened for a quote. */
function quoteOf(a: TranscriptAnalysis, line: number): string {
  const found =
    a.evidence.find((e) => e.line === line)?.text ?? a.agreements.find((g) => g.line === line)?.text ?? '';
  const t = found.replace(/\s+/g, ' ').trim();
  return t.length > 90 ? `${t.slice(0, 87)}…` : t;
}

function leaderLine(a: TranscriptAnalysis, m: ReturnType<typeof say>): string {
  if (!a.leader.name) return m('unknown');
  const basis =
    a.leader.basis === 'option'
      ? m('given')
      : a.leader.basis === 'closing-moves'
        ? m('byMoves')
        : m('byCount');
  return a.leader.inferred ? `${a.leader.name} (${m('inferred')}: ${basis})` : `${a.leader.name} (${basis})`;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escapes Markdown syntax and inline HTML characters. */
function escapeMdSyntax(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) =>
    c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`,
  );
}

// What GitHub-flavoured Markdown turns into a link by itself: scheme://…, www.…, and e-mail addresses.
const AUTOLINK = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** Text in a code span: shown as it is, never a link; the fence is longer than any backtick run inside. */
function codeSpan(s: string): string {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/**
 * Escapes Markdown and inline HTML so a transcript cannot inject links, images or markup: syntax characters
 * are escaped, and bare addresses, which GitHub-flavoured Markdown would link by itself, become code spans.
 */
export function escapeMd(s: string): string {
  let out = '';
  let last = 0;
  for (const match of s.matchAll(AUTOLINK)) {
    out += escapeMdSyntax(s.slice(last, match.index)) + codeSpan(match[0]);
    last = match.index + match[0].length;
  }
  return out + escapeMdSyntax(s.slice(last));
}

/**
 * A report of one analysis as plain text, Markdown or an HTML fragment. Every string that comes from
 * the transcript (names, quotes, the file name) is escaped for the target format.
 */
export function renderReport(a: TranscriptAnalysis, lang: Lang, format: Format): string {
  const m = say(lang);

  const esc = format === 'html' ? escapeHtml : format === 'md' ? escapeMd : (s: string) => s;
  const out: string[] = [];
  const heading = (level: 1 | 2, s: string): string =>
    format === 'html'
      ? `<h${level}>${esc(s)}</h${level}>`
      : format === 'md'
        ? `${level === 1 ? '' : '\n'}${'#'.repeat(level)} ${esc(s)}\n`
        : level === 1
          ? s
          : `\n${s}`;
  const list = (items: string[], ordered = false): void => {
    if (format === 'html') {
      const tag = ordered ? 'ol' : 'ul';
      out.push(`<${tag}>${items.map((x) => `<li>${x}</li>`).join('')}</${tag}>`);
    } else {
      const prefix = format === 'md' ? '' : '  ';
      out.push(
        ...items.map((x, i) =>
          `${prefix}${ordered ? `${i + 1}.` : format === 'md' ? '-' : ''} ${x}`.replace(/^\s+/, prefix),
        ),
      );
    }
  };
  out.push(heading(1, `${m('title')}: ${a.fileName}`));
  list(
    [
      `${m('language')}: ${a.language}`,
      `${m('leader')}: ${leaderLine(a, m)}`,
      ...(a.speakersInferred ? [m('speakersInferred', { names: a.speakers.join(', ') })] : []),
      a.closing.present ? m('closingFrom', { line: a.closing.startLine ?? 0 }) : m('noClosing'),
      `${m('score')}: ${a.score}/100`,
    ].map(esc),
  );
  out.push(heading(2, m('steps')));
  list(
    STEP_KEYS.map((key) => {
      const step = a.steps[key];
      const first = step.lines[0];
      const quote = first !== undefined ? `${m('line')} ${first}: “${quoteOf(a, first)}”` : '';
      if (format === 'text')
        return `${step.present ? '[x]' : '[ ]'} ${stepName(lang, key).padEnd(24)} ${quote}`.trimEnd();
      const name =
        format === 'html'
          ? `<strong>${esc(stepName(lang, key))}</strong>`
          : `**${esc(stepName(lang, key))}**`;
      return `${step.present ? '✓' : '✗'} ${name}${quote ? ` — ${esc(quote)}` : ''}`;
    }),
  );
  out.push(heading(2, m('agreements')));
  if (a.agreements.length === 0)
    out.push(format === 'html' ? `<p>${esc(m('noAgreements'))}</p>` : `  ${m('noAgreements')}`);
  else {
    list(
      a.agreements.map((g) => {
        const due = g.deadline ? `${g.deadline.date} (“${g.deadline.phrase}”)` : m('none');
        const vague = g.vagueTerms.length > 0 ? `; ${m('vague')}: ${g.vagueTerms.join(', ')}` : '';
        const owner = g.owner ?? m('none');
        return esc(
          `${m('line')} ${g.line} [${smartLetters(g.smart)}] ${m('owner')}: ${owner}; ${m('deadline')}: ${due}${vague} — “${quoteOf(a, g.line)}”${
            g.confidence.level === 'uncertain'
              ? ` (${t(lang, 'analyzer.confidence.uncertain')}: ${uncertainty(g, lang)})`
              : ''
          }`,
        );
      }),
    );
  }
  out.push(heading(2, m('tips')));
  list(
    tipTexts(a, lang).map((text) => esc(text)),
    true,
  );
  return out.join('\n') + '\n';
}

/** A complete, self-contained HTML page around report fragments (already escaped). */
export function htmlDocument(title: string, fragments: string[], lang: Lang): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2rem .6rem;text-align:left}</style>
</head>
<body>
<main>
${fragments.join('\n<hr>\n')}
</main>
</body>
</html>
`;
}

interface FileOutcome {
  path: string;
  analysis?: TranscriptAnalysis;
  error?: Error;
}

async function analyseFile(
  path: string,
  options: { date: string; leader?: string; lang: Lang },
): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { path, error: error as Error };
  }
  const result = tryAnalyseTranscript(basename(path), decodeTranscriptBytes(bytes), options);
  return result.ok ? { path, analysis: result.analysis } : { path, error: result.error };
}

/** The user's message for a failed file: the analyzer's nl/en text with its code, or the I/O reason. */
function errorText(error: Error, lang: Lang, path: string): string {
  const e = error as Error & { messages?: Record<Lang, string>; code?: string };
  if (e instanceof TranscriptError) {
    const detail = e.detail ? ` (${analyzerText(lang, 'transcript', `detail.${e.detail}`)})` : '';
    return `${e.fileName}: ${analyzerText(lang, 'transcript', e.code)}${detail} [${e.code}]`;
  }
  if (e.code === 'ENOENT') return say(lang)('notFound', { path });
  return `${path}: ${error.message}`;
}

async function listTranscripts(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && TRANSCRIPT_EXT.has(extname(e.name).toLowerCase()))
    .map((e) => join(dir, e.name))
    .sort();
}

async function emit(io: CliIo, out: string | undefined, text: string, lang: Lang): Promise<number> {
  if (!out) {
    io.stdout.write(text);
    return ExitCode.ok;
  }
  try {
    await writeFile(out, terminalText(text));
    io.stderr.write(say(lang)('written', { path: out }) + '\n');
    return ExitCode.ok;
  } catch (error) {
    io.stderr.write(say(lang)('writeFailed', { path: out, reason: (error as Error).message }) + '\n');
    return ExitCode.failure;
  }
}

/** Per step: in how many of the analysed conversations it happened. */
function batchTable(outcomes: FileOutcome[], lang: Lang, format: Format): string {
  const m = say(lang);
  const ok = outcomes.filter((o) => o.analysis);
  const rows = STEP_KEYS.map(
    (key) =>
      [
        stepName(lang, key),
        `${ok.filter((o) => o.analysis!.steps[key].present).length}/${ok.length}`,
      ] as const,
  );
  const title = m('batch', { ok: ok.length, total: outcomes.length });
  const failed = outcomes.length - ok.length;
  const failedLine = failed ? m('failedFiles', { n: failed }) : '';
  if (format === 'html') {
    const body = rows.map(([a, b]) => `<tr><td>${escapeHtml(a)}</td><td>${b}</td></tr>`).join('');
    return `<h2>${escapeHtml(title)}</h2>\n<table><thead><tr><th>${m('stepCol')}</th><th>${m('countCol')}</th></tr></thead><tbody>${body}</tbody></table>${failedLine ? `\n<p>${escapeHtml(failedLine)}</p>` : ''}\n`;
  }
  if (format === 'md') {
    return `\n## ${title}\n\n| ${m('stepCol')} | ${m('countCol')} |\n|---|---|\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}\n${failedLine ? `\n${failedLine}\n` : ''}`;
  }
  const width = Math.max(...rows.map(([a]) => a.length), m('stepCol').length);
  return `\n${title}\n  ${m('stepCol').padEnd(width)}  ${m('countCol')}\n${rows.map(([a, b]) => `  ${a.padEnd(width)}  ${b}`).join('\n')}\n${failedLine ? `  ${failedLine}\n` : ''}`;
}

async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        date: { type: 'string' },
        leader: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${say(io.lang)('noFile')}\n`);
    return ExitCode.usage;
  }
  const { values, positionals } = parsed;
  let lang: Lang = io.lang;
  if (values.lang !== undefined) {
    if (values.lang !== 'nl' && values.lang !== 'en') {
      io.stderr.write(say(io.lang)('badLang', { value: values.lang }) + '\n');
      return ExitCode.usage;
    }
    lang = values.lang;
  }
  const m = say(lang);
  if (values.help) {
    io.stdout.write(m('help'));
    return ExitCode.ok;
  }
  if (positionals.length !== 1) {
    io.stderr.write(m('noFile') + '\n');
    return ExitCode.usage;
  }
  const date = values.date ?? today();
  if (!isIsoDate(date)) {
    io.stderr.write(m('badDate', { value: date }) + '\n');
    return ExitCode.usage;
  }
  const format = (values.format ?? 'text') as Format;
  if (!['text', 'md', 'html'].includes(format)) {
    io.stderr.write(m('badFormat', { value: String(values.format) }) + '\n');
    return ExitCode.usage;
  }
  const target = positionals[0]!;
  let isDir: boolean;
  try {
    isDir = (await stat(target)).isDirectory();
  } catch {
    io.stderr.write(m('notFound', { path: target }) + '\n');
    return ExitCode.notFound;
  }
  const options = { date, leader: values.leader, lang };

  if (!isDir) {
    const outcome = await analyseFile(target, options);
    if (!outcome.analysis) {
      io.stderr.write(`${m('failed')}: ${errorText(outcome.error!, lang, target)}\n`);
      return ExitCode.failure;
    }
    if (values.json)
      return emit(io, values.out, JSON.stringify(analysisJson(outcome.analysis, lang)) + '\n', lang);
    const report = renderReport(outcome.analysis, lang, format);
    const page =
      format === 'html'
        ? htmlDocument(`${m('title')}: ${outcome.analysis.fileName}`, [report], lang)
        : report;
    return emit(io, values.out, page, lang);
  }

  const files = await listTranscripts(target);
  if (files.length === 0) {
    io.stderr.write(m('emptyDir', { path: target }) + '\n');
    return ExitCode.notFound;
  }
  // The progress bar goes to stderr, and only to a terminal: pipes and files get clean output.
  let bar: { start(total: number, value: number): void; update(value: number): void; stop(): void } | null =
    null;
  if (io.stderr.isTTY) {
    const { default: progress } = await import('cli-progress');
    bar = new progress.SingleBar(
      // The bar's own escape sequences go to the terminal as they are; everything else is stripped (main.ts).
      { stream: rawStream(io.stderr as NodeJS.WritableStream), clearOnComplete: true, hideCursor: true },
      progress.Presets.shades_classic,
    );
    bar.start(files.length, 0);
  }
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    outcomes.push(await analyseFile(file, options));
    bar?.update(outcomes.length);
  }
  bar?.stop();
  for (const o of outcomes)
    if (o.error) io.stderr.write(`${m('failed')}: ${errorText(o.error, lang, o.path)}\n`);
  let text: string;
  if (values.json) {
    const all = outcomes.map((o) =>
      o.analysis
        ? analysisJson(o.analysis, lang)
        : {
            file: basename(o.path),
            error: {
              code: (o.error as Error & { code?: string }).code ?? 'io',
              message: errorText(o.error!, lang, o.path),
            },
          },
    );
    text = JSON.stringify(all) + '\n';
  } else {
    const reports = outcomes.filter((o) => o.analysis).map((o) => renderReport(o.analysis!, lang, format));
    const table = batchTable(outcomes, lang, format);
    text =
      format === 'html' ? htmlDocument(m('title'), [...reports, table], lang) : reports.join('\n') + table;
  }
  const code = await emit(io, values.out, text, lang);
  return outcomes.some((o) => o.error) ? ExitCode.failure : code;
}

export const command: Command = {
  summary: { nl: say('nl')('summary'), en: say('en')('summary') },
  run,
};
