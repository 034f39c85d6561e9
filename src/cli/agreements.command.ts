// `sluitstuk agreements --jsonl`: reads agreements as JSON lines on stdin, writes one reading per line, in order.
// A bad line gets {"id", "error"} and the rest go on; the exit status is 0 unless the arguments are wrong.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { readAgreement, type AgreementReading } from '../analyzer/index.ts';
import { cliTextOf, type Lang } from '../i18n/index.ts';
import { withMessages } from './analyzer-text.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';

/** This command's texts in a language (src/i18n/messages/cli-admin.ts). */
const say = cliTextOf('cli.agreements');

type Out = Record<string, unknown>;

/** Today as 'YYYY-MM-DD' in local time (the day the leader is in). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether a string is a real calendar date 'YYYY-MM-DD'. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** One input line → one output object (a reading or an error). */
export function processLine(line: string, n: number, lang: Lang, today: string): Out {
  const m = say(lang);
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { id: null, error: m('badJson', { n }) };
  }
  if (!input || typeof input !== 'object' || Array.isArray(input))
    return { id: null, error: m('notObject', { n }) };
  const record = input as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
  if (typeof record.text !== 'string') return { id, error: m('noText', { n }) };
  if (record.date !== undefined && !isIsoDate(record.date))
    return { id, error: m('badDate', { n, value: JSON.stringify(record.date) }) };
  const reading: AgreementReading = readAgreement(record.text, {
    date: (record.date as string | undefined) ?? today,
    speaker: typeof record.speaker === 'string' ? record.speaker : undefined,
    participants: Array.isArray(record.participants)
      ? record.participants.filter((p): p is string => typeof p === 'string')
      : undefined,
    lang: record.lang === 'nl' || record.lang === 'en' ? record.lang : undefined,
  });
  return { id, ...withMessages(reading, lang) };
}

export const command: Command = {
  summary: { nl: say('nl')('summary'), en: say('en')('summary') },
  async run(args: string[], io: CliIo): Promise<number> {
    const m = say(io.lang);
    let values: { jsonl?: boolean; help?: boolean };
    try {
      ({ values } = parseArgs({
        args,
        options: { jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
        strict: true,
      }));
    } catch (error) {
      io.stderr.write(`${(error as Error).message}\n${m('needJsonl')}\n`);
      return ExitCode.usage;
    }
    if (values.help) {
      io.stdout.write(m('help'));
      return ExitCode.ok;
    }
    if (!values.jsonl) {
      io.stderr.write(`${m('needJsonl')}\n`);
      return ExitCode.usage;
    }
    const today = localToday();
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      let out: Out;
      try {
        out = processLine(line, n, io.lang, today);
      } catch (error) {
        out = { id: null, error: String((error as Error)?.message ?? error) };
      }
      const text = JSON.stringify(out) + '\n';
      if (!io.stdout.write(text)) await new Promise((resolve) => io.stdout.once('drain', resolve));
    }
    return ExitCode.ok;
  },
};
