// Signing in: with the organisation's account (OIDC) and/or e-mail and password, as the server allows. After a
// lost session the leader returns to the page they were on, with their input kept. Too many failed attempts
// show how long to wait; a failed organisation sign-in says why.
import { useEffect, useState, type FormEvent } from 'react';
import type { AuthMethods } from '../../core/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { Link, usePageTitle } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { api, isApiError, oidcStartUrl } from '../api/index.ts';
import { Notice } from '../components/feedback.tsx';
import { TextField, focusFirstError, saidOf, useFieldErrors, type Said } from '../components/form.tsx';
import { messageOf } from '../lib/errors.ts';
import { RULES, problemsOf } from '../lib/rules.ts';
import { clockTime, waitInWords } from '../lib/wait.ts';

const FIELDS = ['email', 'password'] as const;
const idOf = (field: string) => `login-${field}`;

const OIDC_REASONS = [
  'state',
  'nonce',
  'denied',
  'account_unknown',
  'no_role',
  'email_missing',
  'inactive',
  'unreachable',
  'provider',
];

/** The login form. */
export function LoginPage({ expired }: { expired: boolean }) {
  const { t, lang } = useI18n();
  const { signedIn } = useSession();
  usePageTitle(t('web.login.title'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useFieldErrors<string>();
  const [failed, setFailed] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [methods, setMethods] = useState<AuthMethods | null>(null);
  const params = new URLSearchParams(window.location.search);
  const reason = params.get('signin');
  const signedOut = params.get('signedOut') === '1';

  useEffect(() => {
    let cancelled = false;
    api.authMethods().then(
      (m) => !cancelled && setMethods(m),
      // Without an answer the password form stays: it is the way in that needs nothing else.
      () => !cancelled && setMethods({ password: true, passwordReset: false, oidc: null }),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailed(null);
    const local: Record<string, Said> = {};
    const problems = problemsOf({ email, password }, { email: RULES.email });
    for (const [field, problem] of Object.entries(problems)) local[field] = saidOf(problem);
    if (!password) local.password = { key: 'validation.required' };
    setErrors(local);
    if (focusFirstError(local, FIELDS, idOf)) return;
    setBusy(true);
    try {
      await signedIn(await api.login(email.trim(), password));
    } catch (error) {
      setFailed(error);
      setBusy(false);
      // Wrong e-mail or password: back to the start of the form, with both kept to correct.
      document.getElementById(idOf('email'))?.focus();
    }
  }

  // Written at render time, so the message follows a change of language.
  function failureText(error: unknown): string {
    if (isApiError(error) && error.code === 'login_throttled') {
      const seconds = Number(error.details?.retryAfterSeconds ?? 60);
      const at = String(error.details?.retryAt ?? new Date(Date.now() + seconds * 1000).toISOString());
      return t(
        error.details?.scope === 'address'
          ? 'accounts.login.throttledAddress'
          : 'accounts.login.throttledAccount',
        { time: clockTime(at, lang === 'nl' ? 'nl-NL' : 'en-GB'), wait: waitInWords(seconds, t) },
      );
    }
    return messageOf(error, t);
  }

  // Back to where the leader was; the login page itself is no place to return to.
  const here = window.location.pathname.startsWith('/login')
    ? '/'
    : window.location.pathname + window.location.search;
  const oidcLabel = methods?.oidc
    ? methods.oidc.label
      ? t('accounts.login.oidcNamed', { label: methods.oidc.label })
      : t('accounts.login.oidc')
    : null;

  return (
    <div className="narrow">
      <h1 id="page-title" tabIndex={-1}>
        {t('web.login.title')}
      </h1>
      {expired ? <Notice kind="info">{t('web.login.expired')}</Notice> : null}
      {signedOut && !expired ? <Notice kind="info">{t('accounts.login.signedOut')}</Notice> : null}
      {reason ? (
        <Notice kind="error">
          {t(`accounts.oidc.failed.${OIDC_REASONS.includes(reason) ? reason : 'provider'}` as MessageKey)}
        </Notice>
      ) : null}
      {failed ? (
        <Notice kind="error" live="assertive">
          {failureText(failed)}
        </Notice>
      ) : null}
      {oidcLabel ? (
        <p>
          <a className="button button--primary" href={oidcStartUrl(here)}>
            {oidcLabel}
          </a>
        </p>
      ) : null}
      {oidcLabel && methods?.password ? <p className="muted">{t('accounts.login.or')}</p> : null}
      {methods === null || methods.password ? (
        <form onSubmit={submit} className="stack" noValidate>
          <TextField
            id={idOf('email')}
            type="email"
            label={t('web.field.email')}
            value={email}
            error={errors.email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete="username"
            required
          />
          <TextField
            id={idOf('password')}
            type="password"
            label={t('web.field.password')}
            value={password}
            error={errors.password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            required
          />
          <button type="submit" className={oidcLabel ? 'button' : 'button button--primary'} disabled={busy}>
            {t('web.login.submit')}
          </button>
          {methods?.passwordReset ? (
            <p>
              <Link href="/password-reset">{t('accounts.login.forgot')}</Link>
            </p>
          ) : methods ? (
            <p className="muted">{t('accounts.login.forgotAskAdmin')}</p>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
