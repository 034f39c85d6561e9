// Signing in. After a lost session the leader returns to the page they were on, with their input kept.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../app/i18n.tsx';
import { usePageTitle } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { api } from '../api/index.ts';
import { Notice } from '../components/feedback.tsx';
import { TextField, focusFirstError, saidOf, useFieldErrors, type Said } from '../components/form.tsx';
import { messageOf } from '../lib/errors.ts';
import { RULES, problemsOf } from '../lib/rules.ts';

const FIELDS = ['email', 'password'] as const;
const idOf = (field: string) => `login-${field}`;

/** The login form. */
export function LoginPage({ expired }: { expired: boolean }) {
  const { t } = useI18n();
  const { signedIn } = useSession();
  usePageTitle(t('web.login.title'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useFieldErrors<string>();
  const [failed, setFailed] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

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

  return (
    <div className="narrow">
      <h1 id="page-title" tabIndex={-1}>
        {t('web.login.title')}
      </h1>
      {expired ? <Notice kind="info">{t('web.login.expired')}</Notice> : null}
      {failed ? (
        <Notice kind="error" live="assertive">
          {messageOf(failed, t)}
        </Notice>
      ) : null}
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
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('web.login.submit')}
        </button>
      </form>
    </div>
  );
}
