// Signing in. After a lost session the leader returns to the page they were on, with their input kept.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../app/i18n.tsx';
import { usePageTitle } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { api } from '../api/index.ts';
import { Notice } from '../components/feedback.tsx';
import { TextField } from '../components/form.tsx';
import { messageOf } from '../lib/errors.ts';

/** The login form. */
export function LoginPage({ expired }: { expired: boolean }) {
  const { t } = useI18n();
  const { signedIn } = useSession();
  usePageTitle(t('web.login.title'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setBusy(true);
    try {
      await signedIn(await api.login(email, password));
    } catch (error) {
      setFailure(messageOf(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <h1 id="page-title" tabIndex={-1}>
        {t('web.login.title')}
      </h1>
      {expired ? <Notice kind="info">{t('web.login.expired')}</Notice> : null}
      {failure ? (
        <Notice kind="error" live="assertive">
          {failure}
        </Notice>
      ) : null}
      <form onSubmit={submit} className="stack">
        <TextField
          type="email"
          label={t('web.field.email')}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          autoComplete="username"
          required
        />
        <TextField
          type="password"
          label={t('web.field.password')}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          required
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('web.login.submit')}
        </button>
      </form>
    </div>
  );
}
