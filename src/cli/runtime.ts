// Shared by the server-side commands: reading the configuration and opening the database, with clear
// messages in the terminal's language.
import { ConfigError, loadConfig, type Config } from '../config/index.ts';
import { configText, type ConfigMessageKey } from '../i18n/index.ts';
import { createDatabase, MigrationError, type Storage } from '../storage/index.ts';
import type { CliIo } from './command.ts';
import { ExitCode } from './command.ts';

/** Reads the configuration; on problems prints them all and returns the exit code instead. */
export function configOrExit(io: CliIo): Config | number {
  try {
    return loadConfig(io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`${configText(io.lang, 'config.header')}\n`);
    for (const problem of error.problems)
      io.stderr.write(
        `  ${problem.variable}: ${configText(io.lang, `config.${problem.code}` as ConfigMessageKey, problem.params)}\n`,
      );
    return ExitCode.config;
  }
}

/** Opens and migrates the database; on failure prints why and returns the exit code instead. */
export async function openMigrated(
  config: Config,
  io: CliIo,
): Promise<{ storage: Storage; applied: string[] } | number> {
  const storage = createDatabase(config.database);
  try {
    const applied = await storage.migrate();
    return { storage, applied };
  } catch (error) {
    await storage.close().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof MigrationError) {
      io.stderr.write(
        io.lang === 'nl'
          ? `De database kon niet worden bijgewerkt: ${reason}\n`
          : `The database could not be migrated: ${reason}\n`,
      );
    } else {
      io.stderr.write(
        io.lang === 'nl'
          ? `De database is niet bereikbaar: ${reason}\n`
          : `The database cannot be reached: ${reason}\n`,
      );
    }
    return ExitCode.failure;
  }
}

/** True when the arguments ask for help. */
export function wantsHelp(args: string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}
