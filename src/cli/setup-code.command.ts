// `sluitstuk setup-code`: a new one-time setup code for a fresh installation, for when the one the server
// printed at its start is lost or has expired. The server checks the code in the database, so a running
// server accepts the new code at once; the earlier one stops working.
import { createServices } from '../services/index.ts';
import { systemClock } from '../core/index.ts';
import { t } from '../i18n/index.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';
import { configOrExit, openMigrated, wantsHelp } from './runtime.ts';

const help = {
  nl: `Gebruik: sluitstuk setup-code

Maakt een nieuwe eenmalige setupcode voor de eerste inrichting van Sluitstuk en toont die.
De vorige code werkt daarna niet meer. Met SETUP_CODE in de omgeving geldt alleen die waarde.
`,
  en: `Usage: sluitstuk setup-code

Makes a new one-time setup code for the first set-up of Sluitstuk and shows it.
The previous code stops working. With SETUP_CODE in the environment only that value counts.
`,
};

const texts = {
  nl: {
    done: 'Sluitstuk is al ingericht; een setupcode is niet meer nodig. Meld u aan met uw account.',
    fromEnv: 'De setupcode is de waarde van SETUP_CODE in de omgeving van de server.',
  },
  en: {
    done: 'Sluitstuk has already been set up; no setup code is needed any more. Sign in with your account.',
    fromEnv: 'The setup code is the value of SETUP_CODE in the server’s environment.',
  },
};

export const command: Command = {
  summary: {
    nl: 'Toon een nieuwe setupcode voor de eerste inrichting',
    en: 'Show a new setup code for the first set-up',
  },
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
    const { storage } = opened;
    try {
      const services = createServices({ storage, clock: systemClock, setupCode: config.setupCode });
      if (!(await services.auth.setupNeeded())) {
        io.stderr.write(texts[io.lang].done + '\n');
        return ExitCode.failure;
      }
      if (services.auth.setupCodeSource() === 'environment') {
        io.stdout.write(texts[io.lang].fromEnv + '\n');
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
