// Cue-phrase families for the seven closing steps, Dutch and English, on normalised text (see
// normalize.ts). Each family describes a way people really say it; whether a match counts also depends
// on who speaks and where (analyse.ts).

const r = (parts: string[]): RegExp => new RegExp(parts.join('|'));

/** Pre-closing moves: the leader announces the end ("laten we afronden", "we're almost out of time"). */
const WRAP_UP = r([
  '\\b(?:laten we|we gaan|ik ga|gaan we|zullen we|ga ik|wil ik|dan ronden we|we ronden)(?: het| dit| dan| even| nu| maar| langzaam| zo| het gesprek| het overleg| de vergadering)* (?:afronden|afsluiten|afsluiten\\.|ronden\\b)',
  '\\bvoordat we (?:afronden|afsluiten|gaan afronden|stoppen|ophangen)\\b',
  '\\b(?:bijna|tegen|aan) (?:aan )?het einde?\\b(?! van (?:de|het|mijn|je|zijn|haar) (?!gesprek|overleg|vergadering|avond|bijeenkomst|tijd))',
  '\\bwe (?:zitten|komen|lopen) (?:bijna |al )?(?:aan|tegen|over|op) (?:het einde?|de tijd|tijd)\\b',
  '\\bdat het (?:bijna )?tijd is\\b',
  '\\bhet is (?:bijna )?tijd(?: om (?:af te ronden|af te sluiten|te stoppen|te gaan))?(?:[.!,]|$)',
  '\\bik kijk (?:even )?op de klok\\b',
  '\\bwe hebben nog (?:\\w+ )?minuten?\\b',
  '\\bter afsluiting\\b',
  // "Dan wil ik er een punt achter zetten", "we laten het hierbij", "let's leave it there".
  // ("er" itself is dropped by normalize as an English filler.)
  '\\b(?:wil|willen|gaan|ga|laten|zullen|moeten|mogen) (?:\\w+ ){0,4}punt (?:achter|aan) (?:zetten|te zetten)\\b',
  '\\b(?:zetten|zet) (?:we|ik|jullie) (?:\\w+ ){0,3}(?:een )?punt achter\\s*(?:[.!,]|$)',
  '\\b(?:we laten|laten we|ik laat) het (?:hier|daar)bij\\b',
  "\\b(?:let'?s|we'?ll|i'?ll) (?:leave|stop) it (?:there|here)\\b",
  '\\b(?:dan )?sluit ik (?:de|het|hierbij de|hierbij het) (?:vergadering|gesprek|hoorzitting|overleg|bijeenkomst|zitting|avond)\\b',
  "\\b(?:let'?s|let us|i'?ll|we'?ll|we should|time to|going to) (?:start to |begin to )?(?:wrap|close)(?: this| things| it)? (?:up|out|off)\\b",
  '\\blet me wrap\\b',
  '\\b(?:wrap|wrapping) (?:this |things |it )?up\\b',
  '\\bbefore we (?:wrap|close|finish|go|hang up|end)\\b',
  '\\b(?:almost|nearly|about|running|basically) out of time\\b',
  "\\bwe'?re (?:at|out of|over) time\\b",
  '\\b(?:coming|come|getting) to (?:the|an) end\\b',
  '\\bcoming up on (?:the|our) (?:hour|time)\\b',
  '\\bto (?:close|finish) (?:off|up)\\b',
]);

/** The leader sums up, or asks a participant to ("Kun jij samenvatten?"). */
const SUMMARY_OPEN = r([
  '\\bsamen te vatten\\b',
  '\\bsamenvat\\w*',
  '\\bsamengevat\\b',
  '\\bvat\\w* (?:\\w+ ){0,5}samen\\b',
  '\\b(?:zet|zetten|zette) (?:ik |we |het |alles |even |nog |dat |dit |de zaken |de punten )*op een rij(?:tje)?\\b',
  '\\bop een rij(?:tje)? (?:zetten|te zetten)\\b',
  '\\b(?:wat|waar) (?:we|wij) (?:vandaag|vanavond|vanmiddag|vanochtend|nu|zojuist|net|zo)? ?(?:allemaal )?(?:hebben )?(?:besproken|vastgesteld|gehoord|geconcludeerd)\\b',
  '\\bin (?:je|jouw|uw|jullie|eigen) (?:eigen )?woorden\\b',
  '\\bin your own words\\b',
  "\\bwhat you(?:'re| are) taking away\\b",
  '\\bsum(?:mari[sz]\\w*|mary| up| things up| it up)\\b',
  '\\b(?:to |quick |a quick |let me )?recap\\b',
  "\\bwhere we'?ve landed\\b",
  '\\b(?:so )?where we (?:are|stand)\\s*[:,]',
  "\\bwhat we(?:'ve| have)? (?:discussed|covered|talked about|decided|concluded) (?:today|so far|this (?:morning|afternoon))?",
]);

