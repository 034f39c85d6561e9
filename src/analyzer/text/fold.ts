// One normalisation for every rule: lower case, no diacritics ("vóór" → "voor", "tweeëntwintig" →
// "tweeentwintig"), straight apostrophes and quotes. Rules are written in this folded form only.

const MARKS = /[\u0300-\u036f]/g;
const ASCII = /^[\x20-\x26\x28-\x5f\x61-\x7e]*$/;
const APOSTROPHES = /[’‘`´]/g;
const QUOTES = /[“”„]/g;

/** The folded form of a word or text: lower case, accents removed, apostrophes and quotes straightened. */
export function fold(text: string): string {
  // Most words are plain ASCII: no accents to strip, no quotes to straighten.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"');
}

/** Same person or phrase, ignoring case, accents and spacing. */
export function sameFolded(a: string, b: string): boolean {
  return fold(a).replace(/\s+/g, ' ').trim() === fold(b).replace(/\s+/g, ' ').trim();
}
