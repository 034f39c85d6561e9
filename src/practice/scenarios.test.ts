// Every scenario file shipped in scenarios/ is valid, behaves as its rehearsals say, and teaches the right
// moves; broken files are reported with the file, the field and what is wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { classifyMoves } from '../analyzer/index.ts';
import { buildLibrary, parseCard, parseScenario, type ScenarioLibrary } from './parse.ts';
import { rehearsalProblems, runRehearsals } from './rehearse.ts';
import { SCORE_PARTS, SETTINGS, type Scenario } from './schema.ts';

const root = join(import.meta.dirname, '../../scenarios');
const filesIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .map((name) => ({ file: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));

const library: ScenarioLibrary = buildLibrary({
  scenarios: filesIn(root),
  cards: filesIn(join(root, 'cards')),
});
const DATE = '2026-03-02';

test('every scenario and card file in scenarios/ is valid', () => {
  assert.deepEqual(
    library.errors.map((e) => e.message),
    [],
  );
  assert.equal(library.scenarios.length, filesIn(root).length);
});

test('the launch set: at least 10 scenarios, Dutch first, English for at least three, every setting', () => {
  assert.ok(library.scenarios.length >= 10);
  assert.ok(library.scenarios.filter((s) => s.lang === 'nl').length >= 10);
  assert.ok(library.scenarios.filter((s) => s.lang === 'en').length >= 3);
  assert.equal(library.scenarios[0]!.lang, 'nl');
  for (const setting of SETTINGS)
    assert.ok(
      library.scenarios.some((s) => s.setting === setting),
      `no scenario at ${setting}`,
    );
  // The four customer difficulties, the refusal, the hearing, bad news, the residents' evening, the phone
  // call and the conversation that runs out of time.
  const ids = library.scenarios.map((s) => s.id);
  for (const id of [
    'nl-balie-boze-klant',
    'nl-balie-kleinerend',
    'nl-balie-luistert-niet',
    'nl-balie-wil-leidinggevende',
    'nl-wmo-afwijzing',
    'nl-bezwaar-hoorzitting',
    'nl-een-op-een-slecht-nieuws',
    'nl-bewonersavond-veelprater',
    'nl-telefoon-bereikbaar',
    'nl-tijd-op',
  ])
    assert.ok(ids.includes(id), id);
  const timed = library.scenarios.find((s) => s.id === 'nl-tijd-op')!;
  assert.ok(timed.rules.timeWarning);
});

for (const scenario of library.scenarios) {
  test(`${scenario.id}: the scripted good and poor leaders end as expected, the good one higher on every part`, () => {
    const runs = runRehearsals(scenario, DATE);
    assert.ok(
      runs.some((r) => r.expect === 'good'),
      'needs a good rehearsal',
    );
    assert.ok(
      runs.some((r) => r.expect !== 'good'),
      'needs a poor rehearsal',
    );
    assert.deepEqual(rehearsalProblems(scenario, 'en', DATE), []);
    for (const run of runs) assert.equal(run.debrief.end, run.expect, run.name);
    const good = runs.find((r) => r.expect === 'good')!;
    for (const poor of runs.filter((r) => r.expect !== 'good'))
      for (const part of [...SCORE_PARTS, 'total'] as const)
        assert.ok(good.debrief.score[part] > poor.debrief.score[part], `${part}: ${poor.name}`);
    // The poor run gets two or three tips, each tied to a turn of the conversation.
    const poor = runs.find((r) => r.expect !== 'good')!;
    assert.ok(poor.debrief.tips.length >= 2 && poor.debrief.tips.length <= 3);
    for (const tip of poor.debrief.tips) assert.ok(tip.turn !== null && tip.turn >= 1, tip.code);
  });

  test(`${scenario.id}: every example sentence is the move it stands for`, () => {
    for (const [move, sentences] of Object.entries(scenario.examples))
      for (const sentence of sentences ?? [])
        assert.ok(
          classifyMoves(sentence, { lang: scenario.lang }).kinds.includes(move as never),
          `"${sentence}" should be ${move}`,
        );
  });

  test(`${scenario.id}: the card is in the library and in the scenario's language`, () => {
    const card = library.cards.find((c) => c.id === scenario.card);
    assert.ok(card);
    assert.equal(card.lang, scenario.lang);
  });
}

const source = readFileSync(join(root, 'nl-balie-boze-klant.yaml'), 'utf8');
const file = 'scenarios/nl-balie-boze-klant.yaml';

function problems(text: string, lang: 'nl' | 'en' = 'en', name = file) {
  const read = parseScenario(name, text, lang);
  assert.equal(read.ok, false, 'the broken file should be refused');
  if (read.ok) return [];
  assert.equal(read.error.file, name);
  assert.ok(read.error.message.startsWith(name + ':'), 'the message names the file');
  return read.error.problems;
}

test('a broken scenario names the file, the field and what is wrong', () => {
  // A required field left out.
  let found = problems(source.replace(/^goal: .*\n/m, ''));
  assert.deepEqual(found, [{ field: 'goal', message: 'is missing; fill in this field' }]);
  // A mood that does not exist.
  found = problems(source.replace('start: boos', 'start: kwaad'));
  assert.equal(found[0]!.field, 'start');
  assert.match(found[0]!.message, /"kwaad" is not listed under moods/);
  // A move that does not exist, deep in the rubric (positions count from 1).
  found = problems(source.replace('moves: [argue, blame]', 'moves: [argue, shouting]'));
  assert.equal(found[0]!.field, 'rubric[3].moves[2]');
  assert.match(found[0]!.message, /choose one of: acknowledge/);
  // A typo in a field name.
  found = problems(source.replace('opening:', 'openning:'));
  assert.ok(found.some((p) => p.message.includes('unknown field: openning')));
  // A number where a list is expected.
  found = problems(source.replace('moods: [tevreden, rustig, geïrriteerd, boos, woedend]', 'moods: 5'));
  assert.equal(found[0]!.field, 'moods');
  assert.match(found[0]!.message, /expected: list/);
  // No default line for a mood.
  found = problems(source.replace(/ {4}tevreden:\n {6}- Prima, zo kan ik er iets mee.\n/, ''));
  assert.ok(found.some((p) => p.field === 'replies.default' && p.message.includes('"tevreden"')));
  // A rubric check without the field it needs.
  found = problems(source.replace('    moodAtLeast: boos\n', ''));
  assert.ok(found.some((p) => p.field === 'rubric[1].moodAtLeast'));
  // In Dutch too.
  found = problems(source.replace('start: boos', 'start: kwaad'), 'nl');
  assert.match(found[0]!.message, /staat niet bij moods/);
});

test('broken files: YAML syntax, wrong name, empty, huge, hostile text', () => {
  let found = problems(source.replace('title: De klant', 'title: [De klant'));
  assert.match(found[0]!.field, /^line \d+, column \d+$/);
  assert.match(found[0]!.message, /the syntax is wrong/);
  found = problems(source, 'en', 'scenarios/another-name.yaml');
  assert.deepEqual(found, [
    { field: 'id', message: 'id "nl-balie-boze-klant" must equal the file name ("another-name")' },
  ]);
  assert.match(problems('   \n')[0]!.message, /empty/);
  assert.match(problems(source + '#'.repeat(300_000))[0]!.message, /larger than 256 KB/);
  found = problems(source.replace('title: De klant', 'title: De \u202eklant'));
  assert.ok(found.some((p) => p.field === 'title' && p.message.includes('control characters')));
  assert.match(problems('{"id": ', 'en', 'x.json')[0]!.message, /syntax/);
  // YAML anchors cannot be used to blow up memory.
  const bomb =
    'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n';
  assert.equal(parseScenario('bomb.yaml', bomb).ok, false);
});

test('the same file as JSON reads the same', () => {
  const scenario = library.scenarios.find((s) => s.id === 'nl-balie-boze-klant')!;
  const read = parseScenario('nl-balie-boze-klant.json', JSON.stringify(scenario));
  assert.ok(read.ok);
  assert.deepEqual(read.value, scenario);
});

test('the library leaves out a scenario whose card is missing or in another language, and says why', () => {
  const lib = buildLibrary(
    { scenarios: [{ file: 'scenarios/nl-balie-boze-klant.yaml', text: source }], cards: [] },
    'en',
  );
  assert.equal(lib.scenarios.length, 0);
  assert.equal(lib.errors[0]!.problems[0]!.field, 'card');
  const english = readFileSync(join(root, 'cards/en-counter-complaint.yaml'), 'utf8');
  const other = buildLibrary(
    {
      scenarios: [
        { file: file, text: source.replace('card: nl-balie-klacht', 'card: en-counter-complaint') },
      ],
      cards: [{ file: 'cards/en-counter-complaint.yaml', text: english }],
    },
    'en',
  );
  assert.match(other.errors[0]!.problems[0]!.message, /the card is in language "en"/);
  assert.equal(parseCard('cards/x.yaml', 'id: x\n').ok, false);
});

test('a rehearsal that does not end as written is reported', () => {
  const scenario = structuredClone(
    library.scenarios.find((s) => s.id === 'nl-balie-boze-klant')!,
  ) as Scenario;
  scenario.rehearsals![1]!.expect = 'good';
  const found = rehearsalProblems(scenario, 'en', DATE);
  assert.ok(found.some((p) => p.field === 'rehearsals[2]' && p.message.includes('ends as "broken_off"')));
});
