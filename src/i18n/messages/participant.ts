import type { Translation } from '../dictionary.ts';

// The participant's pages (server-rendered, reached through a personal link) and the mail that carries the
// link. Plain Dutch (taalniveau B1), 'u'; short sentences, one thing at a time.
export const nl = {
  'participant.title': 'Uw gesprek',
} as const;

export const en: Translation<typeof nl> = {
  'participant.title': 'Your conversation',
};
