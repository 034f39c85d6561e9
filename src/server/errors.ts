// The one place where errors become HTTP answers: {"error": {"code", "message", "details"?}}, the message in
// Dutch or English after Accept-Language. Anything unexpected is a 500 `internal` without internals.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  AppError,
  ERROR_CODES,
  isAppError,
  isValidationCode,
  type ErrorCode,
  type FieldProblem,
} from '../core/index.ts';
import { pickLanguage, t, type Lang } from '../i18n/index.ts';
import { fieldProblems, type ValidatorIssue } from './validation.ts';

/** Field problems with their message in the reader's language, beside the code and numbers they came from. */
function translatedFields(lang: Lang, fields: unknown): unknown {
  if (!Array.isArray(fields)) return fields;
  return fields.map((field: Partial<FieldProblem> & { message?: string }) => {
    const code = isValidationCode(field.code) ? field.code : 'invalid';
    return { ...field, code, message: t(lang, `validation.${code}`, field.params) };
  });
}

/** Sends the error body for a code. */
export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  details?: Record<string, unknown>,
): FastifyReply {
  const lang = pickLanguage(request.headers['accept-language']);
  const shown = details?.fields ? { ...details, fields: translatedFields(lang, details.fields) } : details;
  return reply
    .code(ERROR_CODES[code])
    .header('cache-control', 'no-store')
    .send({ error: { code, message: t(lang, `error.${code}`), ...(shown ? { details: shown } : {}) } });
}

/** Translates Fastify's and the validator's errors into the product's codes. */
export function toAppError(error: unknown): AppError | null {
  if (isAppError(error)) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext;
    const fields = fieldProblems(error.validation as unknown as ValidatorIssue[], context);
    const allDates = fields.length > 0 && fields.every((f) => f.code === 'invalid_date');
    return new AppError(allDates ? 'invalid_date' : 'validation_failed', { fields });
  }
  const fastifyError = error as Partial<FastifyError> & { statusCode?: number };
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return new AppError('unsupported_media_type');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('malformed_json');
  }
  if (error instanceof SyntaxError) return new AppError('malformed_json');
  const status = fastifyError.statusCode;
  if (status === 429) return new AppError('rate_limited');
  if (status === 413) return new AppError('payload_too_large');
  if (status === 415) return new AppError('unsupported_media_type');
  if (status === 404) return new AppError('route_not_found');
  if (typeof status === 'number' && status >= 400 && status < 500) return new AppError('validation_failed');
  return null;
}

/** Fastify's error handler. */
export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const appError = toAppError(error);
  if (!appError) {
    request.log.error({ err: error }, 'unexpected error');
    return sendError(request, reply, 'internal');
  }
  if (ERROR_CODES[appError.code] >= 500) request.log.error({ err: error }, appError.code);
  if (appError.code === 'rate_limited') {
    const retry = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
    return sendError(request, reply, 'rate_limited', retry ? { retryAfterSeconds: retry } : undefined);
  }
  return sendError(request, reply, appError.code, appError.details);
}
