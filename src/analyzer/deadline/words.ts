// Vocabulary of dates in Dutch and English: numbers as words (speech-to-text writes them out), ordinals,
// months and weekdays. Normalised spellings (lowercase, no accents).

const UNITS_NL = [
  'nul',
  'een',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
];
const UNITS_EN = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS_NL: Record<string, number> = {
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
};
const TENS_EN: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ORD_NL: Record<string, number> = {
  eerste: 1,
  tweede: 2,
  derde: 3,
  vierde: 4,
  vijfde: 5,
  zesde: 6,
  zevende: 7,
  achtste: 8,
  negende: 9,
  tiende: 10,
  elfde: 11,
  twaalfde: 12,
  dertiende: 13,
  veertiende: 14,
  vijftiende: 15,
  zestiende: 16,
  zeventiende: 17,
  achttiende: 18,
  negentiende: 19,
};
const ORD_EN: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

const CARDINAL = new Map<string, number>();
UNITS_NL.forEach((w, i) => CARDINAL.set(w, i));
UNITS_EN.forEach((w, i) => CARDINAL.set(w, i));
for (const [w, n] of Object.entries({ ...TENS_NL, ...TENS_EN })) CARDINAL.set(w, n);
for (const [w, n] of Object.entries({ ...TENS_NL })) {
  // Dutch compounds: eenentwintig, tweeëntwintig (accents are gone after normalising: tweeentwintig).
  for (let u = 1; u <= 9; u++) {
    CARDINAL.set(`${UNITS_NL[u]}en${w}`, n + u);
    CARDINAL.set(`${UNITS_NL[u]}een${w}`, n + u);
  }
}
for (const [w, n] of Object.entries(TENS_EN)) {
  for (let u = 1; u <= 9; u++) CARDINAL.set(`${w}-${UNITS_EN[u]}`, n + u);
}
CARDINAL.set('a', 1);
CARDINAL.set('an', 1);
CARDINAL.set('honderd', 100);

const ORDINAL = new Map<string, number>([...Object.entries(ORD_NL), ...Object.entries(ORD_EN)]);
for (const [w, n] of Object.entries(TENS_NL)) {
  ORDINAL.set(`${w}ste`, n);
  for (let u = 1; u <= 9; u++) {
    ORDINAL.set(`${UNITS_NL[u]}en${w}ste`, n + u);
    ORDINAL.set(`${UNITS_NL[u]}een${w}ste`, n + u);
  }
}
for (const [w, n] of Object.entries(TENS_EN)) {
  for (const [o, m] of Object.entries(ORD_EN)) if (m < 10) ORDINAL.set(`${w}-${o}`, n + m);
}

/** A cardinal number from digits or words ("12", "twaalf", "twenty-one"); null otherwise. */
export function cardinal(norm: string): number | null {
  if (/^\d{1,4}$/.test(norm)) return Number(norm);
  if (/^\d{1,3},5$/.test(norm)) return Number(norm.replace(',', '.'));
  return CARDINAL.get(norm) ?? null;
}

/** An ordinal ("7e", "7de", "15th", "zevende", "fifteenth"); null otherwise. */
export function ordinal(norm: string): number | null {
  const m = /^(\d{1,2})(?:e|de|ste|st|nd|rd|th)$/.exec(norm);
  if (m) return Number(m[1]);
  return ORDINAL.get(norm) ?? null;
}