/** Checking one's understanding: a summary only when it is long or checked ("…, klopt dat?"). */
const SUMMARY_SOFT = r([
  '\\beven kijken of ik (?:het|alles|dat) goed (?:heb|begrepen heb|begrijp)\\b',
  '\\bals ik (?:het|u|je|jullie) goed (?:begrijp|begrepen heb|heb begrepen|samenvat)\\b',
  '\\bif i understand (?:you |this |it )?(?:correctly|right)\\b',
  '\\bso (?:basically|in short)\\b',
]);

/** A check that the summary is right ("Klopt dat?", "Is that a fair summary?"). */
const SUMMARY_CHECK = r([
  '\\bklopt (?:dat|het)(?: zo)?\\b',
  '\\bis dat (?:zo )?(?:juist|correct|duidelijk)\\b',
  '\\bheb ik (?:het|dat|alles) (?:zo )?goed\\b',
  '\\bdoe ik (?:daarmee|hiermee) recht\\b',
  '\\bherkent u zich\\b|\\bherken je je\\b|\\bherkennen jullie\\b',
  '\\bzie (?:jij|je|u) (?:het|dat) ook zo\\b|\\bziet u (?:het|dat) ook zo\\b',
  '\\bzijn (?:we|jullie) het (?:daar|hier|er)?(?:mee|over) eens\\b',
  '\\bmis ik (?:nog )?iets\\b',
  '\\b(?:is|does) (?:that|this) (?:sound )?(?:right|correct|accurate|fair)\\b',
  '\\bfair summary\\b|\\baccurate summary\\b',
  '\\b(?:does )?everyone agree\\b',
  '\\bhave i (?:got|missed) (?:that|anything|it)\\b|\\bdid i (?:get|miss) (?:that|anything)\\b',
  '\\b(?:right|correct)\\?\\s*$',
]);

/** The leader turns to agreements ("Dan de afspraken", "Action items"). */
const AGREEMENT_INTRO = r([
  '\\b(?:dan )?de afspraken\\b',
  '\\b(?:wat|dit) (?:we|wij) (?:hebben )?afgesproken\\b',
  '\\b(?:we spreken|spreken we)(?: dus)?(?: het volgende)? af\\b',
  '\\bactiepunt\\w*',
  '\\b(?:dan )?maken we (?:het|dat|dit) concreet\\b|\\bconcreet maken\\b',
  '\\b(?:dan )?doen we het zo\\b',
  '\\blaten we kijken wat we gaan doen\\b',
  '\\bwie doet wat\\b',
  '\\baction (?:items?|points?)\\b',
  '^(?:\\w+[,.] )?(?:actions|next steps|then,? next steps)[.:]',
  "\\blet'?s make (?:that|this|it) concrete\\b",
  "\\bwhat we(?:'ve| have)? agreed\\b",
  '\\bwho does what\\b',
  '\\bto-?dos?\\b',
]);

/** The leader explains what happens after the conversation. */
const EXPECTATION_INTRO = r([
  '\\b(?:wat|hoe) (?:er )?(?:het )?(?:daarna|hierna|nu|verder|vervolgens|straks) (?:gebeurt|gaat gebeuren|gaat|verder gaat)\\b',
  '\\bhoe (?:het|dit|dat) (?:nu )?(?:verder gaat|verder loopt)\\b',
  '\\bhoe gaat (?:het|dit) (?:nu |straks |daarna )?verder\\b',
  '\\bwat (?:u|je|jullie) (?:verder |nog |daarna )?(?:kunt|kan|mag|moogt) verwachten\\b',
  '\\b(?:de )?verdere (?:procedure|gang van zaken)\\b',
  '\\bwhat happens (?:next|now|after)\\b',
  '\\bnext steps from here\\b',
  '\\bwhat (?:you can|to) expect\\b',
  '\\bthe process from here\\b',
]);

