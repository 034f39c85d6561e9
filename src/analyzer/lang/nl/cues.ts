// Closing cues in Dutch as people say it at a kitchen table, a counter or in a meeting, and as speech-to-text
// writes it (lower case, no punctuation), Flemish included (ge/gij, zijt, allee, ne keer). Token-window patterns
// (text/pattern.ts) on folded words; each rule has examples in lang/rules.test.ts.
import type { CueFamily, CueRule } from '../types.ts';

const rules: [CueFamily, string, string][] = [
  // The leader announces the end.
  [
    'wrapUp',
    'afronden',
    '[laten @wij | @wij gaan | ik ga | gaan @wij | zullen @wij | ga ik | wil ik | moeten @wij | @wij moeten] @ronddeel? @ronddeel? @ronddeel? afronden|afsluiten',
  ],
  ['wrapUp', 'ronden-af', '[ronden|sluiten @wij | @wij ronden|sluiten] @ronddeel? @ronddeel? af'],
  ['wrapUp', 'rond-ik-af', '^ ~2 [rond|sluit ik | ik rond|sluit] @ronddeel? @ronddeel? af [{,} | $]'],
  ['wrapUp', 'voordat-we', 'voordat|eer @wij ~1 afronden|afsluiten|stoppen|ophangen|gaan'],
  ['wrapUp', 'einde-van', 'aan|tegen|naar het einde|eind van het|dit|ons|de|deze ~1 @talk|tijd'],
  ['wrapUp', 'bijna-einde', 'bijna|stilaan|langzaamaan aan|tegen het einde|eind !van'],
  ['wrapUp', 'tijd', '@wij zitten|komen|lopen bijna? ~1 aan|tegen|over|op de|het tijd|einde|eind'],
  ['wrapUp', 'tijd-is', 'het is bijna? tijd [om ~2 af te ronden|sluiten|stoppen]? $'],
  ['wrapUp', 'punt-achter', 'punt achter|aan [zetten | te | $]'],
  ['wrapUp', 'hierbij', '@wij|ik laten|laat het hierbij|daarbij'],
  [
    'wrapUp',
    'sluit-vergadering',
    'sluit ik|hierbij? de|het vergadering|gesprek|hoorzitting|overleg|bijeenkomst|zitting|avond',
  ],
  ['wrapUp', 'ter-afsluiting', 'ter|tot afsluiting|afronding|besluit'],
  ['wrapUp', 'allee', '^ allee|awel ~2 @wij ~2 afronden|ronden|afsluiten|stoppen'],
  ['wrapUp', 'tijd-dat', 'dat het ~1 tijd is'],
  // The leader sums up, or asks someone to.
  ['summaryOpen', 'samenvatten', 'samenvat*|samengevat|samenvatting'],
  ['summaryOpen', 'samen-te-vatten', 'samen te vatten'],
  ['summaryOpen', 'vat-samen', 'vat|vatten|vatte ~5 samen'],
  [
    'summaryOpen',
    'op-een-rij',
    '[zet|zetten|zette @rijobj? @rijobj? @rijobj? @rijobj? op een rij|rijtje] | [op een rij|rijtje zetten|te]',
  ],
  ['summaryOpen', 'wat-besproken', 'wat|waar @wij ~3 besproken|vastgesteld|geconcludeerd|doorgenomen'],
  ['summaryOpen', 'eigen-woorden', 'in @your eigen? woorden'],
  [
    'summaryOpen',
    'wat-ik-hoorde',
    'zeggen|herhalen|noemen|opnoemen wat ik ~4 gehoord|begrepen|opgeschreven|genoteerd|opgepikt',
  ],
  ['summarySoft', 'kortom', '^ ~1 [kort gezegd | kortom | in het kort]'],
  ['summarySoft', 'goed-begrepen', 'als ik @you|het goed begrijp|begrepen|hoor'],
  ['summarySoft', 'even-kijken', 'even checken|kijken|nagaan of ik ~2 goed ~1 heb|begrepen|begrijp|hoorde'],
  ['summaryCheck', 'klopt', 'klopt dat|het|dit|alles zo?'],
  ['summaryCheck', 'is-dat-juist', 'is|zijn dat|dit|het zo? juist|correct [{?} | $]'],
  [
    'summaryCheck',
    'heb-ik-goed',
    'heb ik het|dat|dit|alles zo? goed ~1 begrepen|samengevat|weergegeven|gezegd?',
  ],
  [
    'summaryCheck',
    'herkent',
    '[herkent u | herken je | herkennen jullie] zich|je|jullie|u|jezelf|uzelf? ~1 daarin|hierin|erin|{?}',
  ],
  ['summaryCheck', 'ziet-u-het-zo', 'ziet|zie|zien @you het|dat ook zo'],
  ['summaryCheck', 'eens', 'zijn|bent|ben @you|@wij het ~2 eens {?}'],
  ['summaryCheck', 'mis-ik', 'mis ik ~1 iets|wat'],
  ['summaryCheck', 'vergeet-ik', 'vergeet ik ~1 iets|wat'],
  ['summaryCheck', 'recht', 'doe ik ~2 recht'],
  // The leader turns to agreements.
  ['agreementIntro', 'de-afspraken', '^ ~1 dan? de|onze afspraken'],
  ['agreementIntro', 'afspreken', '@wij spreken ~2 af|afspreken'],
  ['agreementIntro', 'spreken-we-af', 'spreken @wij ~2 af'],
  ['agreementIntro', 'actiepunten', 'actiepunt*|actielijst'],
  ['agreementIntro', 'wie-doet-wat', 'wie doet wat'],
  ['agreementIntro', 'concreet', 'maken @wij het|dat|dit concreet'],
  ['agreementIntro', 'wat-afgesproken', 'wat|dit @wij ~1 hebben? afgesproken'],
  ['agreementIntro', 'dan-doen-we', 'dan doen @wij het zo'],
  // The leader explains what happens next.
  [
    'expectationIntro',
    'wat-gebeurt',
    'wat|hoe er? ~1 daarna|hierna|nu|verder|vervolgens|straks gebeurt|gebeuren|verder|gaat',
  ],
  ['expectationIntro', 'hoe-verder', 'hoe het|dit|dat ~2 verder gaat|loopt|verloopt'],
  ['expectationIntro', 'hoe-gaat-verder', 'hoe gaat het|dit ~2 verder'],
  ['expectationIntro', 'kunt-verwachten', 'wat @you ~2 kunt|kan|mag|moogt ~1 verwachten'],
  ['expectationIntro', 'procedure', '[verdere procedure|stappen|gang] | vervolgstappen|vervolgprocedure'],
  ['expectationIntro', 'volgende-stap', 'de volgende|eerstvolgende stap|stappen is|zijn'],
  // The other side will receive something.
  [
    'receive',
    'u-krijgt',
    '@you|iedereen|allebei ~3 krijgt|krijg|krijgen|ontvangt|ontvang|ontvangen|hoort|horen',
  ],
  ['receive', 'krijgt-u', 'krijgt|ontvangt|hoort|krijg|ontvang|hoor|krijgen|ontvangen @you|iedereen'],
  [
    'receive',
    'wordt-gestuurd',
    'wordt|worden ~4 gestuurd|toegestuurd|verstuurd|opgestuurd|gemaild|gebeld|uitgenodigd|genomen|gepland|besloten',
  ],
  // A third party that opens the sentence sends or gives the one addressed something ("Het CAK stuurt u een
  // rekening"): "u" is the object there, not an inverted subject.
  [
    'receive',
    'derde-stuurt-u',
    '^ @disc? de|het|een|die|deze _ ~2 stuurt|sturen|mailt|mailen|schrijft|geeft|geven|bezorgt|brengt|belt|bellen @you',
  ],
  // "Dat leest u terug in de brief": where the one addressed will find it, no assignment.
  ['receive', 'terug-lezen', '^ @disc? dat|dit|het|alles ~1 lees|leest|vind|vindt|zie|ziet @you ~3 terug'],
  ['receive', 'bezwaar', 'bezwaar|beroep ~2 maken|aantekenen|indienen|instellen'],
  ['receive', 'in-beroep', 'in beroep gaan?'],
  // Someone else will get in touch.
  ['followUp', 'neemt-contact', 'neemt|nemen|zal|zullen ~4 contact met? @you op|opnemen'],
  [
    'followUp',
    'belt-u',
    'belt|bellen|mailt|mailen|benadert|contacteert @you zelf|dan|nog|binnen|voor|op|terug',
  ],
  ['followUp', 'komt-langs', 'komt ~4 bij @you langs'],
  ['followUp', 'komt-er-langs', 'komt er ~4 langs'],
  // A third party acts next.
  ['thirdPartyNext', 'daarna-de', '^ en|dan? daarna|vervolgens|daarop|nadien ~1 _ de|het|onze|een _'],
  ['thirdPartyNext', 'de-x-dan', '^ en|dan? de|het|onze _ ~2 _ dan|daarna|vervolgens|binnen|uiterlijk'],
  ['thirdPartyNext', 'als-dan-de', '^ als|zodra|wanneer|nadat ~8 {,} _ de|het|onze _'],
  // How long a next step takes.
  ['duration', 'duurt', 'dat|dit|het duurt ~2 meestal|gemiddeld|ongeveer|zo'],
  ['duration', 'duurt-weken', 'duurt|kost ~3 #n|@count dagen|weken|maanden|werkdagen'],
  ['duration', 'termijn', 'wettelijke|vaste? termijn is|van'],
  ['duration', 'reken-op', 'reken|rekent op ~2 #n|@count dag|dagen|week|weken|maand|maanden|werkdagen'],
  ['document', 'document', '@document'],
  // The question round.
  [
    'questionRound',
    'nog-vragen',
    'heeft|hebt|heb|hebben|zijn|zijt|is er|@you|iemand ~4 nog|verder|andere ~3 vragen|vraag|opmerkingen|opmerking|aanvullingen|punten|vraagjes',
  ],
  ['questionRound', 'vragen-kort', '^ @disc? @disc? nog|verder|andere vragen|opmerkingen|vraagjes [{?} | $]'],
  // Speech-to-text writes the compound apart: "dan de rond vraag".
  ['questionRound', 'rondvraag', 'rondvraag | [de|een rond vraag]'],
  ['questionRound', 'nog-iets', '^ ~2 is|was|zijn er? nog iets|wat ~1 anders? {?}'],
  ['questionRound', 'nog-iets-kort', '^ @disc? @disc? nog iets|wat anders? [{?} | $]'],
  ['questionRound', 'heeft-u-nog-iets', 'heeft|hebt|heb|hebben @you ~2 nog iets|wat ~3 {?}'],
  ['questionRound', 'kwijt', 'iets|wat|dingen ~4 kwijt|toevoegen|aanvullen'],
  ['questionRound', 'van-dienst', 'kan|kunnen ik|@wij ~6 [van dienst zijn | helpen] [{?} | $]'],
  [
    'questionRound',
    'iets-vragen',
    'nog|verder iets|dingen|wat ~2 @you ~1 wil|wilt|willen ~2 vragen|weten|kwijt [{?} | $]',
  ],
  ['questionRound', 'dingen-waar', 'nog dingen|iets|zaken waar|waarmee @you ~2 mee? zit|zitten|lopen|loopt'],
  [
    'questionRound',
    'waarmee-helpen',
    'waarmee|ergens|waar ~3 ik|@wij @you ~3 kan|kunnen [helpen | van dienst zijn]',
  ],
  ['questionRound', 'zit-ermee', 'zit|zitten|loop|loopt|lopen @you ~2 nog ~1 ergens|iets ~2 mee'],
  ['questionRound', 'blijven-liggen', 'is|zijn er ~1 iets|dingen|vragen ~1 blijven? liggen|hangen'],
  ['questionRound', 'onduidelijk', 'is er nog? iets ~2 [onduidelijk | niet duidelijk]'],
  ['questionRound', 'nog-vragen-van', '^ @disc? nog|verder vragen van|vanuit ~3 [{?} | $]'],
  ['questionRound', 'alles-duidelijk', '^ @disc? is|was alles ~2 duidelijk ~3 [{?} | $]'],
  ['questionRound', 'iets-voor-u-doen', '^ @disc? is|kan er ~1 nog iets|wat ~4 voor @you ~2 doen|betekenen'],
  // Contact.
  ['contact', 'bereikbaar', 'bereikbaar'],
  ['contact', 'bereiken', 'mij|me|ons ~5 bereiken|bellen|mailen|appen|vinden|whatsappen|contacteren'],
  ['contact', 'bel-me', 'bel|belt|mail|mailt|app|appt|contacteer ~1 mij|me|ons'],
  ['contact', 'bel-gerust', 'bel|mail|app gerust|gewoon'],
  ['contact', 'weet-te-vinden', 'weet ~1 mij|me|ons te vinden'],
  [
    'contact',
    'mijn-nummer',
    'mijn|ons ~1 nummer|telefoonnummer|mailadres|e-mailadres|emailadres|kaartje|visitekaartje|gegevens|contactgegevens',
  ],
  [
    'contact',
    'uw-nummer',
    '@your ~1 telefoonnummer|nummer|mailadres|e-mailadres|emailadres|contactgegevens|gegevens',
  ],
  ['contact', 'naam-is', 'mijn naam is'],
  ['contact', 'spreekuur', 'spreekuur|openingstijden|kantooruren'],
  ['contact', 'terecht', '[@you kunt|kan|kun|kunnen | kunt|kun|kan|kunnen @you] ~3 terecht bij|op|via|in'],
  ['contact', 'nummer-staat', 'nummer staat'],
  // Where the details are: "zijn gegevens staan in de brief", "het mailadres staat onderaan".
  ['contact', 'gegevens-staan', 'gegevens|contactgegevens|telefoonnummer|mailadres|e-mailadres staan|staat'],
  // A number of the office rather than one's own: "bel het algemene nummer", "het storingsnummer".
  [
    'contact',
    'algemeen-nummer',
    '[algemene|centrale nummer|telefoonnummer|mailadres] | storingsnummer|servicenummer|noodnummer|hoofdnummer',
  ],
  // "Als u mij nog nodig heeft, …": how to find the leader later.
  ['contact', 'mij-nodig', 'als @you ~1 mij|me|ons ~2 nodig'],
  ['contact', 'klantnummer', 'klantnummer|zaaknummer|dossiernummer|referentienummer|kenmerk'],
  ['contact', 'gesproken-met', '@you sprak|spreekt|hebt|heeft gesproken? met'],
  // Feedback on the conversation.
  ['feedbackAsk', 'hoe-vond', 'hoe vond|vondt|vindt|vind|vonden|ervaart|ervoer|beleefde @you ~2 @talk'],
  [
    'feedbackAsk',
    'hoe-vond-hulp',
    'hoe vond|vondt|vindt|vonden|ervaart|ervoer|ervaren|beleefde @you ~3 hulp|uitleg|ondersteuning|begeleiding|ontvangst|behandeling|aanpak|manier|samenwerking',
  ],
  [
    'feedbackAsk',
    'iets-aan',
    '@have @you ~2 iets|wat|genoeg aan dit|deze|dat|ons|het|onze|mijn ~1 @talk|gesprekken|overleggen|uitleg|hulp',
  ],
  [
    'feedbackAsk',
    'hoe-vond-dit',
    'hoe vond|vondt|vindt|vind|vonden @you het|dit|dat ~1 [{?} | $ | om|zo|vandaag|eigenlijk]',
  ],
  ['feedbackAsk', 'ervaren', 'hoe @have @you ~4 ervaren'],
  ['feedbackAsk', 'hoe-was-voor', 'hoe was|is|ging|verliep dit|het|deze|dat|ons ~3 voor @you'],
  ['feedbackAsk', 'hoe-ging', 'hoe ging|verliep|was dit|het|deze|ons ~1 @talk'],
  [
    'feedbackAsk',
    'iets-aan-gehad',
    '@have @you ~1 er|hier|daar|hieraan|daaraan|dit ~3 iets|wat|veel ~1 aan gehad',
  ],
  ['feedbackAsk', 'geholpen', 'bent|ben|zijt|zijn @you ~2 geholpen ~1 [{?} | $]'],
  ['feedbackAsk', 'werkt-voor', 'werkt|werken|bevalt|bevallen ~1 dit|dat|het|deze ~4 voor @you'],
  [
    'feedbackAsk',
    'nuttig',
    'was|is dit|het ~3 nuttig|zinvol|helpend|bruikbaar|waardevol|fijn|prettig ~2 voor @you',
  ],
  ['feedbackAnnounce', 'survey', '@survey'],
  // A general survey counts when it comes after the conversation ("u krijgt straks een korte enquête").
  [
    'feedbackAnnounce',
    'survey-komt',
    'krijgt|krijg|ontvangt|ontvang|sturen|stuur|mailen ~5 @surveyAny|[na afloop ~4 @surveyAny]',
  ],
  [
    'feedbackAnnounce',
    'vraag-hoe',
    'sms|sms-je|sms-bericht|mail|mailtje|e-mail|berichtje|bericht|vragenlijst*|vraag|vragen|vraagje|vraagjes ~6 hoe @you ~4 vond|vindt|vonden|ervaren|ervoer|beleefde|ging|was',
  ],
  [
    'feedbackAnnounce',
    'graag-weten',
    'ik|wij|we ~2 graag|benieuwd ~2 weten|horen? hoe @you ~4 vond|vindt|vonden|ervaren|ervoer|ging|beleefde|was',
  ],
  [
    'feedbackAsk',
    'survey-hoe',
    "sms|sms'je|mail|mailtje|vraag|vragen|vragenlijst ~6 hoe @you ~4 geholpen|vond|ervaren|ervaart|gesprek",
  ],
  ['feedbackAsk', 'beter-doen', 'wat kan|kon|had|zou ik ~4 beter|anders'],
  ['feedbackAsk', 'volgende-keer-beter', 'wat kan ~2 volgende keer beter'],
  ['feedbackAsk', 'tips', 'tips|tip|feedback voor|over|op mij|dit|deze|vandaag'],
  ['feedbackAsk', 'heeft-tips', '@have @you ~2 tips|feedback'],
  ['feedbackAsk', 'gevoel-gehoord', 'gevoel dat @you ~6 gehoord|verhaal|kwijt|begrepen'],
  ['feedbackAsk', 'heb-ik-gebracht', 'heb ik ~6 gebracht|uitgelegd|verteld {?}'],
  [
    'feedbackAsk',
    'ben-ik-duidelijk',
    'was|ben ik ~1 duidelijk|helder|te|genoeg ~1 snel|vaag|lang|gegaan|duidelijk|genoeg|geweest?',
  ],
  [
    'feedbackAsk',
    'verwachtte',
    'was|is dit|het|dat ~3 wat|waar @you ~1 verwachtte|verwachtten|verwacht|hoopte|op',
  ],
  ['feedbackAsk', 'tevreden', 'tevreden over|met dit|het|deze|ons|de @talk|hulp|contact'],
  ['feedbackAsk', 'wat-vond-van', 'wat vond|vonden|vindt|vind|vinden @you van dit|het|deze|ons ~1 @talk'],
  ['feedbackAsk', 'voldeed', 'voldeed|voldoet|beantwoordde|beantwoordt ~4 aan @your verwachting*'],
  // How the other found the help, in their own words ("had u er iets aan?", "was dit wat u zocht?").
  ['feedbackAsk', 'er-iets-aan', '@have @you er|hier|daar ~3 iets|wat|veel [aan gehad | aan {?} | aan $]'],
  [
    'feedbackAsk',
    'wat-u-zocht',
    'was|is dit|dat|het ~3 wat @you [zocht | verwachtte | hoopte | nodig had] [{?} | $]',
  ],
  ['feedbackAsk', 'bevalt-zo', '^ @disc? bevalt|bevallen het|dit|dat|deze|zo ~2 @you|jullie'],
  ['feedbackAsk', 'hoe-voor-om', 'hoe is|was het voor @you|jou om'],
  [
    'feedbackAnnounce',
    'vragen-over-hoe',
    'vragenlijst*|vragen|vraagjes|sms|mail|mailtje ~3 over hoe ~2 ging|verliep|was|bevallen|beviel',
  ],
  ['feedbackAck', 'neem-mee', 'neem|noteer|onthoud ik ~2 mee'],
  ['feedbackAck', 'die-neem-ik', 'die|dat neem|noteer|onthoud|schrijf ik'],
  ['feedbackAck', 'rekening-mee', 'rekening mee'],
  ['feedbackAck', 'goed-te-horen', 'goed|fijn|mooi|leuk om te weten|horen'],
  ['feedbackAck', 'goede-tip', 'goeie|goede|goed|mooie tip|punt'],
  ['feedbackAck', 'terecht', '^ ~1 terecht'],
  // Thanks.
  ['thanks', 'dank', 'bedank*|dank|dankje|dankjewel|dankuwel|danku|merci|dankwel|waardeer|danken|dankt'],
  ['ironicThanks', 'nou-bedankt', 'nou bedankt|dankjewel|dank hoor|he|ja !voor|dat'],
  ['ironicThanks', 'voor-niks', 'bedankt|dank|dankjewel voor niks|niets'],
  [
    'thanksObject',
    'voor-tijd',
    'voor @your|het|de|dit ~1 tijd|komst|gesprek|openheid|geduld|begrip|inbreng|aandacht|medewerking|deelname|aanwezigheid|vertrouwen|betrokkenheid|telefoontje|bezoek|gastvrijheid|inzet|eerlijkheid|vragen|komen|hulp|eerlijke|input|bellen|tijdje',
  ],
  ['thanksObject', 'allemaal', 'allemaal|allen|beiden|allebei|iedereen'],
  ['thanksObject', 'dat-u-er-was', 'dat @you ~1 er? was|waren|bent|hebt|heeft|wilde|kwam|kwamen|zijt'],
  ['thanksObject', 'voor-het-bellen', 'voor het bellen|gesprek|langskomen'],
  // Wishes and goodbyes.
  [
    'farewell',
    'fijne-dag',
    'fijne|goede|prettige|mooie|leuke|fijn|goed|schone dag|avond|middag|ochtend|weekend|werkdag|vakantie|kerst|reis|verdere|voortzetting|namiddag|voormiddag|rest',
  ],
  ['farewell', 'nog-een-fijne', 'nog een? fijne|goede|prettige|mooie|fijn|schone'],
  ['farewell', 'tot-ziens', 'tot ziens|straks|later|gauw|snel|kijk|binnenkort|zo'],
  ['farewell', 'tot-volgende', 'tot de? volgende keer|week|maand|afspraak|gesprek|@weekday'],
  ['farewell', 'tot-dan', 'tot dan|morgen $'],
  ['farewell', 'doei', 'doei|daag|doeg|houdoe|ajuus|groetjes|goedenavond|goedemiddag|salu|salut|dada|daaag'],
  ['farewell', 'de-groeten', 'de groeten'],
  ['farewell', 'wel-thuis', 'wel|veilig thuis'],
  ['farewell', 'dag-alleen', '^ ~1 dag !begint|is|was|later|na|voor ~3 $'],
  [
    'farewell',
    'het-beste',
    '^ ~1 [het beste | het allerbeste] $ | [veel sterkte | veel succes | beste wensen]',
  ],
  // Short acceptances.
  [
    'acceptance',
    'doe-ik',
    "^ ~3 [doet u maar | doe maar | ga je gang | doe ik | doen we | komt goed | komt in orde | dat lukt | lukt wel | gaat lukken | is goed | da's goed | dat is goed | in orde | akkoord | afgesproken | prima | top | goed | oke | ok | ja | jazeker | zeker | natuurlijk | uiteraard | geen probleem | zal ik doen | komt voor elkaar | regel ik | ik doe het | dat doe ik | doen wij] hoor|he|dan|wel|zeker? $",
  ],
  // An interrogative start: a question even without a question mark.
  [
    'questionStart',
    'vraagwoord',
    '^ oke|ok|dan|en|nou|allee? heeft|hebt|heb|hebben|zijn|zijt|is|kunt|kun|kan|wilt|wil|mag|moet|klopt|zal|vindt|vind|hoe|wat|waar|wanneer|wie|welke|waarom|weet|snapt|begrijpt|bent|ben',
  ],
  // Remarks about the meeting itself: no promise.
  ['meetingRemark', 'nog-minuten', '@wij hebben|zitten nog ~2 minuten|minuutjes|kwartier|tijd|half'],
  ['meetingRemark', 'kijk-klok', 'ik kijk|zie ~2 op|naar de klok'],
  [
    'meetingRemark',
    'beginnen-met',
    '[laten @wij ~1 met ~4 beginnen|starten|aftrappen | laten @wij beginnen|starten met | ^ @disc? @wij beginnen|starten met]',
  ],
  ['meetingRemark', 'tijd-gaat', 'de tijd gaat|vliegt|loopt'],
  // Reassurances: no promise either.
  ['reassurance', 'geen-zorgen', 'geen|niet ~1 zorgen|zorg [~2 maken|over | $]'],
  ['reassurance', 'hoeft-niet', '@you hoeft|hoeven ~3 niks|niets|geen|niet ~3 te|zorgen'],
];

/** The Dutch closing cues. */
export const cues: CueRule[] = rules.map(([family, name, pattern]) => ({
  id: `nl.${family}.${name}`,
  family,
  pattern,
}));
