// The agreement reader: who does what, by when, and is it SMART? Pure and deterministic; never throws.
import { parseDay } from '../deadline/calendar.ts';
import { readTimeTokens } from '../deadline/parse.ts';
import { detectLanguage } from '../language/detect.ts';
import { contentTokens, READ_WINDOW, tokenize, type Token } from '../language/tokenize.ts';
import { hintsFor } from './hints.ts';
import { readOwner } from './owner.ts';
import type { AgreementReading, AnalyzerLang, ReadAgreementOptions } from './types.ts';

/** Options of readAgreement beyond the shared contract. */
export interface ReadAgreementExtraOptions extends ReadAgreementOptions {
  /** Language of the hints when it differs from the sentence's (e.g. the user's interface language). */
  hintLang?: AnalyzerLang;
}

// Action words that cannot be checked afterwards: looking, trying, working on, coming back to.
const VAGUE_ACTIONS: RegExp[] = [
  /\b(kijk|kijkt|kijken|gekeken|bekijk|bekijkt|bekijken|bekeken)\b(?:\s+\S+){0,4}?\s+(ernaar|er naar|naar|hoe|of|wat|mee|erna)\b/,
  /\b(er|ernaar|er naar)\b(?:\s+\S+){0,4}?\s+(kijk|kijkt|kijken|gekeken)\b/,
  /\b(kijken|kijk|kijkt)\s+(hoe|of|wat|wat|welke)\b/,
  /\baan de slag\b/,
  /\b(bezig|oppakken|oppakt|pak\S* \S+ op|nadenken|denk\S* \S+ \S* ?na|overwegen|uitzoeken|zoek\S* het uit|in de gaten)\b/,
  /\b(probeer|probeert|proberen|poging)\b/,
  /\b(kom|komt|komen)\b(?:\s+\S+){0,6}?\s+(terug|op terug)\b(?!\s+(met|voor|for|with))/,
  /\bterugkomen\b(?!\s+met)/,
  /\b(laat|laten|let|lets)\b(?:\s+(het|dat|u|je|jou|jullie|nog|wel|even|ook|you|us|me|them|it))+\s+(weten|know)\b(?!\s+(?:(?:on|op|by|voor|uiterlijk|tegen)\s+)?(of|wat|wanneer|hoe|welke|waar|wie|whether|what|when|how|which|where|who|if|about|over))/,
  /\blaten weten\b$/,
  // Staying in touch promises no result.
  /\b(hou|houd|houdt|houden)\b(?:\s+\S+){0,3}?\s+(contact|op de hoogte)\b/,
  /\b(in|blijven)\s+(contact|touch)\b$/,
  /\bkeep\b(?:\s+\S+){0,2}?\s+(posted|updated|informed|in the loop|in touch)\b/,
  /\bcircle back\b/,
  /\b(see|zien|kijken)\s+(what|wat)\s+(i|we|ik|wij)\s+(can|kan|kunnen)\s+(do|doen)\b/,
  // "u hoort van ons", "you'll hear from us": that something comes, not what.
  /\b(hoort|horen|hoor|hear|hears|hearing)\s+(van|from)\s+(ons|mij|me|us)$/,
  /\b(look|looking|looks)\s+(into|at)\b/,
  /\b(have|take|taking|having)\s+a\s+(look|peek|glance)\b/,
  /\bget(ting)? back to\b/,
  /\bcome back to\b/,
  /\b(work|working)\s+on\s+(it|this|that)\b/,
  /\b(try|tries|trying|attempt)\b/,
  /\b(think|thinking)\s+(about|it over)\b/,
  /\b(consider|considering)\b/,
  /\bkeep an eye\b/,
  /\bsee (what|how|if|whether)\b/,
  /\b(deal|dealing) with (it|this|that)\b/,
  /\bfigure (it|this|that) out\b/,
  /\bgo(ing)? ahead with (it|this|that)\b/,
];
const VISIT = /\b(kom|komt|komen|langs|langskomen|langskomt)\b(?:\s+\S+){0,6}?\s+kijken\b/;
// Words that hedge a promise: the result may never come.
const HEDGES =
  /\b(misschien|wellicht|eventueel|hopelijk|hoop|hoopt|hopen|maybe|perhaps|possibly|hopefully|might|hope|hoping)\b/;
