// Speaker labels at the start of a line ("Name: text", "[00:01:02] Name: text", "Name (00:01:02): text").
// The hard part is what is NOT a name: "Tot slot: …", "Kortom: …", a time "10:30", a URL. A label counts
// when it looks like a name (capitalised words, titles, particles) or recurs as a label in the same file.

const TIME = String.raw`\d{1,3}(?::\d{2}){1,2}(?:[.,]\d{1,3})?`;
const LEADING_TIME = new RegExp(
  String.raw`^\s*(?:\[\s*(${TIME})\s*\]|\(\s*(${TIME})\s*\)|(${TIME}))\s*[-–—]?\s*`,
);
const TRAILING_TIME = new RegExp(String.raw`\s*[\[(]\s*(${TIME})\s*[\])]\s*$`);

/** Discourse labels that are followed by a colon but are not speakers (compared lowercased). */
const NOT_NAMES = new Set(
  (
    'tot slot|kortom|samengevat|samenvattend|samenvatting|conclusie|let op|ps|p.s.|nb|n.b.|opmerking|vraag|' +
    'antwoord|afspraken|afspraak|actiepunten|actiepunt|actie|acties|besluit|besluiten|agenda|notitie|noot|' +
    'tip|tips|waarschuwing|belangrijk|update|status|resultaat|doel|punt|punten|vervolg|volgende stappen|' +
    'en|maar|dus|want|ja|nee|oké|oke|ok|okay|nou|goed|kijk|luister|zie|voorbeeld|bijvoorbeeld|bijv|datum|' +
    'tijd|plaats|locatie|aanwezig|aanwezigen|afwezig|onderwerp|betreft|re|fw|fwd|cc|bcc|aan|van|to|from|' +
    'subject|note|notes|summary|in summary|to sum up|in short|conclusion|action items|action item|actions|' +
    'next steps|decision|decisions|question|answer|warning|important|so|and|but|well|yes|no|look|listen|' +
    'example|date|time|location|attendees|present|topic|todo|to do|reminder|ik|jij|wij|we|u|i|you|they|' +
    'het|de|the|dat|die|dit|this|that|waarom|wat|hoe|wie|why|what|how|who|http|https|mailto|tel|www|' +
    'eerst|daarna|ten eerste|ten tweede|first|second|then|finally|ten slotte|tenslotte|overigens|trouwens|' +
    'bijlage|bron|source|ps|disclaimer|let wel|feit|fact|idee|idea|probleem|problem|oplossing|solution'
  ).split('|'),
);

const PARTICLES = new Set(
  "van de der den ten ter te het 't von la le du da di del della dos das el al bin ben ibn op in 's mc of".split(
    ' ',
  ),
);
const TITLE = /^(?:mw|mevr|mevrouw|dhr|heer|meneer|mr|mrs|ms|mx|dr|drs|ir|ing|prof|mej|sr|jr)\.?$/i;
const ROLE_NUMBERED =
  /^(?:spreker|speaker|spk|deelnemer|participant|persoon|person|interviewer|interviewee|s)[\s_-]?\d{1,3}$/i;

export interface LabelSplit {
  /** The candidate label before the colon, or null. */
  label: string | null;
  /** The text after the label. */
  text: string;
  /** The whole line after a leading time (what to keep when the label is not a speaker). */
  body: string;
  start?: number;
}

/** Seconds of "01:02:03", "1:02" or "00:01:02.500"; undefined for anything else. */
export function parseClock(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const parts = value.replace(',', '.').split(':');
  let seconds = 0;
  for (const part of parts) {
    const n = Number(part);
    if (!Number.isFinite(n)) return undefined;
    seconds = seconds * 60 + n;
  }
  return seconds;
}

/** Splits an optional leading time and an optional "Label:" off a line; the label is not yet judged. */
export function splitLabel(line: string): LabelSplit {
  let rest = line;
  let start: number | undefined;
  const lead = LEADING_TIME.exec(rest);
  if (lead) {
    start = parseClock(lead[1] ?? lead[2] ?? lead[3]);
    rest = rest.slice(lead[0].length);
  }
  // The first colon followed by whitespace (or the end) ends a label; "10:30" and "https://" do not.
  const limit = Math.min(rest.length, 80);
  let colon = -1;
  let depth = 0;
  for (let i = 0; i < limit; i++) {
    const c = rest.charCodeAt(i);
    // Colons inside "(01:02:03)" or "[01:02]" belong to a time, not to the label's end.
    if (c === 40 /* ( */ || c === 91 /* [ */) depth++;
    else if ((c === 41 /* ) */ || c === 93) /* ] */ && depth > 0) depth--;
    else if (c === 58 /* : */ && depth === 0) {
      const next = rest.charCodeAt(i + 1);
      if (Number.isNaN(next) || next === 32 || next === 9 || next === 160) colon = i;
      break;
    }
  }
  const body = rest.trim();
  if (colon <= 0) return { label: null, text: body, body, start };
  let label = rest.slice(0, colon).trim();
  const trailing = TRAILING_TIME.exec(label);
  if (trailing) {
    start ??= parseClock(trailing[1]);
    label = label.slice(0, trailing.index).trim();
  }
  return { label: label || null, text: rest.slice(colon + 1).trim(), body, start };
}

/** Whether a label is shaped like a speaker's name (without looking at the rest of the file). */
export function looksLikeName(label: string): boolean {
  if (label.length === 0 || label.length > 40) return false;
  if (/[?!,;"“”„…(){}[\]<>=+*/\\|@#$%^~`]/.test(label)) return false;
  if (!/\p{L}/u.test(label)) return false;
  if (NOT_NAMES.has(label.toLowerCase())) return false;
  if (ROLE_NUMBERED.test(label)) return true;
  const words = label.split(/\s+/);
  if (words.length > 5) return false;
  let capitalised = 0;
  for (const word of words) {
    if (TITLE.test(word)) {
      capitalised++;
      continue;
    }
    if (/^\p{Lu}/u.test(word)) {
      // "Mw.", "J." are fine; a capitalised word ending in a period otherwise ends a sentence.
      if (word.endsWith('.') && word.length > 3) return false;
      capitalised++;
      continue;
    }
    if (PARTICLES.has(word.toLowerCase())) continue;
    if (/^\d{1,3}$/.test(word)) continue;
    return false;
  }
  return capitalised > 0;
}

/** Whether a label is shaped like a role or handle that may be lowercase ("spreker1", "interviewer"). */
function looksLikeHandle(label: string): boolean {
  if (label.length === 0 || label.length > 30) return false;
  if (NOT_NAMES.has(label.toLowerCase())) return false;
  return /^[\p{L}][\p{L}\d_.'-]*(?: [\p{L}\d_.'-]+)?$/u.test(label);
}

/**
 * Decides which candidate labels of one file are speakers: name-shaped labels always; lowercase
 * handles only when they recur (three times, or a third of the labelled lines).
 */
export function acceptedLabels(counts: Map<string, number>): Set<string> {
  const accepted = new Set<string>();
  let total = 0;
  for (const n of counts.values()) total += n;
  for (const [label, n] of counts) {
    if (looksLikeName(label)) accepted.add(label);
    else if (looksLikeHandle(label) && (n >= 3 || (total >= 2 && n * 3 >= total))) accepted.add(label);
  }
  return accepted;
}
