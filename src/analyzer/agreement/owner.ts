// Who must act? The grammatical subject of the agreement, mapped to a participant: ik/wij → the speaker,
// u/jij/je/you → the one addressed (a vocative, or the other of two), a participant named as the doer.
// Third parties ("de gemeente", "er wordt …", "someone") give null: nobody at the table owns it.
import type { Token } from '../language/tokenize.ts';
import { GRAMMAR, PACKS, WORD_CLASSES } from '../lang/index.ts';
import { phraseAt, phraseTable } from '../text/phrases.ts';

export type OwnerSource = 'speaker' | 'addressee' | 'named' | 'third_party' | 'ambiguous' | 'none';

export interface OwnerReading {
  owner: string | null;
  source: OwnerSource;
  /** Content-token indices that name the owner or the addressee (left out of the action). */
  used: Set<number>;
  /** Index where the clause with the action starts. */
  clauseStart: number;
}

// Every word list is the language packs' grammar (lang/<code>/grammar.ts, merged over all packs): one meaning
// in one place, shared with the commitment reader and the clause splitter.
const FIRST = GRAMMAR.firstPerson;
// Flemish "ge/gij" is the one addressed too ("Kunt ge mij …", "Gij brengt …").
const SECOND = GRAMMAR.secondPerson;
const SECOND_ANY: ReadonlySet<string> = new Set([
  ...GRAMMAR.secondPerson,
  ...GRAMMAR.secondOther,
  ...GRAMMAR.secondPlural,
]);
const PLURAL_SECOND = GRAMMAR.secondPlural;
/** The one addressed after "van/from" ("van u", "from you"): any second person but a possessive ("van uw …"). */
const FROM_YOU: ReadonlySet<string> = new Set(
  [...SECOND_ANY].filter((w) => GRAMMAR.secondPerson.has(w) || !GRAMMAR.determiners.has(w)),
);
/** Family roles by which a participant is named ("de zoon", "mijn man", "your daughter"). */
const FAMILY = GRAMMAR.family;
const THIRD = GRAMMAR.thirdPerson;
/** Words that may open a sentence without being its subject. */
const DISCOURSE = GRAMMAR.discourse;
const TITLES = WORD_CLASSES.titles;
/** Lower-case words inside a name ("van der"). */
const PARTICLES = GRAMMAR.nameParticles;
/** Proposals whose clause after them decides who acts, as word lists. */
const PROPOSE_SAY = phraseTable(GRAMMAR.proposeSay);
const RECEIVE = GRAMMAR.receive;
/** "you two", "jullie allebei": both others. */
const BOTH: ReadonlySet<string> = new Set(['two', 'both', 'allebei', 'beiden', 'beide']);
/** Forms of "have" by which the one addressed gets something ("you'll have", "hebt ge", "heeft u"). */
const HAVE: ReadonlySet<string> = new Set(['have', 'hebt', 'heeft', 'heb', 'hebben']);
/** The speaker's own ("my feedback", "mijn verslag"). */
const MY: ReadonlySet<string> = new Set(['my', 'mijn']);
/** "Mag ik van u …", "ik ontvang graag van jou …", "I need from you …": the speaker asks, the addressee acts. */
const REQUEST_VERB = GRAMMAR.requestVerbs;
/** Words after a bare verb at the start that show an imperative ("Bel mij even …", "Stuur me …", "Send us …"). */
const IMPERATIVE_NEXT = GRAMMAR.imperativeNext;
/** A leading subordinate clause ("Als je wilt, …", "If you like, …") has its own subject: skip it. */
const SUBORDINATE = GRAMMAR.conditionals;
/** Words that open a free relative clause used as a topic ("Wat u zei, …"). */
const FREE_RELATIVE = GRAMMAR.freeRelatives;
/** Prepositions before a name at the end make it an object, not the one addressed ("… naar Mark"). */
const PREPOSITIONS = GRAMMAR.prepositions;
/** "Ben's going to …": a name with a contracted "is/has" before these. */
const CONTRACTED_NEXT = GRAMMAR.contractedNext;
const ASK = GRAMMAR.askVerbs;
/** "voor u", "for you": the one who benefits, not the one who acts. */
const FOR_WORDS: ReadonlySet<string> = new Set(['voor', 'for']);
const TOKEN_SPLIT = /[\s.,]+/;
const TITLE = '\u0000title';

