// SMART advice in words: core's verdict gives codes and what they name; the words are the analyzer's hints
// in i18n (analyzer.hint.<code>), the same the API and the command line say.
import type { SmartAdvice } from '../../../core/index.ts';
import { analyzerText, type Lang } from '../../../i18n/index.ts';

/** Words for one piece of SMART advice in the language on screen, its example deadline written out. */
export function adviceText(advice: SmartAdvice, lang: Lang): string {
  return analyzerText(lang, 'hint', advice.code, advice.params);
}
