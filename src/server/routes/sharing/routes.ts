// Sharing the record: the share state, sharing by mail, links to copy or print, revoking links, trying a
// failed mail again, earlier versions, and the leader's notifications.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import {
  conversationSchema,
  madeLinkSchema,
  notificationSchema,
  shareInputSchema,
  shareStateSchema,
} from '../../../core/index.ts';
import type { Services } from '../../../services/index.ts';
import { actorOf } from '../../session.ts';
import { commonErrors, errorSchema, pathId } from '../common.ts';

const tags = ['sharing'];
const params = z.object({ id: pathId });
const participantParams = z.object({ id: pathId, participantId: pathId });
const stateAnswer = { 200: shareStateSchema, ...commonErrors, 409: errorSchema };
const linkInput = z.object({ revokeEarlier: z.boolean().default(false) }).strict();

/** The address links are made with: PUBLIC_URL, else the address this request came to. */
function baseOf(request: FastifyRequest, publicUrl: URL | null): string {
  return publicUrl?.origin ?? `${request.protocol}://${request.host}`;
}

/** Routes of sharing and notifications. */
export const sharingRoutes: FastifyPluginAsyncZod<{ services: Services; publicUrl: URL | null }> = async (
  app,
  { services, publicUrl },
) => {
  const s = services.sharing;

  app.get('/conversations/:id/share', { schema: { tags, params, response: stateAnswer } }, async (request) =>
    s.state(actorOf(request), request.params.id),
  );
  app.post(
    '/conversations/:id/share',
    { schema: { tags, params, body: shareInputSchema.optional(), response: stateAnswer } },
    async (request) => s.share(actorOf(request), request.params.id, request.body ?? { revokeEarlier: false }),
  );
  app.post(
    '/conversations/:id/participants/:participantId/link',
    {
      schema: {
        tags,
        params: participantParams,
        body: linkInput.optional(),
        response: { 200: madeLinkSchema, ...commonErrors },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(
          await s.makeLink(
            actorOf(request),
            request.params.id,
            request.params.participantId,
            'link',
            baseOf(request, publicUrl),
            { revokeEarlier: request.body?.revokeEarlier ?? false },
          ),
        ),
  );
  app.post(
    '/conversations/:id/participants/:participantId/handout',
    {
      schema: {
        tags,
        description:
          'A printable handout (HTML, or PDF with Chromium) with a new personal link as a QR code.',
        params: participantParams,
        body: linkInput.extend({ format: z.enum(['html', 'pdf']).default('html') }).optional(),
        response: { ...commonErrors, 503: errorSchema },
      },
    },
    async (request, reply) => {
      const file = await s.handout(
        actorOf(request),
        request.params.id,
        request.params.participantId,
        baseOf(request, publicUrl),
        { format: request.body?.format ?? 'html', revokeEarlier: request.body?.revokeEarlier ?? false },
      );
      return (
        reply
          .header('cache-control', 'no-store')
          .header('x-participant-link-expires', file.link.expiresAt)
          .type(file.contentType)
          // A file, not JSON (the response schemas list only errors).
          .send((typeof file.body === 'string' ? file.body : Buffer.from(file.body)) as never)
      );
    },
  );
  app.delete(
    '/conversations/:id/participants/:participantId/links',
    { schema: { tags, params: participantParams, response: stateAnswer } },
    async (request) => s.revokeLinks(actorOf(request), request.params.id, request.params.participantId),
  );
  app.post(
    '/conversations/:id/deliveries/:deliveryId/retry',
    {
      schema: {
        tags,
        params: z.object({ id: pathId, deliveryId: pathId }),
        body: z.object({}).strict().optional(),
        response: stateAnswer,
      },
    },
    async (request) => s.retryDelivery(actorOf(request), request.params.id, request.params.deliveryId),
  );
  app.get(
    '/conversations/:id/versions/:number',
    {
      schema: {
        tags,
        params: z.object({ id: pathId, number: z.coerce.number().int().min(1).max(1_000_000) }),
        response: {
          200: z.object({
            number: z.number().int(),
            createdAt: z.string(),
            conversation: conversationSchema,
          }),
          ...commonErrors,
        },
      },
    },
    async (request) => s.version(actorOf(request), request.params.id, request.params.number),
  );

  app.get(
    '/notifications',
    {
      schema: {
        tags,
        response: {
          200: z.object({
            unread: z.number().int(),
            reminders: z.number().int(),
            items: z.array(notificationSchema),
          }),
          ...commonErrors,
        },
      },
    },
    async (request) => s.notifications(actorOf(request)),
  );
  app.post(
    '/notifications/read',
    {
      schema: {
        tags,
        body: z
          .object({ conversationId: pathId.optional(), group: z.enum(['responses', 'reminders']).optional() })
          .strict()
          .optional(),
        response: {
          200: z.object({ unread: z.number().int(), reminders: z.number().int() }),
          ...commonErrors,
        },
      },
    },
    async (request) => s.markRead(actorOf(request), request.body?.conversationId, request.body?.group),
  );
};
