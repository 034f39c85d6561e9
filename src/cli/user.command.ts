// `sluitstuk user add|list|set-password`: account administration at the server's terminal.
// Passwords come from SLUITSTUK_PASSWORD or a prompt without echo, never from the command line (it ends up in
// shell history and in `ps`).
import { parseArgs } from 'node:util';
import { ROLES, isAppError, userInputSchema, type Role } from '../core/index.ts';
import { SYSTEM_ACTOR, createServices } from '../services/index.ts';
import { systemClock } from '../core/index.ts';
import { cliText, t, type CliTextKey, type MessageParams } from '../i18n/index.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';
import { configOrExit, openMigrated, wantsHelp } from './runtime.ts';

/** Reads a password: from SLUITSTUK_PASSWORD, else from the terminal without echo, else one line of stdin. */
export async function readPassword(io: CliIo, prompt: string): Promise<string> {
  const fromEnv = io.env.SLUITSTUK_PASSWORD;
  if (fromEnv) return fromEnv;
  const stdin = io.stdin as NodeJS.ReadStream;
  io.stderr.write(prompt);
  if (stdin.isTTY && typeof stdin.setRawMode === 'function') {
    return new Promise((resolve, reject) => {
      let value = '';
      stdin.setRawMode(true);
      stdin.resume();
      stdin.setEncoding('utf8');
      const onData = (chunk: string) => {
        for (const ch of chunk) {
          if (ch === '\r' || ch === '\n') {
            finish();
            io.stderr.write('\n');
            resolve(value);
            return;
          }
          if (ch === '\u0003') {
            finish();
            reject(new Error('cancelled'));
            return;
          }
          if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
          else value += ch;
        }
      };
      const finish = () => {
        stdin.off('data', onData);
        stdin.setRawMode(false);
        stdin.pause();
      };
      stdin.on('data', onData);
    });
  }
  // Not a terminal (a pipe): the first line.
  let data = '';
  for await (const chunk of io.stdin) {
    data += chunk.toString();
    if (data.includes('\n')) break;
  }
  return data.split(/\r?\n/)[0] ?? '';
}

/** Writes the text and returns the exit code of wrong usage. */
function fail(io: CliIo, key: CliTextKey, params?: MessageParams): number {
  io.stderr.write(cliText(io.lang, key, params) + '\n');
  return ExitCode.usage;
}

export const command: Command = {
  summary: { nl: cliText('nl', 'cli.user.summary'), en: cliText('en', 'cli.user.summary') },
  async run(args: string[], io: CliIo): Promise<number> {
    const [sub, ...rest] = args;
    if (!sub || wantsHelp(args)) {
      io.stdout.write(cliText(io.lang, 'cli.user.help'));
      return sub ? ExitCode.ok : ExitCode.usage;
    }
    if (rest.some((a) => a === '--password' || a.startsWith('--password='))) {
      return fail(io, 'cli.user.passwordArgument');
    }
    let values: Record<string, string | undefined>;
    try {
      values = parseArgs({
        args: rest,
        options: {
          email: { type: 'string' },
          name: { type: 'string' },
          role: { type: 'string' },
          team: { type: 'string' },
        },
        strict: true,
        allowPositionals: false,
      }).values as Record<string, string | undefined>;
    } catch (error) {
      io.stderr.write(`${(error as Error).message}\n`);
      return fail(io, 'cli.user.seeHelp');
    }
    if (!['add', 'list', 'set-password'].includes(sub)) {
      return fail(io, 'cli.user.unknownSub', { name: sub });
    }
    if (sub !== 'list' && !values.email) return fail(io, 'cli.user.emailRequired');
    if (sub === 'add' && (!values.name || !values.role)) return fail(io, 'cli.user.nameRoleRequired');
    if (sub === 'add' && !ROLES.includes(values.role as Role)) {
      return fail(io, 'cli.user.badRole', { roles: ROLES.join(', ') });
    }

    const config = configOrExit(io);
    if (typeof config === 'number') return config;
    const opened = await openMigrated(config, io);
    if (typeof opened === 'number') return opened;
    const { storage } = opened;
    const services = createServices({ storage, clock: systemClock });
    try {
      if (sub === 'list') {
        const [users, teams] = await Promise.all([
          services.organisation.listUsers(SYSTEM_ACTOR),
          services.organisation.listTeams(SYSTEM_ACTOR),
        ]);
        const teamName = new Map(teams.map((team) => [team.id, team.name]));
        for (const user of users) {
          const team = user.teamId ? (teamName.get(user.teamId) ?? '') : '';
          const state = user.active ? '' : ` ${cliText(io.lang, 'cli.user.deactivated')}`;
          io.stdout.write(`${user.email}\t${user.name}\t${user.role}\t${team}${state}\n`);
        }
        return ExitCode.ok;
      }

      const password = await readPassword(io, cliText(io.lang, 'cli.user.passwordPrompt'));
      if (sub === 'set-password') {
        const user = await services.organisation.setPassword(SYSTEM_ACTOR, values.email!, password);
        io.stdout.write(`${cliText(io.lang, 'cli.user.passwordChanged', { email: user.email })}\n`);
        return ExitCode.ok;
      }

      let teamId: string | null = null;
      if (values.team) {
        const team =
          (await services.organisation.findTeamByName(values.team)) ??
          (await services.organisation.createTeam(SYSTEM_ACTOR, { name: values.team }));
        teamId = team.id;
      }
      const parsed = userInputSchema.safeParse({
        email: values.email,
        name: values.name,
        role: values.role,
        teamId,
        password,
      });
      if (!parsed.success) {
        const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
        return fail(io, 'cli.user.invalidInput', { fields });
      }
      const user = await services.organisation.createUser(SYSTEM_ACTOR, parsed.data);
      io.stdout.write(`${cliText(io.lang, 'cli.user.added', { email: user.email, role: user.role })}\n`);
      return ExitCode.ok;
    } catch (error) {
      if (isAppError(error)) {
        const code = error.code === 'user_not_found' ? ExitCode.notFound : ExitCode.failure;
        const hint = error.code === 'setup_required' ? ` ${cliText(io.lang, 'cli.user.setupHint')}` : '';
        io.stderr.write(`${t(io.lang, `error.${error.code}`)}${hint}\n`);
        return code;
      }
      if (error instanceof Error && error.message === 'cancelled') return ExitCode.failure;
      throw error;
    } finally {
      await storage.close();
    }
  },
};
