// Requests that the first screen needs, started as soon as the entry script runs instead of after the
// first render, the session check and the route's chunk one after another (docs/performance.md).
import { request, setApiLanguage } from '../api/client.ts';
import type { Conversation, ConversationSummary, ConversationType } from '../../core/index.ts';

/** The lazily loaded screens, shared by the route table and the early start below. */
export const loadClosingPage = () => import('../closing/ClosingPage.tsx');

/** How long an early answer may be used for; after that the page asks again. */
const FRESH_MS = 10_000;
const early = new Map<string, { at: number; answer: Promise<unknown> }>();

function start<T>(key: string, load: () => Promise<T>): void {
  const answer = load();
  answer.catch(() => undefined);
  early.set(key, { at: performance.now(), answer });
}

/** An answer started early for `key`, once; undefined if there is none (or it is too old). */
export function takeEarly<T>(key: string): Promise<T> | undefined {
  const entry = early.get(key);
  early.delete(key);
  if (!entry || performance.now() - entry.at > FRESH_MS) return undefined;
  return entry.answer as Promise<T>;
}

/**
 * Starts the session check and what the page at `path` will ask for. None of these report a 401 as a lost
 * session: signed out, the app shows the login page and the answers go unused.
 */
export function startEarlyRequests(path: string): void {
  try {
    const stored = window.localStorage.getItem('sluitstuk:lang');
    if (stored === 'en' || stored === 'nl') setApiLanguage(stored);
  } catch {
    // Dutch then, as the app starts.
  }
  const quiet = { skipUnauthorisedHandler: true };
  start('setup', () => request<{ needed: boolean }>('GET', '/setup', quiet));
  start('session', () => request('GET', '/auth/session', quiet));
  if (path === '/' || path === '/conversations') {
    start('types', () => request<ConversationType[]>('GET', '/conversation-types', quiet));
    start('conversations', () =>
      request<{ items: ConversationSummary[]; total: number }>('GET', '/conversations', quiet),
    );
    return;
  }
  const closing = /^\/conversations\/([^/]+)\/close(?:\/[^/]*)?\/?$/.exec(path);
  if (closing) {
    start('closing-page', loadClosingPage);
    const id = decodeURIComponent(closing[1]!);
    start(`conversation:${id}`, () =>
      request<Conversation>('GET', `/conversations/${encodeURIComponent(id)}`, quiet),
    );
  }
}
