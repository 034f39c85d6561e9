import { readTime } from './parse.ts';

/** The vague time terms of a text, lowercase, in order ("binnenkort", "z.s.m."); never a deadline. */
export function findVagueTerms(text: string): string[] {
  return readTime(text, { date: '2000-01-01' }).vagueTerms;
}
