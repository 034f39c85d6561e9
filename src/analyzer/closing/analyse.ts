// Finds the closing of a conversation in a transcript and which of the seven steps happened in it.
// Rules work on cue-phrase families (cues.ts), who speaks (the leader makes the closing moves), position
// (only the tail of a conversation can hold its closing) and dialogue structure (answers belong to the
// step that asked for them). A conversation that is cut off before it closes gets no closing at all.
import { detectLanguage, readAgreement } from '../agreement/index.ts';
import type { AnalyzerLang } from '../agreement/types.ts';
import type { Transcript, Utterance } from '../transcript/types.ts';
import {
  addressesByName,
  findCommitment,
  nameForms,
  namePatterns,
  splitSentences,
  type Commitment,
} from './commitment.ts';
import * as cue from './cues.ts';
import { othersNext } from './others-next.ts';
import { cueWords } from './cues.ts';
import { readTime } from '../deadline/parse.ts';
import { normalize, wordCount } from './normalize.ts';
import { GRAMMAR } from '../lang/index.ts';
import { phraseTable, phraseWithin } from '../text/phrases.ts';
import { hasTimeExpression } from './time.ts';
import { withInferredTurns } from './turn-taking.ts';
import { closingScore, closingTips } from './tips.ts';
import {
  STEP_KEYS,
  type AnalyseTranscriptOptions,
  type LeaderBasis,
  type StepFinding,
  type StepKey,
  type TranscriptAgreement,
  type TranscriptAnalysis,
  type AgreementConfidence,
  type UncertainReason,
} from './types.ts';

/** How far back from the end a closing may begin: a share of the conversation, within bounds. */
const WINDOW_MIN = 40;
const WINDOW_SHARE = 0.3;
const WINDOW_MAX = 300;
/** How far before that window a move that opens the closing may stand, when the closing runs on from it. */
const EARLY_OPENING = 60;
/** Thanks for a small favour ("bedankt, lekker", "thanks for the coffee") is not the thanks step. */
const SMALL_FAVOUR =
  /\b(?:koffie|thee|koekje|lekker|brief|formulier|pen|glas|water|coffee|tea|biscuit|letter|form)\b/;
/** More ordinary utterances than this between two closing moves: the closing starts again later. */
const MAX_CLOSING_GAP = 25;
/**
 * Agreements are also made before the closing (a stand-up goes round the table, a call settles a point midway):
 * dated commitments are looked for in at most this many utterances before it.
 */
const BODY_AGREEMENTS = 600;
/** A transcript that stops without a closing move had one when its last utterances hold this many dated commitments. */
const CUT_OFF_TAIL = 14;
const CUT_OFF_COMMITMENTS = 2;
/** A call in a round of actions is short: a name and a topic ("Pieter, de offerte van de kwekerij?"). */
const ROUND_CALL_WORDS = 12;
/** A person in the call after the name: it asks them something, it names no topic. */
const ROUND_CALL_PERSON = /\b(?:you|u|je|jij|jullie|ik|we|wij|i)\b/;
/** The thanks step sits at the very end: at most this many utterances may follow it. */
const THANKS_TAIL = 8;

interface Features {
  t: string;
  words: number;
  question: boolean;
  wrapUp: boolean;
  summaryOpen: boolean;
  summaryCheck: boolean;
  agreementIntro: boolean;
  expectationIntro: boolean;
  receive: boolean;
  document: boolean;
  questionRound: boolean;
  contact: boolean;
  feedbackAsk: boolean;
  /** Feedback asked in a statement: opens the feedback step without a question mark. */
  feedbackAnnounce: boolean;
  feedbackAck: boolean;
  thanks: boolean;
  thanksConversation: boolean;
  farewell: boolean;
  acceptance: boolean;
  timed: boolean;
  answersQuestion: boolean;
  /** No sentence punctuation at all: speech-to-text, where a question shows only in its words. */
  unpunctuated: boolean;
  /** Computed on demand (commitmentOf): only the closing needs it. */
  commitment: Commitment | null | undefined;
}

/**
 * The part of an utterance the rules read: all of it up to CUE_WINDOW, else its head and tail. A closing move
 * sits at the start or the end of a long turn; a huge one (speech-to-text without breaks) costs no more.
 */
function window(text: string): string {
  const { head, tail } = cue.CUE_WINDOW;
  return text.length > head + tail ? `${text.slice(0, head)} … ${text.slice(-tail)}` : text;
}

