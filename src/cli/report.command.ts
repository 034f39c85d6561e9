// `sluitstuk report CONVERSATION_ID --format html|pdf|ics|vcf|handout --out FILE [--participant ID]`: the
// same files as the API, from the server's terminal (archiving, scripts). Writes atomically: a failed
// render leaves no half file behind.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { parseArgs } from 'node:util';
import { isAppError, systemClock } from '../core/index.ts';
import { t, type Lang } from '../i18n/index.ts';
import { REPORT_FORMATS, chromiumPdfRenderer, type ReportFormat } from '../render/index.ts';
import { createServices, type ReportRequest } from '../services/index.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';
import { configOrExit, openMigrated, wantsHelp } from './runtime.ts';

function isFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** Writes the bytes to a temporary file beside the target, then renames it into place. */
function writeAtomically(target: string, body: string | Uint8Array): void {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, body);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export const command: Command = {
  summary: { nl: t('nl', 'cli.report.summary'), en: t('en', 'cli.report.summary') },
  async run(args: string[], io: CliIo): Promise<number> {
    const say = (key: Parameters<typeof t>[1], params?: Record<string, string | number>) =>
      t(io.lang, key, params);
    if (wantsHelp(args)) {
      io.stdout.write(say('cli.report.help'));
      return ExitCode.ok;
    }
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          format: { type: 'string', default: 'html' },
          out: { type: 'string' },
          participant: { type: 'string' },
          audience: { type: 'string' },
          lang: { type: 'string' },
        },
      });
    } catch (error) {
      io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${say('cli.report.help')}`);
      return ExitCode.usage;
    }
    const { values, positionals } = parsed;
    const [id, ...extra] = positionals;
    if (!id || extra.length > 0) {
      io.stderr.write(`${say('cli.report.noId')}\n`);
      return ExitCode.usage;
    }
    const format = values.format ?? 'html';
    if (!isFormat(format)) {
      io.stderr.write(`${say('cli.report.badFormat', { value: format })}\n`);
      return ExitCode.usage;
    }
    if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en') {
      io.stderr.write(`${say('cli.report.badLang', { value: values.lang })}\n`);
      return ExitCode.usage;
    }
    const lang: Lang = (values.lang as Lang | undefined) ?? io.lang;
    let audience: ReportRequest['audience'] = values.participant ? 'participant' : 'leader';
    if (values.audience !== undefined) {
      if (values.participant || (values.audience !== 'leader' && values.audience !== 'participants')) {
        io.stderr.write(`${say('cli.report.badAudience', { value: values.audience })}\n`);
        return ExitCode.usage;
      }
      audience = values.audience;
    }
    if (!values.out) {
      io.stderr.write(`${say('cli.report.noOut')}\n`);
      return ExitCode.usage;
    }
    if (values.out === '-' && (format === 'pdf' || format === 'handout')) {
      io.stderr.write(`${say('cli.report.binaryToTerminal')}\n`);
      return ExitCode.usage;
    }

    const config = configOrExit(io);
    if (typeof config === 'number') return config;
    const opened = await openMigrated(config, io);
    if (typeof opened === 'number') return opened;
    const { storage } = opened;
    const pdf = chromiumPdfRenderer({ executablePath: config.chromePath });
    try {
      const services = createServices({ storage, clock: systemClock, pdf });
      const file = await services.reports.export(id, format, {
        audience,
        participantId: values.participant,
        lang,
      });
      if (values.out === '-') {
        io.stdout.write(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
        return ExitCode.ok;
      }
      const target = resolve(values.out);
      try {
        writeAtomically(target, file.body);
      } catch (error) {
        io.stderr.write(
          `${say('cli.report.failed', { reason: error instanceof Error ? error.message : String(error) })}\n`,
        );
        return ExitCode.failure;
      }
      const bytes = typeof file.body === 'string' ? Buffer.byteLength(file.body) : file.body.byteLength;
      io.stderr.write(`${say('cli.report.written', { file: target, bytes })}\n`);
      return ExitCode.ok;
    } catch (error) {
      if (!isAppError(error)) throw error;
      io.stderr.write(`${t(io.lang, `error.${error.code}`)}\n`);
      return error.code.endsWith('_not_found') ? ExitCode.notFound : ExitCode.failure;
    } finally {
      await pdf.close();
      await storage.close();
    }
  },
};
