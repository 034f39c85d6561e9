// The typed API client: one function per route of docs/api.md, shapes from src/core (types only, so the
// zod schemas stay out of the browser bundle).
import type { z } from 'zod';
import type { TranscriptAnalysis } from '../../analyzer/index.ts';
import type {
  AgreementStatus,
  AuditEntry,
  ContactCard,
  Conversation,
  ConversationInput,
  ConversationSummary,
  ConversationType,
  MissingItem,
  Organisation,
  User,
  conversationQuerySchema,
  profilePatchSchema,
  setupInputSchema,
} from '../../core/index.ts';
import { request } from './client.ts';

export { ApiError, isApiError, type FieldError } from './errors.ts';
export { onUnauthorised, setApiLanguage, setCsrfToken, request } from './client.ts';

export interface SignedIn {
  user: User;
  csrfToken: string;
}
export interface Session extends SignedIn {
  organisation: Organisation;
}
export type ConversationQuery = Partial<z.input<typeof conversationQuerySchema>>;
export type ProfilePatch = z.input<typeof profilePatchSchema>;
export type SetupInput = z.input<typeof setupInputSchema>;
export type { ContactCard };

/** The routes of the leader's app. */
export const api = {
  health: () => request<{ status: string; database: string; version: string }>('GET', '/health'),
  setupNeeded: () => request<{ needed: boolean }>('GET', '/setup'),
  setup: (input: SetupInput) =>
    request<SignedIn>('POST', '/setup', { body: input, skipUnauthorisedHandler: true }),
  login: (email: string, password: string) =>
    request<SignedIn>('POST', '/auth/login', { body: { email, password }, skipUnauthorisedHandler: true }),
  logout: () => request<void>('POST', '/auth/logout', { skipUnauthorisedHandler: true }),
  session: () => request<Session>('GET', '/auth/session', { skipUnauthorisedHandler: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<void>('POST', '/auth/password', { body: { currentPassword, newPassword } }),
  updateProfile: (patch: ProfilePatch) => request<User>('PATCH', '/me', { body: patch }),
  conversationTypes: () => request<ConversationType[]>('GET', '/conversation-types'),
  /** The type a new conversation starts with: the leader's latest, else the organisation's most used. */
  defaultConversationType: () =>
    request<{ typeId: string | null; basis: 'latest' | 'most_used' | null }>(
      'GET',
      '/conversation-types/default',
    ),
  conversations: (query: ConversationQuery, signal?: AbortSignal) =>
    request<{ items: ConversationSummary[]; total: number }>('GET', '/conversations', {
      query: query as Record<string, string | number | undefined>,
      signal,
    }),
  createConversation: (input: ConversationInput) =>
    request<Conversation>('POST', '/conversations', { body: input }),
  conversation: (id: string) => request<Conversation>('GET', `/conversations/${encodeURIComponent(id)}`),
  closingCheck: (id: string) =>
    request<{ missing: MissingItem[] }>('GET', `/conversations/${encodeURIComponent(id)}/closing-check`),
  finish: (id: string, force: boolean) =>
    request<Conversation>('POST', `/conversations/${encodeURIComponent(id)}/finish`, { body: { force } }),
  updateAgreement: (
    id: string,
    agreementId: string,
    patch: { status?: AgreementStatus; statusNote?: string },
  ) =>
    request<Conversation>(
      'PATCH',
      `/conversations/${encodeURIComponent(id)}/agreements/${encodeURIComponent(agreementId)}`,
      { body: patch },
    ),
  reopen: (id: string, reason: string) =>
    request<Conversation>('POST', `/conversations/${encodeURIComponent(id)}/reopen`, { body: { reason } }),
  audit: (id: string) => request<AuditEntry[]>('GET', `/conversations/${encodeURIComponent(id)}/audit`),
  analyse: (file: File, date: string) =>
    request<TranscriptAnalysis>('POST', '/analyses', {
      raw: {
        data: file,
        type: contentTypeOf(file.name),
        headers: { 'X-File-Name': encodeURIComponent(file.name) },
      },
      query: { date },
    }),
};

/** The content type the server expects for a transcript file. */
export function contentTypeOf(fileName: string): string {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.vtt')) return 'text/vtt';
  if (lower.endsWith('.srt')) return 'application/x-subrip';
  return 'text/plain';
}
