// One step: its title, a sentence or two of guidance, its fields, and "done" or "skip, because …".
import { useState, type ReactNode } from 'react';
import type { StepKey } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { TextField } from '../components/form.tsx';
import { SensitiveHint } from '../components/SensitiveHint.tsx';
import { stepGuidance, stepStateLabel, stepTitle } from '../lib/labels.ts';
import { basePath, useClosing, useDraft } from './context.tsx';

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
  const state = useDraft(`step:${step}`, 'state', server.state);
  const reason = useDraft(`step:${step}`, 'skipReason', server.skipReason) ?? '';
  const [skipping, setSkipping] = useState(false);
  const [reasonDraft, setReasonDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const path = `${basePath(conversation)}/steps/${step}`;
  const put = (body: Record<string, unknown>) => sync.enqueue(`step:${step}`, 'PUT', path, body);

  if (state !== 'open') {
    return (
      <div className={`step-status step-status--${state}`}>
        <p className="step-status__text">
          <strong>{t(stepStateLabel[state])}</strong>
          {state === 'skipped' && reason ? ` — ${t('web.step.skipReasonShown', { reason })}` : ''}
        </p>
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
  if (skipping) {
    return (
      <form
        className="step-status step-status--skipping"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!reasonDraft.trim()) {
            setError(t('web.step.skipReasonRequired'));
            document.getElementById(`skip-reason-${step}`)?.focus();
            return;
          }
          put({ state: 'skipped', skipReason: reasonDraft.trim() });
          setSkipping(false);
          setError(null);
        }}
      >
        <TextField
          id={`skip-reason-${step}`}
          label={t('web.step.skipReason')}
          hint={t('web.step.skipReasonHint')}
          value={reasonDraft}
          onChange={(e) => setReasonDraft(e.target.value)}
          error={error}
          autoFocus
        />
        <SensitiveHint text={reasonDraft} onLeaveOut={setReasonDraft} />
        <div className="button-row">
          <button type="submit" className="button button--secondary">
            {t('web.step.skipConfirm')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setSkipping(false)}>
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
      <button type="button" className="button button--quiet" onClick={() => setSkipping(true)}>
        {t('web.step.skip')}
      </button>
    </div>
  );
}
