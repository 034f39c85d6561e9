// A whole conversation for the save queue's unit tests (imported by tests only): the shape the server sends.
import type { Conversation } from '../../core/index.ts';
import { pendingConfirmation } from './op-model.ts';

/** A conversation with one participant, one agreement, one next step and one question. */
export function testConversation(overrides: Partial<Conversation> = {}): Conversation {
  const step = () => ({ state: 'open' as const, skipReason: null });
  return {
    id: 'c1',
    typeId: 't1',
    title: 'Test',
    startsAt: '2026-11-27T10:00:00+01:00',
    mode: 'in_person',
    leaderId: 'u1',
    status: 'open',
    participants: [
      {
        id: 'p1',
        name: 'Ilse',
        role: '',
        email: null,
        phone: null,
        contactConsent: false,
        consentRecordedAt: null,
        language: 'nl',
        openedAt: null,
      },
    ],
    closing: {
      steps: {
        summary: step(),
        agreements: step(),
        expectations: step(),
        questions: step(),
        contact: step(),
        feedback: step(),
        thanks: step(),
      },
      summary: { text: '', revision: 1, confirmations: [pendingConfirmation('p1', 1)] },
      agreements: [
        {
          id: 'a1',
          sourceText: 'Ilse belt vrijdag',
          owner: 'p1',
          action: 'belt',
          deadline: '2026-12-04',
          measure: '',
          acceptedBy: [],
          status: 'open',
          history: [],
          position: 0,
          revision: 1,
          answers: [],
        },
      ],
      expectations: [
        {
          id: 'e1',
          label: 'Besluit',
          date: '2026-12-11',
          note: '',
          source: 'template',
          position: 0,
          legal: null,
        },
      ],
      questions: [
        {
          id: 'q1',
          askedBy: null,
          text: 'Wanneer?',
          answer: '',
          state: 'open',
          position: 0,
          agreementId: null,
        },
      ],
      questionRound: { targetMinutes: 5, startedAt: null },
      contact: { card: null, shared: false },
      feedback: { asked: false, notes: '', responses: [] },
      thanks: { said: false, closingMessage: '' },
    },
    createdAt: '2026-11-27T09:00:00.000Z',
    updatedAt: '2026-11-27T09:00:00.000Z',
    closedAt: null,
    revision: 1,
    latestVersion: null,
    unread: 0,
    ...overrides,
  };
}
