// The route table of the leader's app: every page the router can show, with what its parameters stand for.
// App.tsx renders from this table only, and the browser test that checks every page in both languages
// (test/e2e/language.test.ts) walks this same table, so a page added here is checked there too.

/** What a path parameter stands for, so a test can fill it in with a real one. */
export type ParamKind = 'conversation' | 'step' | 'scenario' | 'card';

/** The pages of the app (each has one component in App.tsx). */
export type PageName =
  | 'conversations'
  | 'newConversation'
  | 'closing'
  | 'finish'
  | 'record'
  | 'share'
  | 'profile'
  | 'analysis'
  | 'practice'
  | 'agreements'
  | 'insight'
  | 'admin'
  | 'privacy';

export interface RouteDef {
  /** A pattern for matchPath, e.g. '/conversations/:id/close/:step?'. */
  pattern: string;
  page: PageName;
  params?: Record<string, ParamKind>;
  /** Only for this role; for anyone else the address is not a page (not found). */
  role?: 'admin';
}

/**
 * Every route of the signed-in app, in the order they are matched. Signed out, every path shows login, except
 * /password-reset; /invite shows the invitation whether signed in or not (both in App.tsx).
 */
export const ROUTES: readonly RouteDef[] = [
  { pattern: '/', page: 'conversations' },
  { pattern: '/conversations', page: 'conversations' },
  { pattern: '/conversations/new', page: 'newConversation' },
  {
    pattern: '/conversations/:id/close/:step?',
    page: 'closing',
    params: { id: 'conversation', step: 'step' },
  },
  { pattern: '/conversations/:id/finish', page: 'finish', params: { id: 'conversation' } },
  { pattern: '/conversations/:id/record', page: 'record', params: { id: 'conversation' } },
  { pattern: '/conversations/:id/share', page: 'share', params: { id: 'conversation' } },
  { pattern: '/profile', page: 'profile' },
  { pattern: '/privacy', page: 'privacy', role: 'admin' },
  { pattern: '/analyse', page: 'analysis' },
  // The practice page reads the rest of the path itself (list, history, team, a card, a scenario).
  { pattern: '/practice', page: 'practice' },
  { pattern: '/practice/history', page: 'practice' },
  { pattern: '/practice/team', page: 'practice' },
  { pattern: '/practice/cards/:cardId', page: 'practice', params: { cardId: 'card' } },
  { pattern: '/practice/:scenarioId', page: 'practice', params: { scenarioId: 'scenario' } },
  { pattern: '/agreements', page: 'agreements' },
  { pattern: '/insight', page: 'insight' },
  { pattern: '/admin', page: 'admin', role: 'admin' },
  // Reached after signing in from these addresses: the list.
  { pattern: '/login', page: 'conversations' },
  { pattern: '/setup', page: 'conversations' },
  { pattern: '/password-reset', page: 'conversations' },
];
