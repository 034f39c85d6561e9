// First start: the organisation and its first administrator, who is signed in right away.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../app/i18n.tsx';
import { usePageTitle } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { api, isApiError } from '../api/index.ts';
import { Notice } from '../components/feedback.tsx';
import { TextField } from '../components/form.tsx';
import { fieldErrorsOf, messageOf } from '../lib/errors.ts';

const MIN_PASSWORD = 10;

/** The setup form, shown while no user exists. */
export function SetupPage() {
  const { t } = useI18n();
  const { signedIn, reload } = useSession();
  usePageTitle(t('web.setup.title'));
  const [form, setForm] = useState({
    organisationName: '',
    name: '',
    email: '',
    password: '',
    setupCode: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!form.organisationName.trim()) local.organisationName = t('web.validation.required');
    if (!form.name.trim()) local.name = t('web.validation.required');
    if (!form.email.includes('@')) local.email = t('web.validation.email');
    if (form.password.length < MIN_PASSWORD)
      local.password = t('web.validation.passwordLength', { min: MIN_PASSWORD });
    if (!form.setupCode.trim()) local.setupCode = t('web.validation.required');
    setErrors(local);
    setFailure(null);
    if (Object.keys(local).length > 0) {
      document.getElementById(`setup-${Object.keys(local)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const answer = await api.setup(form);
      // With local passwords off the administrator signs in with the organisation's account next.
      if ('signIn' in answer) reload();
      else await signedIn(answer);
    } catch (error) {
      // A wrong code belongs beside the code field, where the leader can correct it.
      const codeRefused = isApiError(error) && error.code === 'setup_code_invalid';
      setErrors(codeRefused ? { setupCode: error.message } : fieldErrorsOf(error));
      setFailure(messageOf(error, t));
      if (codeRefused) document.getElementById('setup-setupCode')?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <h1 id="page-title" tabIndex={-1}>
        {t('web.setup.title')}
      </h1>
      <p className="lead">{t('web.setup.intro')}</p>
      {failure ? (
        <Notice kind="error" live="assertive">
          {failure}
        </Notice>
      ) : null}
      <form onSubmit={submit} noValidate className="stack">
        <TextField
          id="setup-organisationName"
          label={t('web.setup.organisation')}
          value={form.organisationName}
          onChange={set('organisationName')}
          error={errors.organisationName}
          autoComplete="organization"
          required
        />
        <TextField
          id="setup-name"
          label={t('web.field.yourName')}
          value={form.name}
          onChange={set('name')}
          error={errors.name}
          autoComplete="name"
          required
        />
        <TextField
          id="setup-email"
          type="email"
          label={t('web.field.email')}
          value={form.email}
          onChange={set('email')}
          error={errors.email}
          autoComplete="email"
          required
        />
        <TextField
          id="setup-password"
          type="password"
          label={t('web.field.password')}
          hint={t('web.validation.passwordLength', { min: MIN_PASSWORD })}
          value={form.password}
          onChange={set('password')}
          error={errors.password}
          autoComplete="new-password"
          required
        />
        {/* The one-time code from the server's terminal: a page on another site cannot know it. */}
        <TextField
          id="setup-setupCode"
          label={t('security.field.setupCode')}
          hint={t('security.field.setupCodeHint')}
          value={form.setupCode}
          onChange={set('setupCode')}
          error={errors.setupCode}
          autoComplete="one-time-code"
          spellCheck={false}
          required
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('web.setup.submit')}
        </button>
      </form>
    </div>
  );
}
