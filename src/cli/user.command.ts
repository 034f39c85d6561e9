// `sluitstuk user add|list|set-password`: account administration at the server's terminal.
// Passwords come from SLUITSTUK_PASSWORD or a prompt without echo, never from the command line (it ends up in
// shell history and in `ps`).
import { parseArgs } from 'node:util';
import { ROLES, isAppError, userInputSchema, type Role } from '../core/index.ts';
import { SYSTEM_ACTOR, createServices } from '../services/index.ts';
import { systemClock } from '../core/index.ts';
import { t } from '../i18n/index.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';
import { configOrExit, openMigrated, wantsHelp } from './runtime.ts';

const help = {
  nl: `Gebruik:
  sluitstuk user add --email ADRES --name NAAM --role leader|coach|admin [--team TEAMNAAM]
  sluitstuk user list
  sluitstuk user set-password --email ADRES

Het wachtwoord komt uit SLUITSTUK_PASSWORD, of wordt gevraagd (zonder dat het op het scherm komt).
Een wachtwoord als argument wordt geweigerd.
`,
  en: `Usage:
  sluitstuk user add --email ADDRESS --name NAME --role leader|coach|admin [--team TEAMNAME]
  sluitstuk user list
  sluitstuk user set-password --email ADDRESS

The password comes from SLUITSTUK_PASSWORD, or is asked for (without showing it on screen).
A password as an argument is refused.
`,
};

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

function fail(io: CliIo, nl: string, en: string, code: number = ExitCode.usage): number {
  io.stderr.write((io.lang === 'nl' ? nl : en) + '\n');
  return code;
}

export const command: Command = {
  summary: {
    nl: 'Beheer gebruikers (toevoegen, tonen, wachtwoord)',
    en: 'Manage users (add, list, password)',
  },
  async run(args: string[], io: CliIo): Promise<number> {
    const [sub, ...rest] = args;
    if (!sub || wantsHelp(args)) {
      io.stdout.write(help[io.lang]);
      return sub ? ExitCode.ok : ExitCode.usage;
    }
    if (rest.some((a) => a === '--password' || a.startsWith('--password='))) {
      return fail(
        io,
        'Geef het wachtwoord niet als argument: gebruik SLUITSTUK_PASSWORD of laat het vragen.',
        'Do not pass the password as an argument: use SLUITSTUK_PASSWORD or let it be asked.',
      );
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
      return fail(
        io,
        `${(error as Error).message}\nZie: sluitstuk user --help`,
        `${(error as Error).message}\nSee: sluitstuk user --help`,
      );
    }
    if (!['add', 'list', 'set-password'].includes(sub)) {
      return fail(
        io,
        `Onbekende opdracht "user ${sub}". Zie: sluitstuk user --help`,
        `Unknown command "user ${sub}". See: sluitstuk user --help`,
      );
    }
    if (sub !== 'list' && !values.email) return fail(io, '--email is verplicht.', '--email is required.');
    if (sub === 'add' && (!values.name || !values.role))
      return fail(io, '--name en --role zijn verplicht.', '--name and --role are required.');
    if (sub === 'add' && !ROLES.includes(values.role as Role)) {
      return fail(
        io,
        `--role moet een van ${ROLES.join(', ')} zijn.`,
        `--role must be one of ${ROLES.join(', ')}.`,
      );
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
          const state = user.active ? '' : io.lang === 'nl' ? ' (uitgeschakeld)' : ' (deactivated)';
          io.stdout.write(`${user.email}\t${user.name}\t${user.role}\t${team}${state}\n`);
        }
        return ExitCode.ok;
      }

      const password = await readPassword(io, io.lang === 'nl' ? 'Wachtwoord: ' : 'Password: ');
      if (sub === 'set-password') {
        const user = await services.organisation.setPassword(SYSTEM_ACTOR, values.email!, password);
        io.stdout.write(
          io.lang === 'nl'
            ? `Wachtwoord van ${user.email} is gewijzigd.\n`
            : `Password of ${user.email} changed.\n`,
        );
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
        return fail(io, `Ongeldige invoer: ${fields}`, `Invalid input: ${fields}`);
      }
      const user = await services.organisation.createUser(SYSTEM_ACTOR, parsed.data);
      io.stdout.write(
        io.lang === 'nl'
          ? `Gebruiker ${user.email} (${user.role}) toegevoegd.\n`
          : `User ${user.email} (${user.role}) added.\n`,
      );
      return ExitCode.ok;
    } catch (error) {
      if (isAppError(error)) {
        const code = error.code === 'user_not_found' ? ExitCode.notFound : ExitCode.failure;
        const hint =
          error.code === 'setup_required'
            ? {
                nl: ' Start de server (sluitstuk serve) en richt Sluitstuk in via de webapp.',
                en: ' Start the server (sluitstuk serve) and set Sluitstuk up in the web app.',
              }
            : { nl: '', en: '' };
        return fail(
          io,
          t('nl', `error.${error.code}`) + hint.nl,
          t('en', `error.${error.code}`) + hint.en,
          code,
        );
      }
      if (error instanceof Error && error.message === 'cancelled') return ExitCode.failure;
      throw error;
    } finally {
      await storage.close();
    }
  },
};
