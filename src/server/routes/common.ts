// Schemas shared by the routes: the error body, ids in paths.
import { z } from 'zod';

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
