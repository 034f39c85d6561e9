// The pages of a forgotten password: asking for a reset link, and choosing a new password with the mailed one.
// The token is read from the address's fragment (#token=…), which never reaches a server log.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../app/i18n.tsx';
import { Link, usePageTitle } from '../app/router.tsx';
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
      setFailure(t('validation.passwordLength', { min: MIN_PASSWORD }));
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
              hint={t('validation.passwordLength', { min: MIN_PASSWORD })}
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
