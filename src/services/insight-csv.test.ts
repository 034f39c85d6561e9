import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell } from './insight-csv.ts';

test('a cell that a spreadsheet would run as a formula becomes text', () => {
  assert.equal(csvCell('=1+1'), "'=1+1");
  assert.equal(csvCell('+31 6'), "'+31 6");
  assert.equal(csvCell('-2'), "'-2");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell(-2), '-2'); // a number stays a number
  assert.equal(csvCell('a, "b"'), '"a, ""b"""');
  assert.equal(csvCell('regel\nregel'), '"regel\nregel"');
  assert.equal(csvCell(null), '');
});
