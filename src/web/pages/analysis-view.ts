// The transcript analysis as this page shows it. The analyzer defines the answer's exact type; this reads
// it tolerantly (steps as a list or a record, agreements with a SMART verdict, tips as text or objects), so
// the page keeps working while that type grows.
import type { StepKey } from '../../core/index.ts';
import type { LetterState } from '../closing/steps/smart.ts';

export interface Evidence {
  speaker: string | null;
  text: string;
  line: number | null;
}

export interface AnalysisView {
  steps: Partial<Record<StepKey, { present: boolean; evidence: Evidence[] }>>;
  agreements: { text: string; letters: Record<'S' | 'M' | 'A' | 'R' | 'T', LetterState>; hints: string[] }[];
  tips: string[];
}

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null;
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asText = (value: unknown): string =>
  typeof value === 'string' ? value : isObject(value) ? String(value.message ?? value.text ?? '') : '';

function evidenceOf(value: unknown): Evidence[] {
  return asArray(value).map((item) => {
    if (!isObject(item)) return { speaker: null, text: String(item), line: null };
    return {
      speaker: typeof item.speaker === 'string' ? item.speaker : null,
      text: asText(item.quote ?? item.text),
      line: typeof item.line === 'number' ? item.line : null,
    };
  });
}

/** Reads the server's analysis into the page's view. */
export function normaliseAnalysis(raw: unknown): AnalysisView {
  const data = isObject(raw) ? raw : {};
  const steps: AnalysisView['steps'] = {};
  const rawSteps = data.steps;
  const entries: [string, unknown][] = Array.isArray(rawSteps)
    ? rawSteps.filter(isObject).map((s) => [String(s.step ?? s.key ?? ''), s])
    : isObject(rawSteps)
      ? Object.entries(rawSteps)
      : [];
  for (const [key, value] of entries) {
    if (!isObject(value)) continue;
    const evidence = evidenceOf(value.evidence ?? value.quotes);
    const present =
      typeof value.present === 'boolean'
        ? value.present
        : typeof value.found === 'boolean'
          ? value.found
          : typeof value.state === 'string'
            ? value.state !== 'missing' && value.state !== 'absent'
            : evidence.length > 0;
    steps[key as StepKey] = { present, evidence };
  }
  const agreements = asArray(data.agreements)
    .filter(isObject)
    .map((a) => {
      const reading = isObject(a.reading) ? a.reading : a;
      const smart = isObject(reading.smart) ? reading.smart : {};
      const ok = (flag: unknown): LetterState => (flag === true ? 'ok' : 'missing');
      return {
        text: asText(a.quote ?? a.text ?? a.sentence),
        letters: {
          S: smart.specific === true && smart.owner !== false ? ('ok' as const) : ok(smart.specific),
          M: ok(smart.measurable),
          A: 'ask' as const,
          R: 'ask' as const,
          T: ok(smart.timeBound),
        },
        hints: asArray(reading.hints).map(asText).filter(Boolean),
      };
    });
  const tips = asArray(data.tips).map(asText).filter(Boolean);
  return { steps, agreements, tips };
}
