// Public surface of the analyzer: deterministic Dutch/English text analysis, browser-safe.
// Agreement reader (owner, action, deadline, vague terms, SMART).
export * from './agreement/index.ts';
// Transcript analysis (issue 4): reading .txt/.vtt/.srt and finding the seven closing steps.
export * from './transcript/index.ts';
export * from './closing/index.ts';
// Public holidays (NL, BE), working days and the rest days of the Algemene termijnenwet: one calendar for the
// analyzer's "werkdagen", core's terms and the follow-up's reminders.
export * from './calendar/holidays.ts';