/** Second person receiving something (a letter, a decision, a call): a typical expectation. */
const RECEIVE = r([
  '\\b(?:u|je|jij|jullie|ge|gij|iedereen|allebei|beiden) (?:\\w+ ){0,3}(?:krijgt|krijg|krijgen|ontvangt|ontvang|ontvangen|hoort|horen)\\b',
  '\\b(?:krijgt|ontvangt|hoort|krijg|ontvang) (?:u|je|jij|jullie|iedereen)\\b',
  '\\bwordt (?:er )?(?:een|het|de|u|je)\\b.* (?:genomen|gestuurd|toegestuurd|verstuurd|gemaakt|gepland|besloten|opgestuurd|gebeld|uitgenodigd)\\b',
  "\\byou(?:'ll| will)? (?:\\w+ )?(?:get|receive|hear)\\b",
  "\\byou(?:'ll| will) be (?:sent|invited|notified|contacted|called|emailed)\\b",
  '\\b(?:bezwaar|beroep) (?:maken|aantekenen|indienen)\\b|\\bin beroep\\b|\\b(?:appeal|object) within\\b',
]);

/** Someone else will get in touch ("de leverancier belt u zelf", "a planner will call you"). */
const FOLLOW_UP = r([
  '\\b(?:neemt|nemen|zal|zullen) (?:\\w+ ){0,4}contact (?:met )?(?:u|je|jullie) op\\b',
  '\\b(?:belt|bellen|mailt|mailen|benadert) (?:u|je|jullie) (?:zelf|dan|nog|binnenkort|voor)\\b',
  '\\bkomt (?:\\w+ ){0,4}(?:bij u|bij jullie|bij je) langs\\b|\\bkomt er (?:\\w+ ){0,4}langs\\b',
  '\\bwill (?:call|contact|email|reach out to|get back to|be in touch with) you\\b|\\bwill be in touch\\b',
]);

/**
 * A third party acts after the conversation ("De dokter luistert dan…", "Als je klaar bent, krijgt de
 * officier bericht"): a sequence word or a leading condition, and a subject that is no participant.
 */
const THIRD_PARTY_NEXT = r([
  '^(?:(?:en|dan|daarna|vervolgens)[,]? )?(?:de|het|onze|een|the|our) [a-z-]+(?: [a-z-]+){0,3}? [a-z]+(?:t|en|s)\\b[^,?]*\\b(?:dan|daarna|vervolgens|daarop|nadien|then|afterwards|next)\\b',
  '^(?:(?:en|dan)[,]? )?(?:daarna|vervolgens|daarop|nadien|afterwards|after that|then)[,]? (?:[a-z]+ )(?:de|het|onze|een|the|our) [a-z-]+',
  '^(?:als|zodra|wanneer|nadat|once|when|after) [^,]+, (?:[a-z]+ )(?:de|het|onze|the|our) [a-z-]+',
  '^(?:(?:and|then)[,]? )?(?:the|our) [a-z-]+(?: [a-z-]+){0,2}? (?:will )?(?:then|next|afterwards) [a-z]+',
]);

/** Documents and messages someone is told they will receive. */
const DOCUMENT =
  /\b(?:brief|beschikking|besluit|bericht|mail|e-mail|sms|uitnodiging|bevestiging|verslag|antwoord|reactie|factuur|rekening|overzicht|pakket|link|stemformulier|formulier|advies|letter|email|e-mail|text|text message|invite|invitation|confirmation|decision|update|message|tracking|report|minutes|notice)\b/;