interface Pattern {
  words: string[];
  who: string;
  titled: boolean;
}

/** Name patterns per participant: full name, unique first name, title + surname ("mevrouw El Ouali"). */
function namePatterns(participants: string[]): Pattern[] {
  const patterns: Pattern[] = [];
  const firstCounts = new Map<string, number>();
  const split = participants.map((p) =>
    p
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .split(TOKEN_SPLIT)
      .filter(Boolean),
  );
  for (const words of split) if (words[0]) firstCounts.set(words[0], (firstCounts.get(words[0]) ?? 0) + 1);
  split.forEach((words, k) => {
    const who = participants[k]!;
    if (words.length === 0) return;
    const titledSelf = TITLES.has(words[0]!);
    patterns.push({ words, who, titled: titledSelf });
    if (words.length > 1 && !titledSelf && firstCounts.get(words[0]!) === 1 && words[0]!.length >= 2)
      patterns.push({ words: [words[0]!], who, titled: false });
    const surname = words.slice(1);
    // TITLE stands for any title word ("mevrouw", "dhr", "mr"): one pattern instead of one per title.
    if (surname.length > 0) {
      patterns.push({ words: [TITLE, ...surname], who, titled: true });
      if (surname.length > 1)
        patterns.push({ words: [TITLE, surname[surname.length - 1]!], who, titled: true });
    }
  });
  // Longest first, so "Jan van de Wal" beats "Jan".
  return patterns.sort((a, b) => b.words.length - a.words.length);
}

interface Mention {
  from: number;
  to: number;
  who: string;
  /** Named by role ("de zoon"), not by name. */
  role?: boolean;
}

/** A demonstrative or adverb that can open a Dutch main clause as its topic, before the finite verb. */
const TOPIC = GRAMMAR.topics;
/** Conjunctions that may join a main clause without changing its word order. */
const COORDINATING = GRAMMAR.coordinators;
/** Words that end a sentence between tokens. */
const SENTENCE_END = new Set(['.', '!', '?', ';']);
/** At most this many later clauses are tried for a subject (keeps the reading linear). */
const MAX_CLAUSES = 8;

const DEFINITE: ReadonlySet<OwnerSource> = new Set(['speaker', 'addressee', 'named']);

/**
 * Reads the owner from content tokens (`raw` keeps the punctuation, for commas around a vocative).
 * `focus` is the token where the deadline starts, if any: the sentence that binds the time holds the
 * agreement ("Je houdt je eigen klanten. Dat regel ik morgen." → the speaker).
 */
