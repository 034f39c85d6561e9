// The app shell: providers, the header with navigation and language switch, and the route table.
import { Suspense, lazy, useEffect, useState, type ReactNode } from 'react';
import { ReminderBadge, UnreadBadge } from '../closing/ShareNotes.tsx';
import { onNotificationsChanged } from '../lib/notifications.ts';
import { api } from '../api/index.ts';
import { ClockProvider, systemClock, type Clock } from './clock.tsx';
import { I18nProvider, useI18n } from './i18n.tsx';
import { Link, matchPath, navigate, useLocation, usePageTitle } from './router.tsx';
import { SessionProvider, useSession } from './session.tsx';
import { loadClosingPage } from './prefetch.ts';
import { ROUTES, type PageName } from './routes.ts';
import { Loading, Notice } from '../components/feedback.tsx';
import { LoginPage } from '../pages/LoginPage.tsx';
import { SetupPage } from '../pages/SetupPage.tsx';
import { ConversationListPage } from '../pages/ConversationListPage.tsx';
import { ConnectionStatus } from '../offline/ConnectionStatus.tsx';
import { SignOut } from '../offline/SignOut.tsx';
import { StorageNotice, UpdatePrompt } from '../offline/Notices.tsx';
import { useOnline } from '../offline/connectivity.ts';
import { resolveAlias } from '../offline/data.ts';

// Screens that are not needed on first load come later, so the first page stays light.
const NewConversationPage = lazy(() => import('../pages/NewConversationPage.tsx'));
const ClosingPage = lazy(loadClosingPage);
const FinishPage = lazy(() => import('../pages/FinishPage.tsx'));
const RecordPage = lazy(() => import('../pages/RecordPage.tsx'));
const SharePage = lazy(() => import('../pages/SharePage.tsx'));
const ProfilePage = lazy(() => import('../pages/ProfilePage.tsx'));
const AnalysisPage = lazy(() => import('../pages/AnalysisPage.tsx'));
// Practice brings the engine and the analyzer with it: its own chunk, loaded only on /practice.
const PracticePage = lazy(() => import('../exercises/PracticePage.tsx'));
const PrivacyPage = lazy(() => import('../pages/PrivacyPage.tsx'));
const PasswordResetPage = lazy(() =>
  import('../pages/AccountLinkPages.tsx').then((m) => ({ default: m.PasswordResetPage })),
);
const MyAgreementsPage = lazy(() => import('../pages/MyAgreementsPage.tsx'));
const InsightPage = lazy(() => import('../pages/InsightPage.tsx'));
const AdminPage = lazy(() => import('../pages/AdminPage.tsx'));
const InvitationPage = lazy(() => import('../pages/InvitationPage.tsx'));

/** The whole app; tests may pass a clock. */
export function App({ clock = systemClock }: { clock?: Clock }) {
  return (
    <ClockProvider clock={clock}>
      <I18nProvider>
        <SessionProvider>
          <Shell />
        </SessionProvider>
      </I18nProvider>
    </ClockProvider>
  );
}

function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <button type="button" className="button button--quiet" lang={other} onClick={() => setLang(other)}>
      {t('web.lang.switch')}
    </button>
  );
}

/**
 * How many answers of participants and how many reminders the leader has not seen, looked up again on every
 * navigation and whenever a page marks some read.
 */
