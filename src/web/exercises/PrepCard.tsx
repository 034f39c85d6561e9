// The preparation card: the goal, good open and checking questions, what to do when tension rises, and the
// seven closing steps as a checklist. Shown before practising, and on its own before a real conversation.
import type { PreparationCard } from '../../practice/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { usePracticeText } from './text.ts';
import { STEPS, stepTitle } from '../lib/labels.ts';

export function PrepCard({
  card,
  exerciseGoal,
  headingLevel = 2,
}: {
  card: PreparationCard;
  exerciseGoal?: string;
  headingLevel?: 2 | 3;
}) {
  const { t } = useI18n();
  const pt = usePracticeText();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section className="prep-card" aria-labelledby="prep-card-title" lang={card.lang}>
      <H id="prep-card-title">
        {pt('practice.web.card.title')}: {card.title}
      </H>
      {exerciseGoal ? (
        <>
          <Sub>{pt('practice.web.card.exercise')}</Sub>
          <p>{exerciseGoal}</p>
        </>
      ) : null}
      <Sub>{pt('practice.web.card.goal')}</Sub>
      <p>{card.goal}</p>
      <div className="grid-2">
        <div>
          <Sub>{pt('practice.web.card.open')}</Sub>
          <ul>
            {card.questions.open.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </div>
        <div>
          <Sub>{pt('practice.web.card.check')}</Sub>
          <ul>
            {card.questions.check.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </div>
      </div>
      <Sub>{pt('practice.web.card.tension')}</Sub>
      <ul>
        {card.tension.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
      <fieldset className="fieldset prep-card__steps">
        <legend className="fieldset__legend">{pt('practice.web.card.steps')}</legend>
        <p className="field__hint">{pt('practice.web.card.stepsHint')}</p>
        {STEPS.map((step, i) => (
          <div className="checkbox" key={step}>
            <input type="checkbox" id={`prep-step-${step}`} className="checkbox__input" />
            <label htmlFor={`prep-step-${step}`} className="checkbox__label">
              {i + 1}. {t(stepTitle[step])}
              {card.steps?.[step] ? <span className="muted"> — {card.steps[step]}</span> : null}
            </label>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
