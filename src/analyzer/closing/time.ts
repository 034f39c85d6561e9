// Whether an utterance names a moment (a day, a date, a term): the one reading of "when" (deadline/parse.ts),
// so the closing analysis and the agreement reader agree on what a time is ("de 15e", "de dag na Koningsdag"
// and "week vijftig" are times for both). Only a feature here; the deadline itself is read by the agreement reader.
import { readTime } from '../deadline/parse.ts';

/** A fixed reference day: only whether a time is named matters, not which day it gives. */
const REFERENCE = '2001-01-03';

const memo = new Map<string, boolean>();
const MEMO_SIZE = 2048;

/** Whether the text names a moment or a term (a concrete day); memoised, as a sentence is asked several times. */
export function hasTimeExpression(text: string): boolean {
  const known = memo.get(text);
  if (known !== undefined) return known;
  const reading = readTime(text.length > 2000 ? text.slice(0, 2000) : text, {
    date: REFERENCE,
    fallback: false,
  });
  const timed = reading.deadline !== null;
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(text, timed);
  return timed;
}
