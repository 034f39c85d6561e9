// Step 2: agreements. The leader types one sentence; owner, action and deadline are read from it as they
// type, with advice for every SMART letter that is not met yet. Saved agreements stay editable and show the
// same verdict as while they were typed: core's smartVerdict, over the same fields and the same reading.
import { useEffect, useMemo, useRef, useState } from 'react';
import { agreementSentence, type Agreement } from '../../../core/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Checkbox, SelectField, TextField } from '../../components/form.tsx';
import { SensitiveHint } from '../../components/SensitiveHint.tsx';
import { formatDay } from '../../lib/dates.ts';
import { RULES } from '../../lib/rules.ts';
import { basePath, ownerName, useClosing, useQueuedField } from '../context.tsx';
import { createKey } from '../op-rules.ts';
import { PendingCreate } from '../PendingCreate.tsx';
import type { Op } from '../sync.ts';
import { AdviceList, AgreementComposer, OwnerOptions } from './AgreementComposer.tsx';
import { AgreementAnswers } from '../ShareNotes.tsx';
import { SmartLetters } from './SmartLetters.tsx';
import { readingOf, verdictOf } from './smart.ts';

/** Agreements: the composer and the list. */
export function AgreementsStep() {
  const { t } = useI18n();
  const { conversation, snapshot, sync } = useClosing();
  const [restore, setRestore] = useState<Op | null>(null);
  const creating = [...snapshot.pending.values()].filter((op) => op.key.startsWith('create:agreement:'));
  // An agreement being deleted disappears at once; the queue sends the delete.
  const agreements = conversation.closing.agreements.filter(
    (a) => snapshot.pending.get(`agreement:${a.id}`)?.method !== 'DELETE',
  );
  return (
    <div className="stack">
      <AgreementComposer
        idPrefix="agreement"
        draftKey={`sluitstuk:composer:${conversation.id}`}
        title={t('web.agreements.new')}
        submitLabel={t('web.agreements.add')}
        existing={agreements.length + creating.length}
        restore={restore}
        onRestored={() => setRestore(null)}
        submit={(body) =>
          sync.enqueue(createKey('agreement'), 'POST', `${basePath(conversation)}/agreements`, { ...body })
        }
      />
      <h3 className="subheading">
        {t('web.agreements.listTitle', { count: agreements.length + creating.length })}
      </h3>
      {agreements.length === 0 && creating.length === 0 ? (
        <p className="muted">{t('web.agreements.none')}</p>
      ) : null}
      <ol className="agreements">
        {agreements.map((agreement, index) => (
          <AgreementItem key={agreement.id} agreement={agreement} number={index + 1} />
        ))}
        {creating.map((op) => (
          <PendingCreate
            key={op.key}
            op={op}
            className="agreement agreement--pending"
            text={String(op.body?.sourceText || op.body?.action || '')}
            onRestore={(held) => {
              sync.take(held.key);
              setRestore(held);
            }}
          />
        ))}
      </ol>
    </div>
  );
}

