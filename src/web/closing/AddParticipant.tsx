// Someone joins halfway: the leader adds them from the closing screen. The addition goes through the save
// queue like every other change, so it survives a reload or a dropped connection; what is typed before
// pressing "Toevoegen" is kept on the device too.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LIMITS } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { TextField, focusFirstError, saidOf, useFieldErrors, type Said } from '../components/form.tsx';
import { RULES, problemsOf } from '../lib/rules.ts';
import { useLocalDraft } from '../lib/use-local-draft.ts';
import { basePath, saidOfRefusal, useClosing } from './context.tsx';
import { createKey } from './op-rules.ts';
import { isHeld } from './sync.ts';

const FIELDS = ['name', 'role'] as const;
type Field = (typeof FIELDS)[number];

export function AddParticipant() {
  const { t } = useI18n();

  const { conversation, snapshot, sync } = useClosing();
  const [draft, setDraft, clearDraft] = useLocalDraft(`sluitstuk:participant:${conversation.id}`, {
    name: '',
    role: '',
  });
  const [errors, setErrors, said] = useFieldErrors<Field>();
  // Who was added last, worded when shown.
  const [added, setAdded] = useState('');
  const id = (field: Field) => `participant-add-${field}`;
  // An addition the server refused comes back here, with why.
  const refused = [...snapshot.pending.values()].find(
    (op) => op.key.startsWith('create:participant:') && isHeld(op),
  );
  // Opened by itself when it holds something: a name typed before a reload, or a refused addition.
  const details = useRef<HTMLDetailsElement>(null);
  const holds = Boolean(refused || draft.name || draft.role);
  useEffect(() => {
    if (holds && details.current) details.current.open = true;
  }, [holds]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, Said>> = {};
    const problems = problemsOf(draft, { name: RULES.personName, role: RULES.role });
    for (const [field, problem] of Object.entries(problems)) found[field as Field] = saidOf(problem);
    const count = conversation.participants.length;
    if (!found.name && count >= LIMITS.participants)
      found.name = { key: 'form.limitReached', params: { max: LIMITS.participants } };
    setErrors(found);
    if (focusFirstError(found, FIELDS, id)) return;
    sync.enqueue(createKey('participant'), 'POST', `${basePath(conversation)}/participants`, {
      name: draft.name.trim(),
      role: draft.role.trim(),
    });
    setAdded(draft.name.trim());
    clearDraft();
  }

  function restore() {
    if (!refused) return;
    sync.take(refused.key);
    setDraft({ name: String(refused.body?.name ?? ''), role: String(refused.body?.role ?? '') });
    const problem = refused.problems?.[0];
    const field: Field = problem?.path === 'role' ? 'role' : 'name';
    setErrors({
      [field]: problem ? saidOf(problem) : refused.refused ? saidOfRefusal(refused.refused) : undefined,
    });
    window.setTimeout(() => document.getElementById(id(field))?.focus(), 0);
  }

  return (
    <details ref={details} className="agreement__edit participant-add">
      <summary>{t('web.participant.add')}</summary>
      <form onSubmit={submit} noValidate className="stack">
        <p className="muted small">{t('web.participant.addHint')}</p>
        {refused ? (
          <div className="notice notice--error">
            <p>
              {t('form.save.notSavedItem')}: {String(refused.body?.name ?? '')}
            </p>
            <button type="button" className="button button--secondary button--small" onClick={restore}>
              {t('form.save.restore')}
            </button>
          </div>
        ) : null}
        <div className="participant-add__row">
          <TextField
            id={id('name')}
            label={t('web.field.name')}
            value={draft.name}
            error={errors.name}
            rule={RULES.personName}
            autoComplete="off"
            onChange={(e) => {
              setDraft({ ...draft, name: e.target.value });
              if (said.name) setErrors({ ...said, name: undefined });
            }}
          />
          <TextField
            id={id('role')}
            label={t('web.field.role')}
            value={draft.role}
            error={errors.role}
            rule={RULES.role}
            autoComplete="off"
            onChange={(e) => setDraft({ ...draft, role: e.target.value })}
          />
        </div>
        <div className="participant-add__row">
          <button type="submit" className="button button--secondary">
            {t('web.participant.submit')}
          </button>
          <span role="status" className="muted">
            {added ? t('web.participant.added', { name: added }) : ''}
          </span>
        </div>
      </form>
    </details>
  );
}
