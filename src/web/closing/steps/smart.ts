// Reading an agreement sentence as the leader types it; the SMART verdict itself is core's (smartVerdict).
import { readAgreement, type AgreementReading, type AnalyzerLang } from '../../../analyzer/index.ts';
import {
  smartVerdict,
  type Agreement,
  type Conversation,
  type SmartFields,
  type SmartLetterKey,
  type SmartLetterState,
  type SmartOutcome,
  type User,
} from '../../../core/index.ts';
import { dayOfInstant } from '../../lib/dates.ts';

/** Reads the sentence with the conversation's people; the leader is the speaker ("ik" is the leader). */
export function readSentence(
  text: string,
  conversation: Conversation,
  user: User,
  day: string,
  hintLang: AnalyzerLang,
): AgreementReading {
  const leader = conversation.closing.contact.card?.name || user.name;
  return readAgreement(text, {
    date: day,
    speaker: leader,
    participants: [leader, ...conversation.participants.map((p) => p.name)],
    hintLang,
  });
}

/** Matches the reader's owner name to 'leader' or a participant id. */
export function ownerRefFor(name: string | null, conversation: Conversation, user: User): string | null {
  if (!name) return null;
  const wanted = name.trim().toLowerCase();
  const leader = (conversation.closing.contact.card?.name || user.name).toLowerCase();
  const first = (full: string) => full.split(/\s+/)[0] ?? full;
  if (leader === wanted || first(leader) === wanted) return 'leader';
  for (const p of conversation.participants) {
    const candidate = p.name.toLowerCase();
    if (candidate === wanted || first(candidate) === wanted || candidate.startsWith(wanted + ' '))
      return p.id;
  }
  return null;
}

export type Letter = SmartLetterKey;
export type LetterState = SmartLetterState;

/** The reading of an agreement's own sentence (or its action when it has none), as the composer read it. */
export function readingOf(
  agreement: Pick<Agreement, 'sourceText' | 'action'>,
  conversation: Conversation,
  user: User,
  day: string,
  lang: AnalyzerLang,
): AgreementReading | null {
  const sentence = agreement.sourceText.trim() || agreement.action.trim();
  return sentence ? readSentence(sentence, conversation, user, day, lang) : null;
}

/** The verdict of an agreement, saved or being typed: core's smartVerdict with the conversation's people. */
export function verdictOf(
  fields: SmartFields,
  reading: AgreementReading | null,
  conversation: Conversation,
): SmartOutcome {
  return smartVerdict(
    fields,
    reading,
    conversation.participants.map((p) => p.id),
    dayOfInstant(conversation.startsAt),
  );
}
