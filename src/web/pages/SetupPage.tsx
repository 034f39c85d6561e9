// First start: the organisation and its first administrator, who is signed in right away.
import { useState, type FormEvent } from 'react';
import { LIMITS } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { usePageTitle } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { api, isApiError } from '../api/index.ts';
import { Notice } from '../components/feedback.tsx';
import { TextField, focusFirstError, saidOf, useFieldErrors, type Said } from '../components/form.tsx';
import { fieldErrorsOf, messageOf } from '../lib/errors.ts';
import { RULES, problemsOf } from '../lib/rules.ts';

const FIELDS = ['organisationName', 'name', 'email', 'password', 'setupCode'] as const;
type Field = (typeof FIELDS)[number];
const rules = {
  organisationName: RULES.organisationName,
  name: RULES.personName,
  email: RULES.email,
  password: RULES.password,
};
const idOf = (field: string) => `setup-${field}`;

/** The setup form, shown while no user exists. */
export function SetupPage() {
  const { t } = useI18n();
  const { signedIn, reload } = useSession();
  usePageTitle(t('web.setup.title'));
  const [form, setForm] = useState<Record<Field, string>>({
    organisationName: '',
    name: '',
    email: '',
    password: '',
    setupCode: '',
  });
  const [errors, setErrors] = useFieldErrors<string>();
  const [failed, setFailed] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const set = (key: Field) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, Said> = {};
    for (const [field, problem] of Object.entries(problemsOf(form, rules))) local[field] = saidOf(problem);
    if (!form.setupCode.trim()) local.setupCode = { key: 'validation.required' };
    setErrors(local);
    setFailed(null);
    if (focusFirstError(local, FIELDS, idOf)) return;
    setBusy(true);
    try {
      const answer = await api.setup({ ...form, email: form.email.trim() });
      // With local passwords off the administrator signs in with the organisation's account next.
      if ('signIn' in answer) reload();
      else await signedIn(answer);
    } catch (error) {
      // A wrong code belongs beside the code field, where the leader can correct it.
      const codeRefused = isApiError(error) && error.code === 'setup_code_invalid';
      const fields: Record<string, Said> = codeRefused
        ? { setupCode: { key: 'error.setup_code_invalid' } }
        : fieldErrorsOf(error);
      setErrors(fields);
      setFailed(error);
      setBusy(false);
      window.setTimeout(() => focusFirstError(fields, FIELDS, idOf), 0);
    }
  }

  return (
    <div className="narrow">
      <h1 id="page-title" tabIndex={-1}>
        {t('web.setup.title')}
      </h1>
      <p className="lead">{t('web.setup.intro')}</p>
      {failed ? (
        <Notice kind="error" live="assertive">
          {messageOf(failed, t)}
        </Notice>
      ) : null}
      <form onSubmit={submit} noValidate className="stack">
        <TextField
          id={idOf('organisationName')}
          label={t('web.setup.organisation')}
          value={form.organisationName}
          onChange={set('organisationName')}
          error={errors.organisationName}
          rule={RULES.organisationName}
          autoComplete="organization"
          required
        />
        <TextField
          id={idOf('name')}
          label={t('web.field.yourName')}
          value={form.name}
          onChange={set('name')}
          error={errors.name}
          rule={RULES.personName}
          autoComplete="name"
          required
        />
        <TextField
          id={idOf('email')}
          type="email"
          label={t('web.field.email')}
          value={form.email}
          onChange={set('email')}
          error={errors.email}
          autoComplete="email"
          required
        />
        <TextField
          id={idOf('password')}
          type="password"
          label={t('web.field.password')}
          hint={t('validation.passwordLength', { min: LIMITS.password.min })}
          value={form.password}
          onChange={set('password')}
          error={errors.password}
          autoComplete="new-password"
          required
        />
        {/* The one-time code from the server's terminal: a page on another site cannot know it. */}
        <TextField
          id={idOf('setupCode')}
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
