// Several promises in one sentence are several agreements ("ik bel morgen de leverancier en ik bel u donderdag
// terug"). A sentence is cut where a new main clause with its own subject starts: a joiner ("en", "and",
// "maar"), perhaps a sequencer ("dan", "then"), then a pronoun of the speaker or of the one addressed — right
// after them ("en ik …", "and I'll …") or after the finite verb in Dutch verb-second order ("en dan bel ik …");
// or a comma followed by such a pronoun ("…, ik bel u vrijdag"). The parts keep their original words; whether
// each part is a promise of its own is the commitment reader's decision (commitment.ts), not this one's.
import { GRAMMAR } from '../lang/index.ts';
import { fold } from '../text/fold.ts';

/** Pronouns that open a clause of the speaker or the one addressed. */
const SUBJECTS: ReadonlySet<string> = new Set([...GRAMMAR.firstPerson, ...GRAMMAR.secondPerson]);
/** Subjects that never stand as an object, so "en dan bel ik" is a clause but "en dan bel je" may be "bel je…". */
const SURE_SUBJECTS: ReadonlySet<string> = GRAMMAR.subjectOnly;

/** A token compared in its folded form without the punctuation around it. */
const bare = (token: string): string => fold(token).replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, '');

/** Whether a new clause starts at token k. */
function clauseStarts(words: readonly string[], raw: readonly string[], k: number): boolean {
  const w = words[k]!;
  const afterComma = k > 0 && /,$/.test(raw[k - 1]!);
  if (afterComma && SUBJECTS.has(w)) return true;
  const joiner = GRAMMAR.joiners.has(w);
  if (!joiner && !(afterComma && GRAMMAR.sequencers.has(w))) return false;
  let j = k + 1;
  const sequenced = !joiner || GRAMMAR.sequencers.has(words[j] ?? '');
  if (joiner && sequenced) j++;
  if (SUBJECTS.has(words[j] ?? '')) return true;
  // Verb-second after a sequencer: "en dan bel ik u", "daarna stuur ik"; the verb is any word that is no subject.
  const verb = words[j];
  return (
    sequenced &&
    verb !== undefined &&
    verb !== '' &&
    !SUBJECTS.has(verb) &&
    SURE_SUBJECTS.has(words[j + 1] ?? '')
  );
}

/** The clauses of one sentence that may each hold a promise; one part when there is no such cut. */
export function splitActions(sentence: string): string[] {
  const raw = sentence.split(/\s+/).filter((t) => t !== '');
  const words = raw.map(bare);
  const parts: string[] = [];
  let from = 0;
  // A clause needs a few words of its own before the next may start ("Jan en ik bellen" is one subject).
  for (let k = 2; k < raw.length - 2; k++) {
    if (k - from < 3) continue;
    if (!clauseStarts(words, raw, k)) continue;
    parts.push(raw.slice(from, k).join(' ').replace(/,$/, ''));
    from = k;
  }
  parts.push(raw.slice(from).join(' '));
  return parts;
}
