import type { Translation } from '../dictionary.ts';

// Texts of the analyzer's codes: SMART hints, closing tips, why a found agreement is uncertain, why a file is
// no transcript. The analyzer returns codes and parameters; the web app, the CLI and the API say them here.
export const nl = {
  // SMART hints, one per failing letter (analyzer/agreement/hints.ts).
  'analyzer.hint.owner_ambiguous':
    'Niet duidelijk wie van de aanwezigen dit doet. Noem de naam: "Gwendolyn, jij stuurt …".',
  'analyzer.hint.owner_not_participant':
    'De uitvoerder zit niet aan tafel. Spreek af wie van de aanwezigen het regelt of bewaakt: "Ik zorg dat …".',
  'analyzer.hint.owner_missing':
    'Niemand is eigenaar. Zeg wie het doet: "Harm belt de aannemer" in plaats van "er wordt gebeld".',
  'analyzer.hint.action_missing':
    'Er staat geen handeling in. Zeg wat er gebeurt: "stuurt het verslag", "belt de aannemer".',
  'analyzer.hint.action_unverifiable':
    '"{term}" is achteraf niet te controleren. Zeg wat er daarna ligt: "ik bel u vrijdag met de uitkomst" of "ik stuur u een voorstel".',
  'analyzer.hint.action_unclear':
    'Niet duidelijk wat er precies gebeurt. Noem het werkwoord en het ding: "stuurt de offerte voor de traplift".',
  'analyzer.hint.result_unmeasurable':
    'Waaraan ziet iedereen dat het gedaan is? Noem het resultaat: een verstuurde e-mail, een telefoontje, een besluit, een afspraak in de agenda.',
  'analyzer.hint.deadline_vague':
    '"{term}" belooft geen dag. Noem een datum of termijn: "uiterlijk {example}" of "binnen twee weken".',
  'analyzer.hint.deadline_missing':
    'Er is geen termijn genoemd. Spreek af wanneer: "uiterlijk {example}", een weekdag of "binnen twee weken".',
  'analyzer.hint.date_impossible':
    '"{phrase}" bestaat niet in de kalender. Kijk de datum na: welke dag is bedoeld?',
  'analyzer.hint.weekday_mismatch':
    'In "{phrase}" klopt de weekdag niet bij de datum: die datum valt op een {weekday}. Welke dag is bedoeld?',
  'analyzer.weekday.1': 'maandag',
  'analyzer.weekday.2': 'dinsdag',
  'analyzer.weekday.3': 'woensdag',
  'analyzer.weekday.4': 'donderdag',
  'analyzer.weekday.5': 'vrijdag',
  'analyzer.weekday.6': 'zaterdag',
  'analyzer.weekday.7': 'zondag',
  // Closing tips (analyzer/closing/tips.ts).
  'analyzer.tip.no_closing':
    'Er is geen afsluiting gevonden: het gesprek stopt zonder samenvatting, afspraken of afscheid. Neem de laatste vijf minuten om het gesprek in zeven stappen af te ronden.',
  'analyzer.tip.summary':
    'Vat aan het eind in een paar zinnen samen wat er besproken is en vraag iedereen of het klopt ("Klopt dit zo, of mis ik iets?").',
  'analyzer.tip.agreements':
    'Maak van elke oplossing een afspraak: wie doet wat, en wanneer ("Ik stuur u uiterlijk vrijdag het verslag").',
  'analyzer.tip.agreement_deadline':
    'De afspraak op regel {line} heeft geen concrete dag ("{quote}"). Spreek een datum of termijn af, zodat iedereen weet wanneer het klaar is.',
  'analyzer.tip.agreement_owner':
    'Bij de afspraak op regel {line} is niet duidelijk wie hem uitvoert ("{quote}"). Noem de persoon bij naam.',
  'analyzer.tip.expectations':
    'Vertel wat er na het gesprek gebeurt en binnen welke termijn (een brief, een besluit, wie er belt), zodat niemand later teleurgesteld is.',
  'analyzer.tip.questions':
    'Geef iedereen een laatste kans voor vragen of aanvullingen ("Wat wilt u nog vragen of kwijt voordat we stoppen?").',
  'analyzer.tip.contact':
    'Zeg nog eens wie u bent en hoe en wanneer u het best bereikbaar bent, en vraag de contactgegevens van de ander.',
  'analyzer.tip.feedback':
    'Vraag hoe de ander het gesprek heeft ervaren en wat u de volgende keer beter kunt doen; zo leert u als gespreksleider.',
  'analyzer.tip.thanks': 'Sluit af door iedereen te bedanken voor het gesprek en een goede dag te wensen.',
  // How sure the analyzer is of a found agreement (analyzer/closing/confidence.ts).
  'analyzer.confidence.sure': 'zeker',
  'analyzer.confidence.uncertain': 'onzeker',
  'analyzer.confidence.check': 'Controleer deze afspraken voordat u ze overneemt.',
  'analyzer.confidence.waiting': 'Te controleren ({count})',
  'analyzer.confidence.accept': 'Afspraak van regel {line} overnemen',
  'analyzer.uncertain.no_deadline': 'er is geen dag genoemd',
  'analyzer.uncertain.no_owner': 'niet duidelijk wie het doet',
  'analyzer.uncertain.vague_action': 'de handeling is vaag',
  'analyzer.uncertain.accepted_only': 'het is alleen met "ja" aanvaard',
  'analyzer.uncertain.date_problem': 'de datum klopt niet',
  // Why a file is no transcript (analyzer/transcript/types.ts).
  'analyzer.transcript.transcript_empty': 'het bestand is leeg',
  'analyzer.transcript.transcript_binary': 'dit is geen tekstbestand (binaire inhoud)',
  'analyzer.transcript.transcript_truncated':
    'het ondertitelbestand is afgebroken: de laatste cue is onvolledig',
  'analyzer.transcript.transcript_not_vtt': 'geen WebVTT: de kop "WEBVTT" en tijdcodes ontbreken',
  'analyzer.transcript.transcript_no_utterances': 'er staan geen uitspraken in het bestand',
  'analyzer.transcript.transcript_analysis_failed': 'de analyse is mislukt door een interne fout',
  'analyzer.transcript.detail.no_timings': 'geen enkele tijdcode gevonden',
  // The person typing in `sluitstuk agreement`, when --speaker is not given.
  'analyzer.speaker.self': 'ik (wie dit typt)',
} as const;

