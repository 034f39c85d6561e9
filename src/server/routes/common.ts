// Schemas shared by the routes: the error body, ids in paths, the preconditions of writes.
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../core/index.ts';
import type { WriteOptions } from '../../services/index.ts';

/** The body of every error answer. */
export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

/** An id in a path. Any text up to 200 characters: an id that does not exist answers 404, not 400. */
export const pathId = z.string().min(1).max(200);

/** Error answers every signed-in route may give, for the OpenAPI document. */
export const commonErrors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

const IF_MATCH = /^(?:W\/)?"?(\d{1,15})"?$/;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,200}$/;

/**
 * The preconditions of a write from its headers: `If-Match` with the conversation revision the change was
 * based on (the web app's save queue sends it; a newer revision answers 412 revision_mismatch), and
 * `Idempotency-Key` (a repeat with the same key is not made twice). Both are optional.
 */
export function writeOptionsOf(request: FastifyRequest): WriteOptions {
  const options: WriteOptions = {};
  const ifMatch = request.headers['if-match'];
  if (typeof ifMatch === 'string' && ifMatch.trim() !== '*') {
    const match = IF_MATCH.exec(ifMatch.trim());
    if (!match) throw new AppError('precondition_invalid', { header: 'If-Match' });
    options.ifRevision = Number(match[1]);
  }
  const key = request.headers['idempotency-key'];
  if (typeof key === 'string') {
    if (!IDEMPOTENCY_KEY.test(key)) throw new AppError('precondition_invalid', { header: 'Idempotency-Key' });
    options.idempotencyKey = key;
  }
  return options;
}
