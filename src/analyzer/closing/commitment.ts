// Is an utterance a commitment (someone will do something), as opposed to an expectation (what others
// will do, what you will receive), an option ("u kunt mij bellen"), a condition ("als…, dan belt u"),
// an acknowledgement ("die neem ik mee") or the past? Decided per sentence, on normalised text.
import {
  isAcceptance,
  isAgreementIntro,
  stripAgreementIntro,
  isContact,
  isFeedbackAck,
  isMeetingRemark,
  isReassurance,
  isReceive,
  isSummaryOpen,
  isThanks,
  isWrapUp,
} from './cues.ts';
import { GRAMMAR, PACKS, WORD_CLASSES } from '../lang/index.ts';
import { normalize, wordCount } from './normalize.ts';
import { hasTimeExpression } from './time.ts';
import { splitActions } from './actions.ts';

export type Actor = 'first' | 'second' | 'named';

/** Dutch verbs of doing, in the forms used with ik/we/u/je and named people. */
const NL_ACTION = new RegExp(
  // An optional separable prefix: terugsturen, bijhouden, doorgeven, nabellen.
  // Unstressed prefixes too: bekijken, herschrijven, verzenden.
  '\\b(?:terug|door|op|toe|na|in|uit|aan|mee|af|over|voor|rond|bij|vast|klaar|be|her|ver)?(?:' +
    [
      'stuur|stuurt|sturen|verstuur|verstuurt|versturen|opsturen|doorsturen|toesturen',
      'bel|belt|bellen|opbellen|terugbellen|mail|mailt|mailen|app|appt|appen',
      'zet|zetten|regel|regelt|regelen|vraag|vraagt|vragen|maak|maakt|maken|plan|plant|plannen|inplannen',
      'zoek|zoekt|zoeken|uitzoeken|bespreek|bespreekt|bespreken|spreek|spreekt|pas|past|aanpassen',
      'lever|levert|leveren|aanleveren|schrijf|schrijft|schrijven|lees|leest|lezen|doorlezen',
      'teken|tekent|tekenen|onderteken|ondertekent|ondertekenen|vul|vult|invullen',
      'geef|geeft|doorgeven|breng|brengt|brengen|haal|haalt|ophalen|verhoog|verhoogt|verhogen',
      'verlaag|verlaagt|wijzig|wijzigt|controleer|controleert|check|checkt|checken|zorg|zorgt|zorgen',
      'organiseer|organiseert|nodig(?=(?: \\w+){0,5} uit\\b)|nodigt|uitnodigen|meld|meldt|melden|informeer|informeert|informeren',
      'begeleid|begeleidt|begeleiden|volg|volgt|opvolgen|leg|legt|voorleggen|vastleggen|stel|stelt|opstellen',
      'bereid|bereidt|voorbereiden|deel|deelt|delen|verwerk|verwerkt|begin|begint|beginnen|start|starten',
      'reserveer|reserveert|boek|boekt|boeken|bestel|bestelt|bestellen|koop|koopt|kopen|probeer|probeert',
      'overleg|overlegt|overleggen|onderzoek|onderzoekt|onderzoeken|pak|pakt|oppakken|draag|draagt|rond|rondt',
      'verstrek|verstrekt|dien|dient|indienen|print|upload|uploadt|stop|stopt|neem|neemt|doe|doet|houd|houdt|hou',
      'kijk|kijkt|kijken|kom|komt|laat|laten|ga|gaat|gaan|zal|zullen|help|helpt|helpen|verzorg|verzorgt|houden',
      // Verbs of doing that were missing: entering data, talking to someone, putting or bringing things.
      'voer|voert|voeren|invoeren|praat|praten|doen|nemen|inventariseer|inventariseert|inventariseren',
      'verzamel|verzamelt|verzamelen|bewaar|bewaart|bewaren|bezorg|bezorgt|bezorgen|kopieer|kopieert|scan|scant',
      // Answering, paying, sorting, offering: what services and households promise.
      'reageer|reageert|reageren|antwoorden|beantwoorden|betaal|betaalt|betalen|sorteer|sorteert|sorteren',
      'uploaden|annuleer|annuleert|annuleren|verleng|verlengt|verlengen|repareer|repareert|repareren|test|testen',
      'installeer|installeert|installeren|vervang|vervangt|vervangen|verwijder|verwijdert|verwijderen|opzeggen',
      'zit|zitten|zien|aanbieden|bied|biedt|zend|zendt|zenden|uitwerken|afsluiten|bezoeken',
      // Dropping by ("ik loop even bij hem langs", "ik wip morgen aan"): only with their particle (NL_GENERIC).
      'loop|loopt|lopen|wip|wipt|wippen|rijd|rijdt|rijden|spring|springt',
    ].join('|') +
    ')\\b',
);
/** Generic Dutch verbs that only commit with a particle or an auxiliary ("kom … terug", "ga … kijken"). */
const NL_GENERIC =
  /^(?:loop|loopt|lopen|wip|wipt|wippen|rijd|rijdt|rijden|spring|springt|zit|zitten|zien|neem|neemt|nemen|doe|doet|doen|houd|houdt|hou|kijk|kijkt|kijken|kom|komt|laat|laten|ga|gaat|gaan|zal|zullen|help|helpt|helpen|pas|past|stel|stelt|leg|legt|geef|geeft|vraag|vraagt|vragen|spreek|spreekt|begin|begint)$/;
const NL_GENERIC_OK = new RegExp(
  [
    '\\b(?:neem|neemt|nemen)\\b.*\\b(?:contact|over|mee terug|mee naar|op met|door)\\b',
    '\\b(?:kom|komt|komen)\\b.*\\b(?:terug|langs|op terug)\\b',
    // A visit: "ik ga zaterdag langs bij de winkel", "we gaan even langs".
    "\\b(?:ga|gaat|gaan)\\b(?: [\\w']+){0,6} langs\\b",
    "\\b(?:loop|loopt|lopen|wip|wipt|wippen|rijd|rijdt|rijden|spring|springt)\\b(?: [\\w']+){0,6} (?:langs|aan|binnen)\\b",
    "\\b(?:ga|gaat|gaan|zal|zullen)\\b(?: [\\w']+){0,6} [a-z]{2,}(?:en|eren)(?:[.,!?]|$)",
    "\\b(?:ga|gaat|gaan|zal|zullen)\\b(?: \\w+){0,5} kijken\\b|\\bkijk\\w*\\b(?: [\\w']+){0,8} (?:na|of|welke|wat|wanneer)\\b|\\bnakijken\\b",
    '\\b(?:houd|houdt|hou|houden)\\b.*\\b(?:bij|op de hoogte)\\b',
    '\\b(?:laat|laten)\\b.*\\b(?:weten|horen|zien)\\b',
    '\\b(?:doe|doet)\\b(?: \\w+){2,}',
    // A request ends in what is asked ("Wil jij de brieven in een map doen?").
    "^(?:[\\w. ]+, )?(?:en |dan |oke,? )?(?:wilt u|wil je|wil jij|kunt u|kun je|kun jij|zou u|zou je|willen jullie|kunnen jullie)\\b(?: [\\w']+){2,} (?:doen|nemen)\\b",
    '\\b(?:help|helpt|helpen)\\b.*\\bmet\\b',
    '\\b(?:pas|past)\\b.*\\baan\\b',
    '\\b(?:stel|stelt)\\b.*\\b(?:op|voor)\\b',
    '\\b(?:leg|legt)\\b.*\\b(?:voor|vast|uit)\\b',
    '\\b(?:geef|geeft)\\b.*\\b(?:door|aan)\\b',
    '\\b(?:vraag|vraagt|vragen)\\b.*\\b(?:aan|na|op)\\b',
    '\\b(?:spreek|spreekt)\\b.*\\b(?:aan|af|met)\\b',
    '\\b(?:begin|begint)\\b.*\\bmet\\b|\\b(?:begin|begint) (?:\\w+ )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|volgende)',
  ].join('|'),
);

