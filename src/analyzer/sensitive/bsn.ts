// The BSN (burgerservicenummer): nine digits that pass the elfproef, also written with spaces or dots.

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1];

/** True when nine digits pass the BSN elfproef (9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11, not all zeros). */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += WEIGHTS[i]! * (digits.charCodeAt(i) - 48);
  return sum % 11 === 0;
}

/** A run of digits with at most one space or dot between two digits, as found in a text. */
export interface DigitRun {
  start: number;
  end: number;
  digits: string;
  /** The separators used (empty, ' ', '.', or both when mixed). */
  separators: string;
}

// A digit, then digits each after an optional single space or dot: a whole run, so "06 12 34 56 78" is one run
// of ten digits (no BSN) rather than a nine-digit window inside it.
const RUN = /\d(?:[ .]?\d)*/g;

/** Every maximal run of digits (with single spaces or dots between them) in the text. */
export function digitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  for (const match of text.matchAll(RUN)) {
    const raw = match[0];
    const start = match.index ?? 0;
    const separators = [...new Set(raw.replace(/\d/g, ''))].sort().join('');
    runs.push({ start, end: start + raw.length, digits: raw.replace(/[ .]/g, ''), separators });
  }
  return runs;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when the run stands on its own: no letter glued to it, no decimals, no currency before it. */
export function standsAlone(text: string, run: DigitRun): boolean {
  const before = text.slice(Math.max(0, run.start - 5), run.start);
  const after = text.slice(run.end, run.end + 2);
  if (before && LETTER_OR_DIGIT.test(before.slice(-1))) return false;
  if (after && LETTER_OR_DIGIT.test(after.charAt(0))) return false;
  // 123.456.782,50 is an amount; so is € 123456782.
  if (/^[,]\d/.test(after)) return false;
  if (/(€|eur|euro)\s*$/i.test(before)) return false;
  // Part of a code or a path: AB-123456782, 1/123456782.
  if (/[-/#@]$/.test(before)) return false;
  return true;
}

/** Runs that look like a BSN: nine digits, one kind of separator, standing alone, passing the elfproef. */
export function findBsnRuns(text: string): DigitRun[] {
  return digitRuns(text).filter(
    (run) =>
      run.digits.length === 9 &&
      run.separators.length <= 1 &&
      standsAlone(text, run) &&
      passesElfproef(run.digits),
  );
}
