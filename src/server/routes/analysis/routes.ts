// The analyzer over HTTP: one agreement sentence, or a whole transcript as a raw body.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { decodeTranscriptBytes } from '../../../analyzer/index.ts';
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

/**
 * The file name from X-File-Name: the web app sends it URI-encoded (headers are Latin-1); a name that does not
 * decode, or is not well-formed, is used as it came. Only its length and the extension matter further on.
 */
function fileNameOf(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string' || header === '') return undefined;
  let name = header;
  try {
    name = decodeURIComponent(header);
  } catch {
    // Not URI-encoded: keep it as sent.
  }
  return [...name].slice(0, LIMITS.name).join('');
}

/** Routes of the analyzer. */
export const analysisRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  // Transcripts arrive as they are, not as JSON; only these routes accept text bodies. Fastify refuses a body
  // whose Content-Length exceeds the limit before reading it. The bytes are decoded as the CLI decodes a file
  // (UTF-8, or UTF-16 by its byte order mark), so an export from Teams or Word reads the same everywhere.
  app.addContentTypeParser(
    TRANSCRIPT_TYPES,
    { parseAs: 'buffer', bodyLimit: LIMITS.transcriptBytes },
    (_request, body, done) => done(null, decodeTranscriptBytes(body as Buffer)),
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
        body: z.string(),
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
      const fileName = fileNameOf(request.headers['x-file-name']);
      const contentType = request.headers['content-type']?.split(';')[0]?.trim();
      return services.analysis.analyseTranscript(actorOf(request), {
        text: request.body,
        fileName,
        contentType,
        date: request.query.date,
        leader: request.query.leader,
        // Tips are advice for the person reading them: in their language, whatever the transcript's.
        tipsLang: pickLanguage(request.headers['accept-language']),
      });
    },
  );
};
