// `sluitstuk agreement "tekst" --date 2026-11-27 [--speaker … --participants a,b] [--lang nl|en] [--json]`:
// reads one agreement and shows the verdict per SMART letter, or the reading as JSON.
import { parseArgs } from 'node:util';
import { readAgreement, type AgreementReading, type SmartLetter } from '../analyzer/index.ts';
import { analyzerText, cliTextOf, t, type Lang } from '../i18n/index.ts';
import { isIsoDate, localToday } from './agreements.command.ts';
import { withMessages } from './analyzer-text.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';

/** This command's texts in a language (src/i18n/messages/cli-admin.ts). */
const say = cliTextOf('cli.agreement');

/** The reading as lines for a terminal, in the interface language. */
export function formatReading(r: AgreementReading, lang: Lang): string {
  const m = say(lang);
  const lines = [
    `${m('owner').padEnd(18)} ${r.owner ?? m('none')}`,
    `${m('action').padEnd(18)} ${r.action ?? m('none')}`,
    `${m('deadline').padEnd(18)} ${r.deadline ? `${r.deadline.date} ("${r.deadline.phrase}")` : m('none')}`,
    `${m('vague').padEnd(18)} ${r.vagueTerms.length > 0 ? r.vagueTerms.join(', ') : m('none')}`,
    '',
  ];
  for (const letter of ['owner', 'specific', 'measurable', 'timeBound'] as SmartLetter[]) {
    const ok = r.smart[letter];
    lines.push(`${ok ? '✓' : '✗'} ${m(`letter.${letter}`)}`);
    for (const hint of r.hints.filter((h) => h.letter === letter))
      lines.push(`    ${analyzerText(lang, 'hint', hint.code, hint.params)}`);
  }
  lines.push('', m('notReadable'));
  return lines.join('\n') + '\n';
}

export const command: Command = {
  summary: { nl: say('nl')('summary'), en: say('en')('summary') },
  async run(args: string[], io: CliIo): Promise<number> {
    const m = say(io.lang);
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        strict: true,
        options: {
          date: { type: 'string' },
          speaker: { type: 'string' },
          participants: { type: 'string' },
          lang: { type: 'string' },
          json: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (error) {
      io.stderr.write(`${(error as Error).message}\n${m('noText')}\n`);
      return ExitCode.usage;
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout.write(m('help'));
      return ExitCode.ok;
    }
    const text = positionals.join(' ').trim();
    if (!text) {
      io.stderr.write(`${m('noText')}\n`);
      return ExitCode.usage;
    }
    const date = values.date ?? localToday();
    if (!isIsoDate(date)) {
      io.stderr.write(`${m('badDate', { value: date })}\n`);
      return ExitCode.usage;
    }
    if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en') {
      io.stderr.write(`${m('badLang', { value: values.lang })}\n`);
      return ExitCode.usage;
    }
    const participants = values.participants
      ?.split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    // The person typing is the speaker ("ik bel u vrijdag" is theirs) unless --speaker names someone else.
    const reading = readAgreement(text, {
      date,
      speaker: values.speaker ?? t(io.lang, 'analyzer.speaker.self'),
      participants,
      lang: values.lang as 'nl' | 'en' | undefined,
      hintLang: values.json ? undefined : io.lang,
    });
    io.stdout.write(
      values.json
        ? JSON.stringify(withMessages(reading, io.lang), null, 2) + '\n'
        : formatReading(reading, io.lang),
    );
    return ExitCode.ok;
  },
};
