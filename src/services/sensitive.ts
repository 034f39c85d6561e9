// The warnings about special personal data (BSN, health details) in every free-text field of a conversation,
// from the same analyzer function the web app runs while the leader types.
import { findSensitive } from '../analyzer/index.ts';
import type { Conversation, SensitiveField } from '../core/index.ts';

/** Every free-text field of a conversation with its path: the summary, agreements, questions and notes. */
export function freeTextFields(conversation: Conversation): [string, string][] {
  const c = conversation.closing;
  const fields: [string, string][] = [['closing.summary.text', c.summary.text]];
  for (const confirmation of c.summary.confirmations)
    fields.push([
      `closing.summary.confirmations.${confirmation.participantId}.correction`,
      confirmation.correction,
    ]);
  for (const a of c.agreements) {
    fields.push([`closing.agreements.${a.id}.sourceText`, a.sourceText]);
    fields.push([`closing.agreements.${a.id}.action`, a.action]);
    fields.push([`closing.agreements.${a.id}.measure`, a.measure]);
    a.history.forEach((h, i) => fields.push([`closing.agreements.${a.id}.history.${i}.note`, h.note]));
  }
  for (const e of c.expectations) fields.push([`closing.expectations.${e.id}.note`, e.note]);
  for (const q of c.questions) {
    fields.push([`closing.questions.${q.id}.text`, q.text]);
    fields.push([`closing.questions.${q.id}.answer`, q.answer]);
  }
  for (const [step, status] of Object.entries(c.steps))
    if (status.skipReason) fields.push([`closing.steps.${step}.skipReason`, status.skipReason]);
  fields.push(['closing.feedback.notes', c.feedback.notes]);
  fields.push(['closing.thanks.closingMessage', c.thanks.closingMessage]);
  return fields;
}

/** The BSNs and health details in a conversation's free text. */
export function sensitiveIn(conversation: Conversation): SensitiveField[] {
  const found: SensitiveField[] = [];
  for (const [field, text] of freeTextFields(conversation)) {
    for (const f of findSensitive(text)) found.push({ field, ...f });
  }
  return found;
}

/** The conversation as the API answers it, with its warnings. */
export function withSensitive<C extends Conversation>(conversation: C): C & { sensitive: SensitiveField[] } {
  return { ...conversation, sensitive: sensitiveIn(conversation) };
}
