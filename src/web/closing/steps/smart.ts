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

/**
 * A (acceptable) and R (realistic) from what the participants said: the same rule as core's
 * acceptanceLetters (src/core/sharing.ts; smart.test.ts checks they agree). Written out here because the
 * web app takes only types from core: the leader's tick shows at once, before the server has it.
 */
export function acceptanceOf(
  agreement: Pick<Agreement, 'acceptedBy' | 'answers'>,
  conversation: Pick<Conversation, 'participants'>,
): { A: LetterState; R: LetterState } {
  if (conversation.participants.length === 0) return { A: 'ok', R: 'ask' };
  const answers = conversation.participants.map((p) => {
    const own = agreement.answers.find((a) => a.participantId === p.id && a.current);
    if (own) return { state: own.state, fromLink: true };
    return { state: agreement.acceptedBy.includes(p.id) ? 'accepted' : 'pending', fromLink: false };
  });
  if (answers.some((a) => a.state === 'questioned')) return { A: 'missing', R: 'missing' };
  return {
    A: answers.every((a) => a.state === 'accepted') ? 'ok' : 'missing',
    R: answers.every((a) => a.state === 'accepted' && a.fromLink) ? 'ok' : 'ask',
  };
}

/** The five letters for a saved agreement, from its fields and the participants' answers (A and R). */
export function lettersOf(agreement: Agreement, conversation: Conversation): Record<Letter, LetterState> {
  const { A, R } = acceptanceOf(agreement, conversation);
  return {
    S: agreement.action.trim() && agreement.owner ? 'ok' : 'missing',
    M: agreement.measure.trim() ? 'ok' : 'missing',
    A,
    R,
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