export function readOwner(
  t: Token[],
  raw: Token[],
  speaker: string | null,
  participants: string[],
  caseAware: boolean,
  focus?: number,
): OwnerReading {
  const people = participants.slice(0, 50);
  if (speaker && !people.some((p) => same(p, speaker))) people.push(speaker);
  const mentions = findMentions(t, namePatterns(people), caseAware);
  roleMentions(t, people, speaker, mentions);
  const at = (from: number) => readFrom(t, raw, speaker, people, mentions, from);
  const base = at(0);
  const { sentences, commas } = clauseStarts(t, raw);
  if (focus !== undefined) {
    let own = 0;
    for (const s of sentences) if (s <= focus) own = s;
    if (own > 0) {
      const reading = at(own);
      if (DEFINITE.has(reading.source)) return reading;
    }
  }
  if (DEFINITE.has(base.source)) return base;
  // The first clause gave nobody at the table and no punctuation splits the rest ("the print shop makes a proof and
  // we'll show you on Friday"): an English clause joined by "and" names the owner, the one with the time first.
  const joined = joinedClauses(t, mentions);
  if (focus !== undefined) joined.sort((a, b) => Number(b <= focus) - Number(a <= focus) || b - a);
  for (const s of joined.slice(0, MAX_CLAUSES)) {
    const reading = at(s);
    if (DEFINITE.has(reading.source)) return reading;
  }
  // The first clause gave nobody at the table ("Het mijne is veranderd, dat pas ik aan"; "De vraag over X,
  // daar kom ik op terug"): a later main clause with a subject of its own names the owner.
  let tried = 0;
  for (const s of [...sentences, ...commas].sort((a, b) => a - b)) {
    if (s === 0 || tried >= MAX_CLAUSES) continue;
    const sentence = sentences.includes(s);
    if (!sentence && !mainClause(t, s, mentions)) continue;
    tried++;
    const reading = at(s);
    if (DEFINITE.has(reading.source)) return reading;
  }
  return base;
}

/** English subject pronouns: English keeps subject before verb, so after "and" they open a clause. */
const EN_SUBJECTS: ReadonlySet<string> = new Set([
  ...PACKS.en.grammar.firstPerson,
  ...PACKS.en.grammar.secondPerson,
]);

/**
 * Clauses joined without punctuation ("… and we'll show you on Friday"): a coordinator, then an English subject
 * pronoun (English has no inversion, so "and I'll" opens a clause) carrying its verb, not right after a name
 * ("Ben and I will …" is one subject of two).
 * Their starts, in order.
 */
function joinedClauses(t: Token[], mentions: Mention[]): number[] {
  const starts: number[] = [];
  for (let k = 3; k < t.length && k < 400 && starts.length < 64; k++) {
    const w = t[k]!.norm;
    // The subject carries its verb ("we'll", "I'm") or a future follows ("I will"): a clause of its own, never part
    // of a subject of two ("de gemeente en ik bellen …").
    const verbed = w.includes("'") || GRAMMAR.future.has(t[k + 1]?.norm ?? '');
    if (!(GRAMMAR.freeSubjects.has(w) || EN_SUBJECTS.has(w)) || !verbed) continue;
    if (!GRAMMAR.joiners.has(t[k - 1]!.norm)) continue;
    if (mentions.some((m) => m.to === k - 1) || FIRST.has(t[k - 2]!.norm) || SECOND.has(t[k - 2]!.norm))
      continue;
    starts.push(k);
  }
  return starts;
}

/** Token indices where a sentence starts (after . ! ? ;) and where a comma clause starts. */
function clauseStarts(t: Token[], raw: Token[]): { sentences: number[]; commas: number[] } {
  const sentences: number[] = [0];
  const commas: number[] = [];
  let k = 0;
  let pending: 'sentence' | 'comma' | null = null;
  let previous = '';
  for (const r of raw) {
    if (r.kind === 'punct') {
      // "mr. Hamstra", "dr. Kaya": the dot of a title ends no sentence.
      if (SENTENCE_END.has(r.norm) && !(r.norm === '.' && TITLES.has(previous))) pending = 'sentence';
      else if (r.norm === ',' && pending === null) pending = 'comma';
      continue;
    }
    previous = r.norm;
    while (k < t.length && t[k]!.start < r.start) k++;
    if (k >= t.length) break;
    if (t[k]!.start === r.start && pending && k > 0) {
      if (pending === 'sentence') {
        if (sentences[sentences.length - 1] !== k && sentences.length < 64) sentences.push(k);
      } else if (commas.length < 64) commas.push(k);
    }
    pending = null;
  }
  return { sentences, commas };
}

/**
 * Whether a comma clause is a main clause with its own subject: "ik …", "Carla …", or a topic with inverted
 * word order ("dat pas ik aan", "daar kom ik op terug"). Subordinate clauses ("zodat u …") are not.
 */
