// The transcript analysis as this page shows it, built from the analyzer's own result type (imported as a
// type only: the analyzer itself runs on the server and stays out of this page's chunk).
import type { StepKey, TranscriptAnalysis } from '../../analyzer/index.ts';
import { analyzerText, type Lang } from '../../i18n/index.ts';
import type { Letter, LetterState } from '../closing/steps/smart.ts';

export type { TranscriptAnalysis };

export interface Evidence {
  speaker: string | null;
  text: string;
  line: number;
}

export interface AnalysisView {
  steps: Record<StepKey, { present: boolean; evidence: Evidence[] }>;
  agreements: {
    line: number;
    text: string;
    letters: Record<Letter, LetterState>;
    hints: string[];
    /** An uncertain agreement waits for the leader to accept it; the reasons say why. */
    uncertain: boolean;
    reasons: string[];
  }[];
  tips: string[];
}

/** The quotes behind each step, the agreements with their SMART letters and certainty, and the tips. */
export function analysisView(analysis: TranscriptAnalysis, lang: Lang): AnalysisView {
  const byLine = new Map(analysis.evidence.map((e) => [e.line, e]));
  const steps = {} as AnalysisView['steps'];
  for (const [key, finding] of Object.entries(analysis.steps) as [
    StepKey,
    TranscriptAnalysis['steps'][StepKey],
  ][]) {
    steps[key] = {
      present: finding.present,
      evidence: finding.lines.map((line) => {
        const quote = byLine.get(line);
        return { line, speaker: quote?.speaker ?? null, text: quote?.text ?? '' };
      }),
    };
  }
  const agreements = analysis.agreements.map((a) => ({
    line: a.line,
    text: a.text,
    letters: {
      S: a.smart.specific && a.smart.owner ? ('ok' as const) : ('missing' as const),
      M: a.smart.measurable ? ('ok' as const) : ('missing' as const),
      // Acceptable and Realistic cannot be read from a transcript: ask the participants.
      A: 'ask' as const,
      R: 'ask' as const,
      T: a.smart.timeBound ? ('ok' as const) : ('missing' as const),
    },
    hints: a.hints.map((h) => analyzerText(lang, 'hint', h.code, h.params)),
    uncertain: a.confidence.level === 'uncertain',
    reasons: a.confidence.reasons.map((r) => analyzerText(lang, 'uncertain', r)),
  }));
  return {
    steps,
    agreements,
    tips: analysis.tips.map((tip) => analyzerText(lang, 'tip', tip.code, tip.params)),
  };
}
