// English: an agreement's action phrase as it comes from the leader's sentence ("send you the decision"
// after "I will", "calls the GP" after a name, "sending the letter" after "I'm") made into a main clause with
// the owner as subject: "will" with the bare verb, the present tense as typed, or "will be" with the -ing
// form. Whatever it does not recognise with confidence it leaves to the quoted form.
import type { SentenceGrammar } from './grammar.ts';
import { utcDay } from './nl.ts';
import { asSentence, capitalise, nameWords, neighboursOf, wordsOf } from './words.ts';

const SUBJECTS = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'someone', 'somebody']);
/** Words after which the verb stands in its bare form ("I will send", "please call", "going to visit"). */
const BARE_BEFORE = new Set([
  ...'i we you they will shall can could would should must may might to please'.split(' '),
  ...["i'll", "we'll", "you'll", "they'll", "let's"],
]);
/** Words after which the verb has the third person -s ("she calls"). */
const THIRD_BEFORE = new Set(['he', 'she', 'someone', 'somebody']);
const FIRST_PERSON = new Set(
  ['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves'].concat([
    "i'll",
    "we'll",
    "i'm",
    "we're",
    "i've",
    "we've",
    "i'd",
    "we'd",
  ]),
);
const CLOSED = new Set([
  ...SUBJECTS,
  ...FIRST_PERSON,
  ...'the a an you it this that these those him her them his their your its'.split(' '),
  ...'to for with on at by from about of in into and or but not no some any all everything something'.split(
    ' ',
  ),
  ...'there here then now soon also just please tomorrow today again first together'.split(' '),
]);
/** Words that may follow an imperative at the start of a sentence ("Call the GP", "Send me …"). */
const AFTER_IMPERATIVE = new Set(
  'the a an you your me us him her them it this that these those back over up out'.split(' '),
);

/** Writes an agreement's parts as English sentences. */
export const en: SentenceGrammar = {
  marks: new Set(
    (
      'i you we they he she it the a an and of that this is are am be not with for to on at by from will would can could should shall have has had do does did please me my your our us ' +
      'next back tomorrow today within end month week weeks day days year ' +
      'monday tuesday wednesday thursday friday saturday sunday january february march may june july august october'
    ).split(' '),
  ),

  compose(owner, action, source) {
    const words = wordsOf(action);
    if (words.length === 0) return null;
    // "to call the GP": the infinitive marker goes, "will" takes its place.
    if (words[0]!.norm === 'to' && words.length > 1) words.shift();
    if (words.some((w) => FIRST_PERSON.has(w.norm))) return null;
    const first = words[0]!;
    if (CLOSED.has(first.norm) || !/^\p{L}+$/u.test(first.norm)) return null;
    const ownerWords = nameWords(owner);
    if (ownerWords.has(first.norm)) return null;
    if (/^\p{Lu}/u.test(first.text) && wordsOf(source)[0]?.norm !== first.norm) return null;
    const rest = words
      .slice(1)
      .map((w) => w.text)
      .join(' ');
    const tail = rest ? ` ${rest}` : '';
    const verb = first.text.toLowerCase();
    if (/..ing$/.test(first.norm)) return `${owner} will be ${verb}${tail}`;
    let bare = false;
    let third = false;
    for (const { before, after } of neighboursOf(wordsOf(source), first.norm)) {
      if (before === null && after !== null && AFTER_IMPERATIVE.has(after)) bare = true;
      else if (before !== null && BARE_BEFORE.has(before)) bare = true;
      else if (
        before !== null &&
        (THIRD_BEFORE.has(before) || ownerWords.has(before)) &&
        /s$/.test(first.norm)
      )
        third = true;
    }
    if (words.length < 2 && !/^(come|go|visit|call|phone|return)s?$/.test(first.norm)) return null;
    if (third) return `${owner} ${verb}${tail}`;
    if (bare) return `${owner} will ${verb}${tail}`;
    return null;
  },

  withDeadline(clause, date) {
    return date ? `${capitalise(clause)} by ${date}.` : `${capitalise(clause)}. No date has been agreed yet.`;
  },

  quoted(source, owner, date) {
    const quote = `“${asSentence(capitalise(source))}”`;
    if (owner) {
      return date
        ? `${quote} ${owner} takes care of this by ${date}.`
        : `${quote} ${owner} takes care of this. No date has been agreed yet.`;
    }
    return date
      ? `${quote} This is due by ${date}. Who takes care of it has not been agreed yet.`
      : `${quote} Who takes care of it, and by when, has not been agreed yet.`;
  },

  described(action, owner, date) {
    const lead = owner
      ? `${capitalise(owner)} takes care of this`
      : 'Who takes care of this has not been agreed yet';
    return date ? `${lead}: ${action}, by ${date}.` : `${lead}: ${action}. No date has been agreed yet.`;
  },

  undescribed(owner, date) {
    if (owner) {
      const who = `This agreement has no description yet. ${capitalise(owner)} takes care of it`;
      return date ? `${who} by ${date}.` : `${who}. No date has been agreed yet.`;
    }
    const none = 'This agreement has no description yet, and who takes care of it has not been agreed.';
    return date ? `${none} It is due by ${date}.` : `${none} Nor has a date.`;
  },

  formatDay(day) {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).formatToParts(utcDay(day));
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
  },
};
