import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAgreement } from '../analyzer/index.ts';
import { smartVerdict, type SmartFields } from './smart.ts';

const DAY = '2026-12-01';
const fields = (over: Partial<SmartFields>): SmartFields => ({
  sourceText: '',
  owner: 'leader',
  action: '',
  deadline: null,
  measure: '',
  acceptedBy: [],
  ...over,
});

test('a sentence whose weekday contradicts its date is not time-bound, whatever the deadline field holds', () => {
  const sourceText = 'Lea stuurt u de beschikking uiterlijk vrijdag 12 december';
  const reading = readAgreement(sourceText, { date: DAY, participants: ['Lea'] });
  for (const deadline of [null, '2026-12-11', '2026-12-12']) {
    const outcome = smartVerdict(
      fields({ sourceText, action: reading.action ?? '', deadline }),
      reading,
      ['p1'],
      DAY,
    );
    assert.equal(outcome.letters.T, 'missing', `deadline ${deadline}`);
    const advice = outcome.hints.find((h) => h.letter === 'timeBound');
    // The advice names the weekday the date has; no example of another day is put in its place.
    assert.deepEqual(advice, {
      letter: 'timeBound',
      code: 'weekday_mismatch',
      params: { phrase: 'vrijdag 12 december', weekday: 6 },
    });
  }
  const fixed = 'Lea stuurt u de beschikking uiterlijk vrijdag 11 december';
  const right = readAgreement(fixed, { date: DAY, participants: ['Lea'] });
  const outcome = smartVerdict(
    fields({ sourceText: fixed, action: right.action ?? '', deadline: '2026-12-11' }),
    right,
    ['p1'],
    DAY,
  );
  assert.equal(outcome.letters.T, 'ok');
  assert.equal(
    outcome.hints.some((h) => h.letter === 'timeBound'),
    false,
  );
});

test("the example of a missing or impossible deadline is a real Friday from the conversation's day", () => {
  for (const sourceText of ['Lea belt u terug', 'Lea belt u op 31 april 2027 terug']) {
    const reading = readAgreement(sourceText, { date: '2026-11-20', participants: ['Lea'] });
    const outcome = smartVerdict(fields({ sourceText, action: reading.action ?? '' }), reading, [], DAY);
    const advice = outcome.hints.find((h) => h.letter === 'timeBound');
    assert.ok(advice, sourceText);
    assert.equal(advice.params?.example, '2026-12-11', sourceText);
  }
});

test('A is met when every participant accepted; R is always for the participants to say', () => {
  const outcome = smartVerdict(fields({ action: 'stuurt de brief', acceptedBy: ['p1', 'p2'] }), null, [
    'p1',
    'p2',
  ]);
  assert.equal(outcome.letters.A, 'ok');
  assert.equal(outcome.letters.R, 'ask');
  const partly = smartVerdict(fields({ action: 'stuurt de brief', acceptedBy: ['p1'] }), null, ['p1', 'p2']);
  assert.equal(partly.letters.A, 'ask');
});

test("a transcript's agreement, whose people are not known, leaves A and R to ask", () => {
  const outcome = smartVerdict(fields({ action: 'stuurt de brief' }), null, null);
  assert.deepEqual([outcome.letters.A, outcome.letters.R], ['ask', 'ask']);
  const nobody = smartVerdict(fields({ action: 'stuurt de brief' }), null, []);
  assert.deepEqual([nobody.letters.A, nobody.letters.R], ['ok', 'ask'], 'nobody else at the table');
});
