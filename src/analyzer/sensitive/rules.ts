// The detector's rules: each has a stable id, what it is for, and examples of its own that the tests run
// (every `match` example must give a finding of this rule, no `noMatch` example may give one).
import type { SensitiveRule } from './types.ts';

export const SENSITIVE_RULES: readonly SensitiveRule[] = [
  {
    id: 'bsn.elfproef',
    kind: 'bsn',
    description: 'Nine digits that pass the elfproef, also written as 1234.56.782 or 123 456 782.',
    examples: {
      match: [
        'Zijn nummer is 111222333.',
        'Genoteerd: 1112.22.333 voor de aanvraag.',
        'Nummer 111 222 333 staat op de brief.',
        'Her number, 123456782, is on file.',
      ],
      noMatch: [
        'Bel mij op 06 12345678 of 0612345678.',
        'Het dossier 123456789 is dicht.',
        'Een bedrag van € 123456782 is begroot.',
        'Kenmerk AB123456782 op de brief.',
        'Het IBAN is NL91 ABNA 0417 1643 00.',
        'Rekening 123.456.782,00 euro.',
      ],
    },
  },
  {
    id: 'bsn.labelled',
    kind: 'bsn',
    description: 'Eight or nine digits right after a BSN label, also when a typo makes the elfproef fail.',
    examples: {
      match: [
        'BSN: 12345678 (nog controleren).',
        'Het burgerservicenummer is 123456789.',
        'sofinummer 987654321',
      ],
      noMatch: ['Het BSN staat op de pas.', 'BSN volgt later, zaaknummer 12345.'],
    },
  },
  {
    id: 'health.condition',
    kind: 'health',
    description: 'Illnesses and diagnoses: diabetes, cancer, dementia, heart failure, pregnancy.',
    examples: {
      match: [
        'Mevrouw vertelt dat zij suikerziekte heeft.',
        'Meneer is vorig jaar behandeld voor darmkanker.',
        'Her mother has dementia and lives alone.',
        'De diagnose volgt na het onderzoek.',
      ],
      noMatch: ['Hij zat de hele avond te kankeren over de bus.', 'We bellen vrijdag over de traplift.'],
    },
  },
  {
    id: 'health.mental',
    kind: 'health',
    description:
      'Mental health: depression, psychosis, burn-out, suicidal thoughts, autism, mental-health care.',
    examples: {
      match: [
        'Sinds de zomer is hij depressief.',
        'Zij is in behandeling bij de GGZ.',
        'He had a burnout last spring.',
        'De zoon heeft autisme.',
      ],
      noMatch: ['De storing aan de lift is verholpen.', 'Het traumateam van het ziekenhuis belt terug.'],
    },
  },
  {
    id: 'health.medication',
    kind: 'health',
    description: 'Medicines and their use: insulin, antidepressants, methadone, sleeping pills.',
    examples: {
      match: [
        'Zij spuit zelf insuline.',
        'De medicatie wordt door de apotheek gebracht.',
        'He takes sleeping pills.',
      ],
      noMatch: ['De chemokar komt op dinsdag.', 'We sturen de brief op maandag.'],
    },
  },
  {
    id: 'health.treatment',
    kind: 'health',
    description:
      'Treatment and care: hospital admission, dialysis, rehabilitation, specialists, home nursing.',
    examples: {
      match: [
        'Meneer gaat drie keer per week naar de dialyse.',
        'Na de revalidatie komt zij thuis.',
        'He was hospitalised in May.',
      ],
      noMatch: ['De wijkagent komt langs.', 'Het behandelen van de klacht duurt zes weken.'],
    },
  },
  {
    id: 'health.addiction',
    kind: 'health',
    description: 'Addiction and its treatment: alcohol, drugs, gambling, withdrawal.',
    examples: {
      match: [
        'Hij is al jaren verslaafd.',
        'Er speelt een alcoholprobleem in het gezin.',
        'She is a recovering addict.',
      ],
      noMatch: ['Het verslag volgt per post.', 'De alcoholvrije bar is open.'],
    },
  },
  {
    id: 'health.disability',
    kind: 'health',
    description: 'Disabilities and impairments: intellectual disability, brain injury, wheelchair, deafness.',
    examples: {
      match: [
        'Zijn broer heeft een verstandelijke beperking.',
        'Mevrouw zit sinds maart in een rolstoel.',
        'He is hard of hearing.',
      ],
      noMatch: ['De beperking van de parkeertijd geldt tot zes uur.', 'Het rolluik is kapot.'],
    },
  },
];
