import type { Lang } from '../i18n/index.ts';

/** Where a command reads and writes; injected so commands can be tested without a real terminal. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  lang: Lang;
}

/** One sub-command of `sluitstuk`. `run` returns the exit code. */
export interface Command {
  /** One line for the overview of `sluitstuk --help`, per language. */
  summary: Record<Lang, string>;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Exit codes shared by all commands. */
export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  notFound: 3,
  config: 78,
} as const;
