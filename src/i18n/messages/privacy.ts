import type { Translation } from '../dictionary.ts';

// Texts of privacy by design (issue 12): warnings about special personal data, the access log, retention,
// and a person's data (export, erasure).
export const nl = {
  'privacy.erased.marker': '[verwijderd]',
  'privacy.anonymised.title': 'Geanonimiseerd gesprek',
  'privacy.anonymised.participant': 'Deelnemer {n}',

  'privacy.sensitive.title': 'Bijzondere persoonsgegevens',
  'privacy.sensitive.bsn':
    'Dit lijkt een burgerservicenummer: “{text}”. Een BSN hoort niet in het verslag; het staat al in het dossier.',
  'privacy.sensitive.health':
    'Dit lijkt een gezondheidsgegeven: “{text}”. Schrijft u het alleen op als het nodig is voor de afspraken.',
  'privacy.sensitive.leaveOut': 'Weglaten',
  'privacy.sensitive.leaveOutAll': 'Alles weglaten',
  'privacy.sensitive.leaveOutLabel': '“{text}” weglaten',
  'privacy.sensitive.marker': '[weggelaten]',
  'privacy.sensitive.count': '{count} mogelijk gevoelige gegevens in dit veld.',

  'privacy.access.title': 'Wie heeft dit verslag geopend',
  'privacy.access.intro': 'Elke keer dat iemand dit gesprek opent of exporteert, wordt dat hier bijgehouden.',
  'privacy.access.none': 'Nog niemand heeft dit verslag geopend.',
  'privacy.access.who': 'Wie',
  'privacy.access.when': 'Wanneer',
  'privacy.access.what': 'Wat',
  'privacy.access.unknownUser': 'Verwijderd account',
  'privacy.access.action.conversation.opened': 'Geopend',
  'privacy.access.action.conversation.exported': 'Geëxporteerd (inzageverzoek)',
  'privacy.access.action.report.downloaded': 'Verslag gedownload',

  'privacy.export.title': 'Gegevens van {name}',
  'privacy.export.intro':
    'Dit is alles wat Sluitstuk van {organisation} over deze persoon bewaart, samengesteld op {date}. Namen van andere deelnemers zijn weggelaten.',
  'privacy.export.conversation': 'Gesprek',
  'privacy.export.contact': 'Contactgegevens',
  'privacy.export.consent': 'Toestemming om contactgegevens te bewaren',
  'privacy.export.summary': 'Samenvatting',
  'privacy.export.confirmation': 'Reactie op de samenvatting',
  'privacy.export.agreements': 'Afspraken',
  'privacy.export.expectations': 'Vervolgstappen',
  'privacy.export.questions': 'Vragen en opmerkingen',
  'privacy.export.notes': 'Notities',
  'privacy.export.yes': 'ja',
  'privacy.export.no': 'nee',
  'privacy.export.none': '—',
  'privacy.export.owner.this_person': 'deze persoon',
  'privacy.export.owner.leader': 'de gespreksleider',
  'privacy.export.owner.other': 'een andere deelnemer',
} as const;

export const en: Translation<typeof nl> = {
  'privacy.erased.marker': '[erased]',
  'privacy.anonymised.title': 'Anonymised conversation',
  'privacy.anonymised.participant': 'Participant {n}',

  'privacy.sensitive.title': 'Special personal data',
  'privacy.sensitive.bsn':
    'This looks like a citizen service number (BSN): “{text}”. A BSN does not belong in the record; it is in the file already.',
  'privacy.sensitive.health':
    'This looks like a health detail: “{text}”. Please only write it down when the agreements need it.',
  'privacy.sensitive.leaveOut': 'Leave out',
  'privacy.sensitive.leaveOutAll': 'Leave all out',
  'privacy.sensitive.leaveOutLabel': 'Leave out “{text}”',
  'privacy.sensitive.marker': '[left out]',
  'privacy.sensitive.count': '{count} possibly sensitive details in this field.',

  'privacy.access.title': 'Who opened this record',
  'privacy.access.intro': 'Every time someone opens or exports this conversation, it is kept here.',
  'privacy.access.none': 'Nobody has opened this record yet.',
  'privacy.access.who': 'Who',
  'privacy.access.when': 'When',
  'privacy.access.what': 'What',
  'privacy.access.unknownUser': 'Deleted account',
  'privacy.access.action.conversation.opened': 'Opened',
  'privacy.access.action.conversation.exported': 'Exported (access request)',
  'privacy.access.action.report.downloaded': 'Record downloaded',

  'privacy.export.title': 'Data of {name}',
  'privacy.export.intro':
    "This is everything {organisation}'s Sluitstuk keeps about this person, put together on {date}. Other participants' names are left out.",
  'privacy.export.conversation': 'Conversation',
  'privacy.export.contact': 'Contact details',
  'privacy.export.consent': 'Consent to keep contact details',
  'privacy.export.summary': 'Summary',
  'privacy.export.confirmation': 'Response to the summary',
  'privacy.export.agreements': 'Agreements',
  'privacy.export.expectations': 'Next steps',
  'privacy.export.questions': 'Questions and remarks',
  'privacy.export.notes': 'Notes',
  'privacy.export.yes': 'yes',
  'privacy.export.no': 'no',
  'privacy.export.none': '—',
  'privacy.export.owner.this_person': 'this person',
  'privacy.export.owner.leader': 'the conversation leader',
  'privacy.export.owner.other': 'another participant',
};
