// Accepting an invitation: the colleague opens the link (its token in the #fragment, never sent to a server
// as part of an address), sees who it is for, chooses a password and is signed in; or, with local passwords
// off, signs in with the organisation's account, which ends the invitation on the server.
import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../app/i18n.tsx';
import { navigate, usePageTitle } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { api, followupApi, oidcStartUrl } from '../api/index.ts';
import { Loading, Notice } from '../components/feedback.tsx';
import { TextField } from '../components/form.tsx';
import { messageOf } from '../lib/errors.ts';

const MIN_PASSWORD = 10;

/** The invitation page (also for someone who is not signed in). */
export default function InvitationPage() {
  const { t } = useI18n();
  const { signedIn } = useSession();
  usePageTitle(t('invite.title'));
  const [token] = useState(() => window.location.hash.replace(/^#/, ''));
  const [who, setWho] = useState<Awaited<ReturnType<typeof followupApi.lookupInvitation>> | null>(null);
  const [oidcLabel, setOidcLabel] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!token) {
      setFailure(t('error.invitation_invalid'));
      return;
    }
    followupApi.lookupInvitation(token).then(setWho, (e: unknown) => setFailure(messageOf(e, t)));
  }, [token, t]);

  // Local passwords off: the button of the organisation's sign-in, named as on the login page.
  useEffect(() => {
    if (who?.signIn !== 'oidc') return;
    api.authMethods().then(
      (m) => setOidcLabel(m.oidc?.label ? t('accounts.login.oidcNamed', { label: m.oidc.label }) : null),
      () => setOidcLabel(null),
    );
  }, [who, t]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password.length < MIN_PASSWORD) {
      setError(t('web.validation.passwordLength', { min: MIN_PASSWORD }));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await followupApi.acceptInvitation(token, password);
      // The link has done its work: out of the address bar and the history.
      window.history.replaceState(null, '', '/');
      await signedIn(answer);
      navigate('/', { replace: true });
    } catch (e) {
      setError(messageOf(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="narrow stack">
      <h1 id="page-title" tabIndex={-1}>
        {t('invite.title')}
      </h1>
      {failure ? <Notice kind="error">{failure}</Notice> : null}
      {!who && !failure ? <Loading label={t('web.loading')} /> : null}
      {who?.signIn === 'oidc' ? (
        <div className="stack">
          <p>{t('invite.intro', { name: who.name, organisation: who.organisation, email: who.email })}</p>
          <p>{t('invite.oidcHint')}</p>
          <p>
            <a
              className="button button--primary"
              href={oidcStartUrl('/')}
              // The link has done its work once the sign-in starts: out of the address bar and the history.
              onClick={() => window.history.replaceState(null, '', '/invite')}
            >
              {oidcLabel ?? t('accounts.login.oidc')}
            </a>
          </p>
        </div>
      ) : null}
      {who && who.signIn === 'password' ? (
        <form onSubmit={submit} className="stack" noValidate>
          <p>{t('invite.intro', { name: who.name, organisation: who.organisation, email: who.email })}</p>
          <TextField
            type="password"
            label={t('web.field.password')}
            hint={t('invite.passwordHint', { min: MIN_PASSWORD })}
            autoComplete="new-password"
            value={password}
            error={error}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('invite.submit')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
