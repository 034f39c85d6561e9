// Language detection with eld's medium n-gram database (Node). The browser build maps '#analyzer-eld' to
// eld.browser.ts instead (see "imports" in package.json): the database is ~570 KB gzipped.
import { eld } from 'eld/medium';
import type { AnalyzerLang } from '../agreement/types.ts';

const detector = eld.newInstance();
detector.setLanguageSubset(['nl', 'en']);

/** Dutch or English by eld's n-grams, or null when eld is not reliable about it. */
export function eldDetect(text: string): AnalyzerLang | null {
  const result = detector.detect(text);
  if (!result.isReliable()) return null;
  return result.language === 'nl' ? 'nl' : result.language === 'en' ? 'en' : null;
}

/** Whether the n-gram detector is present in this build. */
export const eldAvailable = true;