function features(u: Utterance, previous: Utterance | undefined): Features {
  const text = window(u.text);
  const t = normalize(text);
  const question = cue.isQuestion(text, t);
  const unpunctuated = !/[.!?]/.test(text);
  // Without punctuation a question-round cue is taken as asked, unless it is negated ("i don't have any questions").
  const roundAsked = question || (unpunctuated && !/\b(?:geen|niet|no|not|n't|don't|dont)\b/.test(t));
  const answersQuestion =
    previous !== undefined &&
    previous.speaker !== u.speaker &&
    cue.isQuestion(window(previous.text), normalize(window(previous.text)));
  const summaryCheck = cue.isSummaryCheck(t);
  const words = wordCount(t);
  const summaryOpen = cue.isSummaryOpen(t) || (cue.isSummarySoft(t) && (summaryCheck || words >= 20));
  const timed = hasTimeExpression(t);
  const expectationIntro = cue.isExpectationIntro(t);
  return {
    t,
    words,
    question,
    wrapUp: cue.isWrapUp(t),
    summaryOpen,
    summaryCheck,
    agreementIntro: cue.isAgreementIntro(t),
    expectationIntro,
    receive: cue.isReceive(t),
    document: cue.mentionsDocument(t),
    questionRound: roundAsked && cue.isQuestionRound(t) && !summaryOpen,
    contact: cue.isContact(t),
    feedbackAsk: cue.isFeedbackAsk(t) || cue.isFeedbackAnnounce(t),
    feedbackAnnounce: cue.isFeedbackAnnounce(t),
    feedbackAck: cue.isFeedbackAck(t),
    thanks: cue.isThanks(t),
    thanksConversation: cue.isThanksForConversation(t),
    farewell: cue.isFarewell(t),
    acceptance: cue.isAcceptance(t),
    timed,
    answersQuestion,
    unpunctuated,
    commitment: undefined,
  };
}

/** The speaker of the transcript that matches a given leader name, or the name as given. */
function matchLeader(given: string, speakers: string[]): string {
  const g = given.trim().toLowerCase();
  return (
    speakers.find((s) => s.toLowerCase() === g) ??
    speakers.find((s) => s.toLowerCase().includes(g) || g.includes(s.toLowerCase())) ??
    given.trim()
  );
}

/** Closing moves a leader makes, counted to infer who leads. */
function leaderMoves(f: Features): number {
  return (
    // Telling others what they will receive or who will contact them is the leader's half-move.
    0.5 * Number(f.receive || cue.isFollowUp(f.t)) +
    Number(f.wrapUp) +
    Number(f.summaryOpen) +
    Number(f.agreementIntro) +
    Number(f.expectationIntro) +
    Number(f.questionRound) +
    Number(f.feedbackAsk) +
    Number(f.thanks && (f.thanksConversation || f.farewell))
  );
}

function inferLeader(
  transcript: Transcript,
  from: number,
  feats: Features[],
  option: string | undefined,
  promiseNearEnd: (i: number) => boolean,
): { name: string | null; inferred: boolean; basis: LeaderBasis } {
  const { utterances, speakers } = transcript;
  if (option && option.trim())
    return { name: matchLeader(option, speakers), inferred: false, basis: 'option' };
  if (speakers.length === 0) return { name: null, inferred: true, basis: 'none' };
  const moves = new Map<string, number>();
  const inWindow = new Map<string, number>();
  const overall = new Map<string, number>();
  for (let i = 0; i < utterances.length; i++) {
    const s = utterances[i]!.speaker;
    if (!s) continue;
    overall.set(s, (overall.get(s) ?? 0) + 1);
    if (i >= from) {
      inWindow.set(s, (inWindow.get(s) ?? 0) + 1);
      const promise = i >= utterances.length - 12 && promiseNearEnd(i) ? 0.5 : 0;
      moves.set(s, (moves.get(s) ?? 0) + leaderMoves(feats[i]!) + promise);
    }
  }
  let best: string | null = null;
  const key = (s: string): [number, number, number] => [
    moves.get(s) ?? 0,
    inWindow.get(s) ?? 0,
    overall.get(s) ?? 0,
  ];
  for (const s of speakers) {
    if (best === null) {
      best = s;
      continue;
    }
    const a = key(s);
    const b = key(best);
    if (a[0] > b[0] || (a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && a[2] > b[2])))) best = s;
  }
  const basis: LeaderBasis =
    best !== null && (moves.get(best) ?? 0) > 0 ? 'closing-moves' : 'most-utterances';
  return { name: best, inferred: true, basis };
}

function emptySteps(): Record<StepKey, StepFinding> {
  return Object.fromEntries(STEP_KEYS.map((k) => [k, { present: false, lines: [] }])) as unknown as Record<
    StepKey,
    StepFinding
  >;
}

/** A sample of the transcript's words for language detection (speaker names left out). */
function languageSample(utterances: Utterance[], from: number): string {
  let sample = '';
  for (let i = from; i < utterances.length && sample.length < 2000; i++) sample += utterances[i]!.text + ' ';
  if (sample.trim().length < 40) {
    for (let i = 0; i < from && sample.length < 2000; i++) sample += utterances[i]!.text + ' ';
  }
  return sample;
}

