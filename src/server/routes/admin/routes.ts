// Users, teams, team statistics and conversation types.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  STEP_KEYS,
  auditEntrySchema,
  conversationTypeInputSchema,
  conversationTypePatchSchema,
  conversationTypeSchema,
  organisationSchema,
  organisationSettingsPatchSchema,
  organisationSettingsSchema,
  teamInputSchema,
  teamSchema,
  userInputSchema,
  userInviteSchema,
  userListingSchema,
  INVITATION_MAIL_STATES,
  userPatchSchema,
  userSchema,
} from '../../../core/index.ts';
import type { Services } from '../../../services/index.ts';
import { actorOf } from '../../session.ts';
import { commonErrors, pathId } from '../common.ts';

const stepCounts = z.object({ done: z.number().int(), skipped: z.number().int(), open: z.number().int() });
const teamStatisticsSchema = z.object({
  teamId: z.string(),
  conversations: z.number().int(),
  closed: z.number().int(),
  agreements: z.number().int(),
  steps: z.object(
    Object.fromEntries(STEP_KEYS.map((key) => [key, stepCounts])) as Record<
      (typeof STEP_KEYS)[number],
      typeof stepCounts
    >,
  ),
});

const invitedSchema = z.object({
  user: userSchema,
  token: z.string(),
  expiresAt: z.string(),
  mail: z.enum(INVITATION_MAIL_STATES),
});
const organisationAnswerSchema = z.object({
  organisation: organisationSchema.nullable(),
  settings: organisationSettingsSchema,
});

/** Routes of the organisation's administration. */
export const adminRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const org = services.organisation;

  app.get(
    '/users',
    { schema: { tags: ['admin'], response: { 200: z.array(userListingSchema), ...commonErrors } } },
    async (request) => org.listUsers(actorOf(request)),
  );
  app.post(
    '/users',
    { schema: { tags: ['admin'], body: userInputSchema, response: { 201: userSchema, ...commonErrors } } },
    async (request, reply) => reply.code(201).send(await org.createUser(actorOf(request), request.body)),
  );
  app.post(
    '/users/invite',
    {
      schema: { tags: ['admin'], body: userInviteSchema, response: { 201: invitedSchema, ...commonErrors } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return reply.code(201).send(await org.inviteUser(actorOf(request), request.body));
    },
  );
  app.post(
    '/users/:userId/invitation',
    {
      schema: {
        tags: ['admin'],
        params: z.object({ userId: pathId }),
        response: { 201: invitedSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return reply.code(201).send(await org.reinviteUser(actorOf(request), request.params.userId));
    },
  );
  app.patch(
    '/users/:userId',
    {
      schema: {
        tags: ['admin'],
        params: z.object({ userId: pathId }),
        body: userPatchSchema,
        response: { 200: userSchema, ...commonErrors },
      },
    },
    async (request) => org.updateUser(actorOf(request), request.params.userId, request.body),
  );

  app.get(
    '/teams',
    { schema: { tags: ['admin'], response: { 200: z.array(teamSchema), ...commonErrors } } },
    async (request) => org.listTeams(actorOf(request)),
  );
  app.post(
    '/teams',
    { schema: { tags: ['admin'], body: teamInputSchema, response: { 201: teamSchema, ...commonErrors } } },
    async (request, reply) => reply.code(201).send(await org.createTeam(actorOf(request), request.body)),
  );
  app.patch(
    '/teams/:teamId',
    {
      schema: {
        tags: ['admin'],
        params: z.object({ teamId: pathId }),
        body: teamInputSchema,
        response: { 200: teamSchema, ...commonErrors },
      },
    },
    async (request) => org.renameTeam(actorOf(request), request.params.teamId, request.body),
  );
  app.get(
    '/audit',
    {
      schema: {
        tags: ['admin'],
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }).strict(),
        response: { 200: z.array(auditEntrySchema), ...commonErrors },
      },
    },
    async (request) => org.auditLog(actorOf(request), request.query.limit),
  );
  app.get(
    '/organisation',
    { schema: { tags: ['admin'], response: { 200: organisationAnswerSchema, ...commonErrors } } },
    async (request) => org.settings(actorOf(request)),
  );
  app.patch(
    '/organisation',
    {
      schema: {
        tags: ['admin'],
        body: organisationSettingsPatchSchema,
        response: { 200: organisationAnswerSchema, ...commonErrors },
      },
    },
    async (request) => org.updateSettings(actorOf(request), request.body),
  );
  app.get(
    '/teams/:teamId/statistics',
    {
      schema: {
        tags: ['admin'],
        params: z.object({ teamId: pathId }),
        response: { 200: teamStatisticsSchema, ...commonErrors },
      },
    },
    async (request) => org.teamStatistics(actorOf(request), request.params.teamId),
  );

  app.get(
    '/conversation-types',
    { schema: { tags: ['admin'], response: { 200: z.array(conversationTypeSchema), ...commonErrors } } },
    async (request) => org.listConversationTypes(actorOf(request)),
  );
  app.post(
    '/conversation-types',
    {
      schema: {
        tags: ['admin'],
        body: conversationTypeInputSchema,
        response: { 201: conversationTypeSchema, ...commonErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await org.createConversationType(actorOf(request), request.body)),
  );
  app.patch(
    '/conversation-types/:typeId',
    {
      schema: {
        tags: ['admin'],
        params: z.object({ typeId: pathId }),
        body: conversationTypePatchSchema,
        response: { 200: conversationTypeSchema, ...commonErrors },
      },
    },
    async (request) => org.updateConversationType(actorOf(request), request.params.typeId, request.body),
  );
};
