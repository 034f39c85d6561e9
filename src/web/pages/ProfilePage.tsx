// The leader's profile: name, the contact card that step 5 shows, language, and a new password.
import { useState, type FormEvent } from 'react';
import type { ContactCard } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { usePageTitle } from '../app/router.tsx';
import { useSession, useUser } from '../app/session.tsx';
import { api } from '../api/index.ts';
import { Notice } from '../components/feedback.tsx';
import { TextField } from '../components/form.tsx';
import { fieldErrorsOf, messageOf } from '../lib/errors.ts';

const MIN_PASSWORD = 10;

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
  const [name, setName] = useState(user.name);
  const [card, setCard] = useState<ContactCard>(() => ({
    ...user.contactCard,
    name: user.contactCard.name || user.name,
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const setField = (key: keyof ContactCard) => (e: { target: { value: string } }) =>
    setCard((c) => ({ ...c, [key]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const updated = await api.updateProfile({
        name,
        contactCard: { ...card, phone: card.phone || null, email: card.email || null },
      });
      setUser(updated);
      setErrors({});
      setMessage({ kind: 'success', text: t('web.profile.saved') });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setMessage({ kind: 'error', text: messageOf(error, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="profile-card-title">
      <h2 id="profile-card-title">{t('web.profile.cardTitle')}</h2>
      <p className="muted">{t('web.profile.cardIntro')}</p>
      <form onSubmit={submit} className="stack" noValidate>
        <TextField
          label={t('web.field.yourName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
          autoComplete="name"
        />
        <TextField
          label={t('web.profile.cardName')}
          value={card.name}
          onChange={setField('name')}
          error={errors['contactCard.name']}
        />
        <TextField
          label={t('web.field.role')}
          hint={t('web.profile.roleHint')}
          value={card.role}
          onChange={setField('role')}
          error={errors['contactCard.role']}
          autoComplete="organization-title"
        />
        <TextField
          type="tel"
          label={t('web.field.phone')}
          value={card.phone ?? ''}
          onChange={setField('phone')}
          error={errors['contactCard.phone']}
          autoComplete="tel"
        />
        <TextField
          type="email"
          label={t('web.field.email')}
          value={card.email ?? ''}
          onChange={setField('email')}
          error={errors['contactCard.email']}
          autoComplete="email"
        />
        <TextField
          label={t('web.field.reachability')}
          hint={t('web.profile.reachabilityHint')}
          value={card.reachability}
          onChange={setField('reachability')}
          error={errors['contactCard.reachability']}
        />
        {message ? (
          <Notice kind={message.kind} live="polite">
            {message.text}
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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    if (next.length < MIN_PASSWORD) {
      setErrors({ newPassword: t('web.validation.passwordLength', { min: MIN_PASSWORD }) });
      document.getElementById('password-new')?.focus();
      return;
    }
    try {
      await api.changePassword(current, next);
      setErrors({});
      setCurrent('');
      setNext('');
      setMessage({ kind: 'success', text: t('web.profile.passwordChanged') });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setMessage({ kind: 'error', text: messageOf(error, t) });
    }
  }

  return (
    <section aria-labelledby="password-title">
      <h2 id="password-title">{t('web.profile.passwordTitle')}</h2>
      <form onSubmit={submit} className="stack" noValidate>
        <TextField
          type="password"
          label={t('web.profile.currentPassword')}
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={errors.currentPassword}
          autoComplete="current-password"
        />
        <TextField
          id="password-new"
          type="password"
          label={t('web.profile.newPassword')}
          hint={t('web.validation.passwordLength', { min: MIN_PASSWORD })}
          value={next}
          onChange={(e) => setNext(e.target.value)}
          error={errors.newPassword}
          autoComplete="new-password"
        />
        {message ? (
          <Notice kind={message.kind} live="polite">
            {message.text}
          </Notice>
        ) : null}
        <button type="submit" className="button button--secondary">
          {t('web.profile.changePassword')}
        </button>
      </form>
    </section>
  );
}