/** The leader offers the question round. */
const QUESTION_ROUND = r([
  '\\b(?:heeft|hebt|heb|hebben|zijn|is|zijn er) (?:er |u |je |jij |jullie |iemand |een van (?:de|u|jullie) \\w*\\s?)?(?:\\w+ ){0,4}(?:nog |verder |op dit moment |nu )(?:\\w+ ){0,3}(?:vragen|vraag|opmerkingen|opmerking|aanvullingen|punten)\\b',
  '^(?:\\w+[,.!]? ){0,2}(?:nog|verder nog|zijn er nog|verder) (?:vragen|opmerkingen)\\b',
  '^(?:\\w+[,.!]? ){0,2}(?:nog |verder |andere )?(?:vragen|opmerkingen)\\?',
  '\\brondvraag\\b',
  '^(?:(?:oke|ok|goed|nou|dan|en|verder|prima|mooi|top)[,.!]? ){0,2}(?:is er |was er |zijn er |heeft u |hebt u |heb je |hebben jullie )?(?:verder |anders |zelf )*nog (?:iets|wat)(?: anders| voor mij| te vragen)?(?:\\?|$)',
  '\\b(?:heeft|hebt|heb|hebben) (?:u|je|jij|jullie) (?:verder |nu |zelf )*nog (?:iets|wat)(?: voor mij| te vragen| anders)?\\s*\\?',
  '\\b(?:iets|dingen|wat)\\b(?: \\w+){0,4} (?:kwijt|toevoegen|aanvullen)\\b',
  '\\b(?:wil|wilt|willen) (?:u|je|jij|jullie|iemand|er iemand) (?:\\w+ ){0,3}(?:iets|wat|dingen) (?:\\w+ ){0,3}(?:kwijt|toevoegen|aanvullen|vragen|zeggen|inbrengen)\\b',
  '\\b(?:dingen|iets|wat) (?:die|dat|wat) (?:u|je|jij|jullie) (?:nog )?(?:wilt|wil|willen) (?:vragen|kwijt)\\b',
  '\\bkan ik (?:u|je|jullie) (?:nog |verder )?(?:ergens|met iets) (?:anders |nog )?(?:mee )?(?:van dienst zijn|helpen)\\b',
  '\\bany (?:other |more |further |last |final )?(?:questions|concerns|comments|thoughts|remarks|points)\\b',
  '\\b(?:do you|does anyone|anyone|do any of you|does anybody) (?:\\w+ )?have (?:any |a )?(?:questions?|concerns|anything)\\b',
  "\\banything (?:else )?(?:you(?:'d| would)? (?:like|want) to|to) (?:ask|add|raise|bring up|mention)\\b",
  '\\bis there anything else (?:i can|you|we)\\b',
  '\\banything else (?:\\w+ ){0,3}(?:to |wants? to |would like to |needs? to )?(?:ask|add|raise|bring up|mention|discuss|cover)\\b',
  '\\b(?:waarmee|waar|ergens) (?:\\w+ ){0,3}(?:ik|we) (?:u|je|jullie) (?:nog )?(?:\\w+ )?(?:mee )?(?:kan|kunnen) (?:helpen|van dienst zijn)\\b',
  '(?:^|[.!?] )(?:\\w+[,.!]? ){0,2}anything else(?:,? (?:anyone|anybody|from anyone|from anybody|from you|at all))?\\?',
  // "Zit je nog ergens mee?", "Loopt u nog ergens mee rond?", "Is er nog iets blijven liggen?"
  '\\b(?:zit|zitten|loop|loopt|lopen) (?:u|je|jij|jullie) (?:\\w+ ){0,2}(?:nog |verder )(?:ergens|met iets|met wat)(?: \\w+){0,2} (?:mee|over)\\b',
  '\\b(?:is|zijn) er (?:nog )?(?:iets|dingen|vragen) (?:blijven )?(?:liggen|hangen|open ?blijven)\\b',
  '^(?:\\w+[,.!?]? ){0,3}(?:any )?(?:more |other |further )?questions\\?',
]);