function mainClause(t: Token[], s: number, mentions: Mention[]): boolean {
  let i = s;
  if (COORDINATING.has(t[i]?.norm ?? '')) i++;
  // "…, dan kijken we samen", "…, then I'll call": a sequencer before the verb and subject, or the subject.
  if (GRAMMAR.sequencers.has(t[i]?.norm ?? '')) {
    if (FIRST.has(t[i + 1]?.norm ?? '')) return true;
    if (invertedSubject(t, i, mentions)) return true;
  }
  const w = t[i]?.norm ?? '';
  if (FIRST.has(w)) return true;
  if (mentions.some((m) => m.from === i) && t[i + 1]?.kind === 'word') return true;
  return TOPIC.has(w) && invertedSubject(t, i, mentions);
}

/** V2 order after a topic: "Dat regel ik", "Die stuur je me", "Dat doet Carla": finite verb, then subject. */
function invertedSubject(t: Token[], topic: number, mentions: Mention[]): boolean {
  const verb = t[topic + 1];
  const subject = t[topic + 2];
  if (!verb || !subject || verb.kind !== 'word') return false;
  if (THIRD.has(verb.norm) || PREPOSITIONS.has(verb.norm) || TITLES.has(verb.norm)) return false;
  return FIRST.has(subject.norm) || SECOND.has(subject.norm) || mentions.some((m) => m.from === topic + 2);
}

/** Unambiguous subject pronouns: after a verb they can only be its subject. */
const SUBJECT_ONLY = GRAMMAR.subjectOnly;
const RELATIVE = GRAMMAR.relatives;

/**
 * A noun phrase as topic: "De verslagen zet ik morgen in het dossier", "The report I'll send tomorrow":
 * an article, one to three words, a verb, then ik/wij/jij (never inside a relative clause "de man die ik …").
 */
function nounTopic(t: Token[], start: number): boolean {
  if (!GRAMMAR.topicDeterminers.has(t[start]?.norm ?? '')) return false;
  for (let j = start + 2; j <= start + 4 && j < t.length; j++) {
    const w = t[j]!.norm;
    if (RELATIVE.has(w) || PREPOSITIONS.has(w) || FIRST.has(w) || SECOND.has(w)) {
      if (!SUBJECT_ONLY.has(w)) return longNounTopic(t, start);
      const before = t[j - 1]!.norm;
      return !RELATIVE.has(before) && !PREPOSITIONS.has(before);
    }
  }
  return false;
}

/** Relative pronouns: a pronoun after one belongs to a relative clause ("de brief die ik stuur"). */
const RELATIVE_PRONOUN = GRAMMAR.relativePronouns;
/** How far a long topic may reach before its verb and subject. */
const LONG_TOPIC = 12;

/**
 * A longer noun phrase as topic, with prepositional phrases and a coordinated noun inside it ("Het verslag van
 * het gesprek stuur ik uiterlijk dinsdag", "De aanvraag voor de hulp en de leuning zet ik vandaag in het
 * systeem"): within one clause (no punctuation), no relative pronoun before it, the first pronoun is a subject
 * that only a subject can be (ik, wij, jij, I) and stands right after a word that is no preposition or
 * conjunction (the finite verb; "Jan en ik" is a subject of two).
 */
function longNounTopic(t: Token[], start: number): boolean {
  for (let j = start + 2; j <= start + LONG_TOPIC && j < t.length; j++) {
    const w = t[j]!.norm;
    if (!/\p{L}/u.test(w) || RELATIVE_PRONOUN.has(w)) return false;
    if (FIRST.has(w) || SECOND.has(w)) {
      const before = t[j - 1]!.norm;
      return SUBJECT_ONLY.has(w) && !RELATIVE.has(before) && !PREPOSITIONS.has(before);
    }
  }
  return false;
}

