// Dutch: an agreement's action phrase as it comes from the leader's sentence ("kijk er naar", "stuur u de
// beschikking", "sturen het verslag", "het formulier invullen") made into a main clause with the owner as
// subject: the finite verb in the third person singular ("Lea de Vries kijkt ernaar"), or "gaat" with the
// infinitive at the end ("Lea de Vries gaat het formulier invullen"). Whatever it does not recognise with
// confidence it leaves to the quoted form: a wrong sentence is worse than the leader's own words.
import type { SentenceGrammar } from './grammar.ts';
import { asSentence, capitalise, nameWords, neighboursOf, normalise, wordsOf, type Word } from './words.ts';

const SUBJECTS = new Set(['ik', 'jij', 'je', 'u', 'hij', 'zij', 'ze', 'wij', 'we', 'jullie', 'men']);
const PLURAL_SUBJECTS = new Set(['wij', 'we', 'jullie']);
/** First-person words: in a clause about a named owner they would point at the wrong person. */
const FIRST_PERSON = new Set([
  'ik',
  'mij',
  'me',
  'mijn',
  "m'n",
  'wij',
  'we',
  'ons',
  'onze',
  'mezelf',
  'mijzelf',
]);
/** Words that are no finite verb: articles, pronouns, prepositions, common adverbs, conjunctions. */
const CLOSED = new Set([
  ...SUBJECTS,
  ...FIRST_PERSON,
  ..."de het een 't dit dat deze die mijn uw jouw zijn haar hun hem hen jou zich elkaar".split(' '),
  ...'aan met naar van voor bij door over om op in uit tot tegen na zonder onder achter tussen binnen'.split(
    ' ',
  ),
  ...'er daar hier morgen vandaag straks nog ook wel even eerst dan nu zo snel meteen direct samen alvast'.split(
    ' ',
  ),
  ...'niet geen en of maar als alle alles iets niets iemand niemand graag zelf allebei beide'.split(' '),
]);
/** Words that may follow an imperative at the start of a sentence ("Bel de huisarts", "Stuur mij …"). */
const AFTER_IMPERATIVE = new Set([
  ...'de het een u uw mij me ons hem haar hen jou die dit dat deze er even nog ook gerust'.split(' '),
]);
/** Irregular present tenses: the first- or second-person form or the infinitive → third person singular. */
const THIRD_PERSON: Record<string, string> = {
  ben: 'is',
  bent: 'is',
  is: 'is',
  zijn: 'is',
  heb: 'heeft',
  hebt: 'heeft',
  heeft: 'heeft',
  hebben: 'heeft',
  kan: 'kan',
  kun: 'kan',
  kunt: 'kan',
  kunnen: 'kan',
  wil: 'wil',
  wilt: 'wil',
  willen: 'wil',
  zal: 'zal',
  zult: 'zal',
  zullen: 'zal',
  mag: 'mag',
  mogen: 'mag',
  moet: 'moet',
  moeten: 'moet',
  ga: 'gaat',
  gaan: 'gaat',
  sta: 'staat',
  staan: 'staat',
  doe: 'doet',
  doen: 'doet',
  zie: 'ziet',
  zien: 'ziet',
  sla: 'slaat',
  slaan: 'slaat',
  hou: 'houdt',
  houd: 'houdt',
  houden: 'houdt',
  kom: 'komt',
  komen: 'komt',
};
/** Particles of separable verbs ("bel … terug", "kijk … na"): they join the infinitive at the end. */
const PARTICLES = new Set(
  'aan af bij door in langs mee na om op over terug toe uit vast voor weg samen rond'.split(' '),
);
/** Prepositions that join er/daar/hier into one word ("er naar" → "ernaar", "er met" → "ermee"). */
const JOINS: Record<string, string> = Object.fromEntries(
  'aan achter bij binnen boven buiten door in langs mee na naar naast om onder op over tegen toe tussen uit van voor zonder'
    .split(' ')
    .map((p) => [p, p]),
);
JOINS.met = 'mee';
JOINS.tot = 'toe';
/** Words that open a clause of their own inside the phrase: moving a verb past them breaks the sentence. */
const CLAUSE_OPENERS = new Set(
  'dat of die wat waar waarin waarmee als omdat zodat wanneer zodra hoe'.split(' '),
);

