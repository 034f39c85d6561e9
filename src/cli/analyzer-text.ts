// The analyzer's codes in the terminal's words (texts in src/i18n/messages/analyzer.ts), for JSON output too.
import type { AgreementReading, TranscriptAnalysis } from '../analyzer/index.ts';
import { analyzerText, type Lang } from '../i18n/index.ts';

/** A reading with the words of each hint in the given language. */
export function withMessages(
  r: AgreementReading,
  lang: Lang,
): AgreementReading & {
  hints: (AgreementReading['hints'][number] & { message: string })[];
} {
  return {
    ...r,
    hints: r.hints.map((h) => ({ ...h, message: analyzerText(lang, 'hint', h.code, h.params) })),
  };
}

/** The text of each tip of an analysis. */
export function tipTexts(a: TranscriptAnalysis, lang: Lang): string[] {
  return a.tips.map((tip) => analyzerText(lang, 'tip', tip.code, tip.params));
}

/** Why an agreement is uncertain, in words ("er is geen dag genoemd; niet duidelijk wie het doet"). */
export function uncertainty(a: TranscriptAnalysis['agreements'][number], lang: Lang): string {
  return a.confidence.reasons.map((r) => analyzerText(lang, 'uncertain', r)).join('; ');
}
