// Browser stand-in for eld.node.ts: eld's database would blow the bundle budget, so the browser relies on
// the function-word scorer alone (good enough for the one-sentence agreements the web app checks live).
import type { AnalyzerLang } from '../agreement/types.ts';

/** Always null: no n-gram detector in the browser build. */
export function eldDetect(_text: string): AnalyzerLang | null {
  return null;
}

/** Always false: nothing to load in the browser build. */
export function eldLoaded(): boolean {
  return false;
}

/** Whether the n-gram detector is present in this build. */
export const eldAvailable = false;
