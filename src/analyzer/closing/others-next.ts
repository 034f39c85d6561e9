// What others do next, as the leader tells it: a third party's step and how long it takes ("onze ergotherapeut
// komt daarna kijken, dat duurt meestal drie weken", "legal drafts the contract, that normally takes ten days").
// An expectation for the participants, never an agreement of one of them. Read on the language packs' grammar.
import { GRAMMAR } from '../lang/index.ts';
import { isDuration, isThirdPartyNext } from './cues.ts';

/** Third-person words that name nobody: they open no subject of a next step ("dat duurt", "er is", "it takes"). */
const EMPTY: ReadonlySet<string> = new Set([
  ...GRAMMAR.topics,
  ...GRAMMAR.relativePronouns,
  'het',
  'er',
  'it',
  'there',
  'een',
  'a',
  'an',
  'men',
  'niemand',
  'nobody',
  'iemand',
  'someone',
  'somebody',
]);
/** The words of a third party's subject: articles, possessives and pronouns of a third person ("de", "onze", "they"). */
const THIRD: ReadonlySet<string> = new Set([...GRAMMAR.thirdPerson].filter((w) => !EMPTY.has(w)));
/** Words that name the people at the table as subject. */
const PERSONAL: ReadonlySet<string> = new Set([
  ...GRAMMAR.firstPerson,
  ...GRAMMAR.secondPerson,
  ...GRAMMAR.secondPlural,
]);
/** Words after a bare English noun that show it is a subject ("Legal will …", "Finance then …", "HR usually …"). */
const AFTER_BARE: ReadonlySet<string> = new Set([
  ...GRAMMAR.future,
  ...GRAMMAR.sequencers,
  ...GRAMMAR.habitual,
  'then',
  'next',
  'first',
]);
/** Every closed-class word: a bare word that is none of these may be a noun. */
const CLOSED: ReadonlySet<string> = new Set(
  Object.values(GRAMMAR).flatMap((v) => (v instanceof Set ? [...(v as Set<string>)] : [])),
);

/** How many words of a clause are read for its subject. */
const SUBJECT_WINDOW = 4;

/**
 * Whether a clause of the text has a third party as its subject: an article, possessive or pronoun of a third
 * person within its first words ("De commissie beslist …", "Daarna beslist de commissie", "They review …"), or a bare
 * noun before "will/then/usually" ("Legal then drafts …"), and nobody at the table as subject before it.
 */
export function thirdPartyActs(normalized: string): boolean {
  for (const clause of normalized.split(/[.;:!?,]\s*/).slice(0, 8)) {
    const words = clause
      .split(' ')
      .filter((w) => w !== '')
      .slice(0, SUBJECT_WINDOW + 2)
      .map((w) => w.replace(/[^\p{L}']/gu, ''));
    let k = 0;
    while (k < 2 && (GRAMMAR.discourse.has(words[k] ?? '') || GRAMMAR.sequencers.has(words[k] ?? ''))) k++;
    for (let j = k; j < Math.min(words.length, k + SUBJECT_WINDOW); j++) {
      const w = words[j]!;
      if (PERSONAL.has(w)) break;
      if (THIRD.has(w) && (words[j + 1] ?? '') !== '') return true;
      const bare = j === k && w.length >= 2 && !CLOSED.has(w) && AFTER_BARE.has(words[j + 1] ?? '');
      if (bare) return true;
    }
  }
  return false;
}

/** Whether the text tells a third party's next step with how long it takes, or a third party acting next. */
export function othersNext(normalized: string): boolean {
  return isThirdPartyNext(normalized) || (isDuration(normalized) && thirdPartyActs(normalized));
}
