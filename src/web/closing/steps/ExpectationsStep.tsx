// Step 3: what happens after the conversation. The type's next steps come with dates from the conversation's
// day (seeded by the server); the leader adjusts them and adds their own.
import { useEffect, useState, type FormEvent } from 'react';
import { LIMITS, type Expectation, type LegalRuleKey } from '../../../core/index.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { TextField, focusFirstError, saidOf, useFieldErrors, type Said } from '../../components/form.tsx';
import { SensitiveHint } from '../../components/SensitiveHint.tsx';
import { formatDay } from '../../lib/dates.ts';
import { RULES, problemsOf } from '../../lib/rules.ts';
import { useLocalDraft } from '../../lib/use-local-draft.ts';
import { basePath, saidAtFields, useClosing, useQueuedField } from '../context.tsx';
import { createKey } from '../op-rules.ts';
import { PendingCreate } from '../PendingCreate.tsx';
import type { Op } from '../sync.ts';

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
  const { conversation, snapshot, sync } = useClosing();
  const [restore, setRestore] = useState<Op | null>(null);
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
          <PendingCreate
            key={op.key}
            op={op}
            className="timeline__item"
            text={String(op.body?.label ?? '')}
            onRestore={(held) => {
              sync.take(held.key);
              setRestore(held);
            }}
          />
        ))}
      </ol>
      <NewExpectation
        existing={items.length + creating.length}
        restore={restore}
        onRestored={() => setRestore(null)}
      />
    </div>
  );
}

function ExpectationItem({ item }: { item: Expectation }) {
  const { t, locale } = useI18n();
  const { conversation, sync } = useClosing();
  const key = `expectation:${item.id}`;
  const label = useQueuedField(key, 'label', item.label);
  const date = useQueuedField(key, 'date', item.date);
  const note = useQueuedField(key, 'note', item.note);
  const legalFrom = useQueuedField(key, 'legalFrom', item.legal?.from ?? '');
  const path = `${basePath(conversation)}/expectations/${item.id}`;
  const patch = (body: Partial<Expectation>, typing = false) =>
    sync.enqueue(key, 'PATCH', path, body as Record<string, unknown>, { merge: true, typing });
  return (
    <li className="timeline__item">
      <div className="timeline__when">
        {date.value ? formatDay(date.value, locale) : t('web.expectations.noDate')}
      </div>
      <div className="grid-2">
        <TextField
          label={t('web.expectations.label')}
          value={label.value}
          error={label.error}
          rule={RULES.expectationLabel}
          {...label.fieldProps}
          onChange={(e) => patch({ label: e.target.value }, true)}
        />
        {item.legal ? (
          // A statutory term: the leader states the day it counts from; the date follows from the law.
          <TextField
            type="date"
            label={t('followup.expectation.countedFrom', { event: t(COUNTS_FROM[item.legal.rule]) })}
            hint={t('followup.expectation.statutory')}
            value={legalFrom.value}
            error={legalFrom.error}
            {...legalFrom.fieldProps}
            onChange={(e) => e.target.value && patch({ legalFrom: e.target.value } as Partial<Expectation>)}
          />
        ) : (
          <TextField
            type="date"
            label={t('web.expectations.date')}
            value={date.value ?? ''}
            error={date.error}
            {...date.fieldProps}
            onChange={(e) => patch({ date: e.target.value || null })}
          />
        )}
      </div>
      <TextField
        label={t('web.expectations.note')}
        value={note.value}
        error={note.error}
        rule={RULES.note}
        {...note.fieldProps}
        onChange={(e) => patch({ note: e.target.value }, true)}
      />
      <SensitiveHint text={note.value} onLeaveOut={(next) => patch({ note: next })} />
      <p className="timeline__meta">
        <span className="muted small">
          {item.source === 'template' ? t('web.expectations.fromType') : t('web.expectations.custom')}
        </span>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => sync.enqueue(key, 'DELETE', path)}
        >
          {t('web.expectations.remove', { label: label.value })}
        </button>
      </p>
    </li>
  );
}

const NEW_FIELDS = ['label', 'date'] as const;
type NewField = (typeof NEW_FIELDS)[number];

function NewExpectation({
  existing,
  restore,
  onRestored,
}: {
  existing: number;
  restore: Op | null;
  onRestored: () => void;
}) {
  const { t } = useI18n();

  const { conversation, sync } = useClosing();
  // Kept on the device: a reload or a closed lid does not lose a next step being typed.
  const [draft, setDraft, clearDraft] = useLocalDraft(`sluitstuk:expectation:${conversation.id}`, {
    label: '',
    date: '',
  });
  const [errors, setErrors, said] = useFieldErrors<NewField>();
  const id = (field: NewField) => `expectation-new-${field}`;

  useEffect(() => {
    if (!restore) return;
    const body = restore.body ?? {};
    setDraft({ label: String(body.label ?? ''), date: String(body.date ?? '') });
    const found = saidAtFields(restore, NEW_FIELDS, 'label');
    setErrors(found);
    onRestored();
    window.setTimeout(() => focusFirstError(found, NEW_FIELDS, id), 0);
  }, [restore]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<NewField, Said>> = {};
    const problems = problemsOf(draft, { label: RULES.expectationLabel, date: RULES.day });
    for (const [field, problem] of Object.entries(problems)) found[field as NewField] = saidOf(problem);
    if (!found.label && existing >= LIMITS.expectations)
      found.label = { key: 'form.limitReached', params: { max: LIMITS.expectations } };
    setErrors(found);
    if (focusFirstError(found, NEW_FIELDS, id)) return;
    sync.enqueue(createKey('expectation'), 'POST', `${basePath(conversation)}/expectations`, {
      label: draft.label.trim(),
      date: draft.date || null,
      note: '',
    });
    clearDraft();
  }
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-labelledby="expectation-new-title">
      <h3 id="expectation-new-title" className="subheading">
        {t('web.expectations.add')}
      </h3>
      <div className="grid-2">
        <TextField
          id={id('label')}
          label={t('web.expectations.label')}
          value={draft.label}
          error={errors.label}
          rule={RULES.expectationLabel}
          onChange={(e) => {
            setDraft({ ...draft, label: e.target.value });
            if (said.label) setErrors({ ...said, label: undefined });
          }}
        />
        <TextField
          id={id('date')}
          type="date"
          label={t('web.expectations.date')}
          value={draft.date}
          error={errors.date}
          onChange={(e) => setDraft({ ...draft, date: e.target.value })}
        />
      </div>
      <button type="submit" className="button button--secondary">
        {t('web.expectations.addButton')}
      </button>
    </form>
  );
}
