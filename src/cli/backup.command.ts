// `sluitstuk backup FILE` and `sluitstuk backup --verify FILE`: a consistent copy of the database (SQLite or
// PostgreSQL), also while the server runs and writes, and the check of such a copy. See docs/security.md and
// README.md for restoring.
import { parseArgs } from 'node:util';
import { BackupError, backupDatabase, checkBackup, type BackupProblem } from '../storage/index.ts';
import type { Lang } from '../i18n/index.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';
import { configOrExit } from './runtime.ts';

const help = {
  nl: `Gebruik: sluitstuk backup BESTAND
       sluitstuk backup --verify BESTAND

Maakt een consistente kopie van de database naar BESTAND, ook terwijl de server draait en schrijft:
SQLite met VACUUM INTO, PostgreSQL met pg_dump (--format=custom). De kopie krijgt pas haar naam als
ze af en gecontroleerd is. Daarna staan grootte en duur op het scherm.

--verify controleert een reservekopie: leesbaar, heel, van Sluitstuk, met welke migraties.
Terugzetten: zie README.md (Reservekopieën).
`,
  en: `Usage: sluitstuk backup FILE
       sluitstuk backup --verify FILE

Makes a consistent copy of the database to FILE, also while the server runs and writes: SQLite with
VACUUM INTO, PostgreSQL with pg_dump (--format=custom). The copy gets its name only once it is complete
and checked. Then its size and the time it took are shown.

--verify checks a backup: readable, sound, of Sluitstuk, and with which migrations.
Restoring: see README.md (Backups).
`,
};

const texts = {
  nl: {
    written: 'Reservekopie geschreven naar {file}: {size} in {seconds} s, gecontroleerd.',
    exists: '{file} bestaat al; kies een nieuw bestand.',
    sourceMissing: 'Database niet gevonden: {detail}',
    toolMissing: '{detail}',
    failed: 'Reservekopie mislukt: {detail}',
    verified:
      '{file} is een goede reservekopie ({kind}, {size}): migraties {migrations}; {users} gebruikers, {conversations} gesprekken.',
    missing: '{file} bestaat niet.',
    unknown_format:
      '{file} is geen reservekopie van Sluitstuk (geen SQLite-database en geen pg_dump-archief).',
    corrupt: '{file} is beschadigd of onvolledig: {detail}',
    not_sluitstuk: '{file} is een database, maar niet van Sluitstuk.',
    tool_missing: '{detail}',
  },
  en: {
    written: 'Backup written to {file}: {size} in {seconds} s, checked.',
    exists: '{file} already exists; choose a new file.',
    sourceMissing: 'Database not found: {detail}',
    toolMissing: '{detail}',
    failed: 'Backup failed: {detail}',
    verified:
      '{file} is a good backup ({kind}, {size}): migrations {migrations}; {users} users, {conversations} conversations.',
    missing: '{file} does not exist.',
    unknown_format: '{file} is not a Sluitstuk backup (neither a SQLite database nor a pg_dump archive).',
    corrupt: '{file} is damaged or incomplete: {detail}',
    not_sluitstuk: '{file} is a database, but not one of Sluitstuk.',
    tool_missing: '{detail}',
  },
} satisfies Record<Lang, Record<string, string>>;

const fill = (s: string, params: Record<string, string | number>): string =>
  s.replace(/\{(\w+)\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));

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
  const m = texts[io.lang];
  const check = await checkBackup(file);
  if (!check.ok) {
    const key: BackupProblem = check.reason;
    io.stderr.write(fill(m[key], { file, detail: check.detail ?? '' }) + '\n');
    return check.reason === 'missing' ? ExitCode.notFound : ExitCode.failure;
  }
  io.stdout.write(
    fill(m.verified, {
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
  summary: {
    nl: 'Maak of controleer een reservekopie van de database',
    en: 'Back up the database, or check a backup',
  },
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
      io.stderr.write(help[io.lang]);
      return ExitCode.usage;
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout.write(help[io.lang]);
      return ExitCode.ok;
    }
    if (positionals.length !== 1) {
      io.stderr.write(help[io.lang]);
      return ExitCode.usage;
    }
    const target = positionals[0]!;
    if (values.verify) return verify(target, io);

    const config = configOrExit(io);
    if (typeof config === 'number') return config;
    const m = texts[io.lang];
    try {
      const result = await backupDatabase(config.database, target);
      io.stdout.write(
        fill(m.written, {
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
            ? fill(m.exists, { file: target })
            : error.reason === 'source_missing'
              ? fill(m.sourceMissing, { detail: error.message })
              : error.reason === 'tool_missing'
                ? fill(m.toolMissing, { detail: error.message })
                : fill(m.failed, { detail: error.message });
        io.stderr.write(message + '\n');
        return error.reason === 'source_missing' ? ExitCode.notFound : ExitCode.failure;
      }
      io.stderr.write(
        fill(m.failed, { detail: error instanceof Error ? error.message : String(error) }) + '\n',
      );
      return ExitCode.failure;
    }
  },
};
