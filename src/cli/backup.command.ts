// `sluitstuk backup FILE`: a consistent copy of the SQLite database, also while the server runs.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupSqliteFile } from '../storage/index.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';
import { configOrExit, wantsHelp } from './runtime.ts';

const help = {
  nl: `Gebruik: sluitstuk backup BESTAND

Maakt een consistente kopie van de SQLite-database naar BESTAND, ook terwijl de server draait.
Voor PostgreSQL: gebruik pg_dump (zie README.md).
`,
  en: `Usage: sluitstuk backup FILE

Makes a consistent copy of the SQLite database to FILE, also while the server runs.
For PostgreSQL: use pg_dump (see README.md).
`,
};

export const command: Command = {
  summary: { nl: 'Maak een reservekopie van de database', en: 'Back up the database' },
  async run(args: string[], io: CliIo): Promise<number> {
    if (wantsHelp(args)) {
      io.stdout.write(help[io.lang]);
      return ExitCode.ok;
    }
    const [target, ...extra] = args;
    if (!target || extra.length > 0 || target.startsWith('-')) {
      io.stderr.write(help[io.lang]);
      return ExitCode.usage;
    }
    const config = configOrExit(io);
    if (typeof config === 'number') return config;
    if (config.database.kind === 'postgres') {
      io.stderr.write(
        io.lang === 'nl'
          ? 'Deze database is PostgreSQL. Maak een reservekopie met pg_dump, bijvoorbeeld:\n  pg_dump --format=custom --file=sluitstuk.dump "$DATABASE_URL"\n'
          : 'This database is PostgreSQL. Back it up with pg_dump, for example:\n  pg_dump --format=custom --file=sluitstuk.dump "$DATABASE_URL"\n',
      );
      return ExitCode.usage;
    }
    const source = config.database.file;
    if (source === ':memory:' || !existsSync(source)) {
      io.stderr.write(
        io.lang === 'nl' ? `Database niet gevonden: ${source}\n` : `Database not found: ${source}\n`,
      );
      return ExitCode.notFound;
    }
    const destination = resolve(target);
    if (existsSync(destination)) {
      io.stderr.write(
        io.lang === 'nl'
          ? `${destination} bestaat al; kies een nieuw bestand.\n`
          : `${destination} already exists; choose a new file.\n`,
      );
      return ExitCode.failure;
    }
    try {
      await backupSqliteFile(source, destination);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr.write(io.lang === 'nl' ? `Reservekopie mislukt: ${reason}\n` : `Backup failed: ${reason}\n`);
      return ExitCode.failure;
    }
    io.stdout.write(
      io.lang === 'nl'
        ? `Reservekopie geschreven naar ${destination}\n`
        : `Backup written to ${destination}\n`,
    );
    return ExitCode.ok;
  },
};
