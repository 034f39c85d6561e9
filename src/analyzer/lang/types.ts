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
}
