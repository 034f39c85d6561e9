// The analyzer over HTTP: one agreement sentence, or a whole transcript as a raw body.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LIMITS, day, text } from '../../../core/index.ts';
import { pickLanguage } from '../../../i18n/index.ts';
import type { Services } from '../../../services/index.ts';
import { actorOf } from '../../session.ts';
import { commonErrors, errorSchema } from '../common.ts';
import { agreementReadingSchema, transcriptAnalysisSchema } from './schema.ts';

const readInputSchema = z
  .object({
    text: text(LIMITS.text),
    date: day,
    speaker: text(LIMITS.name).optional(),
    participants: z.array(text(LIMITS.name)).max(LIMITS.participants).optional(),
    lang: z.enum(['nl', 'en']).optional(),
  })
  .strict();

const analysesQuerySchema = z.object({ date: day.optional(), leader: text(LIMITS.name).optional() }).strict();

export const TRANSCRIPT_TYPES = ['text/plain', 'text/vtt', 'application/x-subrip'];

/** Routes of the analyzer. */
export const analysisRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  // Transcripts arrive as they are, not as JSON; only these routes accept text bodies. Fastify refuses a body
  // whose Content-Length exceeds the limit before reading it.
  app.addContentTypeParser(
    TRANSCRIPT_TYPES,
    { parseAs: 'string', bodyLimit: LIMITS.transcriptBytes },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/agreements/read',
    {
      schema: {
        tags: ['analysis'],
        body: readInputSchema,
        response: { 200: agreementReadingSchema, ...commonErrors },
      },
    },
    async (request) =>
      services.analysis.readAgreement(actorOf(request), {
        ...request.body,
        hintLang: pickLanguage(request.headers['accept-language']),
      }),
  );

  app.post(
    '/analyses',
    {
      bodyLimit: LIMITS.transcriptBytes,
      schema: {
        tags: ['analysis'],
        querystring: analysesQuerySchema,
        body: z.string().max(LIMITS.transcriptBytes),
        response: {
          200: transcriptAnalysisSchema,
          ...commonErrors,
          413: errorSchema,
          415: errorSchema,
          422: errorSchema,
        },
      },
    },
    async (request) => {
      const fileName = request.headers['x-file-name'];
      const contentType = request.headers['content-type']?.split(';')[0]?.trim();
      return services.analysis.analyseTranscript(actorOf(request), {
        text: request.body,
        fileName: typeof fileName === 'string' ? fileName.slice(0, LIMITS.name) : undefined,
        contentType,
        date: request.query.date,
        leader: request.query.leader,
        // Tips are advice for the person reading them: in their language, whatever the transcript's.
        tipsLang: pickLanguage(request.headers['accept-language']),
      });
    },
  );
};
