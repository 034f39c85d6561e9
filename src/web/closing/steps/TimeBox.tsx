// The gentle time box of the question round: elapsed time against a target, no alarms.
import { useI18n } from '../../app/i18n.tsx';
import { useClock, useNow } from '../../app/clock.tsx';
import { formatElapsed, isoWithOffset } from '../../lib/dates.ts';
import { basePath, useClosing, useDraft } from '../context.tsx';

/** Start button, elapsed time, target in minutes. */
export function TimeBox() {
  const { t } = useI18n();
  const clock = useClock();
  const { conversation, sync } = useClosing();
  const round = conversation.closing.questionRound;
  const startedAt = useDraft<string | null>('question-round', 'startedAt', round.startedAt);
  const target = useDraft<number>('question-round', 'targetMinutes', round.targetMinutes || 5);
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
        <label className="timebox__target">
          <span>{t('web.timebox.target')}</span>
          <input
            type="number"
            className="input input--narrow"
            min={1}
            max={60}
            value={target}
            onChange={(e) => {
              const value = Math.min(60, Math.max(1, Math.round(Number(e.target.value) || 1)));
              put({ targetMinutes: value });
            }}
          />
        </label>
      </div>
      {startedAt ? (
        <progress
          className="timebox__bar"
          max={targetMs}
          value={Math.min(elapsedMs, targetMs)}
          aria-label={t('web.timebox.progress')}
        />
      ) : null}
      <p role="status" className="timebox__note">
        {over ? t('web.timebox.over') : ''}
      </p>
    </div>
  );
}
