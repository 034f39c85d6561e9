// The closing cues of an utterance or sentence: which cue families of the language packs (lang/) match its
// words. Matching is token windows on a capped window of the text (text/pattern.ts), so it costs time linear in
// the text and never more than CUE_WINDOW characters per utterance.
import { CUE_RULES, WORD_CLASSES, cueIndex, type CueFamily } from '../lang/index.ts';
import { tokenize, wordsOf, type Word } from '../text/tokenize.ts';

/** Cues are looked for in the first 3,000 and the last 1,000 characters of an utterance. */
export const CUE_WINDOW = { head: 3000, tail: 1000 } as const;

/** The words of a text for cue matching, capped: a huge utterance costs no more than a long one. */
export function cueWords(text: string): Word[] {
  const capped =
    text.length > CUE_WINDOW.head + CUE_WINDOW.tail
      ? `${text.slice(0, CUE_WINDOW.head)} . ${text.slice(-CUE_WINDOW.tail)}`
      : text;
  return wordsOf(tokenize(capped), WORD_CLASSES);
}

/** Per family, the first rule that matched and where. */
export interface Cues {
  readonly words: Word[];
  readonly hits: ReadonlyMap<CueFamily, { rule: string; from: number; to: number }>;
}

const memo = new Map<string, Cues>();
const MEMO_SIZE = 512;

/** The cues of a text (memoised: the closing analysis asks several families of the same sentence). */
export function cuesOf(text: string): Cues {
  const known = memo.get(text);
  if (known) return known;
  const words = cueWords(text);
  const hits = new Map<CueFamily, { rule: string; from: number; to: number }>();
  for (const { value, span } of cueIndex().scan(words))
    if (!hits.has(value.family)) hits.set(value.family, { rule: value.id, from: span.from, to: span.to });
  const cues = { words, hits };
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(text, cues);
  return cues;
}

const has =
  (family: CueFamily) =>
  (text: string): boolean =>
    cuesOf(text).hits.has(family);

/** Whether the text is a pre-closing move. */
export const isWrapUp = has('wrapUp');
/** Whether the text opens (or asks for) a summary. */
export const isSummaryOpen = has('summaryOpen');
/** Whether the text checks one's understanding ("als ik het goed begrijp"): a summary if long or checked. */
export const isSummarySoft = has('summarySoft');
/** Whether the text checks a summary with the others. */
export const isSummaryCheck = has('summaryCheck');
/** Whether the text announces the agreements. */
export const isAgreementIntro = has('agreementIntro');
/** Whether the text announces what happens next. */
export const isExpectationIntro = has('expectationIntro');
/** Whether the text tells someone they will receive something, or about legal remedies. */
export const isReceive = has('receive');
/** Whether the text says someone else will get in touch or come by. */
export const isFollowUp = has('followUp');
/** Whether a third party acts next ("De commissie beslist daarna…"). */
export const isThirdPartyNext = has('thirdPartyNext');
/** Whether the text says how long a next step takes ("dat duurt meestal twee weken"). */
export const isDuration = has('duration');
/** Whether the text names a document or message. */
export const mentionsDocument = has('document');
/** Whether the text offers the question round. */
export const isQuestionRound = has('questionRound');
/** Whether the text gives or asks contact details. */
export const isContact = has('contact');
/** Whether the text asks feedback on the conversation. */
export const isFeedbackAsk = has('feedbackAsk');
/** Whether the text asks feedback in a statement (a survey announced, "ik hoor graag hoe u het vond"). */
export const isFeedbackAnnounce = has('feedbackAnnounce');
/** Whether the text acknowledges feedback. */
export const isFeedbackAck = has('feedbackAck');
/** Whether the text thanks someone (ironic thanks excluded). */
export const isThanks = (text: string): boolean => {
  const { hits } = cuesOf(text);
  return hits.has('thanks') && !hits.has('ironicThanks');
};
/** Whether the thanks is for the conversation, for people's time, or addressed to everyone. */
export const isThanksForConversation = has('thanksObject');
/** Whether the text wishes well or says goodbye. */
export const isFarewell = has('farewell');
/** Whether the text is a short acceptance. */
export const isAcceptance = has('acceptance');
/** Whether the text remarks on the meeting itself ("we hebben nog tien minuten"). */
export const isMeetingRemark = has('meetingRemark');
/** Whether the text reassures ("daar hoeft u zich geen zorgen over te maken"). */
export const isReassurance = has('reassurance');

/** The text without its announcement of the agreements ("dan de afspraken ik stuur…" → "ik stuur…"). */
export function stripAgreementIntro(text: string): string {
  const { words, hits } = cuesOf(text);
  const hit = hits.get('agreementIntro');
  if (!hit) return text;
  const first = words[hit.from];
  const last = words[hit.to - 1];
  if (!first || !last || last.end > text.length) return text;
  return (text.slice(0, first.start) + ' ' + text.slice(last.end)).replace(/\s+/g, ' ').trim();
}

/** Whether an utterance is a question: a question mark, or an interrogative start (speech-to-text). */
export function isQuestion(original: string, t: string): boolean {
  if (original.includes('?')) return true;
  // Without punctuation (speech-to-text) an interrogative start is the only sign; with it, "?" decides.
  return !/[.!]/.test(original) && cuesOf(t).hits.has('questionStart');
}

/** Every cue rule id (for the rule tests). */
export const CUE_RULE_IDS: readonly string[] = CUE_RULES.map((r) => r.id);
