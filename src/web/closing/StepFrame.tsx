// One step: its title, a sentence or two of guidance, its fields, and "done" or "skip, because …".
import { useEffect, useState, type ReactNode } from 'react';
import type { StepKey } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { TextField, saidOf, type Said } from '../components/form.tsx';
import { SensitiveHint } from '../components/SensitiveHint.tsx';
import { stepGuidance, stepStateLabel, stepTitle } from '../lib/labels.ts';
import { problemOf, RULES } from '../lib/rules.ts';
import { useLocalDraft } from '../lib/use-local-draft.ts';
import { basePath, takeWantedField, useClosing, useDraft, useQueuedField } from './context.tsx';

/** The frame around a step's own fields. */
export function StepFrame({
  step,
  number,
  children,
}: {
  step: StepKey;
  number: number;
  children: ReactNode;
}) {
  const { t } = useI18n();
  // "Naar het veld" from another step: the field gets the focus once this step is on screen.
  useEffect(() => takeWantedField(), [step]);
  return (
    <section className="step" aria-labelledby={`step-title-${step}`}>
      <h2 id={`step-title-${step}`} className="step__title">
        <span className="step__number">{t('web.closing.stepOf', { n: number, total: 7 })}</span>{' '}
        {t(stepTitle[step])}
      </h2>
      <p className="step__guidance">{t(stepGuidance[step])}</p>
      <div className="step__content">{children}</div>
      <StepStatusControl step={step} />
    </section>
  );
}

function StepStatusControl({ step }: { step: StepKey }) {
  const { t } = useI18n();

  const { conversation, sync } = useClosing();
  const server = conversation.closing.steps[step];
  const key = `step:${step}`;
  const state = useDraft(key, 'state', server.state);
  const queued = useQueuedField<string | null>(key, 'skipReason', server.skipReason);
  const reason = queued.value ?? '';
  // A skip reason being typed is kept on the device like every other draft: a reload does not lose it.
  const [draft, setDraft, clearDraft] = useLocalDraft<{ skipping: boolean; reason: string }>(
    `sluitstuk:skip:${conversation.id}:${step}`,
    { skipping: false, reason: '' },
  );
  const [error, setError] = useState<Said | null>(null);
  const path = `${basePath(conversation)}/steps/${step}`;
  const put = (body: Record<string, unknown>) => sync.enqueue(key, 'PUT', path, body);
  const fieldId = `skip-reason-${step}`;

  if (state !== 'open') {
    return (
      <div className={`step-status step-status--${state}`}>
        <p className="step-status__text">
          <strong>{t(stepStateLabel[state])}</strong>
          {state === 'skipped' && reason ? ` — ${t('web.step.skipReasonShown', { reason })}` : ''}
        </p>
        {queued.error ? <p className="field__error">{queued.error}</p> : null}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => put({ state: 'open', skipReason: null })}
        >
          {t('web.step.reopen')}
        </button>
      </div>
    );
  }
  if (draft.skipping) {
    return (
      <form
        className="step-status step-status--skipping"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const problem = problemOf(draft.reason, RULES.skipReason);
          if (problem) {
            setError(problem.code === 'required' ? { key: 'web.step.skipReasonRequired' } : saidOf(problem));
            document.getElementById(fieldId)?.focus();
            return;
          }
          put({ state: 'skipped', skipReason: draft.reason.trim() });
          clearDraft();
          setError(null);
        }}
      >
        <TextField
          id={fieldId}
          label={t('web.step.skipReason')}
          hint={t('web.step.skipReasonHint')}
          value={draft.reason}
          rule={RULES.skipReason}
          onChange={(e) => setDraft({ skipping: true, reason: e.target.value })}
          error={error ? t(error.key, error.params) : null}
          autoFocus
        />
        <SensitiveHint
          text={draft.reason}
          onLeaveOut={(next) => setDraft({ skipping: true, reason: next })}
        />
        <div className="button-row">
          <button type="submit" className="button button--secondary">
            {t('web.step.skipConfirm')}
          </button>
          <button type="button" className="button button--quiet" onClick={clearDraft}>
            {t('web.action.cancel')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="step-status">
      <button
        type="button"
        className="button button--primary"
        onClick={() => put({ state: 'done', skipReason: null })}
      >
        {t('web.step.markDone')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => setDraft({ ...draft, skipping: true })}
      >
        {t('web.step.skip')}
      </button>
    </div>
  );
}
