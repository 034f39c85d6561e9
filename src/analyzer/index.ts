// Public surface of the analyzer: deterministic Dutch/English text analysis, browser-safe.
// Agreement reader (owner, action, deadline, vague terms, SMART).
export * from './agreement/index.ts';
