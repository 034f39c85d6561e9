// Step 3: what happens after the conversation. The type's next steps come with dates from the conversation's
// day (seeded by the server); the leader adjusts them and adds their own.
import { useState, type FormEvent } from 'react';
import type { Expectation } from '../../../core/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { TextField } from '../../components/form.tsx';
import { SensitiveHint } from '../../components/SensitiveHint.tsx';
import { formatDay } from '../../lib/dates.ts';
import { basePath, useClosing } from '../context.tsx';

/** The timeline of next steps. */
export function ExpectationsStep() {
  const { t } = useI18n();
  const { conversation, snapshot } = useClosing();
  const items = conversation.closing.expectations.filter(
    (e) => snapshot.pending.get(`expectation:${e.id}`)?.method !== 'DELETE',
  );
  const creating = [...snapshot.pending.values()].filter((op) => op.key.startsWith('create:expectation:'));
  return (
    <div className="stack">
      {items.length === 0 && creating.length === 0 ? (
        <p className="muted">{t('web.expectations.none')}</p>
      ) : null}
      <ol className="timeline">
        {items.map((item) => (
          <ExpectationItem key={item.id} item={item} />
        ))}
        {creating.map((op) => (
          <li key={op.key} className="timeline__item">
            <p>{String(op.body?.label ?? '')}</p>
            <p className="muted">{t('web.save.notYet')}</p>
          </li>
        ))}
      </ol>
      <NewExpectation />
    </div>
  );
}

function ExpectationItem({ item }: { item: Expectation }) {
  const { t, locale } = useI18n();
  const { conversation, snapshot, sync } = useClosing();
  const key = `expectation:${item.id}`;
  const current = { ...item, ...(snapshot.pending.get(key)?.body as Partial<Expectation> | undefined) };
  const path = `${basePath(conversation)}/expectations/${item.id}`;
  const patch = (body: Partial<Expectation>, typing = false) =>
    sync.enqueue(key, 'PATCH', path, body as Record<string, unknown>, { merge: true, typing });
  return (
    <li className="timeline__item">
      <div className="timeline__when">
        {current.date ? formatDay(current.date, locale) : t('web.expectations.noDate')}
      </div>
      <div className="grid-2">
        <TextField
          label={t('web.expectations.label')}
          value={current.label}
          onChange={(e) => patch({ label: e.target.value }, true)}
        />
        <TextField
          type="date"
          label={t('web.expectations.date')}
          value={current.date ?? ''}
          onChange={(e) => patch({ date: e.target.value || null })}
        />
      </div>
      <TextField
        label={t('web.expectations.note')}
        value={current.note}
        onChange={(e) => patch({ note: e.target.value }, true)}
      />
      <SensitiveHint text={current.note} onLeaveOut={(next) => patch({ note: next })} />
      <p className="timeline__meta">
        <span className="muted small">
          {item.source === 'template' ? t('web.expectations.fromType') : t('web.expectations.custom')}
        </span>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => sync.enqueue(key, 'DELETE', path)}
        >
          {t('web.expectations.remove', { label: current.label })}
        </button>
      </p>
    </li>
  );
}

function NewExpectation() {
  const { t } = useI18n();
  const { conversation, sync } = useClosing();
  const [label, setLabel] = useState('');
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!label.trim()) {
      setError(t('web.validation.required'));
      document.getElementById('expectation-new-label')?.focus();
      return;
    }
    setError(null);
    const localId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    sync.enqueue(`create:expectation:${localId}`, 'POST', `${basePath(conversation)}/expectations`, {
      label: label.trim(),
      date: date || null,
      note: '',
    });
    setLabel('');
    setDate('');
  }
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-labelledby="expectation-new-title">
      <h3 id="expectation-new-title" className="subheading">
        {t('web.expectations.add')}
      </h3>
      <div className="grid-2">
        <TextField
          id="expectation-new-label"
          label={t('web.expectations.label')}
          value={label}
          error={error}
          onChange={(e) => setLabel(e.target.value)}
        />
        <TextField
          type="date"
          label={t('web.expectations.date')}
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
      <button type="submit" className="button button--secondary">
        {t('web.expectations.addButton')}
      </button>
    </form>
  );
}
