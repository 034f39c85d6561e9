// Signing out: what waits is sent first; what cannot be sent is named, and the leader chooses to stay
// signed in (it goes out with the connection) or to sign out and remove it from the device anyway.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../app/i18n.tsx';
import { navigate } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useOnline } from './connectivity.ts';
import type { Waiting } from './outbox.ts';
import { counted } from './plural.ts';

/** Signed out: the next person starts on the start page, not at the address of the previous one's work. */
function leave(): void {
  navigate('/', { replace: true });
}

/**
 * A sign-out button and the question it may ask. The header has one, and the phone's folded menu another
 * (`idPrefix` keeps their dialogs' ids apart).
 */
export function SignOut({
  className = '',
  idPrefix = 'sign-out',
}: {
  className?: string;
  idPrefix?: string;
}) {
  const { t, lang } = useI18n();
  const { signOut } = useSession();
  const online = useOnline();
  const [busy, setBusy] = useState(false);
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (waiting && !element.open) element.showModal();
    if (!waiting && element.open) element.close();
  }, [waiting]);

  async function ask() {
    setBusy(true);
    try {
      const result = await signOut();
      if (!result.done) setWaiting(result.waiting);
      else leave();
    } finally {
      setBusy(false);
    }
  }

  async function discard() {
    setWaiting(null);
    await signOut({ discard: true });
    leave();
  }

  return (
    <>
      <button
        type="button"
        className={'button button--quiet' + (className ? ` ${className}` : '')}
        onClick={() => void ask()}
        disabled={busy}
      >
        {busy ? t('offline.signOut.sending') : t('offline.signOut.button')}
      </button>
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby={`${idPrefix}-title`}
        aria-describedby={`${idPrefix}-body`}
        onClose={() => setWaiting(null)}
      >
        {waiting ? (
          <div className="stack">
            <h2 id={`${idPrefix}-title`}>{t('offline.signOut.title')}</h2>
            <div id={`${idPrefix}-body`} className="stack">
              <ul>
                {waiting.changes > 0 ? (
                  <li>{counted(t, lang, 'offline.signOut.changes', waiting.changes)}</li>
                ) : null}
                {waiting.refused > 0 ? (
                  <li>{counted(t, lang, 'offline.signOut.refused', waiting.refused)}</li>
                ) : null}
                {waiting.drafts > 0 ? (
                  <li>{counted(t, lang, 'offline.signOut.drafts', waiting.drafts)}</li>
                ) : null}
              </ul>
              <p>{t('offline.signOut.explain')}</p>
              {!online ? <p>{t('offline.signOut.offline')}</p> : null}
            </div>
            <div className="button-row">
              <button
                type="button"
                className="button button--primary"
                autoFocus
                onClick={() => setWaiting(null)}
              >
                {t('offline.signOut.stay')}
              </button>
              <button type="button" className="button button--danger" onClick={() => void discard()}>
                {t('offline.signOut.discard')}
              </button>
            </div>
          </div>
        ) : null}
      </dialog>
    </>
  );
}