const NL = PACKS.nl.grammar;
const EN = PACKS.en.grammar;
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation of grammar words, longest first (so "kunnen" is tried before "kun"). */
const alt = (...lists: readonly (readonly string[])[]): string =>
  [...new Set(lists.flat())]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
/** Written forms of a first-person subject spoken short ("'k bel", "k bel"): the packs' spoken contractions. */
const NL_FIRST_SHORT = Object.keys(NL.spokenContractions).filter((k) =>
  NL.firstPerson.includes(NL.spokenContractions[k]!),
);
// Who acts, from the Dutch pack: the speaker (ik, we, 'k) and the one addressed (u, jij, je, ge, gij, jullie).
const NL_FIRST = new RegExp(`\\b(?:${alt(NL.firstPerson)})\\b|(?:^|\\s)'?(?:${alt(NL_FIRST_SHORT)})\\b`);
const NL_SECOND_WORDS = alt(NL.secondPerson, NL.secondPlural);
const NL_SECOND = new RegExp(`\\b(?:${NL_SECOND_WORDS})\\b`);
const EN_FIRST =
  /\b(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to|'m gonna| will also|'ll also|'d be happy to)\b|\b(?:i|we)(?:'m| am|'re| are) (?:sending|calling|emailing|putting|setting|writing|sharing|updating|booking|scheduling|arranging|ordering|raising)\b|\blet me (?:check|find out|look into|get back|send|follow up|sort|chase|ask)\b/;
/**
 * A plan in the progressive with a day ahead ("I'm pairing with Tom on it this afternoon", "we're meeting them on
 * Friday"); a bare "today" or "now" is what the speaker is busy with ("Today I'm chasing a flaky test").
 */
const EN_PROGRESSIVE = /\b(?:i|we)(?:'m| am|'re| are) (?:also |just )?[a-z]{3,}ing\b/;
const PRESENT_ONLY = /\b(?:today|now|right now|currently|at the moment|this morning|this week)\b/g;
const EN_SECOND =
  /\byou(?:'ll| will)(?! (?:get|receive|hear|be able|see|find|notice|be sent|be invited|be notified|be contacted|need (?:to )?(?:wait)|miss|like|love|enjoy|want|hate|remember|understand|agree|be fine|be okay|be glad|be happy|be pleased))\b/;
const EN_REQUEST = new RegExp(
  `\\b(?:${alt(EN.requestModals.filter((m) => m !== 'please'))}) you (?:please |just |also |maybe |kindly )?(?!(?:like|hear|repeat|tell|see|say|spell|hold|wait|explain|clarify|describe|give me|read|speak|confirm|remind me|(?:walk|talk|run|take) (?:me|us) through)\\b)[a-z]+`,
);
/** A request form: a request modal before the one addressed ("wilt u", "kun je", "kunnen jullie", "zoudt ge"). */
const NL_ASK = `(?:${alt(NL.requestModals)}) (?:${NL_SECOND_WORDS})`;
const NL_REQUEST = new RegExp(`^(?:[\\w. ]+, )?(?:en |dan |oke,? )?${NL_ASK}\\b`);
/** The start of a request, after "en/dan/and/so" and a name-less opener, for text without punctuation. */
const SPOKEN_REQUEST_START = new RegExp(
  `^(?:(?:en|dan|oke|ok|okay|nou|and|so|then|right)[,]? ){0,2}(?:(?:${alt([...WORD_CLASSES.titles])}) [a-z]+(?: [a-z]+)? )?(?:(?:${alt(EN.requestModals)}) you|${NL_ASK})\\b`,
);
/** "ill" written for "i'll" before a verb-like word, in unpunctuated speech-to-text. */
const SPOKEN_ILL =
  /(?:^|\b(?:so|and|then|okay|ok|yeah|side|also|i think)\s)ill (?:also |just |then )?(?!be\b|have\b|see\b)[a-z]{3,}/;
/** Every grammar word of the packs: a word that is none of these may be a verb. */
const CLOSED_WORDS: ReadonlySet<string> = new Set(
  Object.values(GRAMMAR).flatMap((v) => (v instanceof Set ? [...(v as ReadonlySet<string>)] : [])),
);
/** The joiners before a "well" that stands for "we'll" in unpunctuated speech ("and well send it friday"). */
const WELL_BEFORE: ReadonlySet<string> = new Set([
  ...GRAMMAR.joiners,
  ...GRAMMAR.sequencers,
  'so',
  'then',
  'and',
]);
/**
 * Whether the word at k of an unpunctuated text is "well" written for "we'll": after and/so/then, before a word
 * that is no grammar word of any pack (so a verb, not "well i think", "well done", "well that").
 */
function spokenWell(words: readonly string[], k: number): boolean {
  if (words[k] !== 'well' || !WELL_BEFORE.has(words[k - 1] ?? '')) return false;
  const next = words[k + 1] ?? '';
  return /^[a-z]{3,}$/.test(next) && !next.endsWith('ly') && !CLOSED_WORDS.has(next);
}
const NL_POLITE = /\bals (?:u|je|jij|jullie) (?:dat )?(?:wilt|wil|willen) (?!dat\b)[a-z]+/;

const PAST =
  /\b(?:heb|hebt|heeft|hebben|had|hadden|ben|bent|is|was|waren|zijn)\b(?: [\w']+){0,6} (?:(?:op|door|aan|uit|terug|in|af|mee|na|toe|over|vast|bij|weg)?ge[a-z]{2,}(?:d|t|en)|(?!(?:bereid|bekend|benieuwd|verplicht|bezet|besluit|bericht|bezwaarschrift|verzoekschrift)\b)(?:ver|be|ont|her)[a-z]{2,}(?:d|t))\b|\bgaf aan\b|\bzei\b|\bdeed\b|\bbelde\b|\bstuurde\b|\bmoest\b|\bmoesten\b|\bwilde\b|\bwou\b|\bvorige week\b|\bgisteren\b|\b(?:i|we) (?:called|sent|emailed|did|talked|spoke|had)\b|\blast week\b|\byesterday\b/;
/** What usually happens, from the packs ("meestal", "in de regel", "usually"): a description, no promise. */
const HABITUAL_ADVERB = new RegExp(`\\b(?:${alt(NL.habitual, EN.habitual)})\\b`);
const WEEKDAYS = Object.values(PACKS).flatMap((p) => p.classes.weekday ?? []);
/** A recurring time ("elke avond", "iedere dinsdagochtend", "every morning"). */
const RECURRING_TIME = new RegExp(
  `\\b(?:${alt([...GRAMMAR.distributive])}) (?:${alt([...GRAMMAR.recurringUnits], WEEKDAYS)})`,
);
/** Whether the first clause denies the speaker's action ("… ga ik vandaag niet trekken"), not a correction or a
 * promise not to forget ("ik vergeet het niet"). */
function deniesOwnAction(bare: string): boolean {
  const clause = bare.split(/,\s|\s(?:dat|omdat|want|als|zodat)\s/)[0]!;
  const denial = NEGATED_MAIN.exec(clause);
  if (!denial || /\bmaar\b/.test(bare.slice(denial.index))) return false;
  return !/\b(?:vergeet|vergeten|laat (?:u|je|jou|jullie) niet)\b/.test(clause);
}
/** A denial in a clause ("niet", "nergens", "never"). */
const NEGATED_MAIN = new RegExp(`\\b(?:${alt(NL.negation)})\\b`);
const FROM_NOW = new RegExp(`\\b(?:${alt([...GRAMMAR.fromNow])})\\b`);
const ADDRESSED = new RegExp(`\\b(?:${alt(NL.secondPerson, NL.secondPlural, EN.secondPerson)})\\b`);
/**
 * What usually happens: a habitual adverb, or a recurring time that neither starts now nor involves the one
 * addressed ("ik bel haar elke avond" describes; "ik bel u voortaan elke week", "jullie kijken elke zondag samen
 * in de app" arrange a routine).
 */
const isHabitual = (s: string): boolean =>
  HABITUAL_ADVERB.test(s) || (RECURRING_TIME.test(s) && !FROM_NOW.test(s) && !ADDRESSED.test(s));
/**
 * The speaker only describes, perceives, thinks or hopes (the packs' stative and wish verbs after "ik/we"); a verb of
 * aspect ("ik blijf u bellen") carries an action on and is left to the action verbs.
 */
const STATIVE_ONLY = new RegExp(
  `^(?:(?:ja|nee|oke|nou|goed)[,.]? )?(?:${alt(NL.firstPerson)}) (?:${alt(
    NL.stative.filter((w) => !NL.aspect.includes(w)),
    NL.wish.filter((w) => !NL.requestModals.includes(w)),
  )})\\b`,
);
/**
 * Whether the first clause has a particle that makes its verb an action ("ik werk het plan bij", "ik werk het
 * plan bij met wat we zeiden"): the particle ends the clause or comes before a preposition, not before its own
 * object as a preposition does ("ik werk bij de gemeente").
 */
const PARTICLE_FOLLOWERS: ReadonlySet<string> = new Set([...GRAMMAR.prepositions, ...GRAMMAR.coordinators]);
const endsInActionParticle = (bare: string): boolean => {
  const words = bare
    .split(/[,;.?!]/)[0]!
    .trim()
    .split(' ');
  return words.some(
    (w, k) =>
      k >= 2 &&
      NL.actionParticles.includes(w) &&
      (k === words.length - 1 || PARTICLE_FOLLOWERS.has(words[k + 1]!)),
  );
};
/** "Ik denk/verwacht/hoop dat …": the content clause after a stative verb of the speaker has its own subject. */
const CONTENT_CLAUSE = new RegExp(`${STATIVE_ONLY.source} (?:${alt(NL.complementizers)})\\b`);
/** "Kan ik / ik kan": an option, not a promise. */
const NL_OPTION = alt(NL.option);
const MODAL_OPTION_1 = new RegExp(
  `\\b(?:${NL_OPTION}) (?:${alt(NL.firstPerson)})\\b|\\b(?:${alt(NL.firstPerson)}) (?:${NL_OPTION})\\b`,
);
/**
 * What a condition's clause opens with after "als": a subject, an article, a number or "nodig/mogelijk". Before a
 * bare noun "als" means "as" ("ik geef het door als melding", "ik stuur het als bijlage"): no condition.
 */
const CONDITION_STARTS = alt(
  NL.firstPerson,
  NL.secondPerson,
  NL.secondOther,
  NL.secondPlural,
  NL.thirdPerson,
  NL.determiners,
  ['alles', 'iets', 'niets', 'niks', 'nodig', 'mogelijk', 'nog', 'straks', 'later', 'dan', 'daar'],
);
const CONDITION = new RegExp(
  `\\b(?:${alt(
    NL.conditionals.filter((w) => w !== 'als'),
    EN.conditionals.filter((w) => !EN.questionWords.includes(w) && w !== 'once' && w !== 'should'),
  )}|in case|should you)\\b|\\bals(?= (?:${CONDITION_STARTS}|\\d+)\\b| ?$)`,
);
/** An option or no need for the one addressed ("u kunt", "je hoeft niet", "you can", "no need"): no assignment. */
const NL_MAY = alt(NL.option, NL.exemption);
const MODAL_OPTION_2 = new RegExp(
  `\\b(?:${NL_SECOND_WORDS}) (?:\\w+ )?(?:${NL_MAY})\\b|\\b(?:${NL_MAY}) (?:${NL_SECOND_WORDS})\\b|\\byou (?:${alt(
    EN.option.filter((w) => w !== 'might'),
    EN.exemption,
  )})\\b|\\bno need\\b`,
);
const WISH_2 =
  /\b(?:u|je|jij|jullie) (?:\w+ )?(?:wilt|wil|willen|vindt|vind|vinden|weet|hoopt|denkt)\b|\b(?:wilt|wil|willen|vindt|vind) (?:u|je|jij|jullie)\b/;
const SECOND_SUBJECT =
  /(?:^|[,:;] |\b(?:en|dan|maar|of|dus) )(?:\w+, )?(?:jij|je|u|jullie|gij|ge)\b|\b(?:dan|daarna|vervolgens) [a-z]+ (?:jij|je|u|jullie|gij|ge)\b|\b(?:terug|door|op|na|mee|her|ver|be|over|aan|uit)?(?:komt|kom|zit|stuur|stuurt|bel|belt|zet|zoek|zoekt|maak|maakt|plan|plant|lees|leest|doe|doet|geef|geeft|neem|neemt|pak|pakt|kijk|kijkt|regel|regelt|vraag|vraagt|schrijf|schrijft|vul|vult|houd|houdt|ga|gaat|begin|begint|lever|levert|mail|mailt|app|appt|breng|brengt|haal|haalt|teken|tekent|informeer|informeert|spreek|spreekt|meld|meldt|check|checkt|controleer|controleert|leg|legt|zorg|zorgt) (?:jij|je|u|jullie|gij|ge)\b/;
/** Contact offers ("bel gerust", "u kunt mij altijd mailen", "mocht er iets zijn") are no agreements. */
const CONTACT_OFFER =
  /\b(?:gerust|altijd|gewoon|anytime|any time|whenever|always|nog iets|mocht|als er (?:iets|wat)|if (?:anything|you need))\b/;
/** Ways of noting something down or permitting it ("Ik schrijf het op", "Zet ik in mijn agenda", "Doet u maar"). */
const NOTING =
  /\b(?:zet|noteer|schrijf) ik (?:het |dat |die |'t )?(?:in mijn (?:agenda|gsm|telefoon|mobiel)|erin|erbij)\b|\b(?:zet|noteer|schrijf) (?:het|dat|die|'t) (?:\w+ )?in mijn (?:agenda|gsm|telefoon|mobiel)\b|\b(?:put|add|pop) (?:it|that|this) (?:in|into|to) my (?:calendar|diary|phone)\b|\bschrijf (?:het|dat|die|dit|'t) (?:\w+ )?op\b|\bnoteer (?:het|dat|die|dit)\b|\b(?:doet u maar|doe maar|ga je gang|go ahead)\b|\b(?:note|write|jot|put) (?:that|it|this) down\b|\bmake a note\b/;
/** Taking in a correction, untimed ("Dat pas ik aan", "Die voeg ik toe"): an acknowledgement. */
const CORRECTION_ACK =
  /^(?:(?:\w+|ja|oke|goed)[,.!]? ){0,2}(?:dat|die|het|dit) (?:pas|voeg|zet|verander|wijzig|verbeter|corrigeer|neem) ik (?:\w+ )?(?:aan|toe|bij|erbij|erin|in|op|mee)?[.!]?$|^(?:(?:\w+)[,.!]? ){0,2}(?:i'll|let me|i will) (?:fix|correct|change|update|amend) (?:that|it|this)[.!]?$/;
/** The one addressed as the source of what is asked ("van u", "van jou", "from you"). */
const FROM_YOU = `(?:${alt(NL.fromWords, EN.fromWords)}) (?:${alt(NL.secondPerson, NL.secondPlural, EN.secondPerson, ['jou'])})`;
const FIRST_ANY = alt(NL.firstPerson, ['i', 'we']);
const ASKING = alt(NL.requestVerbs, NL.askVerbs, EN.requestVerbs, EN.askVerbs);
/**
 * The speaker asks the one addressed for something ("Ik verwacht uw reactie uiterlijk vrijdag", "Mag ik van u voor
 * maandag een kopie?", "I need your signed form by Friday"): a requested action of the addressee, from the packs'
 * request and asking verbs. Bounded word windows only.
 */
const ASKED_OF_YOU = new RegExp(
  `\\b(?:${FIRST_ANY}) (?:\\w+ )?(?:${ASKING}) (?:${alt(NL.secondOther, EN.secondOther, NL.secondPerson, EN.secondPerson)})\\b` +
    `|\\b(?:${ASKING}) (?:${FIRST_ANY})\\b(?: [\\w']+){0,3} ${FROM_YOU}\\b` +
    `|\\b(?:${FIRST_ANY}) (?:${ASKING})\\b(?: [\\w']+){0,3} ${FROM_YOU}\\b`,
);
/** A Dutch condition with the verb first ("Wordt ze benauwd, dan belt u"): no agreement. */
const CONDITION_V1 = /^[a-z]+ (?:ze|hij|zij|het|er|u|je|jij|jullie|de|het|uw|haar|zijn)\b[^,]{0,80}, dan\b/;
/** A clause that explains or follows ("want…", "daarna haal ik…") rather than promises. */
const EXPLANATION = /^(?:want|omdat|daarna|zodat|because|since|after that|so that)\b/;
/** Ways of getting in touch ("bel je de crisislijn", "email the helpdesk"). */
const CALL_VERB = /\b(?:bel|belt|bellen|mail|mailt|mailen|app|appt|appen|call|ring|email|text)\b/;
/** The speaker calls, with a day: a promise even in a turn about reachability ("ik bel u vrijdag"). */
const FIRST_CALLS =
  /\b(?:ik|we|wij|i'll|we'll|i will|we will) (?:\w+ )?(?:bel|bellen|mail|mailen|app|appen|call|ring|email)\b/;
/** Reachability: who the leader is and how to reach them, never an agreement. */
const REACH =
  /\bbereikbaar\b|\bbereiken\b|\breach\b|\bspreekuur\b|\bkaartje|\bbusiness card\b|\b(?:mijn|my) (?:directe |direct )?(?:nummer|number|line|e-?mail)\b|\bweet (?:me|mij) te vinden\b|\bpoint of contact\b|\bwie ik ben\b|\bmijn naam\b|\bmy name\b/;
/**
 * Talk about the conversation itself ("ik zal even uitleggen waarom …", "ik ga proberen het samen te vatten",
 * "laten we beginnen met …", "I'll be honest", "I'll be chairing tonight", "let's start with …"): the speaker
 * does it now, in the conversation; no agreement, unless a day other than this one is named (NOW_ONLY).
 */
const META_TALK =
  /\b(?:ik zal|ik ga|laat ik|ik wil)(?: proberen| even proberen)? (?:u |je |jullie )?(?:het |eerst |even |kort |nog )*(?:uitleggen|vertellen|toelichten|beginnen|starten|samenvatten|uit te leggen|te vertellen|toe te lichten|te beginnen|samen te vatten)\b|\blaten we (?:eerst |even )?(?:beginnen|starten|afsluiten|afronden) (?:met|bij)\b|\b(?:i'll|i will|let me|i'm going to) (?:be honest|be brief|be quick|be chairing|chair|explain|start|begin|take it|stop you|hand over|keep (?:it|this) short|just say|say|try to sum up|sum up)\b|\blet's (?:start|begin|kick off) (?:with|by)\b/;
/** The times of the conversation itself: a remark about it that names only these is still about it. */
const NOW_ONLY =
  /\b(?:vanavond|vandaag|vanmiddag|vanochtend|nu|straks|tonight|today|this (?:evening|afternoon|morning)|now)\b/g;
/** "Dat doe ik expres", "Dat doen we altijd zo": a remark on what was just said, no new promise (untimed). */
const POINTS_BACK =
  /^(?:(?:ja|nee|oke|goed|nou|precies|fijn|mooi)[,.!]? )?(?:dan )?(?:(?:dat|dit|die|het) (?:doe|doen|doet) (?:ik|we|wij|jij|je|u)|(?:doe|doet) (?:ik|we|wij|jij|je|u) (?:dat|dit|het))(?: [a-z]+){0,2}[.!]?$/;
/**
 * Thinking it over, or saying no promise is made ("ik ga erover nadenken", "beloven doe ik het niet", "I can't
 * promise"): untimed, no agreement.
 */
const NO_PROMISE =
  /\bnadenken\b|\bdenk (?:er )?(?:\w+ ){0,3}over na\b|\bbeloven (?:doe|kan) ik (?:het |dat |niks |niets )?niet\b|\b(?:niets|niks) beloven\b|\bcan(?:'t|not| not) promise\b|\bthink (?:it over|about it)\b/;
/** An option of the one addressed, then what the speaker does after it: a procedure, no promise. */
const OPTION_THEN = new RegExp(
  `\\b(?:kun|kunt|kan|mag) (?:${NL_SECOND_WORDS})\\b(?: \\S+){0,12}? dan (?:\\S+ )?(?:ik|we|wij)\\b|\\byou can\\b(?: \\S+){0,12}? (?:and )?then (?:i|we)(?:'ll| will)?\\b`,
);
/** Doing one's best or everything one can: an effort, no action anyone can check ("ik doe echt alles"). */
const EFFORT =
  /\b(?:doe|doen|do|doing) (?:(?:echt|gewoon|ook|really|just|always|altijd) )?(?:alles|everything|al het mogelijke|wat (?:ik|we|wij) (?:kan|kunnen)|what (?:i|we) can|all (?:i|we) can|(?:mijn|ons|onze|my|our) (?:uiterste |very )?best)\b/;
/** A question that opens with a question word ("Wat neemt u mee?", "How did it go?"): it asks, it assigns nothing. */
const WH_QUESTION = new RegExp(
  `^(?:(?:en|dan|oke|ok|nou|maar|and|so|but)[,]? )?(?:${alt(
    NL.questionWords.filter((w) => w !== 'wanneer'),
    EN.questionWords.filter((w) => w !== 'when'),
  )})\\b`,
);
/** The one addressed as object or receiver ("bel u", "stuur je", "call you"). */
const TO_YOU = /\b(?:u|je|jou|jullie|you)\b/;
/** The condition itself, up to its comma or to the end ("als er een plek vrijkomt"), so its own "u" is not counted. */
const CONDITION_CLAUSE = new RegExp(`\\b(?:${alt(NL.conditionals, EN.conditionals)})\\b[^,]*`, 'g');
/** A polite condition on a promise ("als u wilt", "if you like"): the promise stands. */
const POLITE_IF =
  /\b(?:als (?:u|je|jij|jullie) (?:dat )?(?:wilt|wil|willen)|als (?:dat|het) (?:goed|oke|prima) is|als (?:u|je|jij) (?:dat|het) goed vindt|if you (?:like|want|prefer|wish)|if (?:that's|that is|it's|it is) (?:ok|okay|alright|all right|fine))\b/;
/**
 * "Kunt u … uploaden?", "Zou u tot de twintigste willen opschrijven …?", "Kan het maatje donderdag … sorteren?":
 * a Dutch request ends its first clause in the infinitive of what is asked, whatever the verb; also a short one
 * with a separable particle ("nagaan", "overdoen", "opslaan", "nazien").
 */
const NL_INFINITIVE = /^(?:[a-z]{2,}en|zijn|[a-z]*(?:doen|gaan|staan|slaan|zien))$/;
/** Words that open a clause of its own inside a request ("… aangeven welke functies …", "… zodat …"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...NL.questionWords,
  ...NL.complementizers,
  ...NL.conditionals,
  'of',
  'zodat',
  'omdat',
  'want',
  'dan',
]);
/** Words before a plural noun ("de papieren", "twee weken"): the word after them is no infinitive. */
const BEFORE_NOUN: ReadonlySet<string> = new Set([
  ...GRAMMAR.determiners,
  'de',
  'het',
  'een',
  'alle',
  'die',
  'deze',
]);
/** Verbs that ask for something said here and now, not done later ("Kunt u dat uitleggen?", "Wilt u even wachten?"). */
const ASK_NOW = new Set(
  'zeggen vertellen uitleggen herhalen spellen toelichten vinden leven begrijpen volgen horen wachten zien bedoelen aangeven noemen beschrijven voorstellen kiezen beginnen stoppen'.split(
    ' ',
  ),
);

/** Meeting again on a day: "volgende week zitten we weer samen", "dan zien we elkaar", "we spreken elkaar vrijdag". */
const MEET_AGAIN = /\b(?:zit|zitten)\b(?: [\w']+){0,4} samen\b|\b(?:zien|spreken) (?:we |wij )?elkaar\b/;
/** Generic verbs that commit when a moment is named ("ik kom morgen", "ik spreek hem vrijdag"). */
const TIMED_GENERIC =
  /^(?:neem|neemt|doe|doet|kijk|kijkt|kijken|kom|komt|help|helpt|stel|stelt|leg|legt|geef|geeft|vraag|vraagt|spreek|spreekt|begin|begint)$/;

/**
 * Words of a speaker label that are no name to address someone by: the packs' name particles ("van", "de", "bin"),
 * the short English titles, and roles that labels carry ("Voorzitter", "Medewerker 2").
 */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  ...GRAMMAR.nameParticles,
  "'t",
  ...['mr', 'mrs', 'ms', 'dr'],
  ...['voorzitter', 'medewerker'],
]);

/** A participant's name as it may appear in a sentence: full label, and its last and first word. */
export function nameForms(speakers: string[]): Map<string, string> {
  const forms = new Map<string, string>();
  const title = (w: string): boolean => WORD_CLASSES.titles.has(w.toLowerCase().replace(/\.$/, ''));
  for (const speaker of speakers) {
    const words = speaker.split(/\s+/).filter((w) => !title(w));
    const candidates = [speaker, words.join(' '), words[0] ?? '', words[words.length - 1] ?? ''];
    for (const c of candidates) {
      const key = c
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '');
      if (key.length < 2 || NOT_A_NAME.has(key) || /^(?:spreker|speaker)\d*$/.test(key) || forms.has(key))
        continue;
      forms.set(key, speaker);
    }
  }
  return forms;
}

/** The name patterns of a conversation, compiled once (not per sentence). */
export function namePatterns(
  names: Map<string, string>,
): Pick<CommitmentContext, 'namedWill' | 'namedDoes' | 'namedAsk' | 'vocative'> {
  const family = `(?:de|het) (?:${alt([...GRAMMAR.family, ...GRAMMAR.careRoles])})`;
  /**
   * "Kan het maatje …?", "Wil de zoon …?", "Kunnen Naima en Pieter …?": a request to a participant, or to a relative
   * named as one at the table ("de zoon"; "uw broer" is someone who is not there).
   */
  const ask = (who: string): RegExp =>
    new RegExp(`^(?:(?:en|dan|oke|nou)[,]? ){0,2}(?:${alt(NL.requestModals)}) (?:${who})\\b`);
  if (names.size === 0) return { namedWill: null, namedDoes: null, namedAsk: ask(family), vocative: null };
  const any = [...names.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
  return {
    namedWill: new RegExp(`\\b(?:${any}) (?:will|'ll|is going to|is gonna|shall|to)\\b`),
    namedDoes: new RegExp(
      `(?:^|[,:;] |\\b(?:en|dan) )(?:${any}) (?:\\w+ )?[a-z]+t\\b|\\b(?:doet|regelt|pakt|neemt) (?:${any})\\b`,
    ),
    namedAsk: ask(`${family}|${any}`),
    // Without punctuation only a request, a question or "jij/you" after the name shows it is called.
    vocative: new RegExp(
      `^(?:(?:en|dan|oke|ok|so|and)[,]? )?(?:${any})(?:, |\\s(?=(?:${alt(NL.requestModals, EN.requestModals)}) (?:${alt(NL.secondPerson, EN.secondPerson)})\\b|(?:${alt(NL.questionWords, EN.questionWords, NL.secondPerson, EN.secondPerson)})\\b))`,
    ),
  };
}

export interface CommitmentContext {
  /** "Harriet will …": a participant's name followed by will (namePatterns). */
  namedWill: RegExp | null;
  /** "Tjeerd vraagt …", "Dat doet Carla": a participant's name as the subject of a Dutch verb. */
  namedDoes: RegExp | null;
  /** "Kan het maatje …?", "Wil Sanne …?": a request to a participant or a relative by name or role (namePatterns). */
  namedAsk?: RegExp | null;
  /** A participant called by name at the start ("Bas, kun jij …", "nadia wie belt …"), to read past it. */
  vocative?: RegExp | null;
  /** The utterance directly answers a participant's question (a condition is then implied). */
  answersQuestion: boolean;
}

export interface Commitment {
  actor: Actor;
  /** Whether a committing sentence names a moment (a feature for merging split agreements). */
  timed: boolean;
  /** The sentence is a request or assignment to the other party. */
  assignment: boolean;
  /** The sentence asks ("Can you …?"): it becomes an agreement once answered. */
  request: boolean;
  /** The committing sentences, as said (what is handed to the agreement reader). */
  text: string;
  /**
   * Several promises, each with its own time ("ik bel morgen de leverancier en ik bel u donderdag terug"): the
   * text of each, as for `text`. Absent when the utterance makes one agreement.
   */
  parts?: string[];
  /** The speaker owns it whatever its words say (an answer with a day to a call by name in a round of actions). */
  speakerOwns?: boolean;
}

/** Splits an utterance into sentences (and "Intro: rest" parts), keeping the original words. */
export function splitSentences(text: string): string[] {
  return (
    text
      // The dot of a title before a name ("dhr. Kok") ends nothing, nor that of an initial before a lower-case
      // word ("bij meneer R. langs"); "Plan B. Dan …" still ends.
      .split(
        /(?<!\b(?:[Dd]hr|[Mm]evr|[Mm]w|[Mm]rs?|[Mm]s|[Dd]rs?|[Ii]r|[Ii]ng|[Pp]rof|[Mm]ej)\.)(?<![\s(]\p{Lu}\.(?=\s+\p{Ll}))(?<=[.!?;])\s+|(?<=:)\s+|\s+[-–—]\s+/u,
      )
      .map((s) => s.trim())
      .filter((s) => s.length > 0)
  );
}

/** Whether a Dutch clause holds a verb of doing that commits (generic verbs need a particle or a day). */
function nlActs(clause: string, timed: boolean): boolean {
  const all = clause.match(new RegExp(NL_ACTION.source, 'g')) ?? [];
  if (all.length === 0) return false;
  if (all.some((verb) => !NL_GENERIC.test(verb))) return true;
  if (timed && all.some((verb) => TIMED_GENERIC.test(verb))) return true;
  if (timed && MEET_AGAIN.test(clause)) return true;
  return NL_GENERIC_OK.test(clause);
}

/** Whether a first person in the same clause does something. */
function firstPersonActs(s: string, timed: boolean): boolean {
  for (const clause of s.split(/[,;:]\s+|\s+(?:maar|but)\s+/)) {
    const c = clause.trim();
    if (!NL_FIRST.test(c) || EXPLANATION.test(c)) continue;
    if (nlActs(c, timed || hasTimeExpression(c))) return true;
  }
  return false;
}

/** Whether "u/je/jij/jullie" is the subject of a clause that does something. */
function secondPersonActs(s: string, timed: boolean): boolean {
  for (const clause of s.split(/[,;:]\s+|\s+(?:maar|but)\s+/)) {
    const c = clause.trim();
    if (SECOND_SUBJECT.test(c) && nlActs(c, timed || hasTimeExpression(c))) return true;
  }
  return false;
}

/** Whether a clause that receives nothing has the one addressed act ("…, en dan bel jij de leverancier"). */
function actsBesidesReceiving(s: string, timed: boolean): boolean {
  return s
    .split(/,\s+|\s+(?:en|and)\s+(?=(?:dan|then|daarna)\b)/)
    .some((clause) => !isReceive(clause) && secondPersonActs(clause, timed));
}

/** The infinitive that ends a request's first clause, before any clause of its own ("… aangeven welke …"), or "". */
function requestVerb(bare: string): string {
  const words = bare
    .split(/[,;?]\s/)[0]!
    .split(' ')
    .map((w) => w.replace(/[^\p{L}']/gu, ''));
  let end = words.length;
  for (let k = 2; k < words.length; k++)
    if (CLAUSE_OPENERS.has(words[k]!)) {
      end = k;
      break;
    }
  // "kun je uitzoeken": the word after the modal is the one addressed, not "je" of "je verslag".
  for (let k = end - 1; k >= 2; k--)
    if (NL_INFINITIVE.test(words[k]!) && (k === 2 || !BEFORE_NOUN.has(words[k - 1]!))) return words[k]!;
  return '';
}

/** Whether a request asks for something said here and now ("Kunt u zeggen wanneer we beginnen?"), with no day. */
function asksToTellNow(bare: string, timed: boolean): boolean {
  return !timed && ASK_NOW.has(requestVerb(bare));
}

/** Whether a request's first clause ends in what is asked: an infinitive that is no question about here and now. */
function requestedAction(bare: string, timed: boolean): boolean {
  const verb = requestVerb(bare);
  if (!verb) return false;
  if (timed) return true;
  return !ASK_NOW.has(verb) && !/\bnog (?:iets|wat|een vraag)\b/.test(bare);
}

/** "Can I …", "Kan ik …", "Mag ik …": the speaker offers to act; not when they ask to be given or told something. */
const PROPOSE_SELF = /\b(?:can|could|may) i\b|\b(?:kan|mag) ik\b/;
const TO_BE_GIVEN =
  /\b(?:can|could|may) i (?:\w+ )?(?:have|get|ask|receive|expect|borrow|see|check)\b|\b(?:kan|mag) ik (?:\w+ ){0,3}(?:krijgen|ontvangen|hebben|vragen|lenen|zien|verwachten)\b|\bvan (?:u|jou|je|jullie)\b/;
function proposesOwnAction(bare: string): boolean {
  const at = PROPOSE_SELF.exec(bare);
  if (!at || TO_BE_GIVEN.test(bare)) return false;
  // An action is named: "Mag ik nu?" asks for the floor, "Mag ik nog uw nummer?" for something to be given.
  const after = bare
    .slice(at.index + at[0].length)
    .split(/[\s,?]+/)
    .filter(Boolean);
  if (/^(?:can|could|may)/.test(at[0])) return after.length > 0 && !hasTimeExpression(after[0]!);
  return after.some((w) => NL_INFINITIVE.test(w) && !hasTimeExpression(w));
}

/** Sending or sharing something ("I'll attach it to the recap email"): a summary named as a thing sent, not opened. */
const SENDS =
  /\b(?:stuur|stuurt|sturen|mail|mailen|doorsturen|deel|delen|send|email|e-mail|attach|share|forward)\b/;

/** The commitment in one sentence (normalised), if any. */
function sentenceCommitment(
  s: string,
  ctx: CommitmentContext,
  spoken = false,
): Omit<Commitment, 'text'> | null {
  // "Dan de afspraken." frames; "dan de afspraken ik stuur u …" (no punctuation) still commits after it.
  if (isAgreementIntro(s)) {
    // "Dan spreken we af dat u volgende week …": what is agreed is the clause after "dat".
    s = stripAgreementIntro(s).replace(/^(?:(?:mooi|goed|oke|dan|dus|so|then)[,.]? )*(?:dat|that) /, '');
    if (wordCount(s) < 3) return null;
  }
  // "Bas, kun jij …": what follows the name decides (who acts is read later, with the name).
  const called = ctx.vocative?.exec(s);
  if (called && wordCount(s.slice(called[0].length)) >= 2) s = s.slice(called[0].length);
  const timed = hasTimeExpression(s);
  // "Ik stuur u vanmiddag de samenvatting" promises a document; a summary being opened names no day.
  // "Die neem ik mee" takes in feedback; with a day ("dat neem ik vrijdag mee naar het overleg") it promises.
  if (
    (isSummaryOpen(s) && !timed && !SENDS.test(s)) ||
    isWrapUp(s) ||
    (isFeedbackAck(s) && !timed) ||
    isThanks(s) ||
    NOTING.test(s)
  )
    return null;
  if (isMeetingRemark(s)) return null;
  // "Vrijdag is hij er meestal, dan loop ik even bij hem langs": a habit in one clause, a promise in the next.
  // Only a clause of its own after the habit counts, opened by "dan/en/maar"; "…, meestal binnen twee weken"
  // qualifies the clause before it.
  if (isHabitual(s)) {
    const clauses = s.split(/,\s+/);
    const at = clauses.findIndex((clause) => isHabitual(clause));
    const rest = clauses.slice(at + 1);
    const opensClause =
      rest.length > 0 &&
      (OPENERS.has(rest[0]!.split(' ')[0]!) || GRAMMAR.coordinators.has(rest[0]!.split(' ')[0]!));
    if (!opensClause || rest.some((c) => isHabitual(c))) return null;
    const promise = sentenceCommitment(rest.join(', '), ctx, spoken);
    // "Vrijdag is hij er, dan loop ik langs": "dan" takes the day of the clause before.
    const then = /^(?:dan|then)\b/.test(rest[0]!) && hasTimeExpression(clauses.slice(0, at + 1).join(', '));
    return promise && then ? { ...promise, timed: true } : promise;
  }
  // "U hoeft zich geen zorgen te maken dat …" reassures, whatever day its content names; a promise in a clause of
  // its own stays one ("Don't worry, we'll sort it out tomorrow").
  if (isReassurance(s)) {
    const rest = s
      .split(/,\s+/)
      .filter((clause) => !isReassurance(clause))
      .join(', ');
    return rest.length > 0 && rest !== s ? sentenceCommitment(rest, ctx, spoken) : null;
  }
  if (!timed && (POINTS_BACK.test(s) || NO_PROMISE.test(s) || EFFORT.test(s))) return null;
  // "Die kun je in het systeem zetten, dan keur ik ze goed": how it works once the other uses an option.
  if (!timed && OPTION_THEN.test(s)) return null;
  if (META_TALK.test(s) && (!timed || !hasTimeExpression(s.replace(NOW_ONLY, ' ')))) return null;
  if (!timed && CORRECTION_ACK.test(s)) return null;
  // A tag question ("…, toch Carla?", "…, right?") does not make a statement a question.
  const bare = s.replace(/,? (?:toch|he|hè|ja|right|ok|okay|goed|oke)(?: [a-z]+)?\?$/, '.');
  // Speech-to-text writes no "?": in an unpunctuated utterance a sentence opening with a request form is one.
  const question = bare.includes('?') || (spoken && SPOKEN_REQUEST_START.test(bare));
  const asks = question && (NL_REQUEST.test(bare) || (spoken && SPOKEN_REQUEST_START.test(bare)));
  if (isContact(s) && (!timed || REACH.test(s) || CONTACT_OFFER.test(s) || (!asks && MODAL_OPTION_2.test(s))))
    return null;
  if (PAST.test(s) && !timed) return null;
  // "Dat kan via de website, of u belt nog een keer": an alternative on offer, no assignment.
  if (!timed && /(?:^|, )of (?:u|je|jij|ge|gij|you)\b/.test(s)) return null;
  if (question && WH_QUESTION.test(bare)) return null;
  // "Als het doorgaat, doen we een voorstel", "Dat zoeken we uit als ik de stukken heb": without a day, a promise
  // on a condition tells what may happen next; it is no agreement. A promise to the one addressed stands ("ik bel
  // u als er een plek vrijkomt"), and so does one under a polite condition ("als u wilt, stuur ik …").
  const conditional =
    !timed &&
    CONDITION.test(bare) &&
    !POLITE_IF.test(bare) &&
    !TO_YOU.test(bare.replace(CONDITION_CLAUSE, ' '));
  // English: will/'ll/going to, requests, named people who will.
  // Speech-to-text writes "i'll" as "ill" (GRAMMAR.spokenContractions); read so only in unpunctuated, dated speech.
  const firstEn =
    EN_FIRST.test(bare) ||
    (timed &&
      EN_PROGRESSIVE.test(bare) &&
      !/\b(?:going|trying|thinking|hoping|waiting|wondering|looking forward)\b/.test(bare) &&
      hasTimeExpression(bare.replace(PRESENT_ONLY, ' '))) ||
    (spoken && timed && (SPOKEN_ILL.test(bare) || bare.split(' ').some((_, k, w) => spokenWell(w, k))));
  // "So we'll need to refund one": what has to happen, said before anyone takes it on.
  const mustOnly =
    !timed && /\b(?:i|we)(?:'ll| will)? (?:really |still |just |also )?(?:need|have) to\b/.test(bare);
  if (mustOnly) return null;
  // "Let me check." said and done on the spot ("… It says three here"): no promise.
  const onTheSpot = /^(?:\w+[,.] )?let me (?:just )?(?:check|see|look)[.!]?$/.test(bare);
  if (firstEn && !onTheSpot && !/\bi'll keep\b|\bkeep (?:that|it) in mind\b/.test(bare)) {
    if (conditional && !question) return null;
    return { actor: 'first', timed, assignment: false, request: false };
  }
  // "Shall we say the thirtieth?", "Should we meet on Monday then?": a proposal with a day, agreed when answered.
  // So is offering one's own action for a day ("Can I come round next Tuesday?", "Mag ik donderdag langskomen?"),
  // not asking to get something ("Could I have the form by Friday?", "Mag ik van u …").
  if (question && timed && (/\b(?:shall|should) we\b/.test(bare) || proposesOwnAction(bare)))
    return { actor: 'first', timed, assignment: false, request: true };
  if (EN_SECOND.test(bare) && !CONDITION.test(bare))
    return { actor: 'second', timed, assignment: true, request: false };
  // "Would you ever think about coming back?": a question about someone's leanings, no request.
  if (question && EN_REQUEST.test(bare) && !/\b(?:ever|think about|consider)\b/.test(bare))
    return { actor: 'second', timed, assignment: true, request: true };
  if (ctx.namedWill?.test(bare)) return { actor: 'named', timed, assignment: true, request: false };
  // Asked of the addressee with a day ("ik verwacht uw reactie uiterlijk vrijdag"): the addressee's action.
  if (timed && ASKED_OF_YOU.test(bare) && !CONDITION.test(bare) && !MODAL_OPTION_2.test(bare))
    return { actor: 'second', timed, assignment: true, request: question };
  // Dutch.
  // A request to the one addressed is theirs, whatever "we" its object clause names ("Wil je vragen of we mogen …").
  const requestFirst = asks && SPOKEN_REQUEST_START.test(bare) && requestedAction(bare, timed);
  if (!requestFirst && NL_FIRST.test(bare) && !MODAL_OPTION_1.test(bare) && firstPersonActs(bare, timed)) {
    if (question && !/\b(?:zal ik|zullen we)\b/.test(bare)) return null;
    // "Ik denk dat ik u vrijdag bel": the content clause decides, read on its own; without a first person in it
    // ("ik verwacht dat het gaat regenen") the speaker promises nothing.
    const content = CONTENT_CLAUSE.exec(bare);
    if (content) {
      const rest = bare.slice(content[0].length).trim();
      return NL_FIRST.test(rest) ? sentenceCommitment(rest, ctx, spoken) : null;
    }
    if (STATIVE_ONLY.test(bare) && !NL_GENERIC_OK.test(bare) && !endsInActionParticle(bare)) return null;
    // "Een conclusie trek ik vandaag niet": what the speaker will not do; "niet per post maar per mail" corrects.
    if (deniesOwnAction(bare)) return null;
    if (conditional && !question) return null;
    return { actor: 'first', timed, assignment: false, request: false };
  }
  const asked = question && requestedAction(bare, timed);
  if (asks && asked) return { actor: 'second', timed, assignment: true, request: true };
  if (asked && ctx.namedAsk?.test(bare)) return { actor: 'named', timed, assignment: true, request: true };
  if (!nlActs(bare, timed)) return null;
  const request = question && NL_REQUEST.test(bare);
  // "Kunt u zeggen wanneer ik kan beginnen?": what the answer tells now, whatever its object clause does later.
  if (request && asksToTellNow(bare, timed)) return null;
  const polite = NL_POLITE.test(bare);
  if (NL_SECOND.test(bare) && (request || polite || secondPersonActs(bare, timed))) {
    // "Jij krijgt een ochtend vrij en dan herschrijf jij de teksten": receiving, then an action of one's own.
    if (isReceive(bare) && !actsBesidesReceiving(bare, timed)) return null;
    if (!request && !polite) {
      // "Jij zou nog de wijziging doorgeven": what the other was going to do, brought up to check on it.
      if (/\bzou(?:dt)? (?:\w+ )?nog\b/.test(bare)) return null;
      // "Ge schrijft nergens dat …", "Jij hoeft de brief niet": a denial tells how things are, it assigns nothing.
      if (NEGATED_MAIN.test(bare.split(/,\s|\s(?:dat|omdat|want|maar)\s/)[0]!)) return null;
      // "Jij belt morgen de winkel?", "Belt u vrijdag zelf?": an assignment asked as a question, a request.
      if (question)
        return secondPersonActs(bare, timed) && !MODAL_OPTION_2.test(bare) && !WISH_2.test(bare)
          ? { actor: 'second', timed, assignment: true, request: true }
          : null;
      if (MODAL_OPTION_2.test(bare) || WISH_2.test(bare)) return null;
      if (
        CONDITION.test(bare) ||
        CONDITION_V1.test(bare) ||
        /^(?:heeft|hebt|is|bent|krijgt|mocht) .*, .*\bdan\b/.test(bare)
      )
        return null;
      if (ctx.answersQuestion && /^(?:\w+[,.] )?dan\b/.test(bare)) return null;
    }
    return { actor: 'second', timed, assignment: true, request };
  }
  if (ctx.namedDoes?.test(bare)) {
    if (isReceive(bare) || question) return null;
    return { actor: 'named', timed, assignment: true, request: false };
  }
  return null;
}

/** A filler of the language packs, with the punctuation speech-to-text may glue to it. */
const isFiller = (token: string): boolean =>
  WORD_CLASSES.fillers.has(token.toLowerCase().replace(/[,.]$/, ''));

/**
 * Speech-to-text noise removed for the agreement reader, case kept: fillers, stutters ("ik ik stuur")
 * and a leading "dan de afspraken" that an unpunctuated transcript glues to the agreement.
 */
export function cleanForReader(text: string): string {
  const out: string[] = [];
  const spoken = !/[.!?,;:]/.test(text);
  const lower = spoken ? text.toLowerCase().split(/\s+/) : [];
  for (const [k, raw] of text.split(/\s+/).entries()) {
    if (raw === '' || isFiller(raw)) continue;
    // "and well send it friday": speech-to-text's "we'll" without its apostrophe.
    if (spoken && spokenWell(lower, k)) {
      out.push("we'll");
      continue;
    }
    // Speech-to-text writes contractions without their apostrophe, in lower case ("ill send", "k bel"): the
    // reader knows them with it. A capitalised "Ill" is left as written.
    const token = Object.hasOwn(GRAMMAR.spokenContractions, raw) ? GRAMMAR.spokenContractions[raw]! : raw;
    const previous = out[out.length - 1];
    if (previous !== undefined && previous.toLowerCase() === token.toLowerCase() && /\p{L}$/u.test(previous))
      continue;
    out.push(token);
  }
  const cleaned = out.join(' ');
  const t = normalize(cleaned);
  const stripped = stripAgreementIntro(t).replace(/^[\s.,:;!?]+/, '');
  if (stripped !== t && t.endsWith(stripped) && wordCount(stripped) >= 3) {
    const drop = wordCount(t) - wordCount(stripped);
    const words = cleaned.split(' ');
    // Only when the announcement opens the sentence and has no punctuation of its own.
    if (drop > 0 && !/[.:!?]/.test(words.slice(0, drop).join(' '))) return words.slice(drop).join(' ');
  }
  return cleaned;
}

/** Sentences that only frame the agreement ("Dan de afspraken.", "Oké.") and are not handed to the reader. */
function framing(t: string): boolean {
  return (
    isAgreementIntro(t) ||
    isWrapUp(t) ||
    isSummaryOpen(t) ||
    isAcceptance(t) ||
    NL_FIRST.test(t) ||
    NL_SECOND.test(t) ||
    /\b(?:i|we|you)\b/.test(t)
  );
}

/**
 * The commitment an utterance makes, or null; short acceptances ("Doe ik") are not commitments. Its
 * text keeps the committing sentences and short neutral ones around them (a vocative "Ja, mevrouw
 * Verhagen:", a trailing "Uiterlijk donderdag."), and drops framing ("Dan de afspraken.", "Als u dat goed
 * vindt wel.") that would mislead the agreement reader about who acts.
 */
export function findCommitment(text: string, ctx: CommitmentContext): Commitment | null {
  let found: Commitment | null = null;
  const sentences = splitSentences(text);
  // No punctuation anywhere in the utterance: speech-to-text, where a request shows only in its words.
  const spoken = !/[.!?:;]/.test(text);
  const keep: boolean[] = new Array(sentences.length).fill(false);
  // A turn that tells how to reach the speaker ("Ik ben bereikbaar op … Buiten die tijden bel je de crisislijn"):
  // its ways of getting in touch are contact details, no assignments.
  const reachTurn = sentences.some((x) => REACH.test(normalize(x)));
  // The promises of the utterance, clause by clause: an untimed one joins the next timed one ("Ik bel de
  // aannemer. Dat doe ik morgen.").
  const units: { text: string }[] = [];
  let pending: string[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const t = normalize(sentences[k]!);
    // "Als het slechter gaat, dan wacht je niet. Dan bel je de huisarts.": the sentence after a condition that
    // opens with "dan" goes on with what to do in that case; it assigns nothing.
    const goesOnWithCondition =
      k > 0 && /^(?:dan|then)\b/.test(t) && CONDITION.test(normalize(sentences[k - 1]!).split(/, /)[0]!);
    // A short acceptance ("Doe ik.", "Great.") is no promise of its own, but what follows it in the same turn may be.
    const c =
      isAcceptance(t) ||
      (reachTurn && (isContact(t) || CALL_VERB.test(t)) && !FIRST_CALLS.test(t)) ||
      goesOnWithCondition
        ? null
        : sentenceCommitment(t, ctx, spoken);
    if (!c) {
      // A habit or the past ("… geeft meestal binnen vijf werkdagen advies") lends no day to the promise after it.
      // A remark of its own with a day ("Ons fotohokje is vanmiddag kapot") is no part of the promise either.
      keep[k] =
        wordCount(t) <= 8 &&
        (!framing(t) || (hasTimeExpression(t) && hasItBy(t))) &&
        !isHabitual(t) &&
        !PAST.test(t) &&
        (!hasTimeExpression(t) || datesWhatCameBefore(t));
      // A short neutral sentence belongs to a promise: a trailing time to the one before, a vocative to the next.
      const last = units[units.length - 1];
      // "Zou u de brief willen opvragen? Lukt dat uiterlijk vrijdag?": the short sentence after names its day.
      if (keep[k] && found && hasTimeExpression(t)) found.timed = true;
      if (keep[k] && last && pending.length === 0 && hasTimeExpression(t)) last.text += ` ${sentences[k]!}`;
      else if (keep[k]) pending.push(sentences[k]!);
      continue;
    }
    keep[k] = true;
    if (!found) {
      found = { ...c, text: '' };
      // "Vandaag nog, beloofd. Kunt u mij voor vrijdag …?": a dated promise with its own day takes no day from
      // a short answer before it.
      if (c.timed)
        for (let j = 0; j < k; j++)
          if (keep[j] && hasTimeExpression(normalize(sentences[j]!))) {
            keep[j] = false;
            pending = pending.filter((p) => p !== sentences[j]);
          }
    } else if (c.timed) found.timed = true;
    const clauses = splitActions(sentences[k]!);
    for (const clause of clauses.length > 1 ? clauses : [sentences[k]!]) {
      const n = normalize(clause);
      if (clauses.length > 1 && !sentenceCommitment(n, ctx, spoken)) {
        pending.push(clause);
        continue;
      }
      const last = units[units.length - 1];
      if (!hasTimeExpression(n)) pending.push(clause);
      else if (last && pending.length === 0 && anaphoric(n)) last.text += ` ${clause}`;
      else {
        units.push({ text: [...pending, clause].join(' ') });
        pending = [];
      }
    }
  }
  if (!found) return null;
  found.text = cleanForReader(sentences.filter((_, k) => keep[k]).join(' '));
  if (units.length >= 2) {
    if (pending.length > 0) units[units.length - 1]!.text += ` ${pending.join(' ')}`;
    found.parts = units.map((u) => cleanForReader(u.text));
  }
  return found;
}

/**
 * Whether a short sentence after a promise or request gives it its day: a question about it ("Lukt dat uiterlijk
 * vrijdag?"), a deadline marker first ("Uiterlijk donderdag."), or a bare time ("Vrijdag dan."); not a remark
 * of its own ("Ons fotohokje is vanmiddag kapot").
 */
function datesWhatCameBefore(t: string): boolean {
  return (
    t.endsWith('?') ||
    /^(?:uiterlijk|voor|tegen|ten laatste|by|before|no later)\b/.test(t) ||
    wordCount(t) <= 3 ||
    hasItBy(t)
  );
}

/** When the other side has what was promised ("Binnen een week heeft de commissie het", "Vrijdag hebt u ze"). */
const HAVE_VERB = /\b(?:heeft|hebt|heb|hebben|krijgt|krijgen|ontvangt|ontvangen|has|have|gets|get)\b/;
const ENDS_IN_IT = /\b(?:het|'t|ze|die|dat|it|them)[.!]?$/;
const hasItBy = (t: string): boolean => HAVE_VERB.test(t) && ENDS_IN_IT.test(t);

/** Discourse words that may open a clause before its topic ("en dat doe ik morgen", "and that I'll do"). */
const OPENERS: ReadonlySet<string> = new Set([...GRAMMAR.joiners, ...GRAMMAR.sequencers]);

/** Whether a clause opens with a demonstrative topic that points back ("Dat regel ik morgen"): the same promise. */
function anaphoric(normalized: string): boolean {
  const words = normalized.split(' ').map((w) => w.replace(/[^\p{L}']/gu, ''));
  let k = 0;
  while (k < 2 && OPENERS.has(words[k] ?? '')) k++;
  return GRAMMAR.topics.has(words[k] ?? '');
}

/** Whether an utterance addresses a participant by name at its start ("Mr. Timmer, u …"). */
export function addressesByName(normalized: string, names: Map<string, string>): string | null {
  const head = /^(?:(?:en|dan|oke|ok|so|and|right|great|goed|mooi)[,.]? )?([a-z][\w .'-]{1,40}?),/.exec(
    normalized,
  );
  if (!head) return null;
  const called = head[1]!.trim();
  // "Meneer Van Leeuwen, …": the title before the name.
  const [title, ...rest] = called.split(' ');
  const untitled = WORD_CLASSES.titles.has(title!.replace(/\.$/, '')) ? rest.join(' ') : called;
  return names.get(called) ?? names.get(untitled) ?? null;
}
