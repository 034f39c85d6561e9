import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, addTerm, addWorkingDays, amsterdamAt, dayOf, isValidDay } from './calendar.ts';

test('isValidDay rejects days that do not exist', () => {
  assert.equal(isValidDay('2026-02-28'), true);
  assert.equal(isValidDay('2026-02-29'), false);
  assert.equal(isValidDay('2028-02-29'), true);
  assert.equal(isValidDay('2026-13-01'), false);
  assert.equal(isValidDay('2026-4-1'), false);
  assert.equal(isValidDay('gisteren'), false);
});

test('working days skip the weekend', () => {
  // Friday 2026-11-27 + 1 working day = Monday 2026-11-30
  assert.equal(addWorkingDays('2026-11-27', 1), '2026-11-30');
  assert.equal(addWorkingDays('2026-11-27', 5), '2026-12-04');
  assert.equal(addWorkingDays('2026-11-28', 1), '2026-11-30');
});

test('months clamp to the end of a shorter month', () => {
  assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
  assert.equal(addMonths('2026-11-15', 2), '2027-01-15');
});

test('terms in weeks count calendar days', () => {
  assert.equal(addTerm('2026-11-27', { amount: 6, unit: 'weeks' }), '2027-01-08');
  assert.equal(addTerm('2026-11-27', { amount: 2, unit: 'days' }), '2026-11-29');
});

test('dayOf uses the Dutch day, not UTC', () => {
  assert.equal(dayOf(new Date('2026-11-27T23:30:00Z')), '2026-11-28');
});

test('amsterdamAt: the Dutch hour in winter and summer time, and on the nights the clocks change', () => {
  assert.equal(amsterdamAt('2026-12-01', 3).toISOString(), '2026-12-01T02:00:00.000Z');
  assert.equal(amsterdamAt('2026-07-01', 3).toISOString(), '2026-07-01T01:00:00.000Z');
  // 29 March 2026: 02:00 becomes 03:00 (03:00 exists, summer time); 25 October 2026: 03:00 comes once, winter.
  assert.equal(amsterdamAt('2026-03-29', 3).toISOString(), '2026-03-29T01:00:00.000Z');
  assert.equal(amsterdamAt('2026-03-29', 2).toISOString(), '2026-03-29T01:00:00.000Z');
  assert.equal(amsterdamAt('2026-10-25', 3).toISOString(), '2026-10-25T02:00:00.000Z');
});
