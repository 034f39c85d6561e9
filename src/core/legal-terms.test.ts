import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyAlgemeneTermijnenwet, computeLegalTerm } from './legal-terms.ts';
import { SEED_CONVERSATION_TYPES } from './conversation-type.ts';
import { nextStepsFrom } from './new-conversation.ts';

test('Wmo 2.3.5: two weeks after an application, past Christmas and the weekend', () => {
  // Received Friday 11 December 2026; two weeks later is Christmas Day (Friday), then Boxing Day and Sunday.
  const result = computeLegalTerm({ rule: 'wmo-2.3.5', variant: 'standard' }, '2026-12-11');
  assert.equal(result.countedEnd, '2026-12-25');
  assert.equal(result.date, '2026-12-28');
  assert.equal(result.movedByAtw, true);
  assert.equal(result.postponedDate, null);
});

test("Awb 9:11: six weeks after a complaint that lands on King's Day, ten with a committee, +4 postponed", () => {
  // Received Monday 16 March 2026: six weeks later is Monday 27 April, King's Day.
  const standard = computeLegalTerm({ rule: 'awb-9:11', variant: 'standard' }, '2026-03-16');
  assert.equal(standard.countedEnd, '2026-04-27');
  assert.equal(standard.date, '2026-04-28');
  // Postponed by four weeks: Monday 25 May 2026 is Whit Monday, so Tuesday 26 May.
  assert.equal(standard.postponedDate, '2026-05-26');
});

test('Awb 9:11 with a committee: ten weeks; Easter Monday moves the end', () => {
  // Received Monday 26 January 2026 + 10 weeks = Monday 6 April 2026, Easter Monday.
  const result = computeLegalTerm({ rule: 'awb-9:11', variant: 'committee' }, '2026-01-26');
  assert.equal(result.weeks, 10);
  assert.equal(result.countedEnd, '2026-04-06');
  assert.equal(result.date, '2026-04-07');
});

test('Awb 7:10: counted from the day after the objection period ends', () => {
  // Decision made known Friday 2 October 2026. Objection period (6:7/6:8): from 3 October, six weeks, ends
  // Friday 13 November. Decision term: from 14 November, six weeks, ends Friday 25 December → Monday 28.
  const result = computeLegalTerm({ rule: 'awb-7:10', variant: 'standard' }, '2026-10-02');
  assert.equal(result.objectionPeriodEnds, '2026-11-13');
  assert.equal(result.countedEnd, '2026-12-25');
  assert.equal(result.date, '2026-12-28');
  // Postponed by at most six weeks: Friday 5 February 2027.
  assert.equal(result.postponedDate, '2027-02-05');
  // With a committee twelve weeks: Friday 5 February 2027 too (6 + 6 = 12).
  const committee = computeLegalTerm({ rule: 'awb-7:10', variant: 'committee' }, '2026-10-02');
  assert.equal(committee.date, '2027-02-05');
});

test('Awb 7:10: an objection period ending on a Saturday runs on to Monday, and so does the start', () => {
  // Made known Saturday 14 November 2026: the objection period ends Saturday 26 December → Monday 28 December.
  const result = computeLegalTerm({ rule: 'awb-7:10', variant: 'standard' }, '2026-11-14');
  assert.equal(result.objectionPeriodEnds, '2026-12-28');
  assert.equal(result.date, '2027-02-08');
});

test('Wmo 2.3.2: 5 May counts as a general holiday every year under the Algemene termijnenwet', () => {
  // Report received Tuesday 24 March 2026 + 6 weeks = Tuesday 5 May 2026.
  const result = computeLegalTerm({ rule: 'wmo-2.3.2', variant: 'standard' }, '2026-03-24');
  assert.equal(result.countedEnd, '2026-05-05');
  assert.equal(result.date, '2026-05-06');
});

test('a committee variant of a rule without one falls back to the standard term', () => {
  const result = computeLegalTerm({ rule: 'wmo-2.3.5', variant: 'committee' }, '2026-11-27');
  assert.equal(result.variant, 'standard');
  assert.equal(result.date, '2026-12-11');
});

test('Algemene termijnenwet art. 4: a term of three days or more holds two ordinary days', () => {
  // From Wednesday 23 December 2026, three days to Saturday 26: art. 1 gives Monday 28; the term then holds
  // Thursday 24 and Monday 28, two ordinary days.
  assert.equal(applyAlgemeneTermijnenwet('2026-12-23', '2026-12-26'), '2026-12-28');
  // From Thursday 24 December, three days to Sunday 27: Monday 28 is only one ordinary day; Tuesday 29 is two.
  assert.equal(applyAlgemeneTermijnenwet('2026-12-24', '2026-12-27'), '2026-12-29');
});

test('the seeded Wmo type computes its statutory steps, and practice terms skip public holidays', () => {
  const wmo = SEED_CONVERSATION_TYPES.find((type) => type.key === 'wmo-keukentafelgesprek')!;
  const steps = nextStepsFrom(wmo, '2026-12-18');
  // Five working days after Friday 18 December: 21, 22, 23, 24, (25/26 holidays, weekend) 28.
  assert.equal(steps[0]?.date, '2026-12-28');
  assert.equal(steps[2]?.legal?.rule, 'wmo-2.3.5');
  // Two weeks after Friday 18 December is New Year's Day (Friday), so Monday 4 January 2027.
  assert.equal(steps[2]?.legal?.countedEnd, '2027-01-01');
  assert.equal(steps[2]?.date, '2027-01-04');
});
