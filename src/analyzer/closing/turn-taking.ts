// Speakers for a transcript that names none, such as a phone call exported as .srt without labels. When every
// cue reads as one turn of a dialogue between two (questions, and cues that end their sentence), turns
// alternate; the two sides get the names by which they introduce themselves and address each other. Nothing
// is inferred without such a name, or when the names contradict two-sidedness (a third name for one side).
import { GRAMMAR, WORD_CLASSES } from '../lang/index.ts';
import { tokenize, wordsOf, type Word } from '../text/tokenize.ts';
import { phraseAt as matchPhrase, phraseTable, type PhraseTable } from '../text/phrases.ts';
import type { Transcript, Utterance } from '../transcript/types.ts';

/** Fewer utterances than this say too little about turn-taking. */
const MIN_UTTERANCES = 4;
/** Only the first characters of an utterance are read for names (introductions come first). */
const READ_CHARS = 600;
/** At most this share of cue boundaries may fall inside a sentence (a cue cut mid-sentence is no turn). */
const MAX_CONTINUATIONS = 0.15;
/** At least this many utterances must ask a question: a dialogue, not a read-out text. */
const MIN_QUESTIONS = 2;
/** Names are looked for in this many utterances at the start and as many at the end. */
const NAME_SPAN = 60;
/** A name is at most this many words, titles and particles included ("mevrouw Ria van der Berg"). */
const MAX_NAME_WORDS = 5;

/** Which side a name belongs to: 0 for the first speaker's turns (1st, 3rd, …), 1 for the other's. */
type Side = 0 | 1;
interface NameEvidence {
  side: Side;
  name: string;
}

const INTRODUCE = phraseTable(GRAMMAR.introduceSelf);
const INTRODUCE_OPENING = phraseTable(GRAMMAR.introduceSelfOpening);
const ASK_WHO = phraseTable(GRAMMAR.askWhoIs);
const GREETINGS = phraseTable(GRAMMAR.greetings);

/**
 * The name that starts at word i, as written ("mevrouw Kaya", "Ria van der Berg"), and the index after it;
 * null when no capitalised name starts there. A title alone is no name.
 */
function nameAt(text: string, words: readonly Word[], i: number): { name: string; end: number } | null {
  let k = i;
  if (words[k] && WORD_CLASSES.titles.has(words[k]!.norm)) k++;
  const sentence = words[i]?.sentence;
  let last = -1;
  for (; k < words.length && k - i < MAX_NAME_WORDS; k++) {
    const w = words[k]!;
    if (w.sentence !== sentence || w.kind !== 'word') break;
    if (w.upper && !GRAMMAR.firstPerson.has(w.norm) && w.norm !== 'i') last = k;
    else if (!(last >= 0 && GRAMMAR.nameParticles.has(w.norm))) break;
    if (w.after !== '') break;
  }
  if (last < 0) return null;
  const name = text.slice(words[i]!.start, words[last]!.end).replace(/\s+/g, ' ');
  return { name: name.charAt(0).toUpperCase() + name.slice(1), end: last + 1 };
}

/** The first word of each sentence. */
function sentenceStarts(words: readonly Word[]): Set<number> {
  const starts = new Set<number>();
  for (let i = 0; i < words.length; i++)
    if (i === 0 || words[i]!.sentence !== words[i - 1]!.sentence) starts.add(i);
  return starts;
}

/** Whether the name ending before `end` closes its sentence (or the text), as a vocative does. */
function closesSentence(words: readonly Word[], end: number): boolean {
  return (
    words[end - 1]!.after !== '' || end === words.length || words[end]!.sentence !== words[end - 1]!.sentence
  );
}