function AgreementItem({ agreement, number }: { agreement: Agreement; number: number }) {
  const { t, lang, locale } = useI18n();
  const { conversation, user, day, sync, snapshot } = useClosing();
  const key = `agreement:${agreement.id}`;
  const owner = useQueuedField(key, 'owner', agreement.owner);
  const deadline = useQueuedField(key, 'deadline', agreement.deadline);
  const action = useQueuedField(key, 'action', agreement.action);
  const measure = useQueuedField(key, 'measure', agreement.measure);
  const acceptedBy = useQueuedField(key, 'acceptedBy', agreement.acceptedBy);
  const current: Agreement = {
    ...agreement,
    owner: owner.value,
    deadline: deadline.value,
    action: action.value,
    measure: measure.value,
    acceptedBy: acceptedBy.value,
  };
  const path = `${basePath(conversation)}/agreements/${agreement.id}`;
  const patch = (body: Partial<Agreement>, typing = false) =>
    sync.enqueue(key, 'PATCH', path, body as Record<string, unknown>, { merge: true, typing });
  const reading = useMemo(
    () => readingOf(current, conversation, user, day, lang),
    [current.sourceText, current.action, conversation, user, day, lang],
  );
  const verdict = verdictOf(current, reading, conversation);
  const held = Boolean(snapshot.pending.get(key)?.problems?.length || snapshot.pending.get(key)?.refused);
  // A change to these fields that waits for the leader opens them, so the marked field is in sight.
  const editRef = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (held && editRef.current) editRef.current.open = true;
  }, [held]);
  const headingId = `agreement-${agreement.id}`;
  const fromQuestion = conversation.closing.questions.find((q) => q.agreementId === agreement.id);
  const others = conversation.participants.length;

  return (
    <li className="agreement" aria-labelledby={headingId}>
      <div className="agreement__head">
        <h4 id={headingId} className="agreement__sentence">
          <span className="agreement__number">{number}.</span>{' '}
          {current.sourceText ||
            (current.action
              ? agreementSentence(current, ownerName(conversation, user, current.owner) || null, lang)
              : t('web.agreements.untitled'))}
        </h4>
        <SmartLetters letters={verdict.letters} />
      </div>
      <p className="agreement__who">
        {[
          ownerName(conversation, user, current.owner) || t('web.agreements.nobody'),
          current.action,
          current.deadline ? formatDay(current.deadline, locale) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <AgreementAnswers conversation={conversation} agreement={agreement} />
      {fromQuestion ? (
        <p className="muted small">{t('followUp.fromQuestion', { question: fromQuestion.text })}</p>
      ) : null}
      {verdict.hints.length > 0 ? <AdviceList hints={verdict.hints} /> : null}
      {verdict.letters.A !== 'ok' && others > 0 ? (
        <p className="hint">{t('web.agreements.missingAcceptance')}</p>
      ) : null}
      <SensitiveHint text={current.sourceText} onLeaveOut={(next) => patch({ sourceText: next })} />
      <SensitiveHint text={current.action} onLeaveOut={(next) => patch({ action: next })} />
      <SensitiveHint text={current.measure} onLeaveOut={(next) => patch({ measure: next })} />
      <details ref={editRef} className="agreement__edit">
        <summary>{t('web.agreements.edit', { n: number })}</summary>
        <div className="stack">
          <div className="grid-2">
            <SelectField
              label={t('web.agreements.owner')}
              value={current.owner ?? ''}
              error={owner.error}
              {...owner.fieldProps}
              onChange={(e) => patch({ owner: e.target.value || null })}
            >
              <OwnerOptions />
            </SelectField>
            <TextField
              type="date"
              label={t('web.agreements.deadline')}
              value={current.deadline ?? ''}
              error={deadline.error}
              {...deadline.fieldProps}
              onChange={(e) => patch({ deadline: e.target.value || null })}
            />
          </div>
          <TextField
            label={t('web.agreements.action')}
            value={current.action}
            error={action.error}
            rule={RULES.agreementText}
            {...action.fieldProps}
            onChange={(e) => patch({ action: e.target.value }, true)}
          />
          <TextField
            label={t('web.agreements.measure')}
            hint={t('web.agreements.measureHint')}
            value={current.measure}
            error={measure.error}
            rule={RULES.measure}
            {...measure.fieldProps}
            onChange={(e) => patch({ measure: e.target.value }, true)}
          />
          <button
            type="button"
            className="button button--quiet button--danger"
            onClick={() => sync.enqueue(key, 'DELETE', path)}
          >
            {t('web.agreements.remove', { n: number })}
          </button>
        </div>
      </details>
      {others > 0 ? (
        <fieldset className="acceptance">
          <legend className="field__label">{t('web.agreements.acceptedBy')}</legend>
          {conversation.participants.map((p) => (
            <Checkbox
              key={p.id}
              label={p.name}
              checked={current.acceptedBy.includes(p.id)}
              onChange={(e) =>
                patch({
                  acceptedBy: e.target.checked
                    ? [...current.acceptedBy, p.id]
                    : current.acceptedBy.filter((id) => id !== p.id),
                })
              }
            />
          ))}
        </fieldset>
      ) : null}
    </li>
  );
}
