// The detector: the elfproef as properties (valid numbers found in every notation, any one wrong digit or
// swapped pair refused), each rule's own examples, offsets, and leaving findings out.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findSensitive, leaveOut, passesElfproef, SENSITIVE_RULES } from './index.ts';

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2];

/** Eight digits and the check digit that makes them a valid BSN, or null when none exists (remainder 10). */
function completeBsn(first8: number[]): string | null {
  const sum = first8.reduce((s, d, i) => s + d * WEIGHTS[i]!, 0);
  const check = sum % 11;
  if (check === 10) return null;
  const digits = [...first8, check].join('');
  return digits === '000000000' ? null : digits;
}

const validBsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map(completeBsn)
  .filter((d): d is string => d !== null);

/** The notations people use: plain, 4-2-3 with dots (the official one), 3-3-3 with spaces or dots. */
const notations: ((d: string) => string)[] = [
  (d) => d,
  (d) => `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}`,
  (d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`,
  (d) => `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`,
  (d) => `${d.slice(0, 4)} ${d.slice(4, 6)} ${d.slice(6)}`,
];

describe('elfproef', () => {
  test('a completed number passes, in every notation and in a sentence', () => {
    fc.assert(
      fc.property(validBsn, fc.integer({ min: 0, max: notations.length - 1 }), (digits, n) => {
        assert.equal(passesElfproef(digits), true);
        const written = notations[n]!(digits);
        const text = `Mevrouw gaf haar nummer ${written} door.`;
        const findings = findSensitive(text);
        assert.equal(findings.length, 1, text);
        assert.equal(findings[0]!.rule, 'bsn.elfproef');
        assert.equal(findings[0]!.text, written);
        assert.equal(text.slice(findings[0]!.start, findings[0]!.end), written);
      }),
      { numRuns: 500 },
    );
  });

  test('one wrong digit always fails (the weights are coprime to 11)', () => {
    fc.assert(
      fc.property(
        validBsn,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (digits, at, delta) => {
          const changed = (Number(digits[at]) + delta) % 10;
          const wrong = digits.slice(0, at) + changed + digits.slice(at + 1);
          assert.equal(passesElfproef(wrong), false, wrong);
          assert.deepEqual(
            findSensitive(`nummer ${wrong} hier`).filter((f) => f.kind === 'bsn'),
            [],
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  test('two swapped neighbours that differ always fail', () => {
    fc.assert(
      fc.property(validBsn, fc.integer({ min: 0, max: 7 }), (digits, at) => {
        fc.pre(digits[at] !== digits[at + 1]);
        const swapped = digits.slice(0, at) + digits[at + 1] + digits[at] + digits.slice(at + 2);
        assert.equal(passesElfproef(swapped), false, swapped);
      }),
      { numRuns: 500 },
    );
  });

  test('not nine digits, all zeros, or letters: no BSN', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,8}$|^\d{10,14}$/), (digits) => {
        assert.equal(passesElfproef(digits), false);
        assert.deepEqual(findSensitive(`code ${digits} end`), []);
      }),
    );
    assert.equal(passesElfproef('000000000'), false);
    assert.equal(passesElfproef('12345678a'), false);
  });

  test('a valid number inside a longer run of digits is not a BSN', () => {
    fc.assert(
      fc.property(validBsn, fc.integer({ min: 0, max: 9 }), (digits, extra) => {
        assert.deepEqual(findSensitive(`tel ${digits}${extra} of ${extra} ${digits}`), []);
      }),
    );
  });

  test('mixed separators are no BSN notation', () => {
    assert.deepEqual(findSensitive('111.222 333'), []);
  });
});

describe('rules and their own examples', () => {
  for (const rule of SENSITIVE_RULES) {
    test(rule.id, () => {
      for (const example of rule.examples.match) {
        const rules = findSensitive(example).map((f) => f.rule);
        assert.ok(
          rules.includes(rule.id),
          `${rule.id} should find something in: ${example} (found ${rules})`,
        );
      }
      for (const example of rule.examples.noMatch) {
        const rules = findSensitive(example).map((f) => f.rule);
        assert.ok(!rules.includes(rule.id), `${rule.id} should find nothing in: ${example}`);
      }
    });
  }

  test('every rule id is unique and has examples both ways', () => {
    assert.equal(new Set(SENSITIVE_RULES.map((r) => r.id)).size, SENSITIVE_RULES.length);
    for (const rule of SENSITIVE_RULES) {
      assert.ok(rule.examples.match.length > 0 && rule.examples.noMatch.length > 0, rule.id);
    }
  });
});

describe('findings', () => {
  test('offsets point at the words as written, accents and case kept', () => {
    const text = 'Zij heeft DIABETES type 2 en gebruikt Insuline; haar BSN is 1112.22.333.';
    const findings = findSensitive(text);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.text]),
      [
        ['health.condition', 'DIABETES'],
        ['health.medication', 'Insuline'],
        ['bsn.elfproef', '1112.22.333'],
      ],
    );
    for (const f of findings) assert.equal(text.slice(f.start, f.end), f.text);
  });

  test('a phrase is one finding', () => {
    const [finding] = findSensitive('met niet-aangeboren hersenletsel sinds 2019');
    assert.equal(finding?.text, 'niet-aangeboren hersenletsel');
    assert.equal(finding?.rule, 'health.disability');
  });

  test('a labelled number that also passes the elfproef is found once, as a BSN', () => {
    const findings = findSensitive('BSN: 111222333');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.rule, 'bsn.elfproef');
  });

  test('ordinary text of a closing finds nothing', () => {
    const text =
      'We spreken af dat ik u vrijdag bel over de aanvraag. U stuurt de offerte van de aannemer voor 1 december. ' +
      'De beschikking volgt binnen twee weken; u kunt mij bereiken op 06 12345678.';
    assert.deepEqual(findSensitive(text), []);
  });

  test('hostile and huge input stays linear and finds what is there', () => {
    const hostile = '<script>alert(1)</script>\u202Ediabetes\u0000' + '1'.repeat(50_000) + ' en 111222333';
    const findings = findSensitive(hostile);
    assert.deepEqual(
      findings.map((f) => f.text),
      ['diabetes', '111222333'],
    );
    assert.deepEqual(findSensitive(''), []);
  });

  test('leaveOut replaces what was found and nothing else', () => {
    const text = 'BSN 111 222 333, mevrouw heeft astma.';
    const findings = findSensitive(text);
    assert.equal(leaveOut(text, findings, '[weggelaten]'), 'BSN [weggelaten], mevrouw heeft [weggelaten].');
    assert.equal(leaveOut(text, findings.slice(1), '[…]'), 'BSN 111 222 333, mevrouw heeft […].');
    // A finding that no longer fits the text (it was edited meanwhile) is skipped, not applied blindly.
    assert.equal(leaveOut('ander tekst', findings, 'x'), 'ander tekst');
  });
});
