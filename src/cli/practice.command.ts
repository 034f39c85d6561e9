// `sluitstuk practice list|play|check`: the practice scenarios in the terminal. `play` reads one leader turn
// per line when standard input is not a terminal (scripts, checks), and asks turn by turn when it is.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { dayOf, isValidDay, systemClock } from '../core/index.ts';
import { practiceCliText, t, type Lang, type MessageKey } from '../i18n/index.ts';
import {
  debrief,
  parseScenario,
  playTurn,
  rehearsalProblems,
  startPractice,
  suggest,
  type Debrief,
  type PracticeState,
  type Scenario,
} from '../practice/index.ts';
import { readScenarioFolder } from '../services/index.ts';
import { configOrExit } from './runtime.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';
import { readFileSync } from 'node:fs';

type CliKey = Parameters<typeof practiceCliText>[1];
const say = (io: CliIo, key: MessageKey | CliKey, params?: Record<string, string | number>) =>
  key.startsWith('practice.cli.')
    ? practiceCliText(io.lang, key as CliKey, params)
    : t(io.lang, key as MessageKey, params);

async function library(io: CliIo) {
  const config = configOrExit(io);
  if (typeof config === 'number') return config;
  return readScenarioFolder(config.scenariosDir, io.lang);
}

function reportBroken(io: CliIo, errors: { message: string }[]): void {
  for (const error of errors) io.stderr.write(error.message + '\n');
}

async function list(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } }, strict: true });
  const lib = await library(io);
  if (typeof lib === 'number') return lib;
  reportBroken(io, lib.errors);
  if (values.json) {
    const items = lib.scenarios.map((s) => ({ id: s.id, title: s.title, lang: s.lang, setting: s.setting }));
    io.stdout.write(JSON.stringify(items) + '\n');
  } else {
    const width = Math.max(...lib.scenarios.map((s) => s.id.length), 2);
    for (const s of lib.scenarios) {
      const setting = say(io, `practice.setting.${s.setting}` as MessageKey);
      io.stdout.write(`${s.id.padEnd(width)}  ${s.lang}  ${setting.padEnd(14)}  ${s.title}\n`);
    }
  }
  return lib.errors.length > 0 ? ExitCode.failure : ExitCode.ok;
}

/** Reads turns from a stream: one per non-empty line. */
async function* linesOf(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity, terminal: false });
  for await (const line of rl) if (line.trim() !== '') yield line;
}

function moveNames(io: CliIo, moves: string[]): string {
  return moves.length === 0
    ? say(io, 'practice.cli.noMoves')
    : say(io, 'practice.cli.moves', {
        moves: moves.map((m) => say(io, `practice.move.${m}` as MessageKey)).join(', '),
      });
}

function printDebrief(io: CliIo, result: Debrief): void {
  const out = io.stdout;
  out.write(
    '\n' + say(io, 'practice.cli.end', { end: say(io, `practice.end.${result.end}` as MessageKey) }) + '\n',
  );
  out.write(say(io, 'practice.cli.score', { ...result.score }) + '\n');
  if (result.tips.length > 0) {
    out.write(say(io, 'practice.cli.tips') + '\n');
    result.tips.forEach((tip, i) => {
      const where = tip.turn ? ` (${say(io, 'practice.cli.tipTurn', { turn: tip.turn })})` : '';
      out.write(`  ${i + 1}. ${tip.text}${where}\n`);
    });
  }
}

