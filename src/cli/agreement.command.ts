// `sluitstuk agreement "tekst" --date 2026-11-27 [--speaker … --participants a,b] [--lang nl|en] [--json]`:
// reads one agreement and shows the verdict per SMART letter, or the reading as JSON.
import { parseArgs } from 'node:util';
import { readAgreement, type AgreementReading, type SmartLetter } from '../analyzer/index.ts';
import { analyzerText, t, type Lang } from '../i18n/index.ts';
import { isIsoDate, localToday } from './agreements.command.ts';
import { withMessages } from './analyzer-text.ts';
import { ExitCode, type CliIo, type Command } from './command.ts';

const texts = {
  nl: {
    summary: 'Leest één afspraak en zegt per SMART-letter wat er goed is en wat beter kan',
    help: `Gebruik: sluitstuk agreement "tekst" [opties]

Leest één afspraak: wie doet wat, wanneer, en is het SMART?

Opties:
  --date JJJJ-MM-DD        dag waarop de afspraak gemaakt is (standaard: vandaag)
  --speaker NAAM           wie het zei ("ik/wij" is deze persoon); standaard u, die dit typt
  --participants A,B,...   alle deelnemers, de spreker meegerekend
  --lang nl|en             taal van de afspraak (anders herkend)
  --json                   de lezing als JSON
  -h, --help               deze hulp
`,
    noText: 'Geef de tekst van de afspraak mee. Zie: sluitstuk agreement --help',
    badDate: 'Ongeldige --date "{value}": gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-27.',
    badLang: 'Ongeldige --lang "{value}": kies nl of en.',
    owner: 'Eigenaar',
    action: 'Handeling',
    deadline: 'Termijn',
    vague: 'Vage tijdwoorden',
    none: '(geen)',
    letters: { owner: 'Eigenaar', specific: 'Specifiek', measurable: 'Meetbaar', timeBound: 'Tijdgebonden' },
    notReadable: 'Acceptabel en Realistisch zijn niet uit tekst af te lezen: vraag het de deelnemers.',
  },
  en: {
    summary: 'Reads one agreement and says per SMART letter what is right and what could be better',
    help: `Usage: sluitstuk agreement "text" [options]

Reads one agreement: who does what, by when, and is it SMART?

Options:
  --date YYYY-MM-DD        day the agreement was made (default: today)
  --speaker NAME           who said it ("I/we" is this person); by default you, who type it
  --participants A,B,...   everyone in the conversation, the speaker included
  --lang nl|en             language of the agreement (detected otherwise)
  --json                   the reading as JSON
  -h, --help               this help
`,
    noText: 'Give the text of the agreement. See: sluitstuk agreement --help',
    badDate: 'Invalid --date "{value}": use YYYY-MM-DD, for example 2026-11-27.',
    badLang: 'Invalid --lang "{value}": choose nl or en.',
    owner: 'Owner',
    action: 'Action',
    deadline: 'Deadline',
    vague: 'Vague time words',
    none: '(none)',
    letters: { owner: 'Owner', specific: 'Specific', measurable: 'Measurable', timeBound: 'Time-bound' },
    notReadable: 'Acceptable and Realistic cannot be read from text: ask the participants.',
  },
} as const;

/** The reading as lines for a terminal, in the interface language. */
export function formatReading(r: AgreementReading, lang: Lang): string {
  const m = texts[lang];
  const lines = [
    `${m.owner.padEnd(18)} ${r.owner ?? m.none}`,
    `${m.action.padEnd(18)} ${r.action ?? m.none}`,
    `${m.deadline.padEnd(18)} ${r.deadline ? `${r.deadline.date} ("${r.deadline.phrase}")` : m.none}`,
    `${m.vague.padEnd(18)} ${r.vagueTerms.length > 0 ? r.vagueTerms.join(', ') : m.none}`,
    '',
  ];
  for (const letter of ['owner', 'specific', 'measurable', 'timeBound'] as SmartLetter[]) {
    const ok = r.smart[letter];
    lines.push(`${ok ? '✓' : '✗'} ${m.letters[letter]}`);
    for (const hint of r.hints.filter((h) => h.letter === letter))
      lines.push(`    ${analyzerText(lang, 'hint', hint.code, hint.params)}`);
  }
  lines.push('', m.notReadable);
  return lines.join('\n') + '\n';
}

export const command: Command = {
  summary: { nl: texts.nl.summary, en: texts.en.summary },
  async run(args: string[], io: CliIo): Promise<number> {
    const m = texts[io.lang];
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
      io.stderr.write(`${(error as Error).message}\n${m.noText}\n`);
      return ExitCode.usage;
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout.write(m.help);
      return ExitCode.ok;
    }
    const text = positionals.join(' ').trim();
    if (!text) {
      io.stderr.write(`${m.noText}\n`);
      return ExitCode.usage;
    }
    const date = values.date ?? localToday();
    if (!isIsoDate(date)) {
      io.stderr.write(`${m.badDate.replace('{value}', date)}\n`);
      return ExitCode.usage;
    }
    if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en') {
      io.stderr.write(`${m.badLang.replace('{value}', values.lang)}\n`);
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
