// Shared by the server-side commands: reading the configuration and opening the database, with clear
// messages in the terminal's language.
import { ConfigError, loadConfig, type Config } from '../config/index.ts';
import { cliText, configText, type ConfigMessageKey } from '../i18n/index.ts';
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
    const key = error instanceof MigrationError ? 'cli.db.migrationFailed' : 'cli.db.unreachable';
    io.stderr.write(`${cliText(io.lang, key, { reason })}\n`);
    return ExitCode.failure;
  }
}

/** True when the arguments ask for help. */
export function wantsHelp(args: string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}