async function play(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      seed: { type: 'string' },
      beginner: { type: 'boolean' },
      date: { type: 'string' },
    },
    strict: true,
  });
  const id = positionals[0];
  if (!id) {
    io.stderr.write(say(io, 'practice.cli.noId') + '\n');
    return ExitCode.usage;
  }
  const seed = values.seed === undefined ? 0 : Number(values.seed);
  if (!Number.isSafeInteger(seed)) {
    io.stderr.write(say(io, 'practice.cli.badSeed', { value: values.seed! }) + '\n');
    return ExitCode.usage;
  }
  if (values.date !== undefined && !isValidDay(values.date)) {
    io.stderr.write(say(io, 'practice.cli.badDate', { value: values.date }) + '\n');
    return ExitCode.usage;
  }
  const date = values.date ?? dayOf(systemClock.now());
  const lib = await library(io);
  if (typeof lib === 'number') return lib;
  const scenario = lib.scenarios.find((s) => s.id === id);
  if (!scenario) {
    reportBroken(io, lib.errors);
    io.stderr.write(say(io, 'practice.cli.notFound', { id }) + '\n');
    return ExitCode.notFound;
  }
  const interactive = Boolean((io.stdin as { isTTY?: boolean }).isTTY);
  const json = Boolean(values.json);
  const out = io.stdout;
  const { persona } = { persona: scenario.persona.name };
  let state: PracticeState = startPractice(scenario, { seed });
  if (!json) {
    out.write(`${scenario.title}\n${say(io, 'practice.cli.goal', { goal: scenario.goal })}\n`);
    if (interactive) out.write(say(io, 'practice.cli.stopHint') + '\n');
    out.write(`\n${persona}: ${state.opening}\n`);
  }
  const showSuggestions = () => {
    if (json || !values.beginner) return;
    const ideas = suggest(scenario, state);
    if (ideas.length === 0) return;
    out.write(say(io, 'practice.cli.suggestions') + '\n');
    for (const idea of ideas)
      out.write(`  - ${idea.text} (${say(io, `practice.move.${idea.move}` as MessageKey)})\n`);
  };
  const turn = (text: string) => {
    state = playTurn(scenario, state, text, { date });
    const last = state.turns[state.turns.length - 1]!;
    if (json) return;
    if (!interactive) out.write(`${say(io, 'practice.cli.you')}: ${last.leader}\n`);
    out.write(`  [${moveNames(io, last.moves)}; ${say(io, 'practice.cli.mood', { mood: last.mood })}]\n`);
    out.write(`${persona}: ${last.reply}\n`);
  };
  if (interactive) {
    const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: true });
    try {
      while (!state.end) {
        showSuggestions();
        const answer = await new Promise<string | null>((resolve) => {
          rl.question(say(io, 'practice.cli.prompt'), resolve);
          rl.once('close', () => resolve(null));
        });
        if (answer === null) break;
        if (answer.trim() !== '') turn(answer);
      }
    } finally {
      rl.close();
    }
  } else {
    showSuggestions();
    for await (const line of linesOf(io.stdin)) {
      turn(line);
      if (state.end) break;
      showSuggestions();
    }
  }
  const result = debrief(scenario, state, { date });
  if (json) {
    const answer = {
      turns: state.turns.map((t) => ({ leader: t.leader, moves: t.moves, mood: t.mood, reply: t.reply })),
      end: result.end,
      score: result.score,
      tips: result.tips,
    };
    out.write(JSON.stringify(answer) + '\n');
  } else printDebrief(io, result);
  return ExitCode.ok;
}

async function check(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' } },
    strict: true,
  });
  const lib = await library(io);
  if (typeof lib === 'number') return lib;
  let scenarios: Scenario[] = lib.scenarios;
  const problems: { file: string; field: string; message: string }[] = lib.errors.flatMap((e) =>
    e.problems.map((p) => ({ file: e.file, ...p })),
  );
  if (positionals.length > 0) {
    // Named files: read each on its own (also outside the folder), then check their rehearsals.
    scenarios = [];
    problems.length = 0;
    for (const file of positionals) {
      let text = '';
      try {
        text = readFileSync(file, 'utf8');
      } catch (cause) {
        problems.push({ file, field: '', message: String((cause as Error).message) });
        continue;
      }
      const read = parseScenario(file, text, io.lang);
      if (read.ok) scenarios.push(read.value);
      else problems.push(...read.error.problems.map((p) => ({ file, ...p })));
    }
  }
  for (const scenario of scenarios)
    for (const p of rehearsalProblems(scenario, io.lang))
      problems.push({ file: `${scenario.id}`, field: p.field, message: p.message });
  if (values.json) io.stdout.write(JSON.stringify({ scenarios: scenarios.length, problems }) + '\n');
  else if (problems.length === 0)
    io.stdout.write(
      say(io, 'practice.cli.allGood', { count: scenarios.length, cards: lib.cards.length }) + '\n',
    );
  else for (const p of problems) io.stderr.write(`${p.file}: ${p.field ? p.field + ': ' : ''}${p.message}\n`);
  return problems.length > 0 ? ExitCode.failure : ExitCode.ok;
}

export const command: Command = {
  summary: {
    nl: practiceCliText('nl', 'practice.cli.summary'),
    en: practiceCliText('en', 'practice.cli.summary'),
  } satisfies Record<Lang, string>,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (!sub || sub === '--help' || sub === '-h' || rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(say(io, 'practice.cli.help'));
      return sub ? ExitCode.ok : ExitCode.usage;
    }
    try {
      if (sub === 'list') return await list(rest, io);
      if (sub === 'play') return await play(rest, io);
      if (sub === 'check') return await check(rest, io);
    } catch (error) {
      // parseArgs refuses unknown options with a clear message of its own.
      if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
        io.stderr.write(`${(error as Error).message}\n`);
        return ExitCode.usage;
      }
      throw error;
    }
    io.stderr.write(say(io, 'practice.cli.unknownSub', { name: sub }) + '\n');
    return ExitCode.usage;
  },
};
