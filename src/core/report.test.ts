import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleConversation, sampleReportInput } from '../../test/fixtures/report-input.ts';
import { buildReport } from './index.ts';

test("the leader's report holds everything, internal parts included", () => {
  const report = buildReport(sampleReportInput(), { kind: 'leader' });
  assert.equal(report.organisation.name, 'Gemeente Voorbeeldstad');
  assert.equal(report.version?.number, 2);
  assert.equal(report.conversation.day, '2026-11-23');
  assert.equal(report.leader.name, 'Lea de Vries');
  assert.equal(report.steps?.feedback.skipReason, 'intern: de bewoner was te moe');
  assert.equal(report.feedback.notes, 'intern: vond het gesprek lang');
  assert.equal(report.agreements[0]?.history[0]?.note, 'intern: wacht op advies');
  assert.equal(report.agreements.length, 3);
  assert.equal(report.summary.answers.length, 2);
  assert.deepEqual(
    report.summary.answers.map((a) => a.state),
    ['confirmed', 'corrected'],
  );
  // Karim did not consent: the leader still sees what is stored, but only with consent is anything stored.
  assert.equal(report.participants[1]?.phone, null);
  assert.deepEqual(
    report.nextSteps.map((s) => s.id),
    ['e1', 'e2', 'e3'],
  );
});

test("a participant's report has nothing internal and marks their own agreements", () => {
  const report = buildReport(sampleReportInput(), { kind: 'participant', participantId: 'p2' });
  const json = JSON.stringify(report);
  assert.doesNotMatch(json, /intern:/);
  assert.equal(report.steps, null);
  assert.equal(report.viewer?.id, 'p2');
  assert.deepEqual(
    report.agreements.map((a) => a.mine),
    [false, true, false],
  );
  // Only the viewer's own answers.
  assert.ok(report.agreements.every((a) => a.answers.every((x) => x.participantId === 'p2')));
  assert.deepEqual(
    report.summary.answers.map((a) => a.participantId),
    ['p2'],
  );
  // Sanne consented: her details are shown to the others; Karim's own were never kept.
  assert.equal(report.participants[0]?.email, 'sanne@example.org');
});

test('contact details of a participant without consent never reach another participant', () => {
  const conversation = sampleConversation();
  conversation.participants[1] = {
    ...conversation.participants[1]!,
    email: 'k@example.org',
    contactConsent: false,
  };
  const report = buildReport(sampleReportInput({ conversation }), {
    kind: 'participant',
    participantId: 'p1',
  });
  assert.equal(report.participants[1]?.email, null);
  assert.equal(report.participants[1]?.phone, null);
});

test("the shared version (print, copy) has nobody's own marks and nothing internal", () => {
  const report = buildReport(sampleReportInput(), { kind: 'participants' });
  assert.doesNotMatch(JSON.stringify(report), /intern:/);
  assert.equal(report.viewer, null);
  assert.equal(report.summary.answers.length, 0);
  assert.ok(report.agreements.every((a) => !a.mine && a.answers.length === 0 && a.history.length === 0));
});

test('answers through links are reported with their version; an answer to earlier wording is marked', () => {
  const conversation = sampleConversation();
  conversation.closing.summary.confirmations[0] = {
    participantId: 'p1',
    state: 'corrected',
    correction: 'De trap en de drempel.',
    revision: 1,
    current: false,
    source: 'participant',
    version: 1,
    answeredAt: '2026-11-24T08:00:00Z',
  };
  const a1 = conversation.closing.agreements[0]!;
  a1.answers = [
    {
      participantId: 'p1',
      state: 'questioned',
      reason: 'vrijdag is te vroeg.',
      revision: 1,
      current: true,
      version: 2,
      answeredAt: '2026-11-24T08:00:00Z',
    },
  ];
  const a2 = conversation.closing.agreements[1]!;
  a2.history.push({
    at: '2026-11-29T12:00:00Z',
    byUserId: null,
    byParticipantId: 'p2',
    status: 'done',
    note: 'Afspraak staat op 3 december.',
    kind: 'status',
    deadlineFrom: null,
    deadlineTo: null,
    evidenceLink: null,
    doneOn: null,
  });
  conversation.closing.feedback.responses = [
    { id: 'f1', participantId: 'p1', score: 4, wentWell: '', tip: '', givenOn: '2026-11-24', version: 2 },
    { id: 'f2', participantId: null, score: 5, wentWell: '', tip: '', givenOn: '2026-11-24', version: 2 },
  ];
  const report = buildReport(sampleReportInput({ conversation }), { kind: 'leader' });
  const sanne = report.summary.answers.find((a) => a.participantId === 'p1');
  assert.equal(sanne?.state, 'corrected');
  assert.equal(sanne?.outdated, true);
  assert.equal(sanne?.version, 1);
  const answer = report.agreements[0]?.answers.find((a) => a.participantId === 'p1');
  assert.equal(answer?.state, 'questioned');
  assert.equal(answer?.reason, 'vrijdag is te vroeg.');
  assert.equal(answer?.outdated, false);
  assert.deepEqual(report.agreements[1]?.answers.find((a) => a.participantId === 'p2')?.done, {
    note: 'Afspraak staat op 3 december.',
    at: '2026-11-29T12:00:00Z',
  });
  // The anonymous feedback is counted nowhere by name.
  assert.deepEqual(report.feedback.givenBy, ['p1']);
  // The participant sees their own done note, not the history.
  const karim = buildReport(sampleReportInput({ conversation }), {
    kind: 'participant',
    participantId: 'p2',
  });
  assert.equal(karim.agreements[1]?.answers[0]?.done?.note, 'Afspraak staat op 3 december.');
  assert.equal(karim.agreements[1]?.history.length, 0);
});

test('agreements carry a grammatical sentence in the report language', () => {
  const nl = buildReport(sampleReportInput(), { kind: 'leader' });
  assert.equal(
    nl.agreements[0]?.sentence,
    'Lea de Vries stuurt u de beschikking, uiterlijk op vrijdag 27 november 2026.',
  );
  assert.equal(
    nl.agreements[1]?.sentence,
    'Karim Visser belt de huisarts, uiterlijk op maandag 30 november 2026.',
  );
  assert.equal(nl.agreements[2]?.sentence, 'Lea de Vries kijkt ernaar. Er is nog geen datum afgesproken.');
});

test('the calendar concerns: own, the leader’s and unowned agreements, not another participant’s', () => {
  const report = buildReport(sampleReportInput(), { kind: 'participant', participantId: 'p1' });
  assert.deepEqual(
    report.agreements.map((a) => a.concernsViewer),
    [true, false, true],
  );
});

test('an unknown participant is refused', () => {
  assert.throws(
    () => buildReport(sampleReportInput(), { kind: 'participant', participantId: 'nobody' }),
    RangeError,
  );
});

test('without a version the report is the current state; without a step-5 card the profile card is used', () => {
  const conversation = sampleConversation({ status: 'closing', closedAt: null });
  conversation.closing.contact.card = null;
  const report = buildReport(
    sampleReportInput({
      conversation,
      version: null,
      leader: {
        name: 'L. de Vries',
        contactCard: { name: '', role: 'Consulent', phone: null, email: 'l@example.org', reachability: '' },
      },
    }),
    { kind: 'leader' },
  );
  assert.equal(report.version, null);
  assert.equal(report.draft, true);
  assert.equal(report.leader.name, 'L. de Vries');
  assert.equal(report.leader.role, 'Consulent');
});
