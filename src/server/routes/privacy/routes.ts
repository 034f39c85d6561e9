// Privacy: the access log of a conversation, retention per conversation type, and a person's data.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  accessEntrySchema,
  personExportSchema,
  personMatchSchema,
  personQuerySchema,
  personSelectionSchema,
  retentionInputSchema,
  retentionItemSchema,
  retentionPolicySchema,
  retentionReportSchema,
  retentionRunSchema,
} from '../../../core/index.ts';
import { pickLanguage } from '../../../i18n/index.ts';
import type { Services } from '../../../services/index.ts';
import { actorOf } from '../../session.ts';
import { commonErrors, pathId } from '../common.ts';
import { exportPage } from './export-page.ts';

const tags = ['privacy'];

/** Routes of privacy by design. */
export const privacyRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const privacy = services.privacy;

  app.get(
    '/conversations/:id/access-log',
    {
      schema: {
        tags,
        description: 'Who opened this record, when: its leader and administrators may read it.',
        params: z.object({ id: pathId }),
        response: { 200: z.array(accessEntrySchema), ...commonErrors },
      },
    },
    async (request) => privacy.accessLog(actorOf(request), request.params.id),
  );

  app.get(
    '/privacy/retention',
    {
      schema: {
        tags,
        description: 'Retention per conversation type, and what the next runs will delete or anonymise.',
        querystring: z.object({ horizonDays: z.coerce.number().int().min(1).max(366).default(30) }).strict(),
        response: { 200: retentionReportSchema, ...commonErrors },
      },
    },
    async (request) => privacy.retentionReport(actorOf(request), request.query.horizonDays),
  );
  app.put(
    '/privacy/retention/:typeId',
    {
      schema: {
        tags,
        params: z.object({ typeId: pathId }),
        body: retentionInputSchema,
        response: { 200: retentionPolicySchema, ...commonErrors },
      },
    },
    async (request) => privacy.setRetention(actorOf(request), request.params.typeId, request.body),
  );
  app.post(
    '/privacy/retention/run',
    {
      schema: {
        tags,
        description:
          'Runs retention now (the scheduled job does this daily); dryRun only says what would go.',
        querystring: z.object({ dryRun: z.enum(['true', 'false']).default('false') }).strict(),
        response: {
          200: retentionRunSchema.extend({ items: z.array(retentionItemSchema) }),
          ...commonErrors,
        },
      },
    },
    async (request) => privacy.runRetention(actorOf(request), { dryRun: request.query.dryRun === 'true' }),
  );

  app.get(
    '/privacy/people',
    {
      schema: {
        tags,
        description: 'Participant records matching a name, e-mail address or phone number (audited).',
        querystring: personQuerySchema,
        response: { 200: z.array(personMatchSchema), ...commonErrors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return privacy.findPerson(actorOf(request), request.query.q);
    },
  );
  app.post(
    '/privacy/people/export',
    {
      schema: {
        tags,
        description: 'Everything stored about the chosen records: JSON, or ?format=html for a readable page.',
        querystring: z.object({ format: z.enum(['json', 'html']).default('json') }).strict(),
        body: personSelectionSchema.pick({ participantIds: true }).strict(),
        response: { 200: z.union([personExportSchema, z.string()]), ...commonErrors },
      },
    },
    async (request, reply) => {
      const data = await privacy.exportPerson(actorOf(request), request.body.participantIds);
      reply.header('cache-control', 'no-store');
      if (request.query.format === 'html') {
        return reply
          .type('text/html; charset=utf-8')
          .header('content-disposition', 'attachment; filename="gegevens.html"')
          .send(exportPage(data, pickLanguage(request.headers['accept-language'])));
      }
      return reply.header('content-disposition', 'attachment; filename="gegevens.json"').send(data);
    },
  );
  app.post(
    '/privacy/people/erase',
    {
      schema: {
        tags,
        description:
          'Erases the chosen records: the person leaves each conversation, or the conversations go.',
        body: personSelectionSchema,
        response: {
          200: z.object({
            conversations: z.number().int(),
            participants: z.number().int(),
            deletedConversations: z.number().int(),
          }),
          ...commonErrors,
        },
      },
    },
    async (request) =>
      privacy.erasePerson(actorOf(request), request.body.participantIds, {
        deleteConversations: request.body.deleteConversations,
      }),
  );
};
