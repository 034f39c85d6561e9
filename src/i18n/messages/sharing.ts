import type { Translation } from '../dictionary.ts';

// The leader's screens about sharing the record: "Verslag delen", the share state in the steps and on the
// record, notifications and the mails a leader gets about answers.
export const nl = {
  'sharing.missing.outdated': '{name} bevestigde een eerdere tekst van de samenvatting.',
} as const;

export const en: Translation<typeof nl> = {
  'sharing.missing.outdated': '{name} confirmed an earlier text of the summary.',
};
