// Reading an agreement sentence as the leader types it, and the SMART state of a saved agreement.
import { readAgreement, type AgreementReading, type AnalyzerLang } from '../../../analyzer/index.ts';
import type { Agreement, Conversation, User } from '../../../core/index.ts';

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

export type Letter = 'S' | 'M' | 'A' | 'R' | 'T';
export type LetterState = 'ok' | 'missing' | 'ask';

/** The five letters for a saved agreement, from its fields (A from the participants' ticks). */
export function lettersOf(agreement: Agreement, conversation: Conversation): Record<Letter, LetterState> {
  const everyone = conversation.participants.every((p) => agreement.acceptedBy.includes(p.id));
  return {
    S: agreement.action.trim() && agreement.owner ? 'ok' : 'missing',
    M: agreement.measure.trim() ? 'ok' : 'missing',
    A: everyone ? 'ok' : 'missing',
    R: 'ask',
    T: agreement.deadline ? 'ok' : 'missing',
  };
}

/** The five letters for a sentence being typed, from the reader. */
export function lettersOfReading(reading: AgreementReading, measure: string): Record<Letter, LetterState> {
  return {
    S: reading.smart.specific && reading.smart.owner ? 'ok' : 'missing',
    M: reading.smart.measurable || measure.trim() ? 'ok' : 'missing',
    A: 'ask',
    R: 'ask',
    T: reading.smart.timeBound ? 'ok' : 'missing',
  };
}
