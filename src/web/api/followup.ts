// The routes of the follow-up, the coach's view and the administration (issue 10), typed from core.
import type { z } from 'zod';
import type {
  AuditEntry,
  Conversation,
  ConversationType,
  InsightView,
  MyAgreement,
  Organisation,
  OrganisationSettings,
  InvitationMailState,
  Team,
  User,
  UserListing,
  conversationTypeInputSchema,
  conversationTypePatchSchema,
  organisationSettingsPatchSchema,
  userInviteSchema,
  userPatchSchema,
} from '../../core/index.ts';
import { request } from './client.ts';

export interface MyAgreementsAnswer {
  today: string;
  items: MyAgreement[];
  counts: Record<MyAgreement['group'], number> & { mine: number; waiting: number };
}
export interface InsightScopes {
  self: boolean;
  teams: { id: string; name: string }[];
  leaders: { id: string; name: string; teamId: string | null }[];
  organisation: boolean;
}
export interface InsightParams {
  scope: 'team' | 'leader' | 'organisation';
  id?: string;
  from?: string;
  to?: string;
}
export interface Invited {
  user: User;
  /** The copy link's token (shown once). */
  token: string;
  expiresAt: string;
  /** 'waiting': the mail is on its way; 'off': mail is not set up, the link must be passed on by hand. */
  mail: InvitationMailState;
}
export interface OrganisationAnswer {
  organisation: Organisation | null;
  settings: OrganisationSettings;
}

const path = (id: string) => encodeURIComponent(id);

/** Follow-up, insight and administration calls. */
export const followupApi = {
  myAgreements: (side: 'all' | 'mine' | 'waiting' = 'all') =>
    request<MyAgreementsAnswer>('GET', '/my-agreements', { query: { side } }),
  markDone: (
    conversationId: string,
    agreementId: string,
    body: { note: string; link: string; doneOn: string | null },
  ) =>
    request<Conversation>(
      'POST',
      `/conversations/${path(conversationId)}/agreements/${path(agreementId)}/done`,
      {
        body,
      },
    ),
  moveDeadline: (conversationId: string, agreementId: string, body: { deadline: string; reason: string }) =>
    request<Conversation>(
      'POST',
      `/conversations/${path(conversationId)}/agreements/${path(agreementId)}/move`,
      {
        body,
      },
    ),
  insight: (params: InsightParams) =>
    request<InsightView>('GET', '/insight', { query: params as unknown as Record<string, string> }),
  insightScopes: () => request<InsightScopes>('GET', '/insight/scopes'),
  /** The address of the CSV export for the same view (a plain download link). */
  insightCsvHref: (params: InsightParams) => {
    const query = new URLSearchParams(
      Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])),
    );
    return `/api/insight/export.csv?${query.toString()}`;
  },
  users: () => request<UserListing[]>('GET', '/users'),
  invite: (input: z.input<typeof userInviteSchema>) =>
    request<Invited>('POST', '/users/invite', { body: input }),
  reinvite: (userId: string) => request<Invited>('POST', `/users/${path(userId)}/invitation`),
  updateUser: (userId: string, patch: z.input<typeof userPatchSchema>) =>
    request<User>('PATCH', `/users/${path(userId)}`, { body: patch }),
  teams: () => request<Team[]>('GET', '/teams'),
  createTeam: (name: string) => request<Team>('POST', '/teams', { body: { name } }),
  renameTeam: (teamId: string, name: string) =>
    request<Team>('PATCH', `/teams/${path(teamId)}`, { body: { name } }),
  createType: (input: z.input<typeof conversationTypeInputSchema>) =>
    request<ConversationType>('POST', '/conversation-types', { body: input }),
  updateType: (typeId: string, patch: z.input<typeof conversationTypePatchSchema>) =>
    request<ConversationType>('PATCH', `/conversation-types/${path(typeId)}`, { body: patch }),
  organisation: () => request<OrganisationAnswer>('GET', '/organisation'),
  updateOrganisation: (patch: z.input<typeof organisationSettingsPatchSchema>) =>
    request<OrganisationAnswer>('PATCH', '/organisation', { body: patch }),
  audit: () => request<AuditEntry[]>('GET', '/audit'),
  lookupInvitation: (token: string) =>
    request<{ name: string; email: string; organisation: string; signIn: 'password' | 'oidc' }>(
      'POST',
      '/invitations/lookup',
      {
        body: { token },
        skipUnauthorisedHandler: true,
      },
    ),
  acceptInvitation: (token: string, password: string) =>
    request<{ user: User; csrfToken: string }>('POST', '/invitations/accept', {
      body: { token, password },
      skipUnauthorisedHandler: true,
    }),
};
