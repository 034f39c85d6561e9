// The overview of `sluitstuk --help` and the terminal's language: only the texts are imported (src/i18n), no
// command, so the overview can be printed from the prebuilt summaries (dist/cli/commands.json).
import { cliText, type Lang } from '../i18n/index.ts';

/** One line per command, per language. */
export type CommandSummaries = Record<string, Record<Lang, string>>;

/** The terminal's language: SLUITSTUK_LANG, then LC_ALL/LANG; Dutch by default. */
export function cliLanguage(env: NodeJS.ProcessEnv): Lang {
  const tag = env.SLUITSTUK_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return tag.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** The text of `sluitstuk --help`. */
export function overview(summaries: CommandSummaries, lang: Lang): string {
  const lines = [cliText(lang, 'cli.overview.usage'), '', cliText(lang, 'cli.overview.commands')];
  for (const [name, summary] of Object.entries(summaries))
    lines.push(`  ${name.padEnd(12)} ${summary[lang]}`);
  lines.push('', cliText(lang, 'cli.overview.footer'));
  return lines.join('\n') + '\n';
}
