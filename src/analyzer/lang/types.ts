// The interface every language pack implements. Everything outside a pack is language-agnostic: it asks the
// packs for word classes and rules and never names a word of its own (as Kysely's core never names a
// dialect's SQL). Adding a language means adding a pack and registering it in lang/index.ts.

/** The families of closing cues; a rule belongs to one family. */
export type CueFamily =
  | 'wrapUp' // the leader announces the end
  | 'summaryOpen' // the leader sums up, or asks someone to
  | 'summarySoft' // checking one's understanding (a summary when long or checked)
  | 'summaryCheck' // a check that the summary is right
  | 'agreementIntro' // the leader turns to agreements
  | 'expectationIntro' // the leader explains what happens next
  | 'receive' // the other side will receive something (a letter, a call)
  | 'followUp' // someone else will get in touch
  | 'thirdPartyNext' // a third party acts next
  | 'duration' // how long a next step takes ("dat duurt meestal twee weken")
  | 'document' // a document or message is named
  | 'questionRound' // the leader offers the last round of questions
  | 'contact' // who the leader is and how to reach them, or the other's details
  | 'feedbackAsk' // the leader asks how the conversation went
  | 'feedbackAnnounce' // the leader asks it in a statement: a survey announced, "I'd like to know how it went"
  | 'feedbackAck' // the leader takes feedback in
  | 'thanks' // any thanks
  | 'ironicThanks' // "bedankt voor niks"
  | 'thanksObject' // thanks for the conversation, for people's time, to everyone
  | 'farewell' // wishes and goodbyes
  | 'acceptance' // a short acceptance ("doe ik", "will do")
  | 'questionStart' // an interrogative start (a question without "?")
  | 'meetingRemark' // a remark about the meeting itself ("we hebben nog een kwartier")
  | 'reassurance'; // "daar hoeft u zich geen zorgen over te maken"

/** One cue rule: a stable id (`<lang>.<family>.<name>`), its family and its token-window pattern. */
export interface CueRule {
  id: string;
  family: CueFamily;
  pattern: string;
}

/** A language pack: word classes and rules of one language (with its regional variants). */
export interface LanguagePack {
  code: 'nl' | 'en';
  /** Word classes that patterns name with @class. */
  classes: Readonly<Record<string, readonly string[]>>;
  /** Spoken fillers left out of every word list ("eh", "uhm"). */
  fillers: readonly string[];
  /** Words written with a dot that ends no sentence before a lower-case word ("dec.", "z.s.m."). */
  abbreviations: readonly string[];
  /** Titles before a name ("mevrouw", "dhr.", "Mr."). */
  titles: readonly string[];
  /** The closing cues. */
  cues: readonly CueRule[];
  /** Words by grammatical role. */
  grammar: Grammar;
}

/**
 * The words of a language by their grammatical role: all the owner reader, the clause reader and the commitment
 * reader know of a language. Words are folded (text/fold.ts). The readers use the union over all packs, because
 * people mix languages ("ik stuur de minutes by Friday"), so a word must not mean one thing in one pack and
 * something else in another unless both meanings are harmless.
 */
