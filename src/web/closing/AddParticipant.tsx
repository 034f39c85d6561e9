// Someone joins halfway: the leader adds them from the closing screen. The addition goes through the save
// queue like every other change, so it survives a reload or a dropped connection.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../app/i18n.tsx';
import { TextField } from '../components/form.tsx';
import { basePath, useClosing } from './context.tsx';

export function AddParticipant() {
  const { t } = useI18n();
  const { conversation, sync } = useClosing();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('web.validation.required'));
      document.getElementById('participant-add-name')?.focus();
      return;
    }
    setError(null);
    const localId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    sync.enqueue(`create:participant:${localId}`, 'POST', `${basePath(conversation)}/participants`, {
      name: name.trim(),
      role: role.trim(),
    });
    setAdded(t('web.participant.added', { name: name.trim() }));
    setName('');
    setRole('');
  }

  return (
    <details className="agreement__edit participant-add">
      <summary>{t('web.participant.add')}</summary>
      <form onSubmit={submit} noValidate className="stack">
        <p className="muted small">{t('web.participant.addHint')}</p>
        <div className="participant-add__row">
          <TextField
            id="participant-add-name"
            label={t('web.field.name')}
            value={name}
            error={error}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
          <TextField
            label={t('web.field.role')}
            value={role}
            autoComplete="off"
            onChange={(e) => setRole(e.target.value)}
          />
        </div>
        <div className="participant-add__row">
          <button type="submit" className="button button--secondary">
            {t('web.participant.submit')}
          </button>
          <span role="status" className="muted">
            {added}
          </span>
        </div>
      </form>
    </details>
  );
}