/** Contact: who the leader is and how to reach them, or asking the other's details. */
const CONTACT = r([
  '\\bbereikbaar\\b',
  "\\b(?:me|mij|ons|mijn collega'?s?) (?:\\w+ ){0,5}(?:bereiken|bellen|mailen|appen|vinden|e-mailen|whatsappen)\\b",
  '\\b(?:bel|belt|mail|mailt|app|appt|bellen|mailen|appen) (?:\\w+ )?(?:me|mij|ons)\\b',
  '\\b(?:bel|mail|app) (?:gerust|gewoon)\\b',
  '\\bweet (?:me|mij|ons) te vinden\\b',
  '\\b(?:mijn|ons) (?:directe |eigen |algemene |mobiele |vaste )?(?:nummer|telefoonnummer|mailadres|e-mailadres|e-mail|email|kaartje|visitekaartje|gegevens|contactgegevens)\\b',
  '\\bhier is mijn\\b|\\bmijn kaartjes\\b',
  '\\b(?:u|je) (?:sprak|sprak hier|spreekt|heeft gesproken|hebt gesproken) met\\b',
  '\\bmijn naam is\\b',
  '\\bwie ik ben\\b',
  '\\b(?:uw|je|jouw|jullie) (?:\\w+ )?(?:telefoonnummer|nummer|e-mailadres|mailadres|emailadres|contactgegevens|gegevens)\\b',
  '\\b(?:telefoonnummer|e-mailadres|mailadres|emailadres|contactgegevens)\\b',
  '\\bhet (?:beste|goede|juiste) nummer\\b',
  '\\bspreekuur\\b',
  // Where to turn to ("voor vragen kunt u terecht bij het secretariaat", "het nummer staat in de brief").
  '\\b(?:kunt|kun|kan|kunnen) (?:u|je|jij|jullie) (?:\\w+ ){0,2}terecht (?:bij|op|via)\\b',
  '\\b(?:het|mijn|ons) (?:\\w+)?nummer (?:staat|vindt u|vind je)\\b|\\b(?:mijn|ons) (?:werk|mobiele |direct)nummer\\b',
  '\\byou can (?:always )?(?:reach|find|contact) (?:me|us)\\b|\\bget in touch with (?:me|us)\\b',
  '\\breach (?:me|us)\\b|\\b(?:call|email|e-mail|ping|message|text|contact|phone) (?:me|us)\\b',
  '\\bmy (?:direct |work |mobile )?(?:line|number|phone number|email(?: address)?|details|card|contact details)\\b',
  '\\bpoint of contact\\b',
  '\\bon slack\\b|\\bon teams\\b',
  '\\bbusiness card\\b',
  '\\b(?:the |your )?best (?:number|email|e-mail|way|person) (?:to|for)\\b',
  '\\byour (?:phone|phone number|number|email|email address|contact details|mobile)\\b',
  "\\bmy name is\\b|\\byou(?:'ve| have)? (?:been )?(?:speaking|talking|spoke) (?:to|with)\\b",
  '\\bcase number\\b|\\breference number\\b|\\bklantnummer\\b|\\bzaaknummer\\b|\\bdossiernummer\\b',
  '[\\w.+-]+@[\\w-]+\\.[\\w.]+',
  '(?:^|\\s)(?:\\+\\d{2}|0)\\d(?:[ -]?\\d){7,10}\\b',
]);

/** The leader asks how the conversation went and what could be better. */
/** What a conversation is called, for feedback questions ("hoe vond u dit gesprek?"). */
const TALK =
  '(?:gesprek|gesprekje|overleg|avond|bijeenkomst|vergadering|sessie|bespreking|hoorzitting|meeting|ochtend|middag|keer|telefoongesprek|bezoek|intake|call|conversation|session|chat|kickoff|kick-off|retro|retrospective|one-on-one|1:1|format|workshop|review|interview|appointment)';

