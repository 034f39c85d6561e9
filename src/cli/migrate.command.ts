// `sluitstuk migrate`: brings the database schema up to date (serve does this too, at start).
import { describeDatabase } from '../config/index.ts';
import { cliText } from '../i18n/index.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';
import { configOrExit, openMigrated, wantsHelp } from './runtime.ts';

export const command: Command = {
  summary: { nl: cliText('nl', 'cli.migrate.summary'), en: cliText('en', 'cli.migrate.summary') },
  async run(args: string[], io: CliIo): Promise<number> {
    if (wantsHelp(args)) {
      io.stdout.write(cliText(io.lang, 'cli.migrate.help'));
      return ExitCode.ok;
    }
    if (args.length > 0) {
      io.stderr.write(`${cliText(io.lang, 'cli.unknownOption', { option: args[0]! })}\n`);
      return ExitCode.usage;
    }
    const config = configOrExit(io);
    if (typeof config === 'number') return config;
    const opened = await openMigrated(config, io);
    if (typeof opened === 'number') return opened;
    await opened.storage.close();
    const where = describeDatabase(config.database);
    if (opened.applied.length === 0) {
      io.stdout.write(`${cliText(io.lang, 'cli.migrate.upToDate', { where })}\n`);
    } else {
      io.stdout.write(
        `${cliText(io.lang, 'cli.migrate.applied', { where, migrations: opened.applied.join(', ') })}\n`,
      );
    }
    return ExitCode.ok;
  },
};