/** The names an utterance gives: its speaker's own ("u spreekt met Dewi") and the addressee's ("hoi Rosa"). */
export function namesIn(text: string): { own: string[]; addressed: string[] } {
  const source = text.slice(0, READ_CHARS);
  const words = wordsOf(tokenize(source), WORD_CLASSES);
  const own: string[] = [];
  const addressed: string[] = [];
  const norms = words.map((w) => w.norm);
  // A phrase stays within its sentence, with no punctuation between its words.
  const joins = (k: number): boolean =>
    words[k]!.sentence === words[k - 1]!.sentence && words[k - 1]!.after === '';
  const phraseAt = (i: number, table: PhraseTable): number => matchPhrase(norms, i, table, joins);
  for (const first of sentenceStarts(words)) {
    const sentence = words[first]!.sentence;
    const inSentence = (k: number): boolean => k < words.length && words[k]!.sentence === sentence;
    // A sentence may open with discourse words and greetings ("Oh, hi Rosa", "Goedemorgen, met Jan").
    let k = first;
    while (inSentence(k) && GRAMMAR.discourse.has(words[k]!.norm)) k++;
    for (let g = phraseAt(k, GREETINGS); g > 0 && inSentence(k); g = phraseAt(k, GREETINGS)) {
      k += g;
      const named = inSentence(k) ? nameAt(source, words, k) : null;
      // "Hoi Rosa", "Dank u, mevrouw Kaya": a greeting, then the one addressed.
      if (named && closesSentence(words, named.end)) {
        addressed.push(named.name);
        k = named.end;
      }
    }
    if (!inSentence(k)) continue;
    const opening = k;
    const intro = phraseAt(k, INTRODUCE) || phraseAt(k, INTRODUCE_OPENING);
    const ask = phraseAt(k, ASK_WHO);
    if (intro > 0 && words[k + intro - 1]!.after === '') {
      const named = inSentence(k + intro) ? nameAt(source, words, k + intro) : null;
      if (named) own.push(named.name);
    } else if (ask > 0 && words[k + ask - 1]!.after === '') {
      const named = inSentence(k + ask) ? nameAt(source, words, k + ask) : null;
      // "Spreek ik met mevrouw Kaya?", "Is this Daniel?": only a question names the one addressed.
      if (named && words[named.end - 1]!.after === '?') addressed.push(named.name);
    } else {
      // "Jan hier", "Rosa speaking": a name that opens the sentence, then the word, and nothing more.
      const named = nameAt(source, words, opening);
      const next = named && named.end < words.length ? words[named.end]! : undefined;
      if (
        named &&
        next &&
        inSentence(named.end) &&
        words[named.end - 1]!.after === '' &&
        GRAMMAR.introduceSelfAfter.has(next.norm) &&
        closesSentence(words, named.end + 1)
      )
        own.push(named.name);
    }
    // Anywhere in the sentence: "u spreekt met Dewi" after a company's name.
    for (let j = opening + 1; inSentence(j); j++) {
      const later = phraseAt(j, INTRODUCE);
      if (later > 0 && words[j + later - 1]!.after === '' && inSentence(j + later)) {
        const named = nameAt(source, words, j + later);
        if (named) own.push(named.name);
      }
      // "Waar zit het, mevrouw Kaya?": a name after a comma that ends a question.
      if (words[j - 1]!.after === ',') {
        const named = nameAt(source, words, j);
        if (named && words[named.end - 1]!.after === '?') addressed.push(named.name);
      }
    }
  }
  return { own, addressed };
}

/** Whether the cues read as whole turns: enough questions, and few cues that stop inside a sentence. */
function turnShaped(utterances: readonly Utterance[]): boolean {
  let questions = 0;
  let continuations = 0;
  for (let i = 0; i < utterances.length; i++) {
    const text = utterances[i]!.text.trim();
    if (text.endsWith('?')) questions++;
    const next = utterances[i + 1]?.text.trim();
    if (next && !/[.!?…:;"”)\]]$/.test(text) && /^[\p{Ll}]/u.test(next)) continuations++;
  }
  return questions >= MIN_QUESTIONS && continuations <= MAX_CONTINUATIONS * (utterances.length - 1);
}

/** The same person named twice ("Rosa", "Rosa Vink", "mevrouw Vink")? */
function samePerson(a: string, b: string): boolean {
  const words = (s: string): string[] =>
    s
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => !WORD_CLASSES.titles.has(w.replace(/\.$/, '')) && !GRAMMAR.nameParticles.has(w));
  const x = words(a);
  const y = words(b);
  return x.some((w) => y.includes(w));
}

/** The name of each side, or null when a side has names that cannot be one person. */
function sideNames(evidence: readonly NameEvidence[]): [string | null, string | null] | null {
  const names: [string | null, string | null] = [null, null];
  for (const side of [0, 1] as const) {
    const mine = evidence.filter((e) => e.side === side).map((e) => e.name);
    if (mine.length === 0) continue;
    if (!mine.every((n) => samePerson(n, mine[0]!))) return null;
    // The fullest form the conversation gives ("Mevrouw Kaya" over "Kaya").
    names[side] = mine.reduce((a, b) => (b.length > a.length ? b : a));
  }
  if (names[0] && names[1] && samePerson(names[0], names[1])) return null;
  return names;
}

/**
 * The transcript with speakers, when it names none and reads as a dialogue of two whose names it gives;
 * otherwise the transcript as it is. `inferred` says whether speakers were added.
 */
export function withInferredTurns(transcript: Transcript): { transcript: Transcript; inferred: boolean } {
  const { utterances } = transcript;
  const unchanged = { transcript, inferred: false };
  if (transcript.speakers.length > 0 || utterances.length < MIN_UTTERANCES) return unchanged;
  if (utterances.some((u) => u.speaker !== null) || !turnShaped(utterances)) return unchanged;
  const evidence: NameEvidence[] = [];
  // People introduce themselves at the start and name each other again at the end: a huge file is read there.
  const n = utterances.length;
  for (let i = 0; i < n; i = i === NAME_SPAN - 1 && n > 2 * NAME_SPAN ? n - NAME_SPAN : i + 1) {
    const side = (i % 2) as Side;
    const { own, addressed } = namesIn(utterances[i]!.text);
    for (const name of own) evidence.push({ side, name });
    for (const name of addressed) evidence.push({ side: (1 - side) as Side, name });
  }
  const names = sideNames(evidence);
  if (!names || (names[0] === null && names[1] === null)) return unchanged;
  const withSpeakers = utterances.map((u, i) => ({ ...u, speaker: names[(i % 2) as Side] }));
  const speakers = names.filter((n): n is string => n !== null);
  return { transcript: { ...transcript, utterances: withSpeakers, speakers }, inferred: true };
}
