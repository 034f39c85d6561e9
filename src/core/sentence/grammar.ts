// What a language must offer to write an agreement as a sentence (src/core/agreement-sentence.ts).

export interface SentenceGrammar {
  /** Normalised words that are clearly of this language, to tell which grammar fits a typed phrase. */
  marks: ReadonlySet<string>;
  /**
   * Owner and action as one main clause in this language's grammar ("Lea de Vries kijkt ernaar"), without
   * the deadline and the full stop; null when the action's shape is not recognised with confidence.
   */
  compose(owner: string, action: string, source: string): string | null;
  /** The composed clause with the deadline (a written-out day) or the remark that there is none. */
  withDeadline(clause: string, date: string | null): string;
  /** The leader's own sentence quoted, with the owner (or that nobody is named yet) and the deadline. */
  quoted(source: string, owner: string | null, date: string | null): string;
  /** An action that is no clause of its own ("nieuw formulier"), introduced by a clause with the owner. */
  described(action: string, owner: string | null, date: string | null): string;
  /** An agreement with neither action nor words of the leader. */
  undescribed(owner: string | null, date: string | null): string;
  /** A day 'YYYY-MM-DD' written out ("vrijdag 27 november 2026"). */
  formatDay(day: string): string;
}
