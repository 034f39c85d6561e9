// Turns a failed call into words for the leader, and into per-field messages for a form. The words come from
// i18n by the server's codes, so they follow the language on screen even if it changed after the request.
import { isMessageKey, type MessageKey, type MessageParams } from '../../i18n/index.ts';
import { isValidationCode } from '../../core/index.ts';
import { isApiError } from '../api/index.ts';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** One sentence that says what went wrong and, where possible, what to do. */
export function messageOf(error: unknown, t: Translate): string {
  if (!isApiError(error)) return t('web.error.unexpected');
  if (error.code === 'network') return t('web.error.network');
  if (error.status === 413) return t('web.error.tooLarge');
  if (error.status === 409 && error.code === 'conflict') return t('web.error.conflict');
  // A code with its own words says what to do (a 503 "pdf_unavailable" names what to install); only an
  // unnamed server failure gets the general sentence.
  const key = `error.${error.code}`;
  if (error.code !== 'internal' && isMessageKey(key)) return t(key);
  return error.status >= 500 ? t('web.error.server') : t('web.error.unexpected');
}

/** Server field errors keyed by their path ('participants.0.email'), as keys to word in the language on screen. */
export function fieldErrorsOf(error: unknown): Record<string, { key: MessageKey; params?: MessageParams }> {
  if (!isApiError(error)) return {};
  const result: Record<string, { key: MessageKey; params?: MessageParams }> = {};
  for (const field of error.fields) {
    result[field.path] ??= isValidationCode(field.code)
      ? { key: `validation.${field.code}`, params: field.params }
      : { key: 'validation.invalid' };
  }
  return result;
}
