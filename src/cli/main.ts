// `sluitstuk` command line: dispatches to one file per command. Commands load lazily so a quick command
// (such as `agreements`) does not pay for the server's start-up.
import { ExitCode, type CliIo, type Command } from './command.ts';
import { cliLanguage, overview, type CommandSummaries } from './help.ts';
import { cliText } from '../i18n/index.ts';
import { terminalStream } from './terminal-text.ts';

const commands: Record<string, () => Promise<{ command: Command }>> = {
  serve: () => import('./serve.command.ts'),
  migrate: () => import('./migrate.command.ts'),
  user: () => import('./user.command.ts'),
  'setup-code': () => import('./setup-code.command.ts'),
  backup: () => import('./backup.command.ts'),
  jobs: () => import('./jobs.command.ts'),
  agreement: () => import('./agreement.command.ts'),
  agreements: () => import('./agreements.command.ts'),
  analyse: () => import('./analyse.command.ts'),
  practice: () => import('./practice.command.ts'),
  retention: () => import('./retention.command.ts'),
  report: () => import('./report.command.ts'),
};

export { cliLanguage };

function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    lang: cliLanguage(process.env),
  };
}

/** The one-line summary of every command, loaded from the commands themselves (the build stores them). */
export async function commandSummaries(): Promise<CommandSummaries> {
  const summaries: CommandSummaries = {};
  for (const [name, load] of Object.entries(commands)) summaries[name] = (await load()).command.summary;
  return summaries;
}

/** Runs the command line with the given arguments; returns the exit code. */
export async function main(argv: string[], given: CliIo = processIo()): Promise<number> {
  // Every command prints through here: nothing that came from input can send escape sequences to the terminal.
  const io: CliIo = { ...given, stdout: terminalStream(given.stdout), stderr: terminalStream(given.stderr) };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(overview(await commandSummaries(), io.lang));
    return name ? ExitCode.ok : ExitCode.usage;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('sluitstuk 0.1.0\n');
    return ExitCode.ok;
  }
  const load = commands[name];
  if (!load) {
    io.stderr.write(`${cliText(io.lang, 'cli.unknownCommand', { name })}\n`);
    return ExitCode.usage;
  }
  const { command } = await load();
  return command.run(rest, io);
}