/** Mentions of participants by name, in order. */
function findMentions(t: Token[], patterns: Pattern[], caseAware: boolean): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < t.length; i++) {
    for (const p of patterns) {
      if (i + p.words.length > t.length) continue;
      let ok = true;
      for (let k = 0; k < p.words.length && ok; k++) {
        const norm = t[i + k]!.norm;
        ok = p.words[k] === TITLE ? TITLES.has(norm) : norm === p.words[k];
        if (!ok && k === p.words.length - 1 && norm === `${p.words[k]}'s`)
          ok = CONTRACTED_NEXT.has(t[i + k + 1]?.norm ?? '');
      }
      if (!ok) continue;
      if (caseAware && !p.titled && !t[i]!.upper) continue;
      mentions.push({ from: i, to: i + p.words.length, who: p.who });
      i += p.words.length - 1;
      break;
    }
  }
  return mentions;
}

/**
 * Participants named by their role: a role in the label ("Henk Wolters (mantelzorger)", "Emre (broer)") said in the
 * text ("de mantelzorger", "uw broer", "mijn collega van de schuldbemiddeling"), or a family role ("de zoon", "mijn
 * man") for the one participant who shares a surname with another and is not the speaker (a title-only label such
 * as "Mevrouw Pater" is the person the relative belongs to). Added to the mentions in place.
 */
function roleMentions(t: Token[], people: string[], speaker: string | null, mentions: Mention[]): void {
  const roles = new Map<string, string>();
  for (const p of people) {
    const m = /\(([^)]+)\)\s*$/.exec(p);
    if (m) for (const w of m[1]!.toLowerCase().split(/[\s,]+/)) if (w.length > 2) roles.set(w, p);
  }
  const surname = (p: string) =>
    p
      .replace(/\s*\([^)]*\)\s*$/, '')
      .trim()
      .split(/\s+/)
      .pop()!
      .toLowerCase();
  const titledOnly = (p: string) => TITLES.has(p.trim().split(/\s+/)[0]!.toLowerCase().replace('.', ''));
  const relatives = people.filter(
    (p) =>
      (!speaker || !same(p, speaker)) &&
      !titledOnly(p) &&
      people.some((q) => q !== p && surname(q) === surname(p)),
  );
  for (let i = 0; i < t.length && i < 400; i++) {
    const w = t[i]!.norm;
    const who = roles.get(w) ?? (FAMILY.has(w) && relatives.length === 1 ? relatives[0] : undefined);
    if (!who || mentions.some((m) => m.from <= i && i < m.to)) continue;
    // The determiner before it belongs to the mention ("de zoon", "uw broer").
    const det = GRAMMAR.determiners.has(t[i - 1]?.norm ?? '');
    mentions.push({ from: det ? i - 1 : i, to: i + 1, who, role: true });
  }
  mentions.sort((a, b) => a.from - b.from);
}

