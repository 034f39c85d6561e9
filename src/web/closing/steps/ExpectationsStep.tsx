// Step 3: what happens after the conversation. The type's next steps come with dates from the conversation's
// day (seeded by the server); the leader adjusts them and adds their own.
import { useState, type FormEvent } from 'react';
import type { Expectation, LegalRuleKey } from '../../../core/index.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { TextField } from '../../components/form.tsx';
import { SensitiveHint } from '../../components/SensitiveHint.tsx';
import { formatDay } from '../../lib/dates.ts';
import { basePath, useClosing } from '../context.tsx';

/** What each statutory rule counts from (core's LEGAL_RULES; a copy, so zod stays out of the bundle). */
const COUNTS_FROM: Record<LegalRuleKey, MessageKey> = {
  'awb-9:11': 'legal.from.complaint_received',
  'awb-7:10': 'legal.from.decision_announced',
  'awb-6:7': 'legal.from.decision_announced',
  'wmo-2.3.2': 'legal.from.report_received',
  'wmo-2.3.5': 'legal.from.application_received',
};

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
        {item.legal ? (
          // A statutory term: the leader states the day it counts from; the date follows from the law.
          <TextField
            type="date"
            label={t('followup.expectation.countedFrom', { event: t(COUNTS_FROM[item.legal.rule]) })}
            hint={t('followup.expectation.statutory')}
            value={(snapshot.pending.get(key)?.body?.legalFrom as string | undefined) ?? item.legal.from}
            onChange={(e) => e.target.value && patch({ legalFrom: e.target.value } as Partial<Expectation>)}
          />
        ) : (
          <TextField
            type="date"
            label={t('web.expectations.date')}
            value={current.date ?? ''}
            onChange={(e) => patch({ date: e.target.value || null })}
          />
        )}
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
