// `sluitstuk migrate`: brings the database schema up to date (serve does this too, at start).
import { describeDatabase } from '../config/index.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';
import { configOrExit, openMigrated, wantsHelp } from './runtime.ts';

const help = {
  nl: `Gebruik: sluitstuk migrate

Werkt de database bij naar de nieuwste versie. DATABASE_URL kiest de database.
`,
  en: `Usage: sluitstuk migrate

Brings the database up to the latest version. DATABASE_URL chooses the database.
`,
};

export const command: Command = {
  summary: { nl: 'Werk de database bij', en: 'Migrate the database' },
  async run(args: string[], io: CliIo): Promise<number> {
    if (wantsHelp(args)) {
      io.stdout.write(help[io.lang]);
      return ExitCode.ok;
    }
    if (args.length > 0) {
      io.stderr.write(io.lang === 'nl' ? `Onbekende optie: ${args[0]}\n` : `Unknown option: ${args[0]}\n`);
      return ExitCode.usage;
    }
    const config = configOrExit(io);
    if (typeof config === 'number') return config;
    const opened = await openMigrated(config, io);
    if (typeof opened === 'number') return opened;
    await opened.storage.close();
    const where = describeDatabase(config.database);
    if (opened.applied.length === 0) {
      io.stdout.write(io.lang === 'nl' ? `${where} is al bijgewerkt.\n` : `${where} is up to date.\n`);
    } else {
      io.stdout.write(
        (io.lang === 'nl' ? `${where}: toegepast: ` : `${where}: applied: `) +
          opened.applied.join(', ') +
          '\n',
      );
    }
    return ExitCode.ok;
  },
};