/** Reads the owner of the clause that starts at token `from`. */
function readFrom(
  t: Token[],
  raw: Token[],
  speaker: string | null,
  people: string[],
  mentions: Mention[],
  from: number,
): OwnerReading {
  const used = new Set<number>();
  const others = people.filter((p) => !speaker || !same(p, speaker));
  const mentionAt = (i: number) => mentions.find((m) => m.from === i);
  // A participant of a pair, as named: the label when the text used it whole, else the words said (capitalised).
  const nameOf = (m: Mention): string => {
    const said = t
      .slice(m.from, m.to)
      .map((x) => x.norm)
      .join(' ');
    if (m.role) return m.who.replace(/\s*\([^)]*\)\s*$/, '');
    return same(said, m.who)
      ? m.who
      : said.replace(/(^|\s)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  };
  let start = from;
  while (start < t.length && DISCOURSE.has(t[start]!.norm) && !mentionAt(start)) start++;
  // "Als je wilt, bel ik je …", "If you like, I'll …": the main clause starts after the comma.
  if (start < t.length && SUBORDINATE.has(t[start]!.norm)) {
    const comma = raw.find((r) => r.norm === ',' && r.start > t[start]!.end);
    const next = comma ? t.findIndex((x) => x.start > comma.start) : -1;
    if (next > start && next - start <= 10) start = next;
    else if (/^(wilt|wil|like|want|wish)$/.test(t[start + 2]?.norm ?? '')) start += 3;
  } else if (start < t.length && FREE_RELATIVE.has(t[start]!.norm)) {
    // A fronted free relative ("Wat u vanavond zei, neem ik mee"; "What you asked, I'll check"): the main
    // clause after the comma has the subject, right after its verb (V2) or first.
    const comma = raw.find((r) => r.norm === ',' && r.start > t[start]!.end);
    const next = comma ? t.findIndex((x) => x.start > comma.start) : -1;
    const w = t[next]?.norm ?? '';
    const inverted = t[next]?.kind === 'word' && SUBJECT_ONLY.has(t[next + 1]?.norm ?? '');
    if (next > start && next - start <= 10 && (FIRST.has(w) || inverted)) start = next;
  }
  // "Dan spreken we af dat jij …", "we agree that you …": the agreement is the clause after "dat/that".
  for (let i = start; i < Math.min(t.length, start + 6); i++) {
    const w = t[i]!.norm;
    if (GRAMMAR.complementizers.has(w) && i > start && GRAMMAR.agreeThat.has(t[i - 1]!.norm)) {
      start = i + 1;
      break;
    }
  }
  // "Shall we say you start on Monday?", "Zullen we zeggen dat u …": the proposed clause decides.
  const said = phraseAt(
    t.map((x) => x.norm),
    start,
    PROPOSE_SAY,
  );
  const afterSaid = t[start + said]?.norm;
  if (said > 0 && afterSaid !== undefined) start += said + (GRAMMAR.complementizers.has(afterSaid) ? 1 : 0);
  // A vocative: a name first, then a comma or a second-person question ("Ewout, kun jij …", "noor wil jij").
  let addressee: string | null = null;
  // "Meneer Van Leeuwen, kunt u …": a title before the name of someone at the table.
  const titled = TITLES.has(t[start]?.norm ?? '') ? mentionAt(start + 1) : undefined;
  const first = mentionAt(start) ?? titled;
  if (first && first.who !== speaker) {
    const after = t[first.to];
    const comma = raw.some(
      (r) => r.norm === ',' && r.start >= t[first.to - 1]!.end && (!after || r.end <= after.start),
    );
    const question = after && (GRAMMAR.requestModals.has(after.norm) || SECOND.has(after.norm));
    if (comma || question) {
      addressee = first.who;
      for (let k = first.from; k < first.to; k++) used.add(k);
      start = first.to;
    }
  }
  // A title and a name nobody at the table goes by, then a comma: still a vocative ("Mevrouw Bos, wilt u …" when
  // the transcript calls her "Trees"). The one addressed is then whoever "u" is.
  if (!addressee && !first && TITLES.has(t[start]?.norm ?? '')) {
    let k = start + 1;
    while (k < t.length && k - start <= 4 && (t[k]!.upper || PARTICLES.has(t[k]!.norm))) k++;
    const comma =
      k > start + 1 &&
      raw.some((r) => r.norm === ',' && r.start >= t[k - 1]!.end && (!t[k] || r.end <= t[k]!.start));
    if (comma && t[k] && (SECOND.has(t[k]!.norm) || GRAMMAR.requestModals.has(t[k]!.norm))) start = k;
  }
  // … or a name at the end: "Kun je dat doen, Ewout?"
  const last = mentions[mentions.length - 1];
  if (!addressee && last && last.to === t.length && last.who !== speaker && last.from > start) {
    const before = raw.find(
      (r) => r.norm === ',' && r.end <= t[last.from]!.start && r.start >= t[last.from - 1]!.end,
    );
    // Speech-to-text writes no commas: a name closing an unpunctuated sentence is addressed too.
    const unpunctuated = !raw.some((r) => r.kind === 'punct' && r.norm !== "'");
    const object = PREPOSITIONS.has(t[last.from - 1]?.norm ?? '');
    if (before || (unpunctuated && !object)) {
      addressee = last.who;
      for (let k = last.from; k < last.to; k++) used.add(k);
    }
  }
  const other = addressee ?? (others.length === 1 && people.length <= 2 && speaker ? others[0]! : null);
  const second = (): OwnerReading =>
    other
      ? { owner: other, source: 'addressee', used, clauseStart: start }
      : { owner: null, source: 'ambiguous', used, clauseStart: start };
  const me = (): OwnerReading =>
    speaker
      ? { owner: speaker, source: 'speaker', used, clauseStart: start }
      : { owner: null, source: 'none', used, clauseStart: start };

  const w0 = t[start]?.norm ?? '';
  if (
    w0 === "let's" ||
    w0 === 'lets' ||
    (w0 === 'let' && (t[start + 1]?.norm === 'us' || t[start + 1]?.norm === 'me')) ||
    (w0 === 'laten' && (t[start + 1]?.norm === 'we' || t[start + 1]?.norm === 'wij'))
  ) {
    used.add(start);
    return me();
  }
  if (w0 === 'graag' || w0 === 'please' || w0 === 'gelieve') {
    const hasFirst = t.slice(start, start + 4).some((x) => FIRST.has(x.norm));
    if (!hasFirst)
      return addressee || other ? second() : { owner: null, source: 'none', used, clauseStart: start };
  }
  // The subject: the first pronoun or named participant, within the first constituent and the inverted verb.
  // A demonstrative topic before the finite verb is no subject ("Dat regel ik", "Die stuur je me door").
  const topicFirst = (TOPIC.has(w0) && invertedSubject(t, start, mentions)) || nounTopic(t, start);
  // A long noun-phrase topic puts the subject further on ("Het verslag van dit gesprek stuur ik …").
  const limit = Math.min(t.length, start + (topicFirst ? LONG_TOPIC + 1 : 8));
  for (let i = start; i < limit; i++) {
    const w = t[i]!.norm;
    const m = mentionAt(i);
    if (m) {
      for (let k = m.from; k < m.to; k++) used.add(k);
      // "Gwendolyn en ik", "Mark and I": a "we", so the speaker.
      const joined = t[m.to]?.norm;
      if ((joined === 'en' || joined === 'and') && FIRST.has(t[m.to + 1]?.norm ?? '')) {
        used.add(m.to + 1);
        return me();
      }
      // "Dirk en Sofie gaan …": two participants act together; the owner is the pair as named.
      const partner = (joined === 'en' || joined === 'and') && mentionAt(m.to + 1);
      if (partner && partner.who !== m.who) {
        for (let k = partner.from; k < partner.to; k++) used.add(k);
        return {
          owner: `${nameOf(m)} ${joined} ${nameOf(partner)}`,
          source: 'named',
          used,
          clauseStart: start,
        };
      }
      // "Harm en ik", a named doer; a title alone is still a person ("Meneer De Leeuw stuurt").
      return { owner: m.who, source: 'named', used, clauseStart: start };
    }
    if (FIRST.has(w)) {
      used.add(i);
      // "ik verwacht uw reactie", "I need you to …": the speaker hands the action to the addressee.
      const verb = t[i + 1]?.norm ?? '';
      const rest = t.slice(i + 1, i + 8).map((x) => x.norm);
      // "Mag ik van u …", "Ik ontvang graag van jou …": asked of the addressee.
      const before = t[i - 1]?.norm ?? '';
      const fromYou = rest.some((x, k) => GRAMMAR.fromWords.has(x) && FROM_YOU.has(rest[k + 1] ?? ''));
      if (fromYou && (REQUEST_VERB.has(verb) || REQUEST_VERB.has(before))) return second();
      // "Ik vraag voor u uitstel aan": the one addressed only benefits (for you), the speaker applies.
      const addressedAs = rest.filter((x, k) => SECOND_ANY.has(x) && !FOR_WORDS.has(rest[k - 1] ?? ''));
      if (ASK.has(verb) && addressedAs.length > 0) {
        // "ik wil je vragen om …": wanting to ask is asking.
        const wantThat =
          !GRAMMAR.wantVerbs.has(verb) ||
          rest.some(
            (x) =>
              GRAMMAR.complementizers.has(x) ||
              GRAMMAR.wantMarkers.has(x) ||
              (ASK.has(x) && !GRAMMAR.wantVerbs.has(x)),
          );
        if (wantThat) return second();
      }
      return me();
    }
    if (PLURAL_SECOND.has(w) || (SECOND.has(w) && BOTH.has(t[i + 1]?.norm ?? ''))) {
      // "jullie", "you two" name a group, not one owner (also "jullie horen van ons"): the owner is left open,
      // as the reading contract says, for the people at the table to settle.
      used.add(i);
      return { owner: null, source: 'ambiguous', used, clauseStart: start };
    }
    if (SECOND.has(w)) {
      used.add(i);
      // "You'll have my feedback by Monday", "tegen de vijftiende hebt ge dat attest van mij": the speaker sends it.
      const have =
        HAVE.has(t[i - 1]?.norm ?? '') || HAVE.has(t[i + 1]?.norm ?? '') || HAVE.has(t[i + 2]?.norm ?? '');
      const mine = t
        .slice(i + 1, i + 8)
        .some(
          (x, k, near) =>
            MY.has(x.norm) ||
            (GRAMMAR.fromWords.has(x.norm) && GRAMMAR.firstObject.has(near[k + 1]?.norm ?? '')),
        );
      if (have && mine) return me();
      // "U krijgt/ontvangt …" puts the addressee on the receiving end: the doer is whoever sends it.
      if (RECEIVE.has(t[i + 1]?.norm ?? '') || RECEIVE.has(t[i - 1]?.norm ?? '')) {
        const fromUs = t.some(
          (x, k) => GRAMMAR.firstObject.has(x.norm) && GRAMMAR.fromWords.has(t[k - 1]?.norm ?? ''),
        );
        if (fromUs) return me();
        // "Can you get the results to me": "get" is a receiving only with "from us".
        if (GRAMMAR.actingReceive.has(t[i + 1]?.norm ?? '') && !t.some((x) => GRAMMAR.fromWords.has(x.norm)))
          return second();
        return { owner: null, source: 'third_party', used, clauseStart: start };
      }
      return second();
    }
    if (i === start && THIRD.has(w) && !topicFirst) {
      // "Mijn collega van de schuldbemiddeling belt u": a participant named by role further in the subject.
      const role = mentions.find((m) => m.from > start && m.from <= start + 5);
      if (role && !t.slice(start, role.from).some((x) => FIRST.has(x.norm) || SECOND.has(x.norm)))
        return { owner: role.who, source: 'named', used, clauseStart: start };
      return { owner: null, source: 'third_party', used, clauseStart: start };
    }
    if (i === start && TITLES.has(w)) return { owner: null, source: 'third_party', used, clauseStart: start };
  }
  // No subject at all: an imperative to the one addressed ("Mark, please book …", "Bel mij even …").
  if (addressee) return second();
  const verb = t[start];
  if (
    verb &&
    verb.kind === 'word' &&
    !THIRD.has(verb.norm) &&
    !TITLES.has(verb.norm) &&
    !PREPOSITIONS.has(verb.norm) &&
    IMPERATIVE_NEXT.has(t[start + 1]?.norm ?? '') &&
    !t.slice(start + 1, start + 4).some((x) => FIRST.has(x.norm) || SECOND.has(x.norm))
  )
    return second();
  return { owner: null, source: 'none', used, clauseStart: start };
}

/** Same person, ignoring case, accents and spacing. */
function same(a: string, b: string): boolean {
  const n = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return n(a) === n(b);
}
