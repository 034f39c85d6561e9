// The overview of the seven steps: where the leader is, and which are done, skipped or still open.
import { memo } from 'react';
import type { StepKey } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { Link } from '../app/router.tsx';
import { STEPS, stepStateLabel, stepTitle } from '../lib/labels.ts';
import { useClosing, useDraft } from './context.tsx';

const marks = { open: '○', done: '✓', skipped: '–' } as const;

function StepLink({ step, number, current }: { step: StepKey; number: number; current: boolean }) {
  const { t } = useI18n();
  const { conversation } = useClosing();
  const state = useDraft(`step:${step}`, 'state', conversation.closing.steps[step].state);
  return (
    <li className={`steps-nav__item steps-nav__item--${state}`}>
      <Link
        href={`/conversations/${conversation.id}/close/${step}`}
        aria-current={current ? 'step' : undefined}
        className="steps-nav__link"
      >
        <span className="steps-nav__mark" aria-hidden="true">
          {marks[state]}
        </span>
        {/* On a phone the strip shows numbers only (seven fit in 360 px, no label is cut off); the link's
            text stays for screen readers, and the current step's title is the heading just below. */}
        <span className="steps-nav__badge" aria-hidden="true">
          {state === 'done' ? marks.done : number}
        </span>
        <span className="steps-nav__text">
          <span className="steps-nav__number">{number}.</span> {t(stepTitle[step])}
          <span className="steps-nav__state">{t(stepStateLabel[state])}</span>
        </span>
      </Link>
    </li>
  );
}

/** The list of steps with their state. */
export const StepNav = memo(function StepNav({ current }: { current: StepKey }) {
  const { t } = useI18n();
  const { conversation, snapshot } = useClosing();
  const states = STEPS.map((step) => {
    const draft = snapshot.pending.get(`step:${step}`)?.body?.state as string | undefined;
    return draft ?? conversation.closing.steps[step].state;
  });
  const done = states.filter((s) => s === 'done').length;
  const skipped = states.filter((s) => s === 'skipped').length;
  return (
    <nav className="steps-nav" aria-label={t('web.closing.stepsNav')}>
      <p className="steps-nav__summary">
        {t('web.closing.progress', { done, skipped, open: STEPS.length - done - skipped })}
      </p>
      <ol className="steps-nav__list">
        {STEPS.map((step, index) => (
          <StepLink key={step} step={step} number={index + 1} current={step === current} />
        ))}
      </ol>
    </nav>
  );
});
