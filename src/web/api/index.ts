// The typed API client: one function per route of docs/api.md, shapes from src/core (types only, so the
// zod schemas stay out of the browser bundle).
import type { z } from 'zod';
import type { TranscriptAnalysis } from '../../analyzer/index.ts';
import type {
  AccessLogEntry,
  AgreementStatus,
  AuthMethods,
  AuditEntry,
  ContactCard,
  Conversation,
  ConversationInput,
  ConversationSummary,
  ConversationType,
  MadeLink,
  MissingItem,
  Notification,
  NotificationGroup,
  Organisation,
  ShareState,
  Report,
  User,
  conversationQuerySchema,
  profilePatchSchema,
  setupInputSchema,
} from '../../core/index.ts';
import { request } from './client.ts';

export { ApiError, isApiError, type FieldError } from './errors.ts';
export { onSessionAnswer, onUnauthorised, setApiLanguage, setCsrfToken, request } from './client.ts';
export { privacyApi, type ErasureResult } from './privacy.ts';
export { followupApi } from './followup.ts';
export type {
  InsightParams,
  InsightScopes,
  Invited,
  MyAgreementsAnswer,
  OrganisationAnswer,
} from './followup.ts';
import { currentCsrfToken } from './client.ts';
import { ApiError } from './errors.ts';

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

/** Who a rendered record is for: the leader's internal version, or the version for all participants. */
export type ReportAudienceName = 'leader' | 'participants';

/** The address of a rendered record file (for links: the session cookie authorises a plain GET). */
export function reportUrl(
  conversationId: string,
  format: 'html' | 'pdf' | 'ics' | 'vcf' | 'handout' | 'text',
  audience: ReportAudienceName,
): string {
  return `/api/conversations/${encodeURIComponent(conversationId)}/report?format=${format}&audience=${audience}`;
}

/** The routes of the leader's app. */
export const api = {
  health: () => request<{ status: string; database: string; version: string }>('GET', '/health'),
  setupNeeded: () => request<{ needed: boolean }>('GET', '/setup'),
  setup: (input: SetupInput) =>
    request<SignedIn | { user: User; signIn: 'oidc' }>('POST', '/setup', {
      body: input,
      skipUnauthorisedHandler: true,
    }),
  login: (email: string, password: string) =>
    request<SignedIn>('POST', '/auth/login', { body: { email, password }, skipUnauthorisedHandler: true }),
  /** Ends the session; for a sign-in through the identity provider, its logout address to go to. */
  logout: () =>
    request<{ redirectTo: string } | undefined>('POST', '/auth/logout', { skipUnauthorisedHandler: true }),
  authMethods: () => request<AuthMethods>('GET', '/auth/methods'),
  requestPasswordReset: (email: string) =>
    request<object>('POST', '/auth/password-reset', { body: { email }, skipUnauthorisedHandler: true }),
  resetPassword: (token: string, password: string) =>
    request<void>('POST', '/auth/password-reset/confirm', {
      body: { token, password },
      skipUnauthorisedHandler: true,
    }),
  accessLog: (id: string) =>
    request<AccessLogEntry[]>('GET', `/conversations/${encodeURIComponent(id)}/access-log`),
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
  /** With `idempotencyKey`, a repeat (an answer lost on a bad connection) does not make a second one. */
  createConversation: (input: ConversationInput, idempotencyKey?: string) =>
    request<Conversation>('POST', '/conversations', {
      body: input,
      headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : undefined,
    }),
  conversation: (id: string) => request<Conversation>('GET', `/conversations/${encodeURIComponent(id)}`),
  /** The record's report model (sentences and all) for an audience. */
  report: (id: string, audience: ReportAudienceName) =>
    request<Report>('GET', `/conversations/${encodeURIComponent(id)}/report`, {
      query: { format: 'json', audience },
    }),
  /** The record rendered as an HTML fragment (to print) or as plain text (to copy). */
  reportText: (id: string, format: 'embed' | 'text', audience: ReportAudienceName) =>
    request<string>('GET', `/conversations/${encodeURIComponent(id)}/report`, {
      query: {
        format: format === 'embed' ? 'html' : 'text',
        audience,
        embed: format === 'embed' ? 'true' : undefined,
      },
      responseType: 'text',
    }),
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
  shareState: (id: string) => request<ShareState>('GET', `/conversations/${encodeURIComponent(id)}/share`),
  share: (id: string, participantIds: string[], revokeEarlier: boolean) =>
    request<ShareState>('POST', `/conversations/${encodeURIComponent(id)}/share`, {
      body: { participantIds, revokeEarlier },
    }),
  makeLink: (id: string, participantId: string) =>
    request<MadeLink>(
      'POST',
      `/conversations/${encodeURIComponent(id)}/participants/${encodeURIComponent(participantId)}/link`,
      { body: {} },
    ),
  revokeLinks: (id: string, participantId: string) =>
    request<ShareState>(
      'DELETE',
      `/conversations/${encodeURIComponent(id)}/participants/${encodeURIComponent(participantId)}/links`,
    ),
  retryDelivery: (id: string, deliveryId: string) =>
    request<ShareState>(
      'POST',
      `/conversations/${encodeURIComponent(id)}/deliveries/${encodeURIComponent(deliveryId)}/retry`,
      { body: {} },
    ),
  notifications: () =>
    request<{ unread: number; reminders: number; items: Notification[] }>('GET', '/notifications'),
  markRead: (conversationId?: string, group?: NotificationGroup) =>
    request<{ unread: number; reminders: number }>('POST', '/notifications/read', {
      body: { ...(conversationId ? { conversationId } : {}), ...(group ? { group } : {}) },
    }),
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

/** Where the browser goes to sign in with the organisation's account, coming back to `returnTo`. */
export function oidcStartUrl(returnTo: string): string {
  return `/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`;
}

/**
 * A participant's printable handout with a new personal link as QR code: the server's HTML, for the
 * browser to print. Sent as a POST (it makes a link), so it is fetched and opened from memory.
 */
export async function handoutHtml(id: string, participantId: string): Promise<string> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'text/html' };
  const token = currentCsrfToken();
  if (token) headers['X-CSRF-Token'] = token;
  const response = await fetch(
    `/api/conversations/${encodeURIComponent(id)}/participants/${encodeURIComponent(participantId)}/handout`,
    { method: 'POST', headers, body: JSON.stringify({ format: 'html' }), credentials: 'same-origin' },
  );
  if (!response.ok) throw new ApiError(response.status, 'internal', response.statusText);
  return response.text();
}

/** The content type the server expects for a transcript file. */
export function contentTypeOf(fileName: string): string {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.vtt')) return 'text/vtt';
  if (lower.endsWith('.srt')) return 'application/x-subrip';
  return 'text/plain';
}
