// The leader's profile: name, the contact card that step 5 shows, language, and a new password.
import { useState, type FormEvent } from 'react';
import { LIMITS, type ContactCard } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { usePageTitle } from '../app/router.tsx';
import { useSession, useUser } from '../app/session.tsx';
import { api } from '../api/index.ts';
import { Notice } from '../components/feedback.tsx';
import { TextField, focusFirstError, saidOf, useFieldErrors, type Said } from '../components/form.tsx';
import { fieldErrorsOf, messageOf } from '../lib/errors.ts';
import { RULES, problemsOf } from '../lib/rules.ts';
import { userStorage } from '../offline/device.ts';
import { useLocalDraft } from '../lib/use-local-draft.ts';

const PROFILE_FIELDS = [
  'name',
  'contactCard.name',
  'contactCard.role',
  'contactCard.phone',
  'contactCard.email',
  'contactCard.reachability',
] as const;
const profileId = (path: string) => `profile-${path.replace('.', '-')}`;
const PASSWORD_FIELDS = ['currentPassword', 'newPassword'] as const;
const passwordId = (path: string) => `password-${path}`;

/** Profile and password. */
export default function ProfilePage() {
  const { t } = useI18n();
  usePageTitle(t('web.profile.title'));
  return (
    <div className="narrow stack-lg">
      <h1 id="page-title" tabIndex={-1}>
        {t('web.profile.title')}
      </h1>
      <ProfileForm />
      <PasswordForm />
    </div>
  );
}

function ProfileForm() {
  const { t } = useI18n();
  const user = useUser();
  const { setUser } = useSession();
  // What is typed and not yet saved stays on the device (a reload, a lost session, a failed save).
  const draftKey = `sluitstuk:profile:${user.id}`;
  const [restored, setRestored] = useState(() => hasDraft(draftKey));
  const [draft, setDraft, , forgetDraft] = useLocalDraft<{ name: string; card: ContactCard }>(draftKey, {
    name: user.name,
    card: { ...user.contactCard, name: user.contactCard.name || user.name },
  });
  const { name, card } = draft;
  const setName = (value: string) => setDraft({ ...draft, name: value });
  const [errors, setErrors] = useFieldErrors<string>();
  // Worded when shown, so it follows the language on screen: a success, or the error it was.
  const [message, setMessage] = useState<{ kind: 'success' } | { kind: 'error'; error: unknown } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const setField = (key: keyof ContactCard) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, card: { ...card, [key]: e.target.value } });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const values = {
      name,
      'contactCard.name': card.name,
      'contactCard.role': card.role,
      'contactCard.phone': card.phone ?? '',
      'contactCard.email': card.email ?? '',
      'contactCard.reachability': card.reachability,
    };
    const local: Record<string, Said> = {};
    const problems = problemsOf(values, {
      name: RULES.personName,
      'contactCard.name': RULES.cardName,
      'contactCard.role': RULES.cardLine,
      'contactCard.phone': RULES.phone,
      'contactCard.email': RULES.optionalEmail,
      'contactCard.reachability': RULES.cardLine,
    });
    for (const [field, problem] of Object.entries(problems)) local[field] = saidOf(problem);
    setErrors(local);
    if (focusFirstError(local, PROFILE_FIELDS, profileId)) return;
    setBusy(true);
    try {
      const updated = await api.updateProfile({
        name,
        contactCard: {
          ...card,
          phone: card.phone?.trim() || null,
          email: card.email?.trim() || null,
        },
      });
      setUser(updated);
      forgetDraft();
      setRestored(false);
      setErrors({});
      setMessage({ kind: 'success' });
    } catch (error) {
      const fields = fieldErrorsOf(error);
      setErrors(fields);
      setMessage({ kind: 'error', error });
      window.setTimeout(() => focusFirstError(fields, PROFILE_FIELDS, profileId), 0);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="profile-card-title">
      <h2 id="profile-card-title">{t('web.profile.cardTitle')}</h2>
      <p className="muted">{t('web.profile.cardIntro')}</p>
      {restored ? <Notice kind="info">{t('web.profile.draftRestored')}</Notice> : null}
      <form onSubmit={submit} className="stack" noValidate>
        <TextField
          id={profileId('name')}
          label={t('web.field.yourName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
          rule={RULES.personName}
          autoComplete="name"
        />
        <TextField
          id={profileId('contactCard.name')}
          label={t('web.profile.cardName')}
          value={card.name}
          onChange={setField('name')}
          error={errors['contactCard.name']}
          rule={RULES.cardName}
        />
        <TextField
          id={profileId('contactCard.role')}
          label={t('web.field.role')}
          hint={t('web.profile.roleHint')}
          value={card.role}
          onChange={setField('role')}
          error={errors['contactCard.role']}
          rule={RULES.cardLine}
          autoComplete="organization-title"
        />
        <TextField
          id={profileId('contactCard.phone')}
          type="tel"
          label={t('web.field.phone')}
          value={card.phone ?? ''}
          onChange={setField('phone')}
          error={errors['contactCard.phone']}
          autoComplete="tel"
        />
        <TextField
          id={profileId('contactCard.email')}
          type="email"
          label={t('web.field.email')}
          value={card.email ?? ''}
          onChange={setField('email')}
          error={errors['contactCard.email']}
          autoComplete="email"
        />
        <TextField
          id={profileId('contactCard.reachability')}
          label={t('web.field.reachability')}
          hint={t('web.profile.reachabilityHint')}
          value={card.reachability}
          onChange={setField('reachability')}
          error={errors['contactCard.reachability']}
          rule={RULES.cardLine}
        />
        {message ? (
          <Notice kind={message.kind} live="polite">
            {message.kind === 'success' ? t('web.profile.saved') : messageOf(message.error, t)}
          </Notice>
        ) : null}
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('web.profile.save')}
        </button>
      </form>
    </section>
  );
}

