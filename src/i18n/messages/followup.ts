import type { Translation } from '../dictionary.ts';

// Texts of the follow-up (issue 10): statutory terms in step 3, "Mijn afspraken", reminders and the digest.
export const nl = {
  'legal.from.complaint_received': 'de ontvangst van de klacht',
  'legal.from.decision_announced': 'de bekendmaking van het besluit',
  'legal.from.report_received': 'de ontvangst van de melding',
  'legal.from.application_received': 'de ontvangst van de aanvraag',
  'legal.rule.awb-9:11': 'Afhandeling van een klacht (art. 9:11 Awb)',
  'legal.rule.awb-7:10': 'Beslissing op bezwaar (art. 7:10 Awb)',
  'legal.rule.awb-6:7': 'Termijn om bezwaar te maken (art. 6:7 en 6:8 Awb)',
  'legal.rule.wmo-2.3.2': 'Onderzoek na een melding (art. 2.3.2 Wmo 2015)',
  'legal.rule.wmo-2.3.5': 'Besluit op een aanvraag (art. 2.3.5 Wmo 2015)',
  'legal.variant.standard': 'zonder adviescommissie',
  'legal.variant.committee': 'met een adviescommissie',
  'legal.note.counted': 'Wettelijke termijn ({basis}): {weeks} weken na {event} op {from}.',
  'legal.note.countedCommittee':
    'Wettelijke termijn ({basis}, met een adviescommissie): {weeks} weken na {event} op {from}.',
  'legal.note.afterObjection':
    'Wettelijke termijn ({basis}): {weeks} weken, gerekend vanaf de dag na het einde van de bezwaartermijn ({objectionEnd}); het besluit is bekendgemaakt op {from}.',
  'legal.note.afterObjectionCommittee':
    'Wettelijke termijn ({basis}, met een adviescommissie): {weeks} weken, gerekend vanaf de dag na het einde van de bezwaartermijn ({objectionEnd}); het besluit is bekendgemaakt op {from}.',
  'legal.note.moved':
    'De laatste dag zou {countedEnd} zijn; dat is een zaterdag, zondag of algemeen erkende feestdag, dus loopt de termijn door tot {date} (art. 1 Algemene termijnenwet).',
  'legal.note.notMoved':
    'Valt een laatste dag op een zaterdag, zondag of feestdag, dan loopt de termijn door tot de eerstvolgende werkdag (art. 1 Algemene termijnenwet); hier is dat niet zo.',
  'legal.note.postpone':
    'De termijn mag één keer met ten hoogste {weeks} weken worden verdaagd ({basis}): dan uiterlijk {date}.',
} as const;

export const en: Translation<typeof nl> = {
  'legal.from.complaint_received': 'receipt of the complaint',
  'legal.from.decision_announced': 'the announcement of the decision',
  'legal.from.report_received': 'receipt of the report',
  'legal.from.application_received': 'receipt of the application',
  'legal.rule.awb-9:11': 'Dealing with a complaint (art. 9:11 Awb)',
  'legal.rule.awb-7:10': 'Decision on an objection (art. 7:10 Awb)',
  'legal.rule.awb-6:7': 'Period to object (art. 6:7 and 6:8 Awb)',
  'legal.rule.wmo-2.3.2': 'Investigation after a report (art. 2.3.2 Wmo 2015)',
  'legal.rule.wmo-2.3.5': 'Decision on an application (art. 2.3.5 Wmo 2015)',
  'legal.variant.standard': 'without an advisory committee',
  'legal.variant.committee': 'with an advisory committee',
  'legal.note.counted': 'Statutory term ({basis}): {weeks} weeks after {event} on {from}.',
  'legal.note.countedCommittee':
    'Statutory term ({basis}, with an advisory committee): {weeks} weeks after {event} on {from}.',
  'legal.note.afterObjection':
    'Statutory term ({basis}): {weeks} weeks, counted from the day after the objection period ends ({objectionEnd}); the decision was announced on {from}.',
  'legal.note.afterObjectionCommittee':
    'Statutory term ({basis}, with an advisory committee): {weeks} weeks, counted from the day after the objection period ends ({objectionEnd}); the decision was announced on {from}.',
  'legal.note.moved':
    'The last day would be {countedEnd}; that is a Saturday, Sunday or public holiday, so the term runs on to {date} (art. 1 Algemene termijnenwet).',
  'legal.note.notMoved':
    'When a last day falls on a Saturday, Sunday or public holiday, the term runs on to the next working day (art. 1 Algemene termijnenwet); that is not the case here.',
  'legal.note.postpone':
    'The term may be postponed once by at most {weeks} weeks ({basis}): then {date} at the latest.',
};
