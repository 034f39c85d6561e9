// Dutch or English? Function words decide short sentences (eld's n-grams are unreliable under ~4 words);
// eld decides longer text when it is sure; the function words break ties. Dutch when nothing tells.
import { eldDetect } from '#analyzer-eld';
import type { AnalyzerLang } from '../agreement/types.ts';

/** Look at no more than this many characters: the language of a sentence shows in its start. */
const WINDOW = 2000;

const NL = new Set(
  (
    'ik je jij u wij we jullie het de een en van dat die dit is zijn ben bent niet met voor naar op aan ' +
    'er ook nog wel maar dan als om te bij uit kan kunt kun wil zal zullen moet heb hebt heeft wordt worden ' +
    'morgen vandaag volgende week uiterlijk binnen over graag even mij mijn uw jouw ons onze hij zij ze wat ' +
    'wie hoe waar wanneer niks niets geen eh ehm nou oké ja nee hoor toch zo al deze dezer maand'
  ).split(' '),
);
const EN = new Set(
  (
    'i you we they he she it the a an and of that this is are am be not with for to on at by from ' +
    'will would can could should shall have has had do does did please me my your our us what who how ' +
    'where when tomorrow today next week within end soon just yes no okay so all these month ' +
    "i'll we'll you'll let's it's don't i'm we're"
  ).split(' '),
);

/** Counts Dutch and English function words; the words of both languages ("we", "is") count for neither. */
export function functionWordScores(text: string): { nl: number; en: number } {
  let nl = 0;
  let en = 0;
  const words =
    text
      .slice(0, WINDOW)
      .toLowerCase()
      .match(/[a-zà-ÿ']+/g) ?? [];
  for (const word of words) {
    const inNl = NL.has(word);
    const inEn = EN.has(word);
    if (inNl && !inEn) nl++;
    else if (inEn && !inNl) en++;
  }
  return { nl, en };
}

/** The language of a text, 'nl' or 'en'; Dutch when the text gives no sign (the product is Dutch first). */
export function detectLanguage(text: string): AnalyzerLang {
  if (typeof text !== 'string' || text.length === 0) return 'nl';
  const sample = text.slice(0, WINDOW);
  const scores = functionWordScores(sample);
  const words = scores.nl + scores.en;
  // Clear function-word majority in a short sentence: trust it; eld is noisy on a handful of words.
  if (words >= 2 && (scores.nl >= 2 * scores.en + 1 || scores.en >= 2 * scores.nl + 1)) {
    if (sample.length < 120) return scores.nl > scores.en ? 'nl' : 'en';
  }
  // Longer text with an overwhelming majority (3 to 1, at least 6 words) is decided too: eld (loaded on
  // first need, ~1 s and ~200 MB in Node) is asked only when the function words leave it open.
  if (words >= 6 && (scores.nl >= 3 * scores.en || scores.en >= 3 * scores.nl))
    return scores.nl > scores.en ? 'nl' : 'en';
  let byEld: AnalyzerLang | null = null;
  try {
    byEld = eldDetect(sample);
  } catch {
    byEld = null;
  }
  if (byEld) return byEld;
  return scores.en > scores.nl ? 'en' : 'nl';
}