/** The leader asks how the conversation went and what could be better (about this talk, not a film). */
const FEEDBACK_ASK = r([
  `\\bhoe (?:heeft|hebt|heb|hebben) (?:u|je|jij|jullie|ge) (?:het|dit|deze|ons|de|vandaag) (?:\\w+ ){0,2}ervaren\\b`,
  `\\bhoe (?:u|je|jij|jullie) (?:het|dit|deze|ons|de) (?:\\w+ )?${TALK} (?:\\w+ )?(?:ervaren|ervaren hebt|ervaren heeft|vond|vonden|vindt|ervaart)\\b`,
  `\\bhoe (?:vond|vonden|vindt|vind|ervaart|ervaarde|beleefde) (?:u|je|jij|jullie|ge) (?:het|dit|deze|ons|de) (?:\\w+ )?${TALK}\\b`,
  '\\bhoe (?:vond|vonden|vindt|vind|ervaart|ervaarde) (?:u|je|jij|jullie|ge) (?:het|dit|dat)(?:\\s*[?.!]|$| (?:om|gaan|ging|zo|vandaag)\\b)',
  '\\bwat (?:kan|kon|had|zou) ik (?:\\w+ ){0,4}(?:beter|anders)\\b',
  '\\bwat kan (?:er )?(?:de )?volgende keer beter\\b',
  '\\b(?:iets|dingen|wat) (?:wat|dat|die) ik (?:\\w+ ){0,3}(?:anders|beter) (?:kan|had|zou|moet)\\b',
  `\\bwas (?:dit|het) (?:${TALK}|zo) (?:\\w+ )?(?:nuttig|duidelijk|prettig|fijn|oke|ok|goed|helder)\\b`,
  `\\bhoe was (?:dit|het|deze|ons) ${TALK}\\b`,
  `\\bhoe (?:ging|verliep) (?:dit|het|deze|ons) ${TALK}\\b`,
  `\\bhoe (?:dit|het|deze|ons) ${TALK} (?:ging|is gegaan|verliep|was)\\b`,
  `\\bwat (?:vond|vonden|vindt|vind) (?:u|je|jij|jullie) van (?:dit|het|deze|ons) ${TALK}\\b`,
  `\\btevreden (?:over|met) (?:dit|het|deze|ons) (?:${TALK}|contact)\\b`,
  `\\bwhat did you (?:think|make) of (?:this|the|today'?s|our) ${TALK}\\b`,
  '\\bevaluatieformulier\\w*|\\bevaluatie van (?:dit|deze|het)\\b',
  '\\bfeedback (?:op|over) (?:dit|deze|het|mij|vandaag)\\b',
  '\\btips voor mij\\b|\\bheeft u tips\\b|\\bheb je tips\\b|\\bhebben jullie tips\\b',
  `\\bhow did (?:you find|you feel about|you feel) (?:this|the|today|today'?s|our)\\b`,
  `\\bhow did (?:this|the|today'?s|our) (?:\\w+ ){0,2}(?:go|feel|work)\\b`,
  `\\bhow did you feel (?:this|the|it|that) (?:\\w+ )?(?:went|was)\\b`,
  `\\bhow (?:was|were) (?:this|the|today'?s) ${TALK}\\b`,
  `\\bhow (?:this|the|today'?s) ${TALK} (?:went|was|worked|felt)\\b`,
  '\\banything i (?:should|could|can|might) (?:do|have done) (?:differently|better)\\b',
  '\\bwhat could (?:i|we) (?:have )?do(?:ne)? better\\b',
  '\\b(?:any )?feedback (?:on|about) (?:this|the|today|how|me|my)\\b',
  '\\bis (?:the|this) format working\\b',
  // The leader asks about themselves ("how did I do?", "was I clear enough?", "heb ik het duidelijk uitgelegd?").
  '\\bhow did i do\\b|\\bhow am i doing\\b|\\bwas i (?:\\w+ )?(?:clear|helpful|too (?:quick|fast|slow|long))\\b',
  '\\b(?:was|ben) ik (?:\\w+ )?(?:duidelijk|te snel|te vaag|te lang|helder) (?:genoeg|geweest)?',
  `\\bwas (?:this|the|today'?s|that) ${TALK} (?:\\w+ )?(?:okay|ok|alright|all right|helpful|useful|clear)\\b`,
  // Whether it met their expectations ("was dit een beetje wat u verwachtte?", "was this what you expected?").
  '\\b(?:was|is) (?:dit|het|dat) (?:\\w+ ){0,3}(?:wat|waar) (?:u|je|jij|jullie|ge) (?:\\w+ )?(?:verwachtte|verwachtten|verwacht had(?:den)?|had(?:den)? verwacht|hebt verwacht|heeft verwacht|hebben verwacht|op hoopte|op hoopten|op had gehoopt)\\b',
  '\\b(?:was|is) (?:this|it|today) (?:\\w+ ){0,3}what you (?:\\w+ )?(?:expected|were expecting|hoped for|had in mind)\\b',
  '\\b(?:voldeed|voldoet) (?:dit|het) (?:\\w+ ){0,3}aan (?:uw|je|jouw|jullie) verwachting',
  '\\b(?:did|does) (?:this|it|today) (?:\\w+ )?meet your expectations\\b',
]);

