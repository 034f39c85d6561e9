// Language detection with eld's medium n-gram database (Node). The browser build maps '#analyzer-eld' to
// eld.browser.ts instead (see "imports" in package.json): the database is ~570 KB gzipped.
//
// The database costs ~1 s and ~200 MB to load, and most sentences never need it (function words decide
// them), so it is loaded on first need, synchronously, keeping detectLanguage synchronous: Node ≥ 20.19
// can require() an ES module. eld's "exports" offer './medium' under the "import" condition only, so
// require('eld/medium') fails (ERR_PACKAGE_PATH_NOT_EXPORTED); import.meta.resolve (synchronous) finds the
// file as an import would, and require() loads that file by path.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AnalyzerLang } from '../agreement/types.ts';

interface EldResult {
  language: string;
  isReliable(): boolean;
}
interface EldDetector {
  detect(text: string): EldResult;
  setLanguageSubset(languages: string[]): unknown;
}

/** undefined: not tried yet; null: eld could not be loaded (then the function words decide). */
let detector: EldDetector | null | undefined;

function load(): EldDetector | null {
  try {
    const require = createRequire(import.meta.url);
    const mod = require(fileURLToPath(import.meta.resolve('eld/medium'))) as { eld: EldDetector };
    // This module is eld's only user in the process: set the subset on the module's instance instead of
    // building a second one with newInstance() (which would load the database again).
    mod.eld.setLanguageSubset(['nl', 'en']);
    return mod.eld;
  } catch {
    return null;
  }
}

/** Dutch or English by eld's n-grams, or null when eld is not reliable about it (or cannot be loaded). */
export function eldDetect(text: string): AnalyzerLang | null {
  if (detector === undefined) detector = load();
  if (!detector) return null;
  const result = detector.detect(text);
  if (!result.isReliable()) return null;
  return result.language === 'nl' ? 'nl' : result.language === 'en' ? 'en' : null;
}

/** Whether eld's database has been loaded in this process (for tests and measurements). */
export function eldLoaded(): boolean {
  return detector !== undefined && detector !== null;
}

/** Whether the n-gram detector is present in this build. */
export const eldAvailable = true;
