import type { Translation } from '../dictionary.ts';

// The leader's screens about sharing the record: "Verslag delen", the share state in the steps and on the
// record, notifications and the mails a leader gets about answers.
export const nl = {
  'sharing.missing.outdated': '{name} bevestigde een eerdere tekst van de samenvatting.',
  'sharing.notice.subject': 'Reactie op het verslag: {title}',
  'sharing.notice.intro': 'Er is gereageerd op het verslag van "{title}":',
  'sharing.notice.open': 'Bekijk de reacties in Sluitstuk',
  'sharing.notice.anonymous': 'Iemand (zonder naam)',
  'sharing.notice.summary_corrected': '{name} wil iets aanvullen of verbeteren in de samenvatting.',
  'sharing.notice.agreement_questioned': '{name} vindt een afspraak niet haalbaar of niet aanvaardbaar.',
  'sharing.notice.agreement_done': '{name} heeft een afspraak gedaan.',
  'sharing.notice.feedback_given': '{name} heeft feedback gegeven.',
  'sharing.notice.delivery_failed': 'De mail aan {name} kon niet worden bezorgd.',
} as const;

export const en: Translation<typeof nl> = {
  'sharing.missing.outdated': '{name} confirmed an earlier text of the summary.',
  'sharing.notice.subject': 'Response to the record: {title}',
  'sharing.notice.intro': 'There are responses to the record of "{title}":',
  'sharing.notice.open': 'See the responses in Sluitstuk',
  'sharing.notice.anonymous': 'Someone (without a name)',
  'sharing.notice.summary_corrected': '{name} wants to add or correct something in the summary.',
  'sharing.notice.agreement_questioned': '{name} finds an agreement not achievable or not acceptable.',
  'sharing.notice.agreement_done': '{name} has done an agreement.',
  'sharing.notice.feedback_given': '{name} gave feedback.',
  'sharing.notice.delivery_failed': 'The mail to {name} could not be delivered.',
};
