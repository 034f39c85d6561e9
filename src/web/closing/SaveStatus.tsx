// Where saving stands. Quiet while it goes well; clear, and announced, when it does not.
import { useI18n } from '../app/i18n.tsx';
import { useClosing } from './context.tsx';
import { useOnline } from '../offline/connectivity.ts';

/** The save indicator and any changes the server refused. */
export function SaveStatus() {
  const { t } = useI18n();
  const { snapshot, sync } = useClosing();
  const { status, rejected } = snapshot;
  const online = useOnline();
  // No network is no trouble: the device keeps everything and the header says how much waits.
  const onDevice = status === 'retrying' && !online;
  const trouble = (status === 'retrying' && online) || status === 'signedOut';
  return (
    <div className="save-status">
      <p
        className={'save-status__line save-status__line--' + (onDevice ? 'device' : status)}
        aria-hidden={trouble ? true : undefined}
      >
        <span className="save-status__dot" aria-hidden="true" />
        {status === 'saved'
          ? t('web.save.saved')
          : onDevice
            ? t('offline.save.onDevice')
            : status === 'conflict'
              ? t('offline.save.conflict')
              : status === 'retrying'
                ? t('web.save.retryingShort')
                : status === 'signedOut'
                  ? t('web.save.signedOutShort')
                  : t('web.save.saving')}
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
      </div>
      {rejected.map((item, index) => (
        <div key={index} className="notice notice--error" role="alert">
          <p className="notice__title">{t('web.save.rejectedTitle')}</p>
          <p>{item.message}</p>
          <p className="save-status__kept">
            {t('web.save.rejectedKept')}{' '}
            <q>
              {Object.values(item.op.body ?? {})
                .filter((v) => typeof v === 'string')
                .join(' · ')}
            </q>
          </p>
          <button type="button" className="button button--quiet" onClick={() => sync.dismissRejected(index)}>
            {t('web.action.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
