// What a new conversation starts with. Free of zod, because the web app builds the same start for a
// conversation made offline that the server builds for one made online.
import { addTerm } from './calendar.ts';
import type { ConversationType } from './conversation-type.ts';
import type { ContactCard } from './conversation.ts';

/** The question round's target length in minutes until the leader sets another. */
export const DEFAULT_QUESTION_ROUND_MINUTES = 5;

/** The type's next steps with their dates computed from the day of the conversation. */
export function nextStepsFrom(type: Pick<ConversationType, 'nextSteps'>, conversationDay: string) {
  return type.nextSteps.map((step) => ({
    label: step.label,
    date: step.term ? addTerm(conversationDay, step.term) : null,
    note: [step.note, step.legalBasis].filter(Boolean).join(' '),
  }));
}

/** The leader's contact card as a new closing copies it: their profile's, with their name when it has none. */
export function contactCardFor(leader: { name: string; contactCard: ContactCard }): ContactCard {
  return { ...leader.contactCard, name: leader.contactCard.name || leader.name };
}
