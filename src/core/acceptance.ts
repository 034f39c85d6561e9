// What the participants said of an agreement, and the A (acceptable) and R (realistic) of SMART it makes.
// Free of zod, so the web app can use the same rule as the server (core's SMART verdict, smart.ts, asks it).
import type { Agreement } from './conversation.ts';

/** A participant's standing answer to one agreement, from their link or from the leader's tick at the table. */
export interface StandingAnswer {
  state: 'pending' | 'accepted' | 'questioned';
  reason: string;
  source: 'participant' | 'leader' | null;
  version: number | null;
}

/**
 * The answer that stands for a participant: their own answer through the link while the agreement still
 * says what they answered; otherwise the leader's tick at the table ("accepted by"); otherwise pending.
 */
export function standingAnswer(
  agreement: Pick<Agreement, 'acceptedBy' | 'answers'>,
  participantId: string,
): StandingAnswer {
  const own = agreement.answers.find((a) => a.participantId === participantId && a.current);
  if (own) return { state: own.state, reason: own.reason, source: 'participant', version: own.version };
  if (agreement.acceptedBy.includes(participantId))
    return { state: 'accepted', reason: '', source: 'leader', version: null };
  return { state: 'pending', reason: '', source: null, version: null };
}

export type AcceptanceLetter = 'ok' | 'missing' | 'ask';

/**
 * The A and R of SMART from the participants' answers (everyone at the table must find it acceptable): 'ok'
 * when everyone accepted, 'missing' when someone questioned it, 'ask' while answers are still open. Accepting
 * on the link says both (acceptable and achievable); a tick at the table says acceptable, and R stays to ask.
 */
export function acceptanceLetters(
  agreement: Pick<Agreement, 'acceptedBy' | 'answers'>,
  conversation: { participants: readonly { id: string }[] },
): { A: AcceptanceLetter; R: AcceptanceLetter } {
  const people = conversation.participants;
  if (people.length === 0) return { A: 'ok', R: 'ask' };
  const answers = people.map((p) => standingAnswer(agreement, p.id));
  if (answers.some((a) => a.state === 'questioned')) return { A: 'missing', R: 'missing' };
  const A = answers.every((a) => a.state === 'accepted') ? 'ok' : 'ask';
  const R = answers.every((a) => a.state === 'accepted' && a.source === 'participant') ? 'ok' : 'ask';
  return { A, R };
}
