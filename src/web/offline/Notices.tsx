// The app's notices about this device: a new version waiting, storage the browser may clear, and a browser
// that keeps nothing at all.
import { useState } from 'react';
import { useI18n } from '../app/i18n.tsx';
import { applyUpdate, postponeUpdate, useUpdateWaiting } from '../app/update.ts';
import { currentStore, userStorage } from './device.ts';
import { usePersistence } from './persist.ts';

const DISMISSED = 'sluitstuk:pref:storageNoticeDismissed';

/** "A new version: reload now?" — never a reload the leader did not ask for. */
export function UpdatePrompt() {
  const { t } = useI18n();
  const waiting = useUpdateWaiting();
  const [busy, setBusy] = useState(false);
  if (!waiting) return null;
  return (
    <section className="notice notice--info app-notice" aria-labelledby="update-title" role="status">
      <p id="update-title" className="notice__title">
        {t('offline.update.title')}
      </p>
      <p>{t('offline.update.body')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void applyUpdate();
          }}
        >
          {t('offline.update.reload')}
        </button>
        <button type="button" className="button button--quiet" onClick={postponeUpdate}>
          {t('offline.update.later')}
        </button>
      </div>
    </section>
  );
}

/** Warns when the browser may clear what is kept on this device (or keeps nothing). */
export function StorageNotice() {
  const { t } = useI18n();
  const persistence = usePersistence();
  const [dismissed, setDismissed] = useState(() => userStorage().getItem(DISMISSED) === '1');
  const store = currentStore();
  if (store && !store.persistent) {
    return (
      <div className="notice notice--warning app-notice">
        <p>{t('offline.status.notPersistent')}</p>
      </div>
    );
  }
  if (persistence !== 'refused' || dismissed) return null;
  return (
    <section className="notice notice--warning app-notice" aria-labelledby="storage-title">
      <p id="storage-title" className="notice__title">
        {t('offline.storage.title')}
      </p>
      <p>{t('offline.storage.body')}</p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          userStorage().setItem(DISMISSED, '1');
          setDismissed(true);
        }}
      >
        {t('offline.storage.dismiss')}
      </button>
    </section>
  );
}
