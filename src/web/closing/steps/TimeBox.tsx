// The gentle time box of the question round: elapsed time against a target, no alarms.
import { useI18n } from '../../app/i18n.tsx';
import { useClock, useNow } from '../../app/clock.tsx';
import { formatElapsed, isoWithOffset } from '../../lib/dates.ts';
import { basePath, useClosing, useDraft, useQueuedField } from '../context.tsx';

/** Start button, elapsed time, target in minutes. */
export function TimeBox() {
  const { t } = useI18n();
  const clock = useClock();
  const { conversation, sync } = useClosing();
  const round = conversation.closing.questionRound;
  const startedAt = useDraft<string | null>('question-round', 'startedAt', round.startedAt);
  const queuedTarget = useQueuedField<number>('question-round', 'targetMinutes', round.targetMinutes || 5);
  // A target being typed that is not a number from 1 to 60 waits, marked; the time box keeps the saved one.
  const target = queuedTarget.error ? round.targetMinutes || 5 : queuedTarget.value;
  const now = useNow(1000, Boolean(startedAt));
  const path = `${basePath(conversation)}/question-round`;
  const put = (body: Record<string, unknown>) =>
    sync.enqueue('question-round', 'PUT', path, body, { merge: true });

  const elapsedMs = startedAt ? Math.max(0, now.getTime() - new Date(startedAt).getTime()) : 0;
  const targetMs = target * 60_000;
  const over = Boolean(startedAt) && elapsedMs >= targetMs;

  return (
    <div className={'timebox' + (over ? ' timebox--over' : '')}>
      <div className="timebox__row">
        {startedAt ? (
          <p className="timebox__time">
            <span className="timebox__elapsed" data-testid="elapsed">
              {formatElapsed(elapsedMs)}
            </span>{' '}
            <span className="muted">{t('web.timebox.of', { minutes: target })}</span>
          </p>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => put({ startedAt: isoWithOffset(clock.now()) })}
          >
            {t('web.timebox.start')}
          </button>
        )}
        <div className={'timebox__target' + (queuedTarget.error ? ' field--invalid' : '')}>
          <label htmlFor="timebox-target">{t('web.timebox.target')}</label>
          <input
            id="timebox-target"
            type="number"
            className="input input--narrow"
            min={1}
            max={60}
            step={1}
            value={Number.isFinite(queuedTarget.value) ? queuedTarget.value : ''}
            aria-invalid={queuedTarget.error ? true : undefined}
            aria-describedby={queuedTarget.error ? 'timebox-target-error' : undefined}
            {...queuedTarget.fieldProps}
            // What is typed is kept as typed: 0 or 90 is not turned into 1 or 60 behind the leader's back.
            onChange={(e) => put({ targetMinutes: e.target.valueAsNumber })}
          />
        </div>
      </div>
      {startedAt ? (
        <progress
          className="timebox__bar"
          max={targetMs}
          value={Math.min(elapsedMs, targetMs)}
          aria-label={t('web.timebox.progress')}
        />
      ) : null}
      {queuedTarget.error ? (
        <p id="timebox-target-error" className="field__error">
          {queuedTarget.error}
        </p>
      ) : null}
      <p role="status" className="timebox__note">
        {over ? t('web.timebox.over') : ''}
      </p>
    </div>
  );
}