export interface Grammar {
  // Who acts.
  /** Subject pronouns of the speaker, with their contractions ("ik", "we", "I", "I'll"). */
  firstPerson: readonly string[];
  /** Subject pronouns that can only be a subject (never an object): "ik", "jij", "I", "we". */
  subjectOnly: readonly string[];
  /** Subject pronouns of the one addressed ("u", "jij", "ge", "you", "you'll"). */
  secondPerson: readonly string[];
  /** Objects and possessives of the one addressed ("uw", "jou", "your"). */
  secondOther: readonly string[];
  /** The addressed as a group: no single owner ("jullie", "y'all"). */
  secondPlural: readonly string[];
  /** Words that open a subject naming nobody at the table: articles, third persons, possessives. */
  thirdPerson: readonly string[];
  /** Words that may open a sentence without being its subject ("oké", "dus", "so", "right"). */
  discourse: readonly string[];
  /** Family roles by which a relative at the table is named ("zoon", "mijn man", "daughter"). */
  family: readonly string[];
  /** Roles of someone at the table beside the client ("het maatje", "de mantelzorger", "the carer"). */
  careRoles: readonly string[];
  /** Prepositions: a name after one is an object, not the one addressed. */
  prepositions: readonly string[];
  /** Words that open a relative or subordinate clause, so a pronoun after them is not the main subject. */
  relatives: readonly string[];
  /** Relative pronouns: a pronoun after one belongs to a relative clause ("de brief die ik stuur"). */
  relativePronouns: readonly string[];
  /** Demonstratives and adverbs that can open a main clause as its topic before the verb ("dat", "daar"). */
  topics: readonly string[];
  /** Conjunctions that join main clauses ("en", "maar", "and", "but"). */
  coordinators: readonly string[];
  /** Conjunctions that join two promises, each its own agreement ("ik bel morgen … en ik mail u vrijdag"). */
  joiners: readonly string[];
  /** Adverbs of sequence that may follow a joiner and open the next step ("en dan", "and then", "daarna"). */
  sequencers: readonly string[];
  /** Words that open a free relative used as a topic ("wat u zei, …"). */
  freeRelatives: readonly string[];
  /** Words after a clause-initial verb that show an imperative ("bel mij even", "send us"). */
  imperativeNext: readonly string[];
  /** "Let's", "laten we": the speaker acts, with the others. */
  jointOpeners: readonly string[];
  /** Words that make a clause's subject the one addressed when they open it: "graag", "please". */
  politeOpeners: readonly string[];
  /** Verbs of receiving: the one addressed receives, someone else acts ("u krijgt", "you'll hear"). */
  receive: readonly string[];
  /** Verbs by which the speaker asks something of the addressee ("mag ik van u", "I need from you"). */
  requestVerbs: readonly string[];
  /** Verbs of asking and expecting that hand the action to the addressee ("ik verwacht uw", "I need you to"). */
  askVerbs: readonly string[];
  /** Verbs of asking among askVerbs that need "dat/that/to" before they hand over ("ik wil dat u …"). */
  wantVerbs: readonly string[];
  /** The conjunction that opens a content clause ("dat", "that"). */
  complementizers: readonly string[];
  /** Words after a want verb that, besides the complementizer, hand the action over ("graag", "to", "like"). */
  wantMarkers: readonly string[];
  /** Determiners before a role or a noun ("de zoon", "uw broer", "the report"). */
  determiners: readonly string[];
  /** Determiners that open a noun phrase used as a topic ("de verslagen zet ik …", "the minutes I'll …"). */
  topicDeterminers: readonly string[];
  /** The preposition of a source ("van u", "from you"). */
  fromWords: readonly string[];
  /** Objects of the speaker ("mij", "ons", "me", "us"). */
  firstObject: readonly string[];
  /** Receiving verbs that also act with an object ("can you get the results to me"). */
  actingReceive: readonly string[];
  /** Words after a name with "'s" that make it "is/has" ("Ben's going to …"). */
  contractedNext: readonly string[];
  /** How an answer turns a request down ("helaas", "dat kan ik niet beloven", "I can't promise that", "unfortunately"). */
  refusals: readonly string[];
  /** A proposal whose clause after it is what is proposed ("zullen we zeggen", "shall we say", "let's say"). */
  proposeSay: readonly string[];
  /** Words that announce the agreement clause after them ("we spreken af dat", "we agree that"). */
  agreeThat: readonly string[];
  /** Modal verbs that, before the addressee, make a request ("kunt u", "could you", "please"). */
  requestModals: readonly string[];

  // Clauses.
  /** Conjunctions that always open a subordinate clause ("omdat", "zodat", "because"). */
  subordinators: readonly string[];
  /** Subordinators that make the main clause conditional ("als", "mocht", "if", "unless", "when"). */
  conditionals: readonly string[];
  /** Prepositions that open a subordinate clause only before a subject ("before you go", "voordat"). */
  clausePrepositions: readonly string[];
  /** Subject words that open a new clause wherever they stand, unless an auxiliary or a relative precedes them
   * (English "I", "I'll": no inversion, so speech-to-text without commas still shows where a clause starts). */
  freeSubjects: readonly string[];
  /** Auxiliaries that may stand right before a subject in a question ("do I", "can I", "heb ik"). */
  questionAux: readonly string[];
  /** Question words: a clause opening with one asks for information, it requests nothing. */
  questionWords: readonly string[];

