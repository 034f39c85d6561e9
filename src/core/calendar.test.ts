import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, addTerm, addWorkingDays, dayOf, isValidDay } from './calendar.ts';

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
