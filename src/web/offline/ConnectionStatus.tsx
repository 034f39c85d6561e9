// Where things stand, on every page: offline or not, how many changes wait, a conflict to resolve. Quiet
// text in the header; only going offline, coming back and a new conflict are announced (a count that moves
// with every key typed would drown a screen reader).
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../app/i18n.tsx';
import { Link } from '../app/router.tsx';
import { useOnline } from './connectivity.ts';
import { useWaiting } from './outbox.ts';
import { counted } from './plural.ts';

/** The save and connection indicator of the header. */
export function ConnectionStatus() {
  const { t, lang } = useI18n();
  const online = useOnline();
  const waiting = useWaiting();
  const [announcement, setAnnouncement] = useState('');
  const before = useRef({ online, conflicts: waiting.conflicts });

  useEffect(() => {
    const was = before.current;
    if (was.online && !online) setAnnouncement(t('offline.status.wentOffline'));
    else if (!was.online && online) setAnnouncement(t('offline.status.backOnline'));
    else if (waiting.conflicts > was.conflicts)
      setAnnouncement(counted(t, lang, 'offline.status.conflicts', waiting.conflicts));
    before.current = { online, conflicts: waiting.conflicts };
  }, [online, waiting.conflicts, t, lang]);

  let kind: string;
  let text: string;
  if (waiting.conflicts > 0) {
    kind = 'conflict';
    text = counted(t, lang, 'offline.status.conflicts', waiting.conflicts);
  } else if (!online) {
    kind = 'offline';
    text =
      waiting.changes > 0
        ? counted(t, lang, 'offline.status.offlineWaiting', waiting.changes)
        : t('offline.status.offlineSaved');
  } else if (waiting.changes > 0) {
    kind = 'sending';
    text = counted(t, lang, 'offline.status.sending', waiting.changes);
  } else {
    kind = 'saved';
    text = t('offline.status.saved');
  }
  const conflictIn = waiting.conflictIn[0];
  return (
    <div className="connection">
      <p className={`connection__line connection__line--${kind}`} data-testid="connection-status">
        <span className="connection__dot" aria-hidden="true" />
        {conflictIn ? (
          <Link href={`/conversations/${conflictIn}/close`}>{text}</Link>
        ) : (
          <span className="connection__text">{text}</span>
        )}
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
