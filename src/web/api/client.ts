// The low-level HTTP client: JSON, the CSRF token, the interface language and error shapes in one place.
import { ApiError } from './errors.ts';
import { reportReachable, reportUnreachable } from '../offline/connectivity.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;
let language = 'nl';
const unauthorisedListeners = new Set<() => void>();
const answeredListeners = new Set<() => void>();

/** Remembers the CSRF token from the session, login or setup answer. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token of the session (for the few requests that are not JSON answers). */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

/** The interface language, sent as Accept-Language so server messages match the screen. */
export function setApiLanguage(lang: string): void {
  language = lang;
}

/** Called when the server says the session is gone (401), so the app can show the login page. */
export function onUnauthorised(listener: () => void): () => void {
  unauthorisedListeners.add(listener);
  return () => unauthorisedListeners.delete(listener);
}

/** Called when the server answered a request of the session (it is still valid): offline use may go on. */
export function onSessionAnswer(listener: () => void): () => void {
  answeredListeners.add(listener);
  return () => answeredListeners.delete(listener);
}

export interface RequestOptions {
  body?: unknown;
  /** A raw body (file upload) with its content type instead of JSON. */
  raw?: { data: Blob | string; type: string; headers?: Record<string, string> };
  query?: Record<string, string | number | undefined | null>;
  /** Login and setup answer 401 for wrong credentials; that is not a lost session. */
  skipUnauthorisedHandler?: boolean;
  signal?: AbortSignal;
  /** Extra headers: the save queue's If-Match (revision) and Idempotency-Key. */
  headers?: Record<string, string>;
  /** 'text' returns the answer's body as text (rendered files such as the record's HTML or plain text). */
  responseType?: 'json' | 'text';
}

/** Sends one request to /api and returns the parsed JSON answer (undefined for 204). */
export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const url = new URL('/api' + path, window.location.origin);
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
  let body: BodyInit | undefined;
  if (options.raw) {
    headers['Content-Type'] = options.raw.type;
    Object.assign(headers, options.raw.headers);
    body = options.raw.data;
  } else if (options.body !== undefined || method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body ?? {});
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  Object.assign(headers, options.headers);

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    reportUnreachable();
    throw new ApiError(0, 'network', 'network');
  }
  reportReachable();
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (response.ok && options.responseType === 'text') return text as T;
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    // A proxy's HTML error page, say: fall through to the generic error below.
  }
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string; details?: Record<string, unknown> } })
      ?.error;
    const apiError = new ApiError(
      response.status,
      error?.code ?? (response.status === 413 ? 'payload_too_large' : 'internal'),
      error?.message ?? response.statusText,
      error?.details,
    );
    if (response.status === 401 && !options.skipUnauthorisedHandler) {
      for (const listener of unauthorisedListeners) listener();
    }
    throw apiError;
  }
  if (!options.skipUnauthorisedHandler) for (const listener of answeredListeners) listener();
  return data as T;
}