function PasswordForm() {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useFieldErrors<string>();
  // Worded when shown, so it follows the language on screen: a success, or the error it was.
  const [message, setMessage] = useState<{ kind: 'success' } | { kind: 'error'; error: unknown } | null>(
    null,
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const local: Record<string, Said> = {};
    if (!current) local.currentPassword = { key: 'validation.required' };
    const problem = problemsOf({ newPassword: next }, { newPassword: RULES.password }).newPassword;
    if (problem) local.newPassword = saidOf(problem);
    setErrors(local);
    if (focusFirstError(local, PASSWORD_FIELDS, passwordId)) return;
    try {
      await api.changePassword(current, next);
      setErrors({});
      setCurrent('');
      setNext('');
      setMessage({ kind: 'success' });
    } catch (error) {
      // Both passwords stay in their fields; the one that is wrong is marked and gets the focus.
      const fields = fieldErrorsOf(error);
      setErrors(fields);
      setMessage({ kind: 'error', error });
      window.setTimeout(() => focusFirstError(fields, PASSWORD_FIELDS, passwordId), 0);
    }
  }

  return (
    <section aria-labelledby="password-title">
      <h2 id="password-title">{t('web.profile.passwordTitle')}</h2>
      <form onSubmit={submit} className="stack" noValidate>
        <TextField
          id={passwordId('currentPassword')}
          type="password"
          label={t('web.profile.currentPassword')}
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={errors.currentPassword}
          autoComplete="current-password"
        />
        <TextField
          id={passwordId('newPassword')}
          type="password"
          label={t('web.profile.newPassword')}
          hint={t('validation.passwordLength', { min: LIMITS.password.min })}
          value={next}
          onChange={(e) => setNext(e.target.value)}
          error={errors.newPassword}
          autoComplete="new-password"
        />
        {message ? (
          <Notice kind={message.kind} live="polite">
            {message.kind === 'success' ? t('web.profile.passwordChanged') : messageOf(message.error, t)}
          </Notice>
        ) : null}
        <button type="submit" className="button button--secondary">
          {t('web.profile.changePassword')}
        </button>
      </form>
    </section>
  );
}

/** Whether the device holds profile input that was not saved yet. */
function hasDraft(key: string): boolean {
  try {
    return userStorage().getItem(key) !== null;
  } catch {
    return false;
  }
}
