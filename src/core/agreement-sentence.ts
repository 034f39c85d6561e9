// An agreement as one sentence a participant can read in the record: the owner named, the action in a
// grammatical form, the deadline written out. Never a fragment such as "Jan Jansen regelt" or the owner glued
// before an action typed in the first person ("Lea de Vries kijk er naar"). In order of preference:
//   1. owner + action composed by the language's grammar ("Lea de Vries kijkt ernaar, uiterlijk op …");
//   2. the leader's own sentence quoted, the owner named beside it ("‘Ik stuur u …’ Dit doet Lea de Vries, …");
//   3. the action introduced by a clause of its own ("Lea de Vries zorgt hiervoor: nieuw formulier, …").
// The grammar words live in src/core/sentence/<lang>.ts: the sentence is part of the report model (pure data,
// built in core), so its words cannot come from i18n like the rest of the product's texts.
import type { Agreement } from './conversation.ts';
import { en } from './sentence/en.ts';
import type { SentenceGrammar } from './sentence/grammar.ts';
import { nl } from './sentence/nl.ts';
import { trimPhrase, wordsOf } from './sentence/words.ts';

/** The languages a record is written in. */
export type SentenceLang = 'nl' | 'en';

const GRAMMARS: Record<SentenceLang, SentenceGrammar> = { nl, en };

/** How the sentence was made: composed from owner and action, the leader's words quoted, or described. */
export type SentenceForm = 'composed' | 'quoted' | 'described' | 'undescribed';

/** The language whose words a phrase is clearly written in, or null when its words do not tell. */
function phraseLanguage(text: string): SentenceLang | null {
  let nlCount = 0;
  let enCount = 0;
  for (const word of wordsOf(text)) {
    const inNl = nl.marks.has(word.norm);
    const inEn = en.marks.has(word.norm);
    if (inNl && !inEn) nlCount++;
    if (inEn && !inNl) enCount++;
  }
  if (nlCount > enCount) return 'nl';
  if (enCount > nlCount) return 'en';
  return null;
}

/** The agreement as a sentence in `lang`, with how it was made. */
export function agreementSentenceParts(
  agreement: Pick<Agreement, 'action' | 'sourceText' | 'deadline'>,
  ownerName: string | null,
  lang: SentenceLang,
): { sentence: string; form: SentenceForm } {
  const grammar = GRAMMARS[lang];
  const action = trimPhrase(agreement.action);
  const source = agreement.sourceText.replace(/\s+/g, ' ').trim();
  const owner = ownerName?.replace(/\s+/g, ' ').trim() || null;
  const date = agreement.deadline ? grammar.formatDay(agreement.deadline) : null;
  const written = phraseLanguage(source || action);
  // Dutch is the product's first language: an undecided phrase is read as Dutch, never forced into English.
  const sameLanguage = written === lang || (written === null && lang === 'nl');
  if (owner && action && sameLanguage) {
    const clause = grammar.compose(owner, action, source || action);
    if (clause) return { sentence: grammar.withDeadline(clause, date), form: 'composed' };
  }
  if (source) return { sentence: grammar.quoted(source, owner, date), form: 'quoted' };
  if (action) return { sentence: grammar.described(action, owner, date), form: 'described' };
  return { sentence: grammar.undescribed(owner, date), form: 'undescribed' };
}

/** The agreement as one grammatical sentence in `lang`, naming the owner and the deadline. */
export function agreementSentence(
  agreement: Pick<Agreement, 'action' | 'sourceText' | 'deadline'>,
  ownerName: string | null,
  lang: SentenceLang,
): string {
  return agreementSentenceParts(agreement, ownerName, lang).sentence;
}

/** A day 'YYYY-MM-DD' written out in the record's language ("vrijdag 27 november 2026"). */
export function formatRecordDay(day: string, lang: SentenceLang): string {
  return GRAMMARS[lang].formatDay(day);
}
