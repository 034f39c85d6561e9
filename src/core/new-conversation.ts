// What a new conversation starts with. Free of zod, because the web app builds the same start for a
// conversation made offline that the server builds for one made online.
import { addTerm, type HolidayRegion } from './calendar.ts';
import type { ContactCard } from './conversation.ts';
import type { ConversationType } from './conversation-type.ts';
import { computeLegalTerm, type LegalTermResult } from './legal-terms.ts';

/** The question round's target length in minutes until the leader sets another. */
export const DEFAULT_QUESTION_ROUND_MINUTES = 5;

/** The leader's contact card as a new closing copies it: their profile's, with their name when it has none. */
export function contactCardFor(leader: { name: string; contactCard: ContactCard }): ContactCard {
  return { ...leader.contactCard, name: leader.contactCard.name || leader.name };
}

/** A next step of a type with its date computed from the day of the conversation. */
export interface ComputedNextStep {
  label: string;
  date: string | null;
  /** The template's own note and its basis (the words of a statutory rule are added by the services). */
  note: string;
  /** For a statutory term: how its last day was found. */
  legal: LegalTermResult | null;
}

/**
 * The type's next steps with their dates, counted from the conversation's day. A statutory term is computed by
 * its rule, with the Algemene termijnenwet; other working-day terms skip the region's public holidays.
 */
export function nextStepsFrom(
  type: Pick<ConversationType, 'nextSteps'>,
  conversationDay: string,
  region: HolidayRegion = 'NL',
): ComputedNextStep[] {
  return type.nextSteps.map((step) => {
    if (step.legal) {
      const legal = computeLegalTerm(step.legal, conversationDay);
      return { label: step.label, date: legal.date, note: step.note, legal };
    }
    return {
      label: step.label,
      date: step.term ? addTerm(conversationDay, step.term, region) : null,
      note: [step.note, step.legalBasis].filter(Boolean).join(' '),
      legal: null,
    };
  });
}