  // The verb of a clause.
  /** Auxiliaries of the future ("zal", "ga", "will", "'ll", "shall", "gonna"). */
  future: readonly string[];
  /** Forms of "to be" (progressive and copula): "ben", "is", "am", "'m", "are". */
  be: readonly string[];
  /** Forms of "to have" that make a perfect with a participle ("heb", "heeft", "have", "had"). */
  perfect: readonly string[];
  /** Modal verbs of possibility and permission: an offer or an option, no promise ("kan", "mag", "can"). */
  option: readonly string[];
  /** Verbs of obligation: a duty or an instruction, no promise ("moet", "hoeft", "must", "need"). */
  obligation: readonly string[];
  /** Verbs of wishing and hoping: no promise ("wil", "hoop", "want", "hope", "would like"). */
  wish: readonly string[];
  /** Verbs of being, having, knowing, thinking and perceiving: a description, no action. */
  stative: readonly string[];
  /** Verbs of aspect: with an infinitive they carry the action on ("ik blijf u bellen", "I'll keep sending"). */
  aspect: readonly string[];
  /** Particles that make a stative verb an action, closing its clause ("ik werk het plan bij", "ik zie het na"). */
  actionParticles: readonly string[];
  /** Irregular past forms ("ging", "zei", "sent", "did"): the past, no promise. */
  past: readonly string[];
  /** Regular past endings of a finite verb (Dutch "-de", "-te"; English "-ed"), with the shortest such verb. */
  pastEndings: readonly { ending: string; minLength: number }[];
  /** Past participles that do not follow the regular pattern ("gedaan", "done", "sent"). */
  participles: readonly string[];
  /** Regular participle shapes: a prefix, its endings and the shortest such word ("ge…d", "ge…en", "…ed"). */
  participleShapes: readonly { prefix: string; endings: readonly string[]; minLength: number }[];
  /** Negations ("niet", "geen", "not", "won't", "can't"). */
  negation: readonly string[];
  /** Adverbs that may stand between an English subject and its verb ("just", "also", "still"). */
  midAdverbs: readonly string[];
  /** Words of a result that make "hebben/have" an action ("klaar", "af", "ready", "done"). */
  result: readonly string[];
  /** Words of an offer ("aanbieden", "bereid", "happy to", "willing to"): a promise once accepted. */
  offer: readonly string[];
  /** Words of a need ("nodig", "need"): "ik heb … nodig" asks, it promises nothing. */
  need: readonly string[];
  /** Spoken contractions speech-to-text writes without an apostrophe ("ill" → "i'll", "wont" → "won't"). */
  spokenContractions: Readonly<Record<string, string>>;
  /** Contracted endings of a subject and the verb they stand for ("'ll" → "will", "'m" → "am"). */
  contractions: Readonly<Record<string, string>>;
  /** Adverbs of what usually happens ("meestal", "in de regel", "usually"): a description of how things go. */
  habitual: readonly string[];
  /** Verbs that free the one addressed of an action ("hoeft", "don't need"): no assignment. */
  exemption: readonly string[];
  /** Words of a habit or a schedule: a description, no promise ("elke", "meestal", "every", "usually"). */
  habit: readonly string[];
  /** Words that make a time recurring ("elke", "iedere", "every", "each"). */
  distributive: readonly string[];
  /** Parts of the day and units of time a distributive makes recurring ("elke ochtend", "every week"). */
  recurringUnits: readonly string[];
  /** Words that start a recurring arrangement from now on, which then is a promise ("voortaan", "from now on"). */
  fromNow: readonly string[];

  // Who is speaking, in a transcript that does not say.
  /** Phrases right before one's own name ("u spreekt met", "mijn naam is", "this is", "my name is"). */
  introduceSelf: readonly string[];
  /** Phrases before one's own name only when they open the sentence (the phone's "met Jan", "it's Jan"). */
  introduceSelfOpening: readonly string[];
  /** Words right after one's own name ("Jan hier", "Jan speaking"). */
  introduceSelfAfter: readonly string[];
  /** Phrases before the name of the one addressed ("spreek ik met", "is this", "am I speaking to"). */
  askWhoIs: readonly string[];
  /** Greetings and thanks that a name of the one addressed may follow ("goedemorgen", "dank u", "hi"). */
  greetings: readonly string[];
  /** Lower-case words inside a name ("van", "de", "der"): "Ria van der Berg" is one name. */
  nameParticles: readonly string[];
}
