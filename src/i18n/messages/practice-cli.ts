import type { Translation } from '../dictionary.ts';

// Texts of `sluitstuk practice` in the terminal (practiceCliText). Dutch is the source, with "u".
export const nl = {
  'practice.cli.summary': 'Oefen moeilijke gesprekken en de afsluiting, in de terminal',
  'practice.cli.help': `Gebruik:
  sluitstuk practice list [--json]            de oefenscenario's
  sluitstuk practice play ID [opties]         speel een scenario
  sluitstuk practice check [BESTAND…]         controleer scenario's (ook de oefenruns)

Opties bij play:
  --json               uitvoer als JSON (één object aan het eind)
  --seed N             een ander getal geeft andere bewoordingen (standaard 0)
  --beginner           laat bij elke beurt voorbeeldzinnen zien
  --date JJJJ-MM-DD    dag van het gesprek (voor afspraken als "vrijdag"); standaard vandaag

Komt de invoer niet van een terminal, dan is elke regel één beurt van u.
Scenario's staan in de map scenarios/ (of SCENARIOS_DIR); zie docs/scenarios.md.
Afsluitcodes: 0 gelukt, 1 een scenario klopt niet, 2 verkeerde opties, 3 niet gevonden.
`,
  'practice.cli.unknownSub': 'Onbekende opdracht "{name}". Kies list, play of check.',
  'practice.cli.noId': 'Geef een scenario op. Zie: sluitstuk practice list',
  'practice.cli.notFound': 'Scenario "{id}" bestaat niet. Zie: sluitstuk practice list',
  'practice.cli.badSeed': '--seed moet een heel getal zijn, niet "{value}".',
  'practice.cli.badDate': '--date moet JJJJ-MM-DD zijn, niet "{value}".',
  'practice.cli.broken': 'Niet gebruikt: {file}',
  'practice.cli.allGood':
    '{count, plural, one {# scenario} other {# scenario’s}} en {cards, plural, one {# kaart} other {# kaarten}} in orde.',
  'practice.cli.you': 'U',
  'practice.cli.prompt': 'U: ',
  'practice.cli.moves': 'zetten: {moves}',
  'practice.cli.noMoves': 'geen herkende zet',
  'practice.cli.mood': 'stemming: {mood}',
  'practice.cli.suggestions': 'Voorbeelden:',
  'practice.cli.goal': 'Doel: {goal}',
  'practice.cli.stopHint': '(Stoppen: Ctrl+D)',
  'practice.cli.end': 'Einde: {end}',
  'practice.cli.score': 'Score: {total}/100 (spanning {tension}, helderheid {clarity}, afsluiting {closing})',
  'practice.cli.tips': 'Tips:',
  'practice.cli.tipTurn': 'beurt {turn}',
} as const;

export const en: Translation<typeof nl> = {
  'practice.cli.summary': 'Practise hard conversations and the closing, in the terminal',
  'practice.cli.help': `Usage:
  sluitstuk practice list [--json]            the practice scenarios
  sluitstuk practice play ID [options]        play a scenario
  sluitstuk practice check [FILE…]            check scenarios (their rehearsals too)

Options of play:
  --json               output as JSON (one object at the end)
  --seed N             another number gives other wording (default 0)
  --beginner           show example sentences at every turn
  --date YYYY-MM-DD    day of the conversation (for agreements like "Friday"); default today

When the input is not a terminal, every line is one turn of yours.
Scenarios live in the folder scenarios/ (or SCENARIOS_DIR); see docs/scenarios.md.
Exit codes: 0 done, 1 a scenario is not right, 2 wrong options, 3 not found.
`,
  'practice.cli.unknownSub': 'Unknown command "{name}". Choose list, play or check.',
  'practice.cli.noId': 'Name a scenario. See: sluitstuk practice list',
  'practice.cli.notFound': 'Scenario "{id}" does not exist. See: sluitstuk practice list',
  'practice.cli.badSeed': '--seed must be a whole number, not "{value}".',
  'practice.cli.badDate': '--date must be YYYY-MM-DD, not "{value}".',
  'practice.cli.broken': 'Not used: {file}',
  'practice.cli.allGood':
    '{count, plural, one {# scenario} other {# scenarios}} and {cards, plural, one {# card} other {# cards}} in order.',
  'practice.cli.you': 'You',
  'practice.cli.prompt': 'You: ',
  'practice.cli.moves': 'moves: {moves}',
  'practice.cli.noMoves': 'no move recognised',
  'practice.cli.mood': 'mood: {mood}',
  'practice.cli.suggestions': 'Examples:',
  'practice.cli.goal': 'Goal: {goal}',
  'practice.cli.stopHint': '(To stop: Ctrl+D)',
  'practice.cli.end': 'End: {end}',
  'practice.cli.score': 'Score: {total}/100 (tension {tension}, clarity {clarity}, closing {closing})',
  'practice.cli.tips': 'Tips:',
  'practice.cli.tipTurn': 'turn {turn}',
};
