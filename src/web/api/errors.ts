// What can go wrong talking to the server, in a shape the screens can act on.
import type { ValidationCode } from '../../core/index.ts';

/** A field error from the server's validation (`details.fields`): a code of core's VALIDATION_CODES, its
 * numbers, and the server's words for it (in the language asked for). */
export interface FieldError {
  path: string;
  code: ValidationCode;
  params?: Record<string, string | number>;
  message: string;
}

/** A failed API call: the server's stable error code, or 'network' when the server could not be reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(status: number, code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** True when retrying later may help (no connection, server busy or down). */
  get retriable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }

  /** The field errors the server listed, if any. */
  get fields(): FieldError[] {
    const fields = this.details?.fields;
    return Array.isArray(fields) ? (fields as FieldError[]) : [];
  }
}

/** True when the value is an ApiError. */
export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
