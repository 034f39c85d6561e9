// The agreement reader's public surface (also the entry bundled for the browser).
export type * from './types.ts';
export { HINT_CODES } from './types.ts';
export { readAgreement } from './read.ts';
export { exampleDeadlineOf } from './hints.ts';
export { detectLanguage } from '../language/detect.ts';
export { parseDeadline, readTime, type ParseDeadlineOptions, type TimeReading } from '../deadline/parse.ts';
export { findVagueTerms } from '../deadline/find-vague.ts';
