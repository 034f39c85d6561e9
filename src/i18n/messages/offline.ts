import type { Translation } from '../dictionary.ts';

// Texts of offline use (issue 12): where saving stands, conflicts between two devices, signing out with
// changes still waiting, the device's storage, and a new version of the app.
export const nl = {
  'error.revision_mismatch':
    'Dit gesprek is intussen op een ander apparaat gewijzigd. Uw wijziging is bewaard en wordt opnieuw vergeleken.',
  'error.precondition_invalid': 'De kop If-Match of Idempotency-Key van dit verzoek is ongeldig.',
};

export const en: Translation<typeof nl> = {
  'error.revision_mismatch':
    'This conversation was changed on another device in the meantime. Your change is kept and compared again.',
  'error.precondition_invalid': 'The If-Match or Idempotency-Key header of this request is invalid.',
};
