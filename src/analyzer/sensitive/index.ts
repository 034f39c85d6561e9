// Special personal data in free text (AVG art. 9 and the BSN): the detector, its rules and its word tables.
export type * from './types.ts';
export { findSensitive, leaveOut, type FindSensitiveOptions } from './find.ts';
export { passesElfproef } from './bsn.ts';
export { SENSITIVE_RULES } from './rules.ts';