function useUnread(signedIn: boolean, path: string): { unread: number; reminders: number } {
  const [counts, setCounts] = useState({ unread: 0, reminders: 0 });
  const [changes, setChanges] = useState(0);
  useEffect(() => onNotificationsChanged(() => setChanges((n) => n + 1)), []);
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    api.notifications().then(
      (n) => live && setCounts({ unread: n.unread, reminders: n.reminders }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [signedIn, path, changes]);
  return signedIn ? counts : { unread: 0, reminders: 0 };
}

function Header() {
  const { t } = useI18n();
  const { state } = useSession();
  const { path } = useLocation();
  const signedIn = state.status === 'signedIn';
  // On a phone the menu folds away behind one button, so the page starts right under a one-line header.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [path]);
  const { unread, reminders } = useUnread(signedIn, path);
  const current = (href: string) =>
    (href === '/' ? path === '/' || path === '/conversations' : path.startsWith(href)) ? 'page' : undefined;
  return (
    <header className="header">
      <div className="header__inner">
        <Link href="/" className="header__brand">
          {t('app.name')}
        </Link>
        {signedIn ? (
          <button
            type="button"
            className="button button--quiet header__menu"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('web.nav.menu')}
            <UnreadBadge count={unread} />
          </button>
        ) : null}
        {signedIn ? (
          <nav
            id="main-nav"
            aria-label={t('web.nav.label')}
            className={'header__nav' + (menuOpen ? ' header__nav--open' : '')}
          >
            <ul>
              <li>
                <Link href="/" aria-current={current('/')}>
                  {t('web.nav.conversations')}
                  <UnreadBadge count={unread} />
                </Link>
              </li>
              <li>
                <Link href="/conversations/new" aria-current={current('/conversations/new')}>
                  {t('web.nav.new')}
                </Link>
              </li>
              <li>
                <Link href="/agreements" aria-current={current('/agreements')}>
                  {t('followup.nav')}
                  <ReminderBadge count={reminders} />
                </Link>
              </li>
              <li>
                <Link href="/insight" aria-current={current('/insight')}>
                  {t('insight.title')}
                </Link>
              </li>
              {state.user.role === 'admin' ? (
                <li>
                  <Link href="/admin" aria-current={current('/admin')}>
                    {t('admin.nav')}
                  </Link>
                </li>
              ) : null}
              <li>
                <Link href="/analyse" aria-current={current('/analyse')}>
                  {t('web.nav.analyse')}
                </Link>
              </li>
              {state.user.role === 'admin' ? (
                <li>
                  <Link href="/privacy" aria-current={current('/privacy')}>
                    {t('privacy.page.nav')}
                  </Link>
                </li>
              ) : null}
              <li>
                <Link href="/practice" aria-current={current('/practice')}>
                  {t('practice.web.nav')}
                </Link>
              </li>
              <li>
                <Link href="/profile" aria-current={current('/profile')}>
                  {t('web.nav.profile')}
                </Link>
              </li>
              <li className="header__nav-logout">
                <SignOut idPrefix="menu-sign-out" />
              </li>
            </ul>
          </nav>
        ) : null}
        <div className="header__tools">
          {signedIn ? <ConnectionStatus /> : null}
          <LanguageSwitch />
          {signedIn ? <SignOut className="header__logout" /> : null}
        </div>
      </div>
    </header>
  );
}

function Shell() {
  const { t } = useI18n();
  const { state } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('web.nav.skip')}
      </a>
      <Header />
      <main id="main" className="main" tabIndex={-1}>
        <UpdatePrompt />
        {state.status === 'signedIn' ? <StorageNotice /> : null}
        <Suspense fallback={<Loading label={t('web.loading')} />}>
          <Routes />
        </Suspense>
      </main>
    </>
  );
}

/** The component of each page of the route table (app/routes.ts). */
const pages: Record<PageName, (params: Record<string, string>, path: string) => ReactNode> = {
  conversations: () => <ConversationListPage />,
  newConversation: () => <NewConversationPage />,
  closing: (params) => <ClosingPage key={params.id} id={params.id!} step={params.step} />,
  finish: (params) => <FinishPage id={params.id!} />,
  record: (params) => <RecordPage id={params.id!} />,
  share: (params) => <SharePage key={params.id} id={params.id!} />,
  profile: () => <ProfilePage />,
  analysis: () => <AnalysisPage />,
  practice: (_params, path) => <PracticePage path={path} />,
  agreements: () => <MyAgreementsPage />,
  insight: () => <InsightPage />,
  admin: () => <AdminPage />,
  privacy: () => <PrivacyPage />,
};

function Routes(): ReactNode {
  const { t } = useI18n();
  const { state, reload } = useSession();
  const { path } = useLocation();
  const online = useOnline();

  if (state.status === 'loading') return <Loading label={t('web.loading')} />;
  if (state.status === 'unreachable') {
    return (
      <Notice kind="error" title={t('web.error.unreachableTitle')}>
        <p>{online ? t('web.error.unreachable') : t('offline.signIn.needed')}</p>
        <button type="button" className="button" onClick={reload}>
          {t('web.action.retry')}
        </button>
      </Notice>
    );
  }
  if (state.status === 'setup') return <SetupPage />;
  // An invitation is opened by someone who has no account to sign in with yet.
  if (path === '/invite') return <InvitationPage />;
  if (state.status === 'anonymous') {
    if (path === '/password-reset') return <PasswordResetPage />;
    return <LoginPage expired={state.expired} />;
  }

  // A link to a conversation made offline keeps working once it has its server id.
  const id = matchPath('/conversations/:id/:rest?/:step?', path)?.id;
  if (id && resolveAlias(id) !== id) {
    return <Redirect to={path.replace(encodeURIComponent(id), encodeURIComponent(resolveAlias(id)))} />;
  }
  for (const route of ROUTES) {
    if (route.role && route.role !== state.user.role) continue;
    const params = matchPath(route.pattern, path);
    if (params) return pages[route.page](params, path);
  }
  return <NotFound />;
}

/** An address the app has no page for: a heading that says so, and the way back. */
function NotFound() {
  const { t } = useI18n();
  usePageTitle(t('web.notFound.title'));
  return (
    <div className="narrow">
      <h1 id="page-title" tabIndex={-1}>
        {t('web.notFound.title')}
      </h1>
      <p>
        <Link href="/">{t('web.notFound.back')}</Link>
      </p>
    </div>
  );
}

/** Replaces the address (after render, as navigating during render is not allowed). */
function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
