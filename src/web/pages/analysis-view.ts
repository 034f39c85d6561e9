// The transcript analysis as this page shows it, built from the analyzer's own result type (imported as a
// type only: the analyzer itself runs on the server). Each agreement's SMART letters and advice come from
// core's one verdict, the same that the closing screen uses. Tips and reasons stay codes with their
// parameters, worded when shown, so a switch of language changes them too.
import type { StepKey, TranscriptAnalysis } from '../../analyzer/index.ts';
import { fieldsOfReading, smartVerdict, type SmartOutcome } from '../../core/index.ts';

export type { TranscriptAnalysis };

export interface Evidence {
  speaker: string | null;
  text: string;
  line: number;
}

/** An analyzer code with what it names (`analyzer.<kind>.<code>` in i18n). */
export interface Coded {
  code: string;
  params?: Record<string, string | number>;
}

export interface AnalysisView {
  steps: Record<StepKey, { present: boolean; evidence: Evidence[] }>;
  agreements: ({
    line: number;
    text: string;
    /** An uncertain agreement waits for the leader to accept it; the reasons (codes) say why. */
    uncertain: boolean;
    reasons: string[];
  } & SmartOutcome)[];
  tips: Coded[];
  /** The speakers' names, when the file named none and they were read from turns and introductions. */
  inferredSpeakers: string[] | null;
}

/** The quotes behind each step, the agreements with their SMART verdict and certainty, and the tips. */
export function analysisView(analysis: TranscriptAnalysis): AnalysisView {
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
  // Acceptable and Realistic cannot be read from a transcript: with nobody to accept, they stay "ask".
  const agreements = analysis.agreements.map((a) => ({
    line: a.line,
    text: a.text,
    uncertain: a.confidence.level === 'uncertain',
    reasons: [...a.confidence.reasons],
    // Who was at the table is not known from a transcript: A and R stay for the leader to ask.
    ...smartVerdict(fieldsOfReading(a, a.text), a, null, analysis.date),
  }));
  return {
    steps,
    agreements,
    tips: analysis.tips.map((tip) => ({ code: tip.code, params: tip.params })),
    inferredSpeakers: analysis.speakersInferred ? [...analysis.speakers] : null,
  };
}
