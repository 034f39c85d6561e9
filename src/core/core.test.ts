import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  SEED_CONVERSATION_TYPES,
  agreementInputSchema,
  conversationInputSchema,
  missingForClosing,
  nextStepsFrom,
  openSteps,
  participantInputSchema,
  canReadConversation,
  canSeeTeamStatistics,
  type Closing,
} from './index.ts';

test('the Wmo template computes the legal decision term from the conversation day', () => {
  const wmo = SEED_CONVERSATION_TYPES.find((type) => type.key === 'wmo-keukentafelgesprek');
  assert.ok(wmo);
  const steps = nextStepsFrom(wmo, '2026-11-27');
  const decision = steps.find((step) => step.legal?.rule === 'wmo-2.3.5');
  assert.equal(decision?.date, '2026-12-11');
  assert.equal(steps[0]?.date, '2026-12-04'); // five working days after a Friday
});

test('all eight seeded types exist with unique keys', () => {
  const keys = new Set(SEED_CONVERSATION_TYPES.map((type) => type.key));
  assert.equal(keys.size, 8);
});

test('contact details without consent are refused', () => {
  const result = participantInputSchema.safeParse({ name: 'Ilse', email: 'ilse@example.nl' });
  assert.equal(result.success, false);
  assert.equal(
    participantInputSchema.safeParse({ name: 'Ilse', email: 'ilse@example.nl', contactConsent: true })
      .success,
    true,
  );
});

test('dates that do not exist and control characters are refused', () => {
  assert.equal(agreementInputSchema.safeParse({ action: 'bellen', deadline: '2026-02-30' }).success, false);
  assert.equal(agreementInputSchema.safeParse({ action: 'bel\u0007len' }).success, false);
  assert.equal(
    conversationInputSchema.safeParse({
      typeId: 'x',
      title: '   ',
      startsAt: '2026-11-27T10:00:00+01:00',
      mode: 'phone',
    }).success,
    false,
  );
});

test('the closing check lists open steps and incomplete agreements', () => {
  const closing: Closing = {
    steps: {
      ...openSteps(),
      summary: { state: 'done', skipReason: null },
      feedback: { state: 'skipped', skipReason: 'boos' },
    },
    summary: {
      text: 'x',
      revision: 1,
      confirmations: [
        {
          participantId: 'p1',
          state: 'pending',
          correction: '',
          revision: 1,
          current: true,
          source: 'leader',
          version: null,
          answeredAt: null,
        },
      ],
    },
    agreements: [
      {
        id: 'a1',
        sourceText: '',
        owner: null,
        action: 'bellen',
        deadline: null,
        measure: '',
        acceptedBy: [],
        status: 'open',
        history: [],
        position: 0,
        revision: 1,
        answers: [],
      },
      {
        id: 'a2',
        sourceText: '',
        owner: null,
        action: '',
        deadline: null,
        measure: '',
        acceptedBy: [],
        status: 'cancelled',
        history: [],
        position: 1,
        revision: 1,
        answers: [],
      },
    ],
    expectations: [],
    questions: [],
    questionRound: { targetMinutes: 5, startedAt: null },
    contact: { card: null, shared: false },
    feedback: { asked: false, notes: '', responses: [] },
    thanks: { said: false, closingMessage: '' },
  };
  const codes = missingForClosing({ closing, participants: [] }).map((item) => item.code);
  assert.deepEqual(codes.slice(0, 4), [
    'summary_unconfirmed',
    'step_open',
    'agreement_without_owner',
    'agreement_without_deadline',
  ]);
  assert.ok(codes.includes('step_skipped'));
  assert.equal(codes.filter((code) => code === 'step_open').length, 5);
});

test('policy: leaders read only their own conversations; coaches see only their team', () => {
  const leader = { userId: 'u1', role: 'leader' as const, teamId: 't1' };
  assert.equal(canReadConversation(leader, { leaderId: 'u1' }), true);
  assert.equal(canReadConversation(leader, { leaderId: 'u2' }), false);
  assert.equal(canReadConversation({ ...leader, role: 'admin' }, { leaderId: 'u2' }), false);
  assert.equal(canSeeTeamStatistics({ userId: 'c', role: 'coach', teamId: 't1' }, 't1'), true);
  assert.equal(canSeeTeamStatistics({ userId: 'c', role: 'coach', teamId: 't1' }, 't2'), false);
  assert.equal(canSeeTeamStatistics(leader, 't1'), false);
});
