import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { z } from 'zod';
import {
  agreementPatchSchema,
  confirmationInputSchema,
  contactCardSchema,
  conversationPatchSchema,
  conversationQuerySchema,
  expectationPatchSchema,
  feedbackInputSchema,
  participantPatchSchema,
  profilePatchSchema,
  questionPatchSchema,
  questionRoundInputSchema,
  reopenInputSchema,
  setupInputSchema,
  stepStatusInputSchema,
  summaryInputSchema,
  thanksInputSchema,
} from '../../core/index.ts';
import { RULES, problemOf, type RuleName } from './rules.ts';
import { checkOp } from '../closing/op-rules.ts';

// Every rule of the web app against the API schema of the field it stands for: what the form lets through,
// the server takes, and what the form holds back, the server would refuse. Values at and around each limit,
// in letters and in emoji (two UTF-16 units, one character), plus the texts that break a rule.
const FIELDS: [RuleName, z.ZodType][] = [
  ['summary', summaryInputSchema.shape.text],
  ['correction', confirmationInputSchema.shape.correction],
  ['agreementText', agreementPatchSchema.shape.sourceText],
  ['agreementText', agreementPatchSchema.shape.action],
  ['measure', agreementPatchSchema.shape.measure],
  ['statusNote', agreementPatchSchema.shape.statusNote],
  ['reopenReason', reopenInputSchema.shape.reason],
  ['expectationLabel', expectationPatchSchema.shape.label],
  ['note', expectationPatchSchema.shape.note],
  ['question', questionPatchSchema.shape.text],
  ['answer', questionPatchSchema.shape.answer],
  ['feedbackNotes', feedbackInputSchema.shape.notes],
  ['closingMessage', thanksInputSchema.shape.closingMessage],
  ['personName', participantPatchSchema.shape.name],
  ['personName', setupInputSchema.shape.name],
  ['personName', profilePatchSchema.shape.name],
  ['organisationName', setupInputSchema.shape.organisationName],
  ['role', participantPatchSchema.shape.role],
  ['title', conversationPatchSchema.shape.title],
  ['search', conversationQuerySchema.shape.q],
  ['cardName', contactCardSchema.shape.name],
  ['cardLine', contactCardSchema.shape.role],
  ['cardLine', contactCardSchema.shape.reachability],
  ['email', setupInputSchema.shape.email],
  ['optionalEmail', participantPatchSchema.shape.email],
  ['optionalEmail', contactCardSchema.shape.email],
  ['phone', participantPatchSchema.shape.phone],
  ['password', setupInputSchema.shape.password],
  ['day', agreementPatchSchema.shape.deadline],
  ['minutes', questionRoundInputSchema.shape.targetMinutes],
];

function samples(name: RuleName): unknown[] {
  const rule = RULES[name];
  const around = (n: number) => [n - 1, n, n + 1].filter((k) => k >= 0);
  switch (rule.kind) {
    case 'text':
      return [
        '',
        '   ',
        ...around(rule.max).flatMap((k) => ['a'.repeat(k), '😀'.repeat(k)]),
        'bel\u0007',
        'half \ud83d',
        ' Ilse ',
      ];
    case 'password':
      return [
        '',
        ...around(rule.min).map((k) => 'p'.repeat(k)),
        ...around(rule.max).map((k) => 'p'.repeat(k)),
      ];
    case 'email':
      return [
        '',
        'ilse@example.nl',
        'ilse@example',
        'geen adres',
        'a@b.c',
        'ilse.de-vries+x@gemeente.nl',
        '😀@x.nl',
      ];
    case 'phone':
      return ['', '06 1234 5678', '+31 (0)6-12', 'bel mij', '12', '1'.repeat(40), '1'.repeat(41)];
    case 'day':
      return [null, '2026-11-27', '2026-02-30', '27-11-2026', '2028-02-29'];
    case 'integer':
      return [0, 1, 60, 61, 2.5];
  }
}

test('every rule of the web app agrees with the schema of its field, at and around every limit', () => {
  for (const [name, schema] of FIELDS) {
    for (const value of samples(name)) {
      // The forms send e-mail addresses trimmed; a rule judges what will be sent.
      const sent = RULES[name].kind === 'email' && typeof value === 'string' ? value.trim() : value;
      const form = problemOf(value, RULES[name]) === null;
      const server = schema.safeParse(sent).success;
      assert.equal(
        form,
        server,
        `${name} with ${JSON.stringify(value).slice(0, 40)}: form ${form}, API ${server}`,
      );
    }
  }
});

test('a skip reason is required to skip, and null to reopen', () => {
  assert.equal(stepStatusInputSchema.safeParse({ state: 'open', skipReason: null }).success, true);
  assert.deepEqual(checkOp('step:summary', { state: 'open', skipReason: null }), []);
  assert.deepEqual(checkOp('step:summary', { state: 'skipped', skipReason: '' }), [
    { path: 'skipReason', code: 'required' },
  ]);
});

test('the save queue checks a change field by field, with the server codes', () => {
  assert.deepEqual(checkOp('summary', { text: 'x'.repeat(20_001) }), [
    { path: 'text', code: 'too_long', params: { max: 20_000 } },
  ]);
  assert.deepEqual(checkOp('participant:p1', { email: 'ilse@', contactConsent: true }), [
    { path: 'email', code: 'invalid_email' },
  ]);
  assert.deepEqual(checkOp('create:followup:q1', { sourceText: 'Ik bel', deadline: '2026-02-30' }), [
    { path: 'deadline', code: 'invalid_date' },
  ]);
  assert.deepEqual(checkOp('question-round', { targetMinutes: 0 }), [
    { path: 'targetMinutes', code: 'number_too_small', params: { min: 1 } },
  ]);
});