/** An infinitive at the end: the phrase's verb cluster ("het formulier invullen", "u terugbellen"). */
function isInfinitive(word: Word, before: Word | undefined): boolean {
  const w = word.norm;
  const looksLikeOne =
    /^(gaan|doen|staan|zien|slaan|zijn)$/.test(w) || (w.length >= 4 && /[^aeiou]en$/.test(w));
  if (!looksLikeOne && !/^(\p{L}+)(gaan|doen|staan|zien|slaan)$/u.test(w)) return false;
  // "de boodschappen", "uw gegevens": a noun after an article or a possessive, not a verb.
  if (before && /^(de|het|een|uw|mijn|jouw|zijn|haar|hun|onze|deze|die|dit|dat|alle|geen)$/.test(before.norm))
    return false;
  return true;
}

/** The third person singular of a finite verb as typed (stem, or already with -t). */
function thirdPerson(verb: string): string {
  const irregular = THIRD_PERSON[verb];
  if (irregular) return irregular;
  return verb.endsWith('t') ? verb : `${verb}t`;
}

/** "er naar" → "ernaar", "daar mee" → "daarmee": the spelling of a pronominal adverb next to its preposition. */
function joinPronominalAdverbs(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const joined = next !== undefined ? JOINS[normalise(next)] : undefined;
    if (/^(er|daar|hier)$/i.test(word) && joined && normalise(next!) === next!.toLowerCase()) {
      out.push(word + joined + next!.slice(normalise(next!).length));
      i++;
      continue;
    }
    out.push(word);
  }
  return out;
}

/** The words as typed, joined again, with the pronominal adverbs spelled as one word. */
function spell(words: Word[]): string {
  return joinPronominalAdverbs(words.map((w) => w.text)).join(' ');
}

/** Is the phrase's first word the finite verb of the leader's sentence? Told by what stands beside it there. */
function finiteVerbAt(first: Word, source: Word[], owner: string): 'singular' | 'plural' | null {
  if (CLOSED.has(first.norm) || !/^\p{L}+$/u.test(first.norm)) return null;
  const ownerWords = nameWords(owner);
  // "Jansen regelt": a piece of a name is no verb; nor is a capitalised word inside the sentence.
  if (ownerWords.has(first.norm)) return null;
  const capital = /^\p{Lu}/u.test(first.text);
  if (capital && source[0]?.norm !== first.norm) return null;
  let plural = false;
  let found = false;
  for (const { before, after } of neighboursOf(source, first.norm)) {
    const subjectBefore = before !== null && (SUBJECTS.has(before) || ownerWords.has(before));
    const subjectAfter = after !== null && (SUBJECTS.has(after) || ownerWords.has(after));
    const imperative = before === null && after !== null && AFTER_IMPERATIVE.has(after);
    if (subjectBefore || subjectAfter || imperative) {
      found = true;
      if ((before && PLURAL_SUBJECTS.has(before)) || (after && PLURAL_SUBJECTS.has(after))) plural = true;
    }
  }
  if (!found) return null;
  // "we sturen": the infinitive form; "ik open", "u tekent" end differently.
  return plural && /en$|^(gaan|doen|staan|zien|slaan|zijn)$/.test(first.norm) ? 'plural' : 'singular';
}

