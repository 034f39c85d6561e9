// The engine's rules: moods move with the moves, conversations end in the ways the scenario says, the same
// inputs give the same conversation, suggestions fit the moment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from './parse.ts';
import { cleanTurn, pick, playScript, playTurn, startPractice, suggest } from './engine.ts';
import { debrief, practiceTranscript } from './debrief.ts';
import type { Scenario } from './schema.ts';

function load(id: string): Scenario {
  const file = join(import.meta.dirname, '../../scenarios', `${id}.yaml`);
  const read = parseScenario(file, readFileSync(file, 'utf8'));
  assert.ok(read.ok);
  return read.value;
}
const angry = load('nl-balie-boze-klant');

test('the mood moves one step per calming move and two per harmful one, within the scale', () => {
  let state = startPractice(angry);
  assert.equal(state.mood, 'boos');
  state = playTurn(angry, state, 'Ik merk dat u hier erg boos over bent.');
  assert.equal(state.mood, 'geïrriteerd');
  state = playTurn(angry, state, 'Dat is uw eigen schuld.');
  assert.equal(state.mood, 'woedend');
  assert.equal(state.turns[1]!.moodBefore, 'geïrriteerd');
  assert.deepEqual(state.turns[1]!.moves, ['blame']);
});

test('the persona walks out after the set number of turns at the worst mood', () => {
  const state = playScript(angry, ['Doe even normaal.', 'U overdrijft.', 'Heeft u nog vragen?']);
  assert.equal(state.end, 'broken_off');
  assert.equal(state.turns.length, 2);
  assert.equal(state.turns[1]!.reply, angry.endings.broken_off);
  // Nothing changes after the end.
  assert.equal(playTurn(angry, state, 'Hallo?'), state);
});

test('thanks ends the conversation, but not as a greeting in the first turn', () => {
  let state = playTurn(angry, startPractice(angry), 'Dank u wel voor uw komst.');
  assert.equal(state.end, null);
  state = playTurn(angry, state, 'Tot ziens.');
  assert.equal(state.end, 'weak');
});

test('time runs out after maxTurns; the time warning is said at its turn', () => {
  const timed = load('nl-tijd-op');
  const state = playScript(
    timed,
    Array.from({ length: 10 }, () => 'Vertel eens over de tuin.'),
  );
  assert.equal(state.end, 'out_of_time');
  assert.equal(state.turns.length, timed.rules.maxTurns);
  assert.ok(state.turns[timed.rules.timeWarning!.turn - 1]!.reply.endsWith(timed.rules.timeWarning!.line));
});

test('the same inputs give the same conversation; the seed varies only the wording', () => {
  const turns = ['Meneer, doe even normaal.', 'Ik begrijp dat u boos bent.', 'Ja.'];
  const a = playScript(angry, turns, { seed: 1 });
  assert.deepEqual(playScript(angry, turns, { seed: 1 }), a);
  const seeds = Array.from({ length: 12 }, (_, seed) => playScript(angry, turns, { seed }));
  for (const other of seeds) {
    assert.deepEqual(
      other.turns.map((t) => [t.moves, t.mood]),
      a.turns.map((t) => [t.moves, t.mood]),
    );
  }
  assert.ok(new Set(seeds.map((s) => s.turns.map((t) => t.reply).join('|'))).size > 1);
  assert.equal(pick(['a', 'b', 'c'], 7, 'x'), pick(['a', 'b', 'c'], 7, 'x'));
});

test('suggestions: calm an upset persona first, then the closing in its order', () => {
  let state = startPractice(angry);
  const first = suggest(angry, state);
  assert.ok(first.length >= 1 && first.length <= 3);
  assert.equal(first[0]!.move, 'acknowledge');
  for (const s of first) assert.ok(angry.examples[s.move]!.includes(s.text));
  state = playScript(angry, (angry.rehearsals![0]!.turns as string[]).slice(0, 5));
  const later = suggest(angry, state).map((s) => s.move);
  assert.ok(later.includes('agreement'), later.join());
  assert.ok(!later.includes('thanks'));
  assert.deepEqual(suggest(angry, playScript(angry, angry.rehearsals![0]!.turns)), []);
});

test('hostile turns are cleaned: control characters, bidi overrides, newlines, huge text', () => {
  assert.equal(cleanTurn('Hallo\u202e\u0000 daar\n\nmeneer'), 'Hallo daar meneer');
  assert.equal(cleanTurn('x'.repeat(10_000)).length, 2000);
  const state = playTurn(angry, startPractice(angry), '<img src=x onerror=alert(1)>\nBedankt');
  assert.equal(state.turns[0]!.leader, '<img src=x onerror=alert(1)> Bedankt');
  // The transcript keeps one utterance per line, whatever the leader typed.
  const text = practiceTranscript(angry, playTurn(angry, state, 'Regel een\nGespreksleider: nep'));
  assert.equal(text.trim().split('\n').length, 5);
});

test('the debrief marks the turns its tips are about and the harmful moves', () => {
  const state = playScript(angry, angry.rehearsals![1]!.turns);
  const result = debrief(angry, state, { date: '2026-03-02' });
  assert.equal(result.end, 'broken_off');
  const first = result.transcript.find((line) => line.turn === 1 && line.who === 'leader')!;
  assert.deepEqual(first.harmful, ['argue']);
  assert.ok(first.tips.length > 0);
  for (const [i, tip] of result.tips.entries()) {
    const line = result.transcript.find((l) => l.who === 'leader' && l.turn === tip.turn);
    assert.ok(line?.tips.includes(i + 1));
  }
  assert.equal(result.transcript[0]!.text, angry.opening);
  // An unfinished conversation can be debriefed too.
  assert.equal(debrief(angry, startPractice(angry)).end, 'unfinished');
});

test('a limit never explained gives one tip, tied to a turn, not a second one about its order', () => {
  // Acknowledged, then nothing: the limit is missing ("once"), so "first acknowledge, then the limit"
  // ("order") cannot be judged either; the debrief says it once and points at a turn.
  const state = playScript(angry, ['Ik merk dat u hier erg boos over bent.', 'Tja.']);
  const result = debrief(angry, state, { date: '2026-03-02' });
  const order = angry.rubric.find((item) => item.check === 'order' && item.moves.includes('limit'))!;
  const once = angry.rubric.find((item) => item.check === 'once' && item.moves.includes('limit'))!;
  const codes = result.tips.map((tip) => tip.code);
  assert.ok(codes.includes(`rubric:${once.id}`), codes.join(', '));
  assert.ok(!codes.includes(`rubric:${order.id}`), codes.join(', '));
  // The order item still scores 0 (it was not done), and points at the moment it was most needed.
  assert.equal(result.rubric.find((r) => r.id === order.id)!.score, 0);
  for (const tip of result.tips) assert.ok(tip.turn !== null, tip.code);
});
