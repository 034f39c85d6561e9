// `sluitstuk backup FILE` and `sluitstuk backup --verify FILE`: a consistent copy of the database (SQLite or
// PostgreSQL), also while the server runs and writes, and the check of such a copy. See docs/security.md and
// README.md for restoring.
import { parseArgs } from 'node:util';
import { BackupError, backupDatabase, checkBackup, type BackupProblem } from '../storage/index.ts';
import { cliText, type Lang } from '../i18n/index.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';
import { configOrExit } from './runtime.ts';

/** A size as people read it: kB, MB or GB with one decimal. */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const number = unit === 0 ? String(value) : value.toFixed(1);
  return `${lang === 'nl' ? number.replace('.', ',') : number} ${units[unit]}`;
}

async function verify(file: string, io: CliIo): Promise<number> {
  const check = await checkBackup(file);
  if (!check.ok) {
    const key: BackupProblem = check.reason;
    io.stderr.write(
      cliText(io.lang, `cli.backup.problem.${key}`, { file, detail: check.detail ?? '' }) + '\n',
    );
    return check.reason === 'missing' ? ExitCode.notFound : ExitCode.failure;
  }
  io.stdout.write(
    cliText(io.lang, 'cli.backup.verified', {
      file,
      kind: check.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL',
      size: formatBytes(check.bytes, io.lang),
      migrations: check.migrations.join(', '),
      users: check.counts.users ?? 0,
      conversations: check.counts.conversations ?? 0,
    }) + '\n',
  );
  return ExitCode.ok;
}

export const command: Command = {
  summary: { nl: cliText('nl', 'cli.backup.summary'), en: cliText('en', 'cli.backup.summary') },
  async run(args: string[], io: CliIo): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        strict: true,
        options: { verify: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      });
    } catch {
      io.stderr.write(cliText(io.lang, 'cli.backup.help'));
      return ExitCode.usage;
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout.write(cliText(io.lang, 'cli.backup.help'));
      return ExitCode.ok;
    }
    if (positionals.length !== 1) {
      io.stderr.write(cliText(io.lang, 'cli.backup.help'));
      return ExitCode.usage;
    }
    const target = positionals[0]!;
    if (values.verify) return verify(target, io);

    const config = configOrExit(io);
    if (typeof config === 'number') return config;
    try {
      const result = await backupDatabase(config.database, target);
      io.stdout.write(
        cliText(io.lang, 'cli.backup.written', {
          file: result.file,
          size: formatBytes(result.bytes, io.lang),
          seconds: (result.milliseconds / 1000).toFixed(1).replace('.', io.lang === 'nl' ? ',' : '.'),
        }) + '\n',
      );
      return ExitCode.ok;
    } catch (error) {
      if (error instanceof BackupError) {
        const message =
          error.reason === 'exists'
            ? cliText(io.lang, 'cli.backup.exists', { file: target })
            : error.reason === 'source_missing'
              ? cliText(io.lang, 'cli.backup.sourceMissing', { detail: error.message })
              : error.reason === 'tool_missing'
                ? error.message
                : cliText(io.lang, 'cli.backup.failed', { detail: error.message });
        io.stderr.write(message + '\n');
        return error.reason === 'source_missing' ? ExitCode.notFound : ExitCode.failure;
      }
      io.stderr.write(
        cliText(io.lang, 'cli.backup.failed', {
          detail: error instanceof Error ? error.message : String(error),
        }) + '\n',
      );
      return ExitCode.failure;
    }
  },
};
