// The administrator's privacy calls: retention per conversation type with its advance report, and a person's
// data (find, export, erase). Shapes from src/core (types only).
import type {
  PersonMatch,
  RetentionAction,
  RetentionPolicy,
  RetentionReport,
  RetentionRun,
} from '../../core/index.ts';
import { request } from './client.ts';

/** What an erasure removed. */
export interface ErasureResult {
  conversations: number;
  participants: number;
  deletedConversations: number;
}

/** Privacy routes of docs/api.md (administrators only). */
export const privacyApi = {
  retentionReport: (horizonDays: number) =>
    request<RetentionReport>('GET', '/privacy/retention', { query: { horizonDays } }),
  setRetention: (typeId: string, policy: { months: number; action: RetentionAction } | null) =>
    request<RetentionPolicy>('PUT', `/privacy/retention/${encodeURIComponent(typeId)}`, { body: policy }),
  runRetention: () => request<RetentionRun>('POST', '/privacy/retention/run'),
  findPerson: (q: string) => request<PersonMatch[]>('GET', '/privacy/people', { query: { q } }),
  /** The export as the file's text: JSON, or the readable HTML page. */
  exportPerson: (participantIds: string[], format: 'json' | 'html') =>
    request<string>('POST', '/privacy/people/export', {
      body: { participantIds },
      query: { format },
      responseType: 'text',
    }),
  erasePerson: (participantIds: string[], deleteConversations: boolean) =>
    request<ErasureResult>('POST', '/privacy/people/erase', {
      body: { participantIds, deleteConversations },
    }),
};
