// The pages a mailed link opens: asking for a reset link, choosing a new password with one, and accepting an
// invitation. The token is read from the address's fragment (#token=…), which never reaches a server log.
import { useEffect, useState, type FormEvent } from 'react';
import type { InvitationPreview } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { Link, navigate, usePageTitle } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { api } from '../api/index.ts';
import { Notice } from '../components/feedback.tsx';
import { TextField } from '../components/form.tsx';
import { messageOf } from '../lib/errors.ts';

const MIN_PASSWORD = 10;
const RESET_MINUTES = 30;

function tokenFromFragment(): string | null {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
  return token && token.length >= 20 ? token : null;
}

/** "Wachtwoord vergeten": asks for a link, or (with a token from the mail) sets the new password. */
export function PasswordResetPage() {
  const { t } = useI18n();
  const [token] = useState(tokenFromFragment);
  usePageTitle(t(token ? 'accounts.reset.title' : 'accounts.forgot.title'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    if (token && password.length < MIN_PASSWORD) {
      setFailure(t('web.validation.passwordLength', { min: MIN_PASSWORD }));
      return;
    }
    setBusy(true);
    try {
      if (token) await api.resetPassword(token, password);
      else await api.requestPasswordReset(email);
      // The token has done its work: out of the address bar and the history.
      if (token) window.history.replaceState(null, '', '/password-reset');
      setDone(true);
    } catch (error) {
      setFailure(messageOf(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <h1 id="page-title" tabIndex={-1}>
        {t(token ? 'accounts.reset.title' : 'accounts.forgot.title')}
      </h1>
      {failure ? (
        <Notice kind="error" live="assertive">
          {failure}
        </Notice>
      ) : null}
      {done ? (
        <Notice kind="success" live="polite">
          {t(token ? 'accounts.reset.done' : 'accounts.forgot.sent')}
        </Notice>
      ) : (
        <form onSubmit={submit} className="stack">
          {token ? (
            <TextField
              type="password"
              label={t('web.profile.newPassword')}
              hint={t('web.validation.passwordLength', { min: MIN_PASSWORD })}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="new-password"
              required
            />
          ) : (
            <>
              <p>{t('accounts.forgot.intro', { minutes: RESET_MINUTES })}</p>
              <TextField
                type="email"
                label={t('web.field.email')}
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                autoComplete="username"
                required
              />
            </>
          )}
          <button type="submit" className="button button--primary" disabled={busy}>
            {t(token ? 'accounts.reset.submit' : 'accounts.forgot.submit')}
          </button>
        </form>
      )}
      <p>
        <Link href="/login">{t('accounts.forgot.back')}</Link>
      </p>
    </div>
  );
}

/** Accepting an invitation: whose account it is, and a password to open it. */
export function InvitationPage() {
  const { t } = useI18n();
  const { signedIn } = useSession();
  usePageTitle(t('accounts.invitation.title'));
  const [token] = useState(tokenFromFragment);
  const [preview, setPreview] = useState<InvitationPreview | null>(null);
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string | null>(token ? null : t('accounts.reset.noToken'));
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!token) return;
    api.previewInvitation(token).then(setPreview, (error: unknown) => setFailure(messageOf(error, t)));
  }, [token, t]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!token) return;
    if (password.length < MIN_PASSWORD) {
      setFailure(t('web.validation.passwordLength', { min: MIN_PASSWORD }));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const answer = await api.acceptInvitation(token, password);
      window.history.replaceState(null, '', '/');
      await signedIn(answer);
      navigate('/', { replace: true });
    } catch (error) {
      setFailure(messageOf(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <h1 id="page-title" tabIndex={-1}>
        {t('accounts.invitation.title')}
      </h1>
      {failure ? (
        <Notice kind="error" live="assertive">
          {failure}
        </Notice>
      ) : null}
      {preview ? (
        <>
          <p>
            {t('accounts.invitation.intro', { organisation: preview.organisation, email: preview.email })}
          </p>
          {preview.setsPassword ? (
            <form onSubmit={submit} className="stack">
              <p>{t('accounts.invitation.choosePassword')}</p>
              <TextField
                type="password"
                label={t('web.field.password')}
                hint={t('web.validation.passwordLength', { min: MIN_PASSWORD })}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                autoComplete="new-password"
                required
              />
              <button type="submit" className="button button--primary" disabled={busy}>
                {t('accounts.invitation.submit')}
              </button>
            </form>
          ) : (
            <p>
              {t('accounts.invitation.useOidc')} <Link href="/login">{t('web.login.submit')}</Link>
            </p>
          )}
        </>
      ) : null}
    </div>
  );
}
