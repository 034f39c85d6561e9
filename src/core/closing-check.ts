// What is still missing before a conversation is closed: shown to the leader, who may finish anyway.
import type { Conversation } from './conversation.ts';
import { STEP_KEYS, type StepKey } from './steps.ts';

export type MissingItem =
  | { code: 'step_open'; step: StepKey }
  | { code: 'step_skipped'; step: StepKey; reason: string }
  | { code: 'agreement_without_owner'; agreementId: string }
  | { code: 'agreement_without_deadline'; agreementId: string }
  | { code: 'agreement_without_action'; agreementId: string }
  | { code: 'summary_unconfirmed'; participantId: string }
  /** A question marked "vervolg" that has not become an agreement (step 4 turns follow-ups into agreements). */
  | { code: 'question_without_agreement'; questionId: string }
  /** The participant confirmed (or corrected) an earlier text of the summary; the text changed since. */
  | { code: 'summary_outdated'; participantId: string };

/** Lists everything that a careful closing would still do, in the order of the steps. */
export function missingForClosing(
  conversation: Pick<Conversation, 'closing' | 'participants'>,
): MissingItem[] {
  const missing: MissingItem[] = [];
  const { closing } = conversation;
  for (const step of STEP_KEYS) {
    const status = closing.steps[step];
    if (status.state === 'open') missing.push({ code: 'step_open', step });
    if (status.state === 'skipped')
      missing.push({ code: 'step_skipped', step, reason: status.skipReason ?? '' });
    if (step === 'summary' && status.state !== 'skipped') {
      for (const confirmation of closing.summary.confirmations) {
        if (confirmation.state === 'pending') {
          missing.push({ code: 'summary_unconfirmed', participantId: confirmation.participantId });
        } else if (!confirmation.current) {
          missing.push({ code: 'summary_outdated', participantId: confirmation.participantId });
        }
      }
    }
    if (step === 'questions') {
      for (const question of closing.questions) {
        const followed =
          question.agreementId && closing.agreements.some((a) => a.id === question.agreementId);
        if (question.state === 'follow_up' && !followed)
          missing.push({ code: 'question_without_agreement', questionId: question.id });
      }
    }
    if (step === 'agreements') {
      for (const agreement of closing.agreements) {
        if (agreement.status === 'cancelled') continue;
        if (!agreement.action) missing.push({ code: 'agreement_without_action', agreementId: agreement.id });
        if (!agreement.owner) missing.push({ code: 'agreement_without_owner', agreementId: agreement.id });
        if (!agreement.deadline)
          missing.push({ code: 'agreement_without_deadline', agreementId: agreement.id });
      }
    }
  }
  return missing;
}