export const en: Translation<typeof nl> = {
  'analyzer.hint.owner_ambiguous':
    'Unclear which of the participants does this. Name them: "Gwendolyn, you send …".',
  'analyzer.hint.owner_not_participant':
    'The one who acts is not in the conversation. Agree who present will arrange or chase it: "I will make sure …".',
  'analyzer.hint.owner_missing':
    'Nobody owns this. Say who does it: "Harm calls the contractor" rather than "it will be looked at".',
  'analyzer.hint.action_missing':
    'There is no action in it. Say what happens: "sends the minutes", "calls the contractor".',
  'analyzer.hint.action_unverifiable':
    '"{term}" cannot be checked afterwards. Say what will exist then: "I will call you on Friday with the outcome" or "I will send you a proposal".',
  'analyzer.hint.action_unclear':
    'Unclear what exactly happens. Name the verb and the thing: "sends the quote for the stairlift".',
  'analyzer.hint.result_unmeasurable':
    'How will everyone know it is done? Name the result: an email sent, a call made, a decision, a meeting in the calendar.',
  'analyzer.hint.deadline_vague':
    '"{term}" promises no day. Name a date or term: "by {example}" or "within two weeks".',
  'analyzer.hint.deadline_missing':
    'No term was named. Agree when: "by {example}", a weekday or "within two weeks".',
  'analyzer.hint.date_impossible': '"{phrase}" is not in the calendar. Check the date: which day is meant?',
  'analyzer.hint.weekday_mismatch':
    'In "{phrase}" the weekday does not fit the date: that date is a {weekday}. Which day is meant?',
  'analyzer.weekday.1': 'Monday',
  'analyzer.weekday.2': 'Tuesday',
  'analyzer.weekday.3': 'Wednesday',
  'analyzer.weekday.4': 'Thursday',
  'analyzer.weekday.5': 'Friday',
  'analyzer.weekday.6': 'Saturday',
  'analyzer.weekday.7': 'Sunday',
  'analyzer.tip.no_closing':
    'No closing was found: the conversation stops without a summary, agreements or goodbye. Take the last five minutes to close it in seven steps.',
  'analyzer.tip.summary':
    'At the end, sum up in a few sentences what was discussed and check with everyone that it is right ("Is that right, or did I miss something?").',
  'analyzer.tip.agreements':
    'Turn every solution into an agreement: who does what, and by when ("I will send you the notes by Friday").',
  'analyzer.tip.agreement_deadline':
    'The agreement on line {line} has no concrete day ("{quote}"). Agree on a date or term so everyone knows when it is done.',
  'analyzer.tip.agreement_owner':
    'The agreement on line {line} does not say who does it ("{quote}"). Name the person.',
  'analyzer.tip.expectations':
    'Explain what happens after the conversation and when (a letter, a decision, who will call), so nobody is disappointed later.',
  'analyzer.tip.questions':
    'Give everyone a last chance for questions or additions ("What else would you like to ask or say before we stop?").',
  'analyzer.tip.contact':
    "Say again who you are and how and when you are best reached, and ask for the other person's contact details.",
  'analyzer.tip.feedback':
    'Ask how the others experienced the conversation and what you could do better next time; that is how you improve as a leader.',
  'analyzer.tip.thanks': 'Close by thanking everyone for the conversation and wishing them a good day.',
  'analyzer.confidence.sure': 'sure',
  'analyzer.confidence.uncertain': 'uncertain',
  'analyzer.confidence.check': 'Check these agreements before you accept them.',
  'analyzer.confidence.waiting': 'To check ({count})',
  'analyzer.confidence.accept': 'Accept the agreement of line {line}',
  'analyzer.uncertain.no_deadline': 'no day was named',
  'analyzer.uncertain.no_owner': 'unclear who does it',
  'analyzer.uncertain.vague_action': 'the action is vague',
  'analyzer.uncertain.accepted_only': 'it was only accepted with a "yes"',
  'analyzer.uncertain.date_problem': 'the date is wrong',
  'analyzer.transcript.transcript_empty': 'the file is empty',
  'analyzer.transcript.transcript_binary': 'this is not a text file (binary content)',
  'analyzer.transcript.transcript_truncated': 'the subtitle file is cut off: the last cue is incomplete',
  'analyzer.transcript.transcript_not_vtt': 'not WebVTT: the "WEBVTT" header and timings are missing',
  'analyzer.transcript.transcript_no_utterances': 'the file contains no utterances',
  'analyzer.transcript.transcript_analysis_failed': 'the analysis failed with an internal error',
  'analyzer.transcript.detail.no_timings': 'no timing line found',
  'analyzer.speaker.self': 'me (who is typing)',
};