/** Analyses an already read transcript; never throws. */
export function analyseClosing(given: Transcript, options: AnalyseTranscriptOptions): TranscriptAnalysis {
  const { transcript, inferred: speakersInferred } = withInferredTurns(given);
  const { utterances, speakers } = transcript;
  const n = utterances.length;
  const span = Math.min(WINDOW_MAX, Math.max(WINDOW_MIN, Math.ceil(n * WINDOW_SHARE)));
  const from = Math.max(0, n - span);
  const names = nameForms(speakers);
  const feats: Features[] = new Array(n);
  const bodyFrom = Math.max(0, Math.min(from, n - BODY_AGREEMENTS));
  for (let i = bodyFrom; i < n; i++) feats[i] = features(utterances[i]!, utterances[i - 1]);
  const ctx = namePatterns(names);
  /** Whether utterance i answers a short call by name from another speaker that asks nothing else of its own. */
  const calledInRound = (i: number): boolean => {
    const u = utterances[i]!;
    const prev = utterances[i - 1];
    const p = feats[i - 1];
    if (!prev || !p || !u.speaker || prev.speaker === u.speaker) return false;
    // The call is the last sentence of its turn ("Dan de acties. Bas, de offerte?").
    const call = splitSentences(window(prev.text)).pop() ?? '';
    const said = normalize(call);
    if (wordCount(call) > ROUND_CALL_WORDS || addressesByName(said, names) !== u.speaker) return false;
    // A topic, not a question to the person ("Tomasz, you want to kick off?", "Bas, heb jij nog iets?").
    if (ROUND_CALL_PERSON.test(said.slice(said.indexOf(',') + 1))) return false;
    return findCommitment(call, { ...ctx, answersQuestion: false }) === null;
  };
  /** The commitment of utterance i (computed once, on demand). */
  const commitmentOf = (i: number): Commitment | null => {
    const f = feats[i]!;
    if (f.commitment !== undefined) return f.commitment;
    // What follows "Wat er daarna gebeurt:" describes the procedure, not a promise.
    let c = f.expectationIntro
      ? null
      : findCommitment(window(utterances[i]!.text), { ...ctx, answersQuestion: f.answersQuestion });
    // "Mr. Jansen, … uiterlijk 8 juli": a participant addressed by name and given a day is an assignment.
    if (!c && f.timed && !f.question && addressesByName(f.t, names) && !f.receive) {
      c = { actor: 'named', timed: true, assignment: true, request: false, text: utterances[i]!.text };
    }
    // A round of actions: one names a participant and a topic ("Jolanda, de collegenota?", "Sam, the slides?"),
    // and the one named answers with a day ("Die ligt voor 2 juni bij de secretaris", "Over drie weken heb ik
    // hem"): their agreement, whatever the grammar of the answer.
    if (!c && f.timed && !f.question && calledInRound(i)) {
      c = {
        actor: 'first',
        timed: true,
        assignment: false,
        request: false,
        text: utterances[i]!.text,
        speakerOwns: true,
      };
    }
    f.commitment = c;
    return c;
  };

  const language: AnalyzerLang = detectLanguage(languageSample(utterances, from));
  const tipsLanguage: AnalyzerLang = options.lang ?? language;
  /** A promise with a day that involves the other party ("ik bel u dinsdag", "you'll send it by Friday"). */
  const promiseToOther = (i: number): boolean => {
    const c = commitmentOf(i);
    return c !== null && c.timed && /\b(?:u|je|jij|jullie|you)\b/.test(feats[i]!.t);
  };
  const leader = inferLeader(transcript, from, feats, options.leader, promiseToOther);
  const isLeader = (i: number): boolean => {
    const s = utterances[i]!.speaker;
    return leader.name === null || s === null || s === leader.name;
  };

  const steps = emptySteps();
  const add = (step: StepKey, i: number): void => {
    const lines = steps[step].lines;
    const line = utterances[i]!.line;
    if (lines[lines.length - 1] !== line && !lines.includes(line)) lines.push(line);
  };

  /** Whether the leader says nothing more after utterance i than a short goodbye. */
  const isLastWord = (i: number): boolean => {
    for (let j = i + 1; j < n; j++)
      if (isLeader(j) && !(feats[j]!.farewell && feats[j]!.words <= 6)) return false;
    return true;
  };
  /** Whether the leader says only short things after utterance i, and asks nothing. */
  const onlyShortAfter = (i: number): boolean => {
    for (let j = i + 1; j < n; j++)
      if (isLeader(j) && (feats[j]!.words > 10 || feats[j]!.question)) return false;
    return true;
  };
  // The thanks step: the leader thanks for the conversation (or everyone, or with a wish) at the very end.
  const thanksAt: number[] = [];
  for (let i = Math.max(from, n - 1 - THANKS_TAIL); i < n; i++) {
    const f = feats[i]!;
    if (!isLeader(i) || !f.thanks || f.question) continue;
    if (f.thanksConversation || f.farewell) thanksAt.push(i);
    // A bare "dank u wel" counts only as the leader's last words in the last two utterances.
    else if (f.words <= 6 && i >= n - 2 && !SMALL_FAVOUR.test(f.t) && isLastWord(i)) thanksAt.push(i);
    // Thanks for something else ("dank dat u zo open was", "thanks for your patience") as the leader's last
    // real turn: after it the leader only says something short, and asks nothing.
    else if (!SMALL_FAVOUR.test(f.t) && onlyShortAfter(i)) thanksAt.push(i);
  }

  // Strong cues: moves only a leader makes when closing. Contact and expectations alone do not open one.
  const strong = (i: number): boolean => {
    const f = feats[i]!;
    if (!isLeader(i)) return false;
    return (
      f.wrapUp ||
      f.summaryOpen ||
      (f.summaryCheck && f.words >= 12) ||
      f.agreementIntro ||
      f.expectationIntro ||
      f.questionRound ||
      f.feedbackAsk ||
      thanksAt.includes(i)
    );
  };
  // The closing is the last run of closing moves: a move followed by a long stretch of ordinary talk
  // (a sub-topic summed up mid-meeting) was not the start of the end.
  let first = -1;
  let previous = -1;
  let onlyChecks = true;
  for (let i = Math.max(bodyFrom, from - EARLY_OPENING); i < n; i++) {
    // A round of dated agreements carries a closing on between its strong moves.
    if (first >= 0 && i - previous <= MAX_CLOSING_GAP && !strong(i) && commitmentOf(i)?.timed) {
      previous = i;
      continue;
    }
    if (!strong(i)) continue;
    // Before the window only a move that opens a closing counts ("laten we afronden", "ik vat het even samen").
    if (i < from && !(feats[i]!.wrapUp || feats[i]!.summaryOpen) && first < 0) continue;
    if (first < 0 || i - previous > MAX_CLOSING_GAP) {
      first = i;
      onlyChecks = true;
    }
    previous = i;
    // A check of one's understanding ("Dus …, klopt dat?") is a closing move only with company.
    const f = feats[i]!;
    if (!(f.summaryCheck && !f.summaryOpen && !f.wrapUp && !f.questionRound && !thanksAt.includes(i)))
      onlyChecks = false;
  }
  let farewellAtEnd = false;
  for (let i = Math.max(from, n - 3); i < n; i++)
    if (feats[i]!.farewell && feats[i]!.words <= 25) farewellAtEnd = true;
  // Without a strong move, a closing still shows in goodbyes at the very end, or in a dated promise to
  // the other party among the last utterances ("… en ik bel u uiterlijk dinsdag").
  let promiseAtEnd = false;
  for (let i = Math.max(from, n - 6); i < n && !promiseAtEnd; i++)
    if (isLeader(i) && promiseToOther(i)) promiseAtEnd = true;
  // A call cut off before its goodbye still had its closing when the last stretch turned to arrangements:
  // several dated commitments there ("ik maak vandaag het verzoek aan", "kunt u dinsdag thuis zijn?").
  let datedAtEnd = 0;
  for (let i = Math.max(from, n - CUT_OFF_TAIL); i < n; i++) if (commitmentOf(i)?.timed) datedAtEnd++;
  const cutOff = datedAtEnd >= CUT_OFF_COMMITMENTS;
  // A run of nothing but understanding checks, with no goodbye or promise at the end: a check mid-body.
  if (first >= 0 && onlyChecks && !farewellAtEnd && !promiseAtEnd && !cutOff) first = -1;
  if (first < 0 && (farewellAtEnd || promiseAtEnd || cutOff)) {
    // The closing begins after the last stretch of body talk; look for its first move.
    for (let i = Math.max(from, n - (cutOff ? CUT_OFF_TAIL : 12)); i < n; i++) {
      const f = feats[i]!;
      const move =
        f.contact || f.receive || f.expectationIntro || cue.isFollowUp(f.t) || (f.timed && !f.question);
      if (isLeader(i) && (move || commitmentOf(i) || f.farewell)) {
        first = i;
        break;
      }
    }
  }
  if (first < 0)
    return finish(transcript, options, language, tipsLanguage, leader, steps, [], null, speakersInferred);

  // Commitments and expectations said just before the first strong cue belong to the closing too.
  const closingish = (i: number): boolean => {
    const f = feats[i]!;
    // A turn that asks a new question ("…, sta je ingeschreven?") still belongs to the body.
    // A dated promise or a request before the question still belongs to the closing ("Ik zet het vandaag stop.
    // Kunt u mij voor vrijdag het briefje mailen?").
    const c = commitmentOf(i);
    if (f.question && c?.request !== true && c?.timed !== true) return false;
    return commitmentOf(i) !== null || (isLeader(i) && (f.receive || f.contact || othersNext(f.t)));
  };
  let start = first;
  let gap = 0;
  for (let i = first - 1; i >= from && gap < 2; i--) {
    if (closingish(i)) {
      start = i;
      gap = 0;
    } else gap++;
  }

  /**
   * A participant's short, untimed "I'll do something with it" in reply to the other side ("Die lees ik
   * wel", "Ik zet het bij de telefoon", "Dat ga ik proberen") takes in what was just given or asked: the
   * information, the card, the assignment. It is no agreement of its own.
   */
  const takesIn = (i: number): boolean => {
    const c = commitmentOf(i);
    const f = feats[i]!;
    const prev = utterances[i - 1];
    if (!c || c.actor !== 'first' || c.timed || f.words > 10 || i - 1 < start || !prev) return false;
    if (prev.speaker === utterances[i]!.speaker) return false;
    if (!/\b(?:het|'t|die|dat|dit|deze|it|that|this)\b/.test(f.t)) return false;
    const p = feats[i - 1]!;
    const given = p.contact || p.receive || p.document || p.expectationIntro || cue.isFollowUp(p.t);
    const asked = commitmentOf(i - 1)?.assignment === true;
    return given || asked;
  };

  /** A promise of one's own, dated or of a document, whose object is the summary ("I'll attach it to the recap"). */
  const ownPromiseOfSummary = (i: number): boolean => {
    const c = commitmentOf(i);
    return c?.actor === 'first' && (c.timed || feats[i]!.document);
  };

  // Walk the closing in order; answers and acknowledgements belong to the step that asked for them.
  type Segment = { step: StepKey; last: number; checked: boolean };
  let segment: Segment | null = null;
  const inSegment = new Map<number, StepKey>();
  const agreementCandidates: number[] = [];
  for (let i = start; i < n; i++) {
    const f = feats[i]!;
    const lead = isLeader(i);
    if (thanksAt.includes(i)) {
      add('thanks', i);
      inSegment.set(i, 'thanks');
      segment = null;
      continue;
    }
    if (lead) {
      let opened: StepKey | null = null;
      if ((f.feedbackAsk && (f.question || f.unpunctuated)) || f.feedbackAnnounce) opened = 'feedback';
      else if (f.questionRound) opened = 'questions';
      // "Ik heb uw nummer als 06 …, klopt dat nog?": checking someone's details is the contact step.
      // "Ik werk het plan bij met wat we besproken hebben, uiterlijk woensdag", "I'll attach it to the recap
      // email": a promise of one's own, dated or of a document, that names the summary as its object opens none.
      else if (
        (f.summaryOpen && !ownPromiseOfSummary(i)) ||
        (f.summaryCheck && !f.contact && (f.words >= 12 || segment?.step === 'summary'))
      )
        opened = 'summary';
      else if (f.contact && !(commitmentOf(i) && f.timed)) opened = 'contact';
      if (opened) {
        add(opened, i);
        inSegment.set(i, opened);
        segment = { step: opened, last: i, checked: opened === 'summary' && f.summaryCheck };
        if (opened !== 'summary' && opened !== 'feedback' && commitmentOf(i)) agreementCandidates.push(i);
        continue;
      }
      const otherStep = f.agreementIntro || f.expectationIntro;
      if (segment?.step === 'summary' && !segment.checked && !otherStep && i - segment.last <= 3) {
        // The summary itself, said over several utterances before it is checked with the others.
        add('summary', i);
        inSegment.set(i, 'summary');
        segment.last = i;
        continue;
      }
      const newMove = otherStep || commitmentOf(i) !== null || f.receive;
      if (segment && !newMove && i - segment.last <= 4) {
        // The leader's reply inside an open step (an answer, an acknowledgement).
        if (segment.step !== 'questions' || f.words <= 40) add(segment.step, i);
        inSegment.set(i, segment.step);
        segment.last = i;
        if (segment.step === 'feedback' || segment.step === 'summary') continue;
      } else if (newMove) {
        segment = null;
      }
      if (commitmentOf(i) && inSegment.get(i) !== 'feedback' && inSegment.get(i) !== 'summary')
        agreementCandidates.push(i);
      continue;
    }
    // A participant: answers the open step, or commits themselves, or gives contact details. A dated promise
    // of their own ("I'll have it tested by Friday") answers no summary or feedback question: it ends that step.
    const c = commitmentOf(i);
    if (
      segment &&
      (segment.step === 'summary' || segment.step === 'feedback') &&
      c?.timed &&
      c.actor === 'first'
    )
      segment = null;
    if (segment && i - segment.last <= 4) {
      add(segment.step, i);
      inSegment.set(i, segment.step);
      segment.last = i;
      segment.checked = true;
    }
    const seg = inSegment.get(i);
    if (c && seg !== 'summary' && seg !== 'feedback' && !takesIn(i)) agreementCandidates.push(i);
    if (f.contact && seg !== 'contact' && steps.contact.present === false && /\d|@/.test(f.t))
      add('contact', i);
  }

  // Thanks that follow the answer to the feedback question ("fijn om te horen, en dank dat u …"): the thanks
  // step, though it thanks for the answer and not for the conversation.
  for (let i = Math.max(start, n - 1 - THANKS_TAIL); i < n; i++) {
    const f = feats[i]!;
    if (!isLeader(i) || !f.thanks || f.question || thanksAt.includes(i) || SMALL_FAVOUR.test(f.t)) continue;
    if (inSegment.get(i - 1) === 'feedback' || inSegment.get(i) === 'feedback') add('thanks', i);
  }

  // Expectations: the leader tells what happens next, outside the summary and the feedback.
  for (let i = start; i < n; i++) {
    const f = feats[i]!;
    const seg = inSegment.get(i);
    if (!isLeader(i) || seg === 'summary' || seg === 'feedback' || seg === 'thanks') continue;
    if ((f.question && !f.expectationIntro) || f.wrapUp || commitmentOf(i)) continue;
    const past = /\b(?:heb|hebt|heeft|hebben|had|was|waren)\b(?: \w+){0,5} ge\w+\b/.test(f.t);
    const followUp = cue.isFollowUp(f.t);
    if (
      f.expectationIntro ||
      (f.receive && (f.timed || f.document)) ||
      followUp ||
      othersNext(f.t) ||
      (f.timed && !past && !f.farewell)
    ) {
      add('expectations', i);
    }
  }

  // Before the closing only what is clearly an agreement counts: a dated commitment that is no question, or a
  // request that the other side takes on in the next utterance, with a day named by one of them.
  for (let i = bodyFrom; i < start; i++) {
    const f = feats[i]!;
    // Only a dated utterance or a question (a request) can be one: skip the rest cheaply.
    if (!f.timed && !f.question) continue;
    const c = commitmentOf(i);
    if (!c || takesIn(i) || f.wrapUp) continue;
    if (c.request) {
      const next = utterances[i + 1];
      if (!next || next.speaker === utterances[i]!.speaker || !feats[i + 1]) continue;
      // Taken on with a day: the request names one, or the answer does ("Zou jij die willen herschrijven?" — "Ja."
      // is agreed in principle, and is planned later in the closing, if at all).
      const answer = commitmentOf(i + 1);
      if ((c.timed && feats[i + 1]!.acceptance) || (answer?.actor === 'first' && (c.timed || answer.timed)))
        agreementCandidates.push(i);
    } else if (c.timed && !f.question && c.actor === 'first' && bodyPromise(c.text, options.date))
      agreementCandidates.push(i);
  }

  const agreements = readAgreements(utterances, feats, agreementCandidates, speakers, options, language);
  for (const a of agreements) {
    const i = a.line - 1;
    add('agreements', i);
    const reply = i + 1 < n && utterances[i + 1]!.speaker !== utterances[i]!.speaker;
    if (reply && (feats[i + 1]!.acceptance || takesIn(i + 1))) {
      add('agreements', i + 1);
    }
  }
  for (const key of STEP_KEYS) {
    steps[key].lines.sort((a, b) => a - b);
    steps[key].present = steps[key].lines.length > 0;
  }
  return finish(
    transcript,
    options,
    language,
    tipsLanguage,
    leader,
    steps,
    agreements,
    utterances[start]!.line,
    speakersInferred,
  );
}

/** Future markers of a promise: "I'll", "we will", "going to", "ik zal", "we gaan". */
const FUTURE = new Set(["i'll", "we'll", 'will', 'gonna', 'going', 'zal', 'zullen', 'ga', 'gaan', 'gaat']);
/** Time rules that point forward by themselves ("morgen", "over twee weken", "drie dagen na Pasen"). */
const FORWARD_RULES = new Set(['dayWord', 'relativeCount', 'offsetFromDay', 'period', 'range']);
/** Words before a day that make it a deadline, not a habit ("uiterlijk vrijdag", "by Monday"). */
const DEADLINE_WORDS =
  /^(?:uiterlijk|voor|vóór|tegen|binnen|by|before|within|until|tot|volgende|komende|aanstaande|next|this|deze)\b/i;

/**
 * Whether a first-person commitment before the closing is a promise, not a description of how things are
 * ("op maandag doe ik de was") or were: a future marker, or a time that points forward ("morgen", "by Friday").
 */
function bodyPromise(text: string, date: string): boolean {
  const { deadline } = readTime(text, { date, fallback: false });
  if (!deadline) return false;
  const words = cueWords(text).map((w) => w.norm);
  if (words.some((w) => FUTURE.has(w))) return true;
  return FORWARD_RULES.has(deadline.rule ?? '') || DEADLINE_WORDS.test(deadline.phrase);
}

/** Which candidates are agreements (split ones merged), read with the agreement reader. */
/** Refusals as word lists, longest first. */
const REFUSALS = phraseTable(GRAMMAR.refusals);
/** How far into an answer a refusal may start ("honestly, I can't promise that"). */
const REFUSAL_START = 3;

/** Whether an answer (normalised) opens by turning the request down. */
function refuses(t: string): boolean {
  const words = t.split(' ').map((w) => w.replace(/[^\p{L}\p{N}']/gu, ''));
  return phraseWithin(words, 0, REFUSAL_START, REFUSALS) !== null;
}

function readAgreements(
  utterances: Utterance[],
  feats: Features[],
  candidates: number[],
  speakers: string[],
  options: AnalyseTranscriptOptions,
  language: AnalyzerLang,
): TranscriptAgreement[] {
  const unique = [...new Set(candidates)].sort((a, b) => a - b);
  /** Each agreement: its utterance, the words read, the lines it rests on, and its owner when the dialogue shows it. */
  const chosen: { i: number; text: string; lines: number[]; owner?: string }[] = [];
  for (let k = 0; k < unique.length; k++) {
    const i = unique[k]!;
    const u = utterances[i]!;
    const c = feats[i]!.commitment!;
    const next = unique[k + 1];
    const later = next !== undefined ? feats[next]!.commitment! : null;
    // A request turned down ("Can you make sure …?" — "I can't promise that. But I'll …"): no agreement; what
    // the answer offers instead stands on its own line.
    if (c.request && next === i + 1 && utterances[next]!.speaker !== u.speaker && refuses(feats[next]!.t))
      continue;
    // A request answered by the one asked ("Can you …?" — "Yes, I'll do that tomorrow"): one agreement, on the
    // request's line, with the answer's words for the time when the request named none.
    if (
      c.request &&
      later &&
      next === i + 1 &&
      utterances[next]!.speaker !== u.speaker &&
      later.actor === 'first'
    ) {
      // The one who answers takes it on; when only the answer names the day, the agreement is made there.
      const answerer = utterances[next]!.speaker ?? undefined;
      if (!c.timed && later.timed)
        chosen.push({ i: next, text: later.text, lines: [i, next], owner: answerer });
      else
        // The request says what is done; an answer without a day ("Ja, dat zoek ik uit") adds nothing to read.
        chosen.push({ i, text: c.text, lines: [i, next], owner: answerer });
      k++;
      continue;
    }
    if (!c.timed && later && next! - i <= 2 && later.timed) {
      const v = utterances[next!]!;
      const anaphoric =
        v.speaker === u.speaker &&
        /^(?:(?:en|and|dan|then)[,]? )?(?:die|dat|dit|deze|het|it|that|this|those|these)\b/.test(
          feats[next!]!.t,
        );
      const reply = v.speaker !== u.speaker && later.actor === 'first' && c.request;
      // One agreement said in two utterances (what, then when): it is recorded where it is complete.
      if (anaphoric) {
        chosen.push({ i: next!, text: `${c.text} ${later.text}`, lines: [i, next!] });
        k++;
        continue;
      }
      if (reply) continue;
    }
    // Answered in a round of actions: the one who answers owns it, on the call and the answer.
    if (c.speakerOwns) {
      chosen.push({ i, text: c.text, lines: [i - 1, i], owner: u.speaker ?? undefined });
      continue;
    }
    // Several promises in one utterance, each with its own time: as many agreements, all on its line.
    for (const text of c.parts ?? [c.text]) chosen.push({ i, text, lines: [i] });
  }
  return chosen.map(({ i, text, lines, owner }) => {
    const u = utterances[i]!;
    const read = readAgreement(text, {
      date: options.date,
      speaker: u.speaker ?? undefined,
      participants: participantsFor(utterances, feats, i, speakers),
      lang: language,
      hintLang: options.lang ?? language,
    });
    const reading = owner && read.owner !== owner ? withOwner(read, owner) : read;
    return {
      line: u.line,
      speaker: u.speaker,
      text: u.text,
      owner: reading.owner,
      action: reading.action,
      deadline: reading.deadline,
      vagueTerms: reading.vagueTerms,
      smart: reading.smart,
      hints: reading.hints,
      confidence: confidenceOf(reading, lines, utterances, feats),
    };
  });
}

/**
 * How sure a found agreement is: sure when someone at the table does something checkable by a named day;
 * uncertain (with the reasons) when the day, the owner or the action is missing, when a request was only
 * answered with "ja", or when the date itself is wrong. The leader accepts uncertain ones by hand.
 */
function confidenceOf(
  reading: ReturnType<typeof readAgreement>,
  lines: number[],
  utterances: Utterance[],
  feats: Features[],
): AgreementConfidence {
  const reasons: UncertainReason[] = [];
  if (!reading.deadline) reasons.push('no_deadline');
  if (!reading.owner) reasons.push('no_owner');
  if (!reading.smart.specific) reasons.push('vague_action');
  const first = lines[0]!;
  const reply = feats[first + 1];
  if (feats[first]?.commitment?.request && lines.length === 1 && reply?.acceptance && !reading.deadline)
    reasons.push('accepted_only');
  if (reading.hints.some((h) => h.code === 'date_impossible' || h.code === 'weekday_mismatch'))
    reasons.push('date_problem');
  const evidenceLines = [...lines];
  if (feats[first]?.commitment?.request && reply?.acceptance && !evidenceLines.includes(first + 1))
    evidenceLines.push(first + 1);
  return {
    level: reasons.length === 0 ? 'sure' : 'uncertain',
    reasons,
    evidence: {
      lines: evidenceLines.map((k) => utterances[k]!.line),
      time: reading.deadline?.phrase ?? null,
      owner: reading.owner,
    },
  };
}

/**
 * The participants to resolve "u/je/you" against. In a group, an assignment to one unnamed "you" goes to
 * the person who answers it (or who asked for it): the reader then sees the two people of that exchange.
 */
function participantsFor(
  utterances: Utterance[],
  feats: Features[],
  i: number,
  speakers: string[],
): string[] {
  const u = utterances[i]!;
  const f = feats[i]!;
  if (speakers.length <= 2 || !u.speaker || (f.commitment?.actor !== 'second' && !f.commitment?.request))
    return speakers;
  if (/\b(?:jullie|allebei|beiden|everyone|you all|you both|all of you)\b/.test(f.t)) return speakers;
  const names = nameForms(speakers);
  // "Meneer Van Leeuwen, de rapportage ontbreekt nog. Kunt u die …?": the one called at the start is asked, also
  // when the request is a sentence of its own.
  const called = addressesByName(f.t, names);
  if (called) return called === u.speaker ? speakers : [u.speaker, called];
  for (const form of names.keys())
    if (new RegExp(`\\b${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(f.t)) return speakers;
  const next = utterances[i + 1];
  if (next?.speaker && next.speaker !== u.speaker && feats[i + 1]) return [u.speaker, next.speaker];
  const prev = utterances[i - 1];
  if (prev?.speaker && prev.speaker !== u.speaker && feats[i - 1]?.question) return [u.speaker, prev.speaker];
  return speakers;
}

function finish(
  transcript: Transcript,
  options: AnalyseTranscriptOptions,
  language: AnalyzerLang,
  tipsLanguage: AnalyzerLang,
  leader: TranscriptAnalysis['leader'],
  steps: Record<StepKey, StepFinding>,
  agreements: TranscriptAgreement[],
  startLine: number | null,
  speakersInferred: boolean,
): TranscriptAnalysis {
  const closing = { present: startLine !== null, startLine };
  const score = closingScore(closing.present, steps, agreements);
  const cited = new Set<number>();
  for (const key of STEP_KEYS) for (const line of steps[key].lines) cited.add(line);
  // Lines are 1-based positions, so utterance `line` sits at index line - 1.
  const evidence = [...cited]
    .sort((a, b) => a - b)
    .map((line) => transcript.utterances[line - 1]!)
    .filter((u) => u !== undefined)
    .map((u) => ({ line: u.line, speaker: u.speaker, text: u.text }));
  return {
    fileName: transcript.fileName,
    format: transcript.format,
    language,
    tipsLanguage,
    date: options.date,
    utterances: transcript.utterances.length,
    speakers: transcript.speakers,
    speakersInferred,
    leader,
    closing,
    steps,
    agreements,
    score,
    tips: closingTips(closing.present, steps, agreements),
    evidence,
    warnings: transcript.warnings,
  };
}

/** A reading whose owner the dialogue decided (the one who answered a request takes it on). */
function withOwner(
  reading: ReturnType<typeof readAgreement>,
  owner: string,
): ReturnType<typeof readAgreement> {
  return {
    ...reading,
    owner,
    smart: { ...reading.smart, owner: true },
    hints: reading.hints.filter((h) => h.letter !== 'owner'),
  };
}