/** Utterances that only take in feedback ("Die neem ik mee", "Noted"). */
const FEEDBACK_ACK = r([
  '\\b(?:neem|noteer|onthoud) ik (?:\\w+ )?mee\\b|\\b(?:die|dat) (?:neem|noteer|onthoud|schrijf) ik\\b',
  '\\brekening mee\\b',
  '\\bgoed om te (?:weten|horen)\\b|\\bfijn om te horen\\b|\\bterecht\\b|\\bgoeie\\b|\\bgoede tip\\b',
  '\\b(?:noted|fair point|good shout|good point|point taken|will keep|keep that in mind|good to know|good to hear|glad to hear)\\b',
]);

const THANKS =
  /\b(?:bedank\w*|appreciate|waardeer|dank(?:je|jewel|u|uwel|en|t)?|dankzij(?!\b)|thank(?:s| you)?|cheers|merci)\b/;
const IRONIC_THANKS = r([
  '\\bnou,? (?:\\w+ )?(?:bedankt|dank je|dankjewel) (?:hoor|he|ja)\\b(?! (?:voor|dat))',
  '\\b(?:bedankt|dank je wel|dankjewel) voor (?:niks|niets)\\b',
  '\\bthanks? (?:you )?for nothing\\b',
  '\\bthanks? a (?:lot|bunch),? (?:not|really)\\b',
]);
/** Thanks for the conversation itself or for people's time, not for a cup of coffee. */
const THANKS_OBJECT = r([
  "\\b(?:voor|for) (?:uw|je|jouw|jullie|het|de|dit|this|the|your|all your|today'?s) (?:\\w+ )?(?:tijd|komst|gesprek|openheid|geduld|begrip|inbreng|aandacht|medewerking|deelname|aanwezigheid|vertrouwen|doorgeven|betrokkenheid|bellen|telefoontje|bezoek|gastvrijheid|inzet|eerlijkheid|vragen|input|komen|time|patience|call|calling|understanding|input|help|honesty|openness|attention|participation|energy|meeting|conversation|being here|coming)\\b",
  '\\b(?:allemaal|allen|beiden|allebei|iedereen|everyone|everybody|all|both|guys|team|folks)\\b',
  '\\bdat (?:u|je|jullie|ge) (?:er )?(?:was|waren|bent|hebt|heeft|wilde|wou|kwam|kwamen)\\b',
  '\\bvoor het (?:bellen|gesprek|langskomen)\\b',
]);

/** Wishes and goodbyes that end a conversation. */
const FAREWELL = r([
  '\\b(?:fijne|goede|prettige|mooie|leuke|fijn|goed) (?:dag|avond|middag|ochtend|weekend|dag verder|avond verder|rest van|vakantie|werkdag|kerst|reis)\\w*',
  '\\bnog (?:een )?(?:fijne|goede|prettige|hele fijne|mooie|fijn)\\b',
  '\\b(?:tot ziens|tot straks|tot morgen|tot later|tot volgende (?:week|keer|maand)|tot de volgende|tot gauw|tot snel|tot dan)\\b',
  '\\b(?:doei|daag|doeg|houdoe|ajuus|dag dag|de groeten|groetjes|wel thuis|kom veilig thuis|goedenavond|goedemiddag)\\b',
  '(?:^|[.!,] )dag(?: \\w+){0,3}[.!]?$',
  '\\b(?:bye|goodbye|bye-bye|see you|talk soon|take care|cheers|good night)\\b',
  '\\b(?:have|enjoy) (?:a|the|your) (?:good|great|nice|lovely|wonderful|rest)\\b',
  '\\benjoy the rest\\b',
]);

