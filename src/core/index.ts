// The domain of Sluitstuk: pure, no I/O. Other modules import only from this file.
export * from './steps.ts';
export * from './errors.ts';
export * from './ports.ts';
export * from './calendar.ts';
export * from './limits.ts';
export * from './schema-helpers.ts';
export * from './conversation.ts';
export * from './conversation-type.ts';
export * from './user.ts';
export * from './policy.ts';
export * from './closing-check.ts';
export * from './audit.ts';
export * from './smart.ts';
export * from './sharing.ts';
export * from './acceptance.ts';
export * from './agreement-sentence.ts';
export * from './report.ts';
