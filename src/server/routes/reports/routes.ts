// The record as a file for its leader: GET /api/conversations/:id/report?format=…&audience=…. Authorised
// like the record; personal data, so never cached.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { REPORT_FORMATS } from '../../../render/index.ts';
import { pickLanguage } from '../../../i18n/index.ts';
import type { Services } from '../../../services/index.ts';
import { actorOf } from '../../session.ts';
import { commonErrors, errorSchema, pathId } from '../common.ts';

const reportQuery = z
  .object({
    format: z.enum(REPORT_FORMATS).default('html'),
    audience: z.enum(['leader', 'participants', 'participant']).default('leader'),
    participantId: pathId.optional(),
    lang: z.enum(['nl', 'en']).optional(),
    /** With format=html: only the record's body and its stylesheet, to place inside another page. */
    embed: z.enum(['true', 'false']).optional(),
  })
  .strict();

/** Formats a person downloads to keep rather than reads in the browser. */
const ATTACHMENT = new Set(['ics', 'vcf']);

/** Content-Disposition for a file name of letters, digits, hyphens and a dot (render's fileSlug). */
function disposition(format: string, filename: string): string {
  return `${ATTACHMENT.has(format) ? 'attachment' : 'inline'}; filename="${filename.replace(/[^A-Za-z0-9.-]/g, '-')}"`;
}

/** Routes of the record as a report. */
export const reportRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/conversations/:id/report',
    {
      schema: {
        tags: ['conversations'],
        summary: 'The record as HTML, PDF, calendar (ICS), contact card (vCard), handout (PDF), text or JSON',
        params: z.object({ id: pathId }),
        querystring: reportQuery,
        response: { ...commonErrors, 503: errorSchema },
      },
    },
    async (request, reply) => {
      const { format, audience, participantId, lang, embed } = request.query;
      const file = await services.reports.file(actorOf(request), request.params.id, format, {
        audience,
        participantId,
        lang: lang ?? pickLanguage(request.headers['accept-language']),
        embed: embed === 'true',
      });
      return (
        reply
          .header('content-type', file.contentType)
          .header('content-disposition', disposition(format, file.filename))
          .header('cache-control', 'no-store')
          // A file, not JSON: strings and buffers are sent as they are (the response schemas list only errors).
          .send((typeof file.body === 'string' ? file.body : Buffer.from(file.body)) as never)
      );
    },
  );
};