/** Short replies that accept what was just said ("Doe ik", "Komt goed", "Will do"). */
const ACCEPTANCE = r([
  '^(?:\\w+[,.!]? ){0,3}(?:doet u maar|doe maar|ga je gang|go ahead|doe ik|doen we|komt goed|dat lukt|lukt wel|gaat lukken|dat gaan we doen|is goed|prima|akkoord|afgesproken|top|goed|oke|ok|ja|ja hoor|zeker|sure|will do|happy to|on it|sounds good|works for me|that works|no problem|of course|ok|okay|fine|yes|yep|great|deal)[.!]*$',
]);

/** Whether the normalised text is a pre-closing move. */
export const isWrapUp = (t: string): boolean => WRAP_UP.test(t);
/** Whether the text opens (or asks for) a summary. */
export const isSummaryOpen = (t: string): boolean => SUMMARY_OPEN.test(t);
/** Whether the text checks one's understanding ("als ik het goed begrijp"): a summary if long or checked. */
export const isSummarySoft = (t: string): boolean => SUMMARY_SOFT.test(t);
/** Whether the text checks a summary with the others. */
export const isSummaryCheck = (t: string): boolean => SUMMARY_CHECK.test(t);
/** Whether the text announces the agreements. */
export const isAgreementIntro = (t: string): boolean => AGREEMENT_INTRO.test(t);
/** The text without its announcement of the agreements ("dan de afspraken ik stuur…" → "ik stuur…"). */
export function stripAgreementIntro(t: string): string {
  const match = AGREEMENT_INTRO.exec(t);
  if (!match) return t;
  return (t.slice(0, match.index) + ' ' + t.slice(match.index + match[0].length)).replace(/\s+/g, ' ').trim();
}
/** Whether the text announces what happens next. */
export const isExpectationIntro = (t: string): boolean => EXPECTATION_INTRO.test(t);
/** Whether the text tells someone they will receive something, or about legal remedies. */
export const isReceive = (t: string): boolean => RECEIVE.test(t);
/** Whether the text says someone else will get in touch or come by. */
export const isFollowUp = (t: string): boolean => FOLLOW_UP.test(t);
/** Whether a third party acts next ("De commissie beslist daarna…"). */
export const isThirdPartyNext = (t: string): boolean => THIRD_PARTY_NEXT.test(t);
/** Whether the text names a document or message. */
export const mentionsDocument = (t: string): boolean => DOCUMENT.test(t);
/** Whether the text offers the question round. */
export const isQuestionRound = (t: string): boolean => QUESTION_ROUND.test(t);
/** Whether the text gives or asks contact details. */
export const isContact = (t: string): boolean => CONTACT.test(t);
/** Whether the text asks feedback on the conversation. */
export const isFeedbackAsk = (t: string): boolean => FEEDBACK_ASK.test(t);
/** Whether the text acknowledges feedback. */
export const isFeedbackAck = (t: string): boolean => FEEDBACK_ACK.test(t);
/** Whether the text thanks someone (any thanks, ironic ones excluded). */
export const isThanks = (t: string): boolean => THANKS.test(t) && !IRONIC_THANKS.test(t);
/** Whether the thanks is for the conversation, for people's time, or addressed to everyone. */
export const isThanksForConversation = (t: string): boolean => THANKS_OBJECT.test(t);
/** Whether the text wishes well or says goodbye. */
export const isFarewell = (t: string): boolean => FAREWELL.test(t);
/** Whether the text is a short acceptance. */
export const isAcceptance = (t: string): boolean => ACCEPTANCE.test(t);

const QUESTION_START =
  /^(?:(?:oke|ok|okay|dan|en|nou|so|and|right|well|en dan)[,.]? )?(?:heeft|hebt|heb|hebben|zijn|is|kunt|kun|kan|wilt|wil|mag|moet|klopt|zal|vindt|vind|hoe|wat|waar|wanneer|wie|welke|waarom|do|does|did|are|can|could|would|will|any|anything|how|what|where|when|who|which|have|has|should|shall)\b/;

/** Whether an utterance is a question: a question mark, or an interrogative start (speech-to-text). */
export function isQuestion(original: string, t: string): boolean {
  if (original.includes('?')) return true;
  // Without punctuation (speech-to-text) an interrogative start is the only sign; with it, "?" decides.
  return !/[.!]/.test(original) && QUESTION_START.test(t);
}
