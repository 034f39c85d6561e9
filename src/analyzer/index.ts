// Public surface of the analyzer: deterministic Dutch/English text analysis, browser-safe.
// Agreement reader (owner, action, deadline, vague terms, SMART).
export * from './agreement/index.ts';
// Transcript analysis (issue 4): reading .txt/.vtt/.srt and finding the seven closing steps.
export * from './transcript/index.ts';
export * from './closing/index.ts';
// Move classifier (issue 11): the kinds of moves in one leader turn, for practice conversations.
export * from './moves/index.ts';
// Special personal data (issue 12): BSNs and health details in free text, for warnings while typing and in answers.
export * from './sensitive/index.ts';
// Public holidays (NL, BE), working days and the rest days of the Algemene termijnenwet: one calendar for the
// analyzer's "werkdagen", core's terms and the follow-up's reminders.
export * from './calendar/holidays.ts';