// Anaphoric objects: "het", "it", "er…" point back to something said before, so the action alone names nothing.
const ANAPHORA = /^(het|dat|dit|it|this|that|er|ermee|erover|eraan|erop|erin|ervoor|hem|'m)$/;
// Function words that carry no content of their own (prepositions, particles, pronouns) when counting content.
const FUNCTION = new Set([
  'in',
  'op',
  'aan',
  'met',
  'naar',
  'voor',
  'van',
  'bij',
  'over',
  'om',
  'af',
  'door',
  'terug',
  'weg',
  'na',
  'te',
  'to',
  'on',
  'at',
  'with',
  'for',
  'from',
  'by',
  'about',
  'back',
  'off',
  'away',
  'ik',
  'i',
  'wij',
  'we',
  'jij',
  'hij',
  'zij',
  'ze',
  'they',
  'he',
  'she',
  'mijn',
  'my',
  'uw',
  'your',
  'jouw',
  'onze',
  'our',
  'de',
  'the',
  'een',
  'a',
  'an',
  'hope',
  'hoop',
  'hoopt',
  'hopen',
  'be',
  'zijn',
  'klaar',
  'ready',
  'done',
  'someone',
  'iemand',
]);
// Words that carry no content of their own: an action of only these plus a verb says nothing ("ik regel het").
const EMPTY = new Set([
  'het',
  'dat',
  'dit',
  'it',
  'that',
  'this',
  'er',
  'ermee',
  'eraan',
  'wel',
  'even',
  'nog',
  'ook',
  'u',
  'je',
  'jou',
  'me',
  'mij',
  'you',
  'us',
  'ons',
  'jullie',
  'dan',
  'then',
  'gewoon',
  'just',
  'all',
  'alles',
  'everything',
  'iets',
  'something',
  'zo',
  'so',
  'zeker',
  'sure',
  'wat',
  'op',
  'up',
  'out',
  'uit',
  'mee',
  'er',
  'do',
  'doen',
  'regel',
  'regelen',
  'fix',
  'fixen',
  'sort',
  'handle',
  'take',
  'care',
  'of',
  'care',
  'it',
  'dat',
  'ga',
  'gaan',
  'gaat',
]);
// Modal and auxiliary verbs and politeness that stand before the real action.
const AUX = new Set([
  'zal',
  'zullen',
  'zult',
  'ga',
  'gaat',
  'gaan',
  'wil',
  'wilt',
  'willen',
  'kan',
  'kun',
  'kunt',
  'kunnen',
  'zou',
  'zoudt',
  'zouden',
  'moet',
  'moeten',
  'will',
  'would',
  'shall',
  'can',
  'could',
  'should',
  'must',
  'please',
  'graag',
  'even',
  'nog',
  'dan',
  'then',
  'is',
  'are',
  'am',
  'going',
  'to',
  'gonna',
  "i'll",
  "we'll",
  "you'll",
  'wel',
  'ook',
  'also',
  'let',
  "let's",
  'laten',
  'we',
  'wij',
  'dus',
  'so',
  'have',
  'heb',
  'hebt',
  'heeft',
  'hebben',
]);

/** Reads an agreement: owner, action, deadline, vague terms, SMART verdict and hints. Never throws. */
export function readAgreement(text: string, options: ReadAgreementExtraOptions): AgreementReading {
  try {
    return read(
      typeof text === 'string' ? text : String(text ?? ''),
      options ?? ({ date: '' } as ReadAgreementOptions),
    );
  } catch {
    // A bug must not take a whole transcript down: answer "nothing readable" instead.
    const lang: AnalyzerLang = options?.lang === 'en' ? 'en' : 'nl';
    const smart = { owner: false, specific: false, measurable: false, timeBound: false };
    return {
      lang,
      owner: null,
      action: null,
      deadline: null,
      vagueTerms: [],
      smart,
      hints: hintsFor(options?.hintLang ?? lang, smart, {
        source: 'none',
        vagueTerms: [],
        action: null,
        vagueAction: null,
        hedge: null,
        problems: [],
      }),
      notReadable: ['acceptable', 'realistic'],
    };
  }
}

function read(text: string, options: ReadAgreementExtraOptions): AgreementReading {
  const lang: AnalyzerLang =
    options.lang === 'nl' || options.lang === 'en' ? options.lang : detectLanguage(text);
  const raw = tokenize(text);
  const t = contentTokens(raw);
  const today = parseDay(typeof options.date === 'string' ? options.date : '');
  const time = readTimeTokens(text, t, today, lang);
  const speaker =
    typeof options.speaker === 'string' && options.speaker.trim() ? options.speaker.trim() : null;
  const participants = Array.isArray(options.participants)
    ? options.participants
        .filter((p): p is string => typeof p === 'string' && p.trim().length > 0)
        .map((p) => p.trim())
    : [];
  // Speech-to-text writes everything lowercase; names can only be told by capitals when there are capitals.
  const caseAware = /\p{Lu}/u.test(text.slice(0, 4000)) && /\p{Ll}/u.test(text.slice(0, 4000));
  const owner = readOwner(
    t,
    raw,
    speaker,
    participants,
    caseAware,
    phraseToken(t, time.deadline?.phrase, text),
  );

  // The action: the clause without owner, time words, fillers and auxiliaries.
  const skip = new Uint8Array(t.length);
  for (const k of owner.used) skip[k] = 1;
  for (let k = 0; k < owner.clauseStart && k < t.length; k++) skip[k] = 1;
  markPhrase(t, skip, time.deadline?.phrase, text);
  for (const term of time.vagueTerms) markPhrase(t, skip, term, text);
  const words: Token[] = [];
  for (let k = 0; k < t.length; k++) if (!skip[k]) words.push(t[k]!);
  // "Someone from QA will test it": for a third party, the action starts after its modal verb.
  if (owner.source === 'third_party') {
    const modal = words.findIndex((w, k) => k < 6 && /^(will|shall|zal|zullen|gaat|gaan)$/.test(w.norm));
    if (modal > 0) words.splice(0, modal);
  }
  while (words.length > 0 && AUX.has(words[0]!.norm)) words.shift();
  const action =
    words.length > 0
      ? words
          .map((w) => text.slice(w.start, w.end))
          .join(' ')
          .slice(0, 200)
      : null;

  const normText = t.map((x) => x.norm).join(' ');
  // The same without the time words, so "let you know by Friday whether …" still sees its "whether".
  const timeSkip = new Uint8Array(t.length);
  markPhrase(t, timeSkip, time.deadline?.phrase, text);
  for (const term of time.vagueTerms) markPhrase(t, timeSkip, term, text);
  const normRest = t
    .filter((_, k) => !timeSkip[k] && !owner.used.has(k) && k >= owner.clauseStart)
    .map((x) => x.norm)
    .join(' ');
  let vagueAction: string | null = null;
  for (const pattern of VAGUE_ACTIONS) {
    const m = pattern.exec(normRest);
    // "komt kijken naar de lamp" is a visit, which can be checked.
    if (m && /kijk/.test(m[0]) && VISIT.test(normText)) continue;
    if (m) {
      vagueAction = m[0];
      break;
    }
  }
  const hedgeMatch = HEDGES.exec(normText) ?? /\b(probeer|probeert|proberen|try|trying)\b/.exec(normText);
  const hedged = hedgeMatch !== null;
  const contentful = words.some(
    (w) => !EMPTY.has(w.norm) && !AUX.has(w.norm) && w.kind === 'word' && w.norm.length > 1,
  );
  // "ik neem het mee", "we'll fix it": one content word and an anaphoric object say nothing checkable.
  const content = words.filter(
    (w) =>
      w.kind === 'word' &&
      w.norm.length > 1 &&
      !EMPTY.has(w.norm) &&
      !AUX.has(w.norm) &&
      !FUNCTION.has(w.norm) &&
      !ANAPHORA.test(w.norm),
  );
  const anaphoric = content.length <= 1 && words.some((w) => ANAPHORA.test(w.norm));
  const specific = action !== null && contentful && !anaphoric && vagueAction === null && words.length >= 2;
  const measurable = specific && !hedged;
  const smart = {
    owner: owner.owner !== null,
    specific,
    measurable,
    // "uiterlijk 31 april 2027" must not become "april 2027" (the 30th) without a word: a day that does not
    // exist leaves the agreement without a deadline until the sentence is put right.
    timeBound: time.deadline !== null && !time.problems.some((p) => p.code === 'date_impossible'),
  };
  const hints = hintsFor(
    options.hintLang === 'en' || options.hintLang === 'nl' ? options.hintLang : lang,
    smart,
    {
      source: owner.source,
      vagueTerms: time.vagueTerms,
      action,
      vagueAction,
      hedge: hedgeMatch?.[0] ?? null,
      problems: time.problems,
      today,
    },
  );
  return {
    lang,
    owner: owner.owner,
    action,
    deadline: time.deadline,
    vagueTerms: time.vagueTerms,
    smart,
    hints,
    notReadable: ['acceptable', 'realistic'],
  };
}

/** The first token of a quoted phrase of the text (first occurrence), if any. */
function phraseToken(t: Token[], phrase: string | undefined, text: string): number | undefined {
  if (!phrase) return undefined;
  const at = text.slice(0, READ_WINDOW).toLowerCase().indexOf(phrase.toLowerCase());
  if (at < 0) return undefined;
  const k = t.findIndex((x) => x.start >= at);
  return k >= 0 ? k : undefined;
}

/** Marks the tokens that lie inside a quoted phrase of the text (first occurrence). */
function markPhrase(t: Token[], skip: Uint8Array, phrase: string | undefined, text: string): void {
  if (!phrase) return;
  const at = text.slice(0, READ_WINDOW).toLowerCase().indexOf(phrase.toLowerCase());
  if (at < 0) return;
  const end = at + phrase.length;
  for (let k = 0; k < t.length; k++) if (t[k]!.start >= at && t[k]!.end <= end) skip[k] = 1;
}