/** Writes an agreement's parts as Dutch sentences. */
export const nl: SentenceGrammar = {
  marks: new Set(
    (
      'ik jij je u wij we jullie het de een en van dat die dit is zijn ben bent niet met voor naar op aan er ook nog wel maar dan als om te bij uit kan kunt kun wil zal moet heb hebt heeft mij mijn uw ons onze hij zij ze ' +
      'volgende morgen vandaag uiterlijk binnen graag even terug langs deze maand jaar dag dagen week weken ' +
      'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart mei juni juli augustus oktober'
    ).split(' '),
  ),

  compose(owner, action, source) {
    const words = wordsOf(action);
    if (words.length === 0) return null;
    if (words.some((w) => FIRST_PERSON.has(w.norm))) return null;
    const sourceWords = wordsOf(source);
    const first = words[0]!;
    const kind = finiteVerbAt(first, sourceWords, owner);
    if (kind === 'singular') {
      // A verb alone ("regelt") lost its object: not a sentence to put in a record.
      if (words.length < 2 && !THIRD_PERSON[first.norm] && !/^(kom|komt)$/.test(first.norm)) return null;
      const verb = thirdPerson(first.norm);
      return `${owner} ${[verb, spell(words.slice(1))].filter(Boolean).join(' ')}`;
    }
    if (kind === 'plural' && THIRD_PERSON[first.norm]) {
      // "zullen het regelen", "komen langs": the irregular verb has a third person of its own.
      return `${owner} ${[THIRD_PERSON[first.norm], spell(words.slice(1))].filter(Boolean).join(' ')}`;
    }
    if (kind === 'plural') {
      const rest = words.slice(1);
      if (rest.some((w) => CLAUSE_OPENERS.has(w.norm) || /,/.test(w.text))) return null;
      const last = rest[rest.length - 1];
      const particle = last && PARTICLES.has(last.norm) ? last.norm : '';
      const middle = particle ? rest.slice(0, -1) : rest;
      return `${owner} gaat ${[spell(middle), particle + first.norm].filter(Boolean).join(' ')}`;
    }
    // No finite verb in front: the phrase may end in its infinitive ("het formulier invullen").
    const last = words[words.length - 1]!;
    if (isInfinitive(last, words[words.length - 2]) && !THIRD_PERSON[first.norm]) {
      if (words.some((w, k) => k < words.length - 1 && (CLAUSE_OPENERS.has(w.norm) || /,/.test(w.text))))
        return null;
      return `${owner} gaat ${spell(words)}`;
    }
    return null;
  },

  withDeadline(clause, date) {
    return date
      ? `${capitalise(clause)}, uiterlijk op ${date}.`
      : `${capitalise(clause)}. Er is nog geen datum afgesproken.`;
  },

  quoted(source, owner, date) {
    const quote = `‘${asSentence(capitalise(source))}’`;
    if (owner) {
      return date
        ? `${quote} Dit doet ${owner}, uiterlijk op ${date}.`
        : `${quote} Dit doet ${owner}. Er is nog geen datum afgesproken.`;
    }
    return date
      ? `${quote} Dit gebeurt uiterlijk op ${date}. Wie hiervoor zorgt, is nog niet afgesproken.`
      : `${quote} Wie hiervoor zorgt en wanneer, is nog niet afgesproken.`;
  },

  described(action, owner, date) {
    const lead = owner
      ? `${capitalise(owner)} zorgt hiervoor`
      : 'Wie hiervoor zorgt, is nog niet afgesproken';
    return date
      ? `${lead}: ${action}, uiterlijk op ${date}.`
      : `${lead}: ${action}. Er is nog geen datum afgesproken.`;
  },

  undescribed(owner, date) {
    if (owner) {
      const who = `Deze afspraak heeft nog geen omschrijving. ${capitalise(owner)} zorgt ervoor`;
      return date ? `${who}, uiterlijk op ${date}.` : `${who}. Er is nog geen datum afgesproken.`;
    }
    const none = 'Deze afspraak heeft nog geen omschrijving, en wie ervoor zorgt, is nog niet afgesproken.';
    return date ? `${none} De datum is ${date}.` : `${none} Er is ook nog geen datum.`;
  },

  formatDay(day) {
    return new Intl.DateTimeFormat('nl-NL', {
      timeZone: 'UTC',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(utcDay(day));
  },
};

/** A 'YYYY-MM-DD' day as a Date at midnight UTC (formatted in UTC, so no time zone moves it). */
export function utcDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}
