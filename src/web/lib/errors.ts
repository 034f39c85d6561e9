// Turns a failed call into words for the leader, and into per-field messages for a form.
import type { MessageKey, MessageParams } from '../../i18n/index.ts';
import { isApiError } from '../api/index.ts';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** One sentence that says what went wrong and, where possible, what to do. */
export function messageOf(error: unknown, t: Translate): string {
  if (!isApiError(error)) return t('web.error.unexpected');
  if (error.code === 'network') return t('web.error.network');
  if (error.status === 413) return t('web.error.tooLarge');
  if (error.status === 409 && error.code === 'conflict') return t('web.error.conflict');
  if (error.status >= 500) return t('web.error.server');
  return error.message || t('web.error.unexpected');
}

/** Server field errors keyed by their path ('participants.0.email'). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const result: Record<string, string> = {};
  for (const field of error.fields) result[field.path] ??= field.message;
  return result;
}
