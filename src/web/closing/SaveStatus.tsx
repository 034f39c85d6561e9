// Where saving stands. Quiet while it goes well; clear, and announced, when it does not. A change that could
// not be saved is never thrown away here: it stays in its field, and this lists it with a way to get there.
import { useState } from 'react';
import { useI18n } from '../app/i18n.tsx';
import { navigate } from '../app/router.tsx';
import { stepTitle } from '../lib/labels.ts';
import { useOnline } from '../offline/connectivity.ts';
import { focusHeld, useClosing, useRefusalText } from './context.tsx';
import { stepOfOp } from './op-rules.ts';
import type { Op } from './sync.ts';

function HeldLine({ op, onDiscard }: { op: Op; onDiscard: () => void }) {
  const { t } = useI18n();
  const { conversation, sync } = useClosing();
  const refusalText = useRefusalText();
  const problem = op.problems?.[0];
  const step = stepOfOp(op.key);
  const why = problem
    ? t(`validation.${problem.code}`, problem.params)
    : op.refused
      ? refusalText(op.refused)
      : '';
  return (
    <li className="held__item">
      <p className="held__why">
        <strong>{t(stepTitle[step])}:</strong> {why}
      </p>
      <p className="button-row">
        <a
          href={`/conversations/${conversation.id}/close/${step}`}
          onClick={(event) => {
            event.preventDefault();
            if (!focusHeld(op, true)) navigate(`/conversations/${conversation.id}/close/${step}`);
          }}
        >
          {t('form.save.toField')}
        </a>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => {
            sync.discard(op.key);
            onDiscard();
          }}
        >
          {t('form.save.discard')}
        </button>
      </p>
    </li>
  );
}

/** The save indicator and any changes that wait for the leader. */
export function SaveStatus() {
  const { t } = useI18n();
  const { snapshot, sync } = useClosing();
  const { status, held } = snapshot;
  const online = useOnline();
  // No network is no trouble: the device keeps everything and the header says how much waits.
  const onDevice = status === 'retrying' && !online;
  const trouble = (status === 'retrying' && online) || status === 'signedOut';
  const [discarded, setDiscarded] = useState(0);
  const line =
    status === 'saved'
      ? t('web.save.saved')
      : onDevice
        ? t('offline.save.onDevice')
        : status === 'conflict'
          ? t('offline.save.conflict')
          : status === 'retrying'
            ? t('web.save.retryingShort')
            : status === 'signedOut'
              ? t('web.save.signedOutShort')
              : status === 'held'
                ? t('form.save.attention')
                : t('web.save.saving');
  return (
    <div className={'save-status' + (trouble || held.length > 0 ? ' save-status--attention' : '')}>
      <p
        className={
          'save-status__line save-status__line--' + (held.length > 0 ? 'held' : onDevice ? 'device' : status)
        }
        aria-hidden={trouble ? true : undefined}
      >
        <span className="save-status__dot" aria-hidden="true" />
        {held.length > 0 && status !== 'held' && !trouble ? `${line} · ${t('form.save.attention')}` : line}
      </p>
      {/* Only trouble is announced: "saved" after every word would drown the screen reader. */}
      <div role="status" className="save-status__live">
        {trouble ? (
          <div className="notice notice--warning">
            <p className="notice__title">{t('web.save.failedTitle')}</p>
            <p>{status === 'retrying' ? t('web.save.retrying') : t('web.save.signedOut')}</p>
            {status === 'retrying' ? (
              <button type="button" className="button button--secondary" onClick={() => sync.flushNow()}>
                {t('web.action.retryNow')}
              </button>
            ) : null}
          </div>
        ) : null}
        {discarded > 0 && held.length === 0 ? <p className="small">{t('form.save.discarded')}</p> : null}
      </div>
      {held.length > 0 ? (
        <div className="notice notice--error held">
          <p className="notice__title">{t('form.save.attention')}</p>
          <p>{t('form.save.attentionCount', { count: held.length })}</p>
          <ul className="held__list">
            {held.map((op) => (
              <HeldLine key={op.key} op={op} onDiscard={() => setDiscarded((n) => n + 1)} />
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
