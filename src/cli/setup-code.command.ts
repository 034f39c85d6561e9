// `sluitstuk setup-code`: a new one-time setup code for a fresh installation, for when the one the server
// printed at its start is lost or has expired. The server checks the code in the database, so a running
// server accepts the new code at once; the earlier one stops working.
import { createServices } from '../services/index.ts';
import { systemClock } from '../core/index.ts';
import { cliText, t } from '../i18n/index.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';
import { configOrExit, openMigrated, wantsHelp } from './runtime.ts';

export const command: Command = {
  summary: { nl: cliText('nl', 'cli.setupCode.summary'), en: cliText('en', 'cli.setupCode.summary') },
  async run(args: string[], io: CliIo): Promise<number> {
    if (wantsHelp(args)) {
      io.stdout.write(cliText(io.lang, 'cli.setupCode.help'));
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
    const { storage } = opened;
    try {
      const services = createServices({ storage, clock: systemClock, setupCode: config.setupCode });
      if (!(await services.auth.setupNeeded())) {
        io.stderr.write(cliText(io.lang, 'cli.setupCode.done') + '\n');
        return ExitCode.failure;
      }
      if (services.auth.setupCodeSource() === 'environment') {
        io.stdout.write(cliText(io.lang, 'cli.setupCode.fromEnv') + '\n');
        return ExitCode.ok;
      }
      const issued = (await services.auth.issueSetupCode())!;
      const until = new Date(issued.expiresAt).toLocaleString(io.lang === 'nl' ? 'nl-NL' : 'en-GB');
      io.stdout.write(t(io.lang, 'security.serve.setupCode', { code: issued.code, until }) + '\n');
      return ExitCode.ok;
    } finally {
      await storage.close();
    }
  },
};
