// The closing score (0–100) and two or three concrete tips, tied to what is missing, in nl or en.
import type { AnalyzerLang } from '../agreement/types.ts';
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

const TEXT = {
  nl: {
    no_closing:
      'Er is geen afsluiting gevonden: het gesprek stopt zonder samenvatting, afspraken of afscheid. Neem de laatste vijf minuten om het gesprek in zeven stappen af te ronden.',
    summary:
      'Vat aan het eind in een paar zinnen samen wat er besproken is en vraag iedereen of het klopt ("Klopt dit zo, of mis ik iets?").',
    agreements:
      'Maak van elke oplossing een afspraak: wie doet wat, en wanneer ("Ik stuur u uiterlijk vrijdag het verslag").',
    agreement_deadline:
      'De afspraak op regel {line} heeft geen concrete dag ("{quote}"). Spreek een datum of termijn af, zodat iedereen weet wanneer het klaar is.',
    agreement_owner:
      'Bij de afspraak op regel {line} is niet duidelijk wie hem uitvoert ("{quote}"). Noem de persoon bij naam.',
    expectations:
      'Vertel wat er na het gesprek gebeurt en binnen welke termijn (een brief, een besluit, wie er belt), zodat niemand later teleurgesteld is.',
    questions:
      'Geef iedereen een laatste kans voor vragen of aanvullingen ("Wat wilt u nog vragen of kwijt voordat we stoppen?").',
    contact:
      'Zeg nog eens wie u bent en hoe en wanneer u het best bereikbaar bent, en vraag de contactgegevens van de ander.',
    feedback:
      'Vraag hoe de ander het gesprek heeft ervaren en wat u de volgende keer beter kunt doen; zo leert u als gespreksleider.',
    thanks: 'Sluit af door iedereen te bedanken voor het gesprek en een goede dag te wensen.',
  },
  en: {
    no_closing:
      'No closing was found: the conversation stops without a summary, agreements or goodbye. Take the last five minutes to close it in seven steps.',
    summary:
      'At the end, sum up in a few sentences what was discussed and check with everyone that it is right ("Have I summed that up correctly?").',
    agreements:
      'Turn every solution into an agreement: who does what, and by when ("I will send you the notes by Friday").',
    agreement_deadline:
      'The agreement on line {line} has no concrete day ("{quote}"). Agree on a date or term so everyone knows when it is done.',
    agreement_owner: 'The agreement on line {line} does not say who does it ("{quote}"). Name the person.',
    expectations:
      'Explain what happens after the conversation and when (a letter, a decision, who will call), so nobody is disappointed later.',
    questions:
      'Give everyone a last chance for questions or additions ("Any questions, or anything you would like to add?").',
    contact:
      "Say again who you are and how and when you are best reached, and ask for the other person's contact details.",
    feedback:
      'Ask how the others experienced the conversation and what you could do better next time; that is how you improve as a leader.',
    thanks: 'Close by thanking everyone for the conversation and wishing them a good day.',
  },
} as const;

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

/** Two or three tips tied to what is missing or vague in the closing, in the given language. */
export function closingTips(
  lang: AnalyzerLang,
  present: boolean,
  steps: Record<StepKey, StepFinding>,
  agreements: TranscriptAgreement[],
): { code: string; step: StepKey | null; text: string }[] {
  const texts = TEXT[lang];
  if (!present) {
    return [
      { code: 'no_closing', step: null, text: texts.no_closing },
      { code: 'summary', step: 'summary', text: texts.summary },
      { code: 'agreements', step: 'agreements', text: texts.agreements },
    ];
  }
  const tips: { code: string; step: StepKey | null; text: string }[] = [];
  const fill = (template: string, a: TranscriptAgreement): string =>
    template.replace('{line}', String(a.line)).replace('{quote}', quote(a.text));
  for (const key of PRIORITY) {
    if (tips.length >= 3) break;
    if (!steps[key].present) {
      tips.push({ code: key, step: key, text: texts[key] });
      continue;
    }
    if (key === 'agreements') {
      const untimed = agreements.find((a) => !a.smart.timeBound);
      if (untimed)
        tips.push({ code: 'agreement_deadline', step: key, text: fill(texts.agreement_deadline, untimed) });
      const ownerless = agreements.find((a) => !a.smart.owner);
      if (ownerless && tips.length < 3) {
        tips.push({ code: 'agreement_owner', step: key, text: fill(texts.agreement_owner, ownerless) });
      }
    }
  }
  return tips;
}
