// The closing score (0–100) and two or three concrete tips, tied to what is missing, as codes (texts: src/i18n).
import type { StepFinding, StepKey, TranscriptAgreement } from './types.ts';

/** Weight of each step in the score; agreements count half for being there and half for being SMART. */
const WEIGHTS: Record<StepKey, number> = {
  summary: 15,
  agreements: 20,
  expectations: 15,
  questions: 15,
  contact: 10,
  feedback: 10,
  thanks: 15,
};

/** The closing score: the weights of the steps that happened, agreements scaled by their SMART letters. */
export function closingScore(
  present: boolean,
  steps: Record<StepKey, StepFinding>,
  agreements: TranscriptAgreement[],
): number {
  if (!present) return 0;
  let score = 0;
  for (const [key, weight] of Object.entries(WEIGHTS) as [StepKey, number][]) {
    if (!steps[key].present) continue;
    if (key !== 'agreements') {
      score += weight;
      continue;
    }
    let letters = 0;
    for (const a of agreements)
      letters +=
        Number(a.smart.owner) +
        Number(a.smart.specific) +
        Number(a.smart.measurable) +
        Number(a.smart.timeBound);
    const smart = agreements.length > 0 ? letters / (4 * agreements.length) : 0;
    score += weight / 2 + (weight / 2) * smart;
  }
  return Math.round(score);
}

/** Missing steps in the order a tip helps most (the ones people forget first). */
const PRIORITY: StepKey[] = [
  'summary',
  'agreements',
  'expectations',
  'questions',
  'feedback',
  'contact',
  'thanks',
];

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
}

/** Stable codes of the closing tips; texts are in src/i18n (analyzer.tip.<code>). */
export const TIP_CODES = [
  'no_closing',
  'summary',
  'agreements',
  'agreement_deadline',
  'agreement_owner',
  'expectations',
  'questions',
  'contact',
  'feedback',
  'thanks',
] as const;
export type TipCode = (typeof TIP_CODES)[number];

/** A tip: its code, the step it is about, and the words it quotes (`line`, `quote`). */
export interface ClosingTip {
  code: TipCode;
  step: StepKey | null;
  params: Record<string, string | number>;
}

/** Two or three tips tied to what is missing or vague in the closing. */
export function closingTips(
  present: boolean,
  steps: Record<StepKey, StepFinding>,
  agreements: TranscriptAgreement[],
): ClosingTip[] {
  if (!present) {
    return [
      { code: 'no_closing', step: null, params: {} },
      { code: 'summary', step: 'summary', params: {} },
      { code: 'agreements', step: 'agreements', params: {} },
    ];
  }
  const tips: ClosingTip[] = [];
  const about = (a: TranscriptAgreement) => ({ line: a.line, quote: quote(a.text) });
  for (const key of PRIORITY) {
    if (tips.length >= 3) break;
    if (!steps[key].present) {
      tips.push({ code: key, step: key, params: {} });
      continue;
    }
    if (key === 'agreements') {
      const untimed = agreements.find((a) => !a.smart.timeBound);
      if (untimed) tips.push({ code: 'agreement_deadline', step: key, params: about(untimed) });
      const ownerless = agreements.find((a) => !a.smart.owner);
      if (ownerless && tips.length < 3)
        tips.push({ code: 'agreement_owner', step: key, params: about(ownerless) });
    }
  }
  return tips;
}
