// `sluitstuk` command line: dispatches to one file per command. Commands load lazily so a quick command
// (such as `agreements`) does not pay for the server's start-up.
import type { Lang } from '../i18n/index.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';
import { terminalStream } from './terminal-text.ts';

const commands: Record<string, () => Promise<{ command: Command }>> = {
  serve: () => import('./serve.command.ts'),
  migrate: () => import('./migrate.command.ts'),
  user: () => import('./user.command.ts'),
  'setup-code': () => import('./setup-code.command.ts'),
  backup: () => import('./backup.command.ts'),
  agreement: () => import('./agreement.command.ts'),
  agreements: () => import('./agreements.command.ts'),
  analyse: () => import('./analyse.command.ts'),
};

/** The terminal's language: SLUITSTUK_LANG, then LC_ALL/LANG; Dutch by default. */
export function cliLanguage(env: NodeJS.ProcessEnv): Lang {
  const tag = env.SLUITSTUK_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return tag.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    lang: cliLanguage(process.env),
  };
}

async function overview(lang: Lang): Promise<string> {
  const lines = [
    lang === 'nl' ? 'Gebruik: sluitstuk <opdracht> [opties]' : 'Usage: sluitstuk <command> [options]',
    '',
    lang === 'nl' ? 'Opdrachten:' : 'Commands:',
  ];
  for (const [name, load] of Object.entries(commands)) {
    const { command } = await load();
    lines.push(`  ${name.padEnd(12)} ${command.summary[lang]}`);
  }
  lines.push(
    '',
    lang === 'nl'
      ? 'Elke opdracht heeft --help. Taal: SLUITSTUK_LANG=en voor Engels.'
      : 'Every command has --help. Language: SLUITSTUK_LANG=nl for Dutch.',
  );
  return lines.join('\n') + '\n';
}

/** Runs the command line with the given arguments; returns the exit code. */
export async function main(argv: string[], given: CliIo = processIo()): Promise<number> {
  // Every command prints through here: nothing that came from input can send escape sequences to the terminal.
  const io: CliIo = { ...given, stdout: terminalStream(given.stdout), stderr: terminalStream(given.stderr) };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(await overview(io.lang));
    return name ? ExitCode.ok : ExitCode.usage;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('sluitstuk 0.1.0\n');
    return ExitCode.ok;
  }
  const load = commands[name];
  if (!load) {
    io.stderr.write(
      io.lang === 'nl'
        ? `Onbekende opdracht "${name}". Zie: sluitstuk --help\n`
        : `Unknown command "${name}". See: sluitstuk --help\n`,
    );
    return ExitCode.usage;
  }
  const { command } = await load();
  return command.run(rest, io);
}