const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  februari: 2,
  february: 2,
  maart: 3,
  march: 3,
  april: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  juli: 7,
  july: 7,
  augustus: 8,
  august: 8,
  september: 9,
  oktober: 10,
  october: 10,
  november: 11,
  december: 12,
};
// Abbreviations count only next to a day number ("12 dec."), so "Jan" the person is no January.
const MONTH_ABBR: Record<string, number> = {
  jan: 1,
  feb: 2,
  febr: 2,
  mrt: 3,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Month 1–12 of a full month name; with `abbreviated`, also "dec", "mrt". */
export function monthOf(norm: string, abbreviated: boolean): number | null {
  return MONTHS[norm] ?? (abbreviated ? (MONTH_ABBR[norm] ?? null) : null);
}

const WEEKDAYS: Record<string, number> = {
  maandag: 1,
  dinsdag: 2,
  woensdag: 3,
  donderdag: 4,
  vrijdag: 5,
  zaterdag: 6,
  zondag: 7,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
};
const DAY_PARTS = ['ochtend', 'morgen', 'middag', 'namiddag', 'voormiddag', 'avond', 'nacht', 'einde'];
// Short forms that are also ordinary words ("do", "zo", "ma", "wed", "sun"): a weekday only with a dot, before a
// day number or after a word that introduces a day (see parse.ts).
const WEEKDAY_SHORT: Record<string, number> = {
  ma: 1,
  maa: 1,
  din: 2,
  di: 2,
  wo: 3,
  woe: 3,
  do: 4,
  don: 4,
  vr: 5,
  vrij: 5,
  za: 6,
  zat: 6,
  zo: 7,
  zon: 7,
  sat: 6,
  sun: 7,
  wed: 3,
};

/** ISO weekday of a short form that needs context to be a weekday ("vr.", "zat", "wo"); null otherwise. */
export function weekdayShort(norm: string): number | null {
  return WEEKDAY_SHORT[norm] ?? null;
}

/** A year said in words: "tweeduizend (en) achttien", "two thousand (and) eighteen", "twenty twenty-one". */
export function yearWords(words: (string | undefined)[]): { year: number; used: number } | null {
  const [a, b, c, d] = words;
  if (a === 'tweeduizend') {
    if (b === 'en' && c !== undefined && (cardinal(c) ?? 100) < 100)
      return { year: 2000 + cardinal(c)!, used: 3 };
    if (b !== undefined && (cardinal(b) ?? 100) < 100 && (cardinal(b) ?? 0) >= 1 && b !== 'een')
      return { year: 2000 + cardinal(b)!, used: 2 };
    return { year: 2000, used: 1 };
  }
  if (a === 'two' && b === 'thousand') {
    if (c === 'and' && d !== undefined && (cardinal(d) ?? 100) < 100)
      return { year: 2000 + cardinal(d)!, used: 4 };
    if (c !== undefined && (cardinal(c) ?? 100) < 100 && (cardinal(c) ?? 0) >= 1 && c !== 'a')
      return { year: 2000 + cardinal(c)!, used: 3 };
    return { year: 2000, used: 2 };
  }
  if (a === 'twenty' && b !== undefined && /^[a-z-]+$/.test(b)) {
    const n = cardinal(b);
    if (n !== null && n >= 10 && n < 100) return { year: 2000 + n, used: 2 };
  }
  return null;
}

/** ISO weekday (1–7) of a weekday name, also as a Dutch compound ("donderdagmiddag"); null otherwise. */
export function weekdayOf(norm: string): number | null {
  const direct = WEEKDAYS[norm];
  if (direct) return direct;
  // "next Friday's retro": the possessive names the same day.
  if (norm.endsWith("'s")) {
    const base = WEEKDAYS[norm.slice(0, -2)];
    if (base) return base;
  }
  if (norm.length > 9 && norm.includes('dag')) {
    const cut = norm.indexOf('dag') + 3;
    const head = WEEKDAYS[norm.slice(0, cut)];
    if (head && DAY_PARTS.includes(norm.slice(cut))) return head;
  }
  return null;
}

/** Whether a word may belong to a time phrase as a month, weekday (also a compound or plural), ordinal or year. */
export function isDateWord(norm: string): boolean {
  if (MONTHS[norm] || MONTH_ABBR[norm] || WEEKDAYS[norm] || WEEKDAY_SHORT[norm] || ORDINAL.has(norm))
    return true;
  if (norm === 'tweeduizend' || norm === 'thousand') return true;
  return norm.length > 6 && /dag|day/.test(norm) && weekdayOf(norm.replace(/(en|s)$/, '')) !== null;
}

/** Units a count of time is said in ("drie werkdagen", "two weeks"), by word. */
export type Unit = 'day' | 'workday' | 'week' | 'fortnight' | 'month' | 'year' | 'hour' | 'minute';
export const UNIT_DAYS: Record<string, Unit> = {
  fortnight: 'fortnight',
  fortnights: 'fortnight',
  minuut: 'minute',
  minuten: 'minute',
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  mins: 'minute',
  kwartier: 'minute',
  dag: 'day',
  dagen: 'day',
  day: 'day',
  days: 'day',
  werkdag: 'workday',
  werkdagen: 'workday',
  workday: 'workday',
  workdays: 'workday',
  'werk-dagen': 'workday',
  week: 'week',
  weken: 'week',
  weeks: 'week',
  "week's": 'week',
  "weeks'": 'week',
  maand: 'month',
  maanden: 'month',
  month: 'month',
  months: 'month',
  "month's": 'month',
  jaar: 'year',
  jaren: 'year',
  year: 'year',
  years: 'year',
  "year's": 'year',
  uur: 'hour',
  uren: 'hour',
  hour: 'hour',
  hours: 'hour',
  "hour's": 'hour',
};
