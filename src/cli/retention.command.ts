// `sluitstuk retention report|run`: what retention will remove soon, and running it now (the server runs it
// daily by itself; this is for a look ahead, and for deployments that prefer cron).
import { parseArgs } from 'node:util';
import { systemClock } from '../core/index.ts';
import { SYSTEM_ACTOR, createServices } from '../services/index.ts';
import { cliText } from '../i18n/index.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';
import { configOrExit, openMigrated, wantsHelp } from './runtime.ts';

export const command: Command = {
  summary: { nl: cliText('nl', 'cli.retention.summary'), en: cliText('en', 'cli.retention.summary') },
  async run(args: string[], io: CliIo): Promise<number> {
    const [sub, ...rest] = args;
    if (!sub || wantsHelp(args) || (sub !== 'report' && sub !== 'run')) {
      io.stdout.write(cliText(io.lang, 'cli.retention.help'));
      return sub && wantsHelp(args) ? ExitCode.ok : ExitCode.usage;
    }
    let values: { days?: string; 'dry-run'?: boolean };
    try {
      values = parseArgs({
        args: rest,
        options: { days: { type: 'string' }, 'dry-run': { type: 'boolean' } },
      }).values;
    } catch (error) {
      io.stderr.write(`${(error as Error).message}\n`);
      return ExitCode.usage;
    }
    const days = values.days === undefined ? 30 : Number(values.days);
    if (!Number.isInteger(days) || days < 1 || days > 366) {
      io.stderr.write(`${cliText(io.lang, 'cli.retention.badDays')}\n`);
      return ExitCode.usage;
    }
    const config = configOrExit(io);
    if (typeof config === 'number') return config;
    const opened = await openMigrated(config, io);
    if (typeof opened === 'number') return opened;
    const services = createServices({ storage: opened.storage, clock: systemClock });
    try {
      const result =
        sub === 'report'
          ? await services.privacy.retentionReport(SYSTEM_ACTOR, days)
          : await services.privacy.runRetention(SYSTEM_ACTOR, { dryRun: values['dry-run'] ?? false });
      io.stdout.write(JSON.stringify(result, null, 2) + '\n');
      return ExitCode.ok;
    } finally {
      await opened.storage.close();
    }
  },
};
