// Who opened a conversation's record, when: a table the leader can open below the record.
import { useState } from 'react';
import type { AccessLogEntry } from '../../core/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { api } from '../api/index.ts';
import { formatInstant } from '../lib/dates.ts';
import { messageOf } from '../lib/errors.ts';
import { Loading, Notice } from './feedback.tsx';

/** The access log of one conversation, loaded when the leader opens it. */
export function AccessLog({ conversationId }: { conversationId: string }) {
  const { t, locale } = useI18n();
  const [entries, setEntries] = useState<AccessLogEntry[] | null>(null);
  // Kept as what happened and worded when shown, so a switch of language changes it too.
  const [failed, setFailed] = useState<unknown>(null);
  // Closed, nothing is loading: the panel asks the server only when the leader opens it.
  const [open, setOpen] = useState(false);
  function toggled(nowOpen: boolean) {
    setOpen(nowOpen);
    if (!nowOpen || entries) return;
    setFailed(null);
    api.accessLog(conversationId).then(setEntries, setFailed);
  }
  return (
    <details className="access-log no-print" onToggle={(e) => toggled((e.target as HTMLDetailsElement).open)}>
      <summary>{t('privacy.access.title')}</summary>
      <p className="muted">{t('privacy.access.intro')}</p>
      {failed ? <Notice kind="error">{messageOf(failed, t)}</Notice> : null}
      {open && !entries && !failed ? <Loading label={t('web.loading')} /> : null}
      {entries && entries.length === 0 ? <p>{t('privacy.access.none')}</p> : null}
      {entries && entries.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('privacy.access.when')}</th>
              <th scope="col">{t('privacy.access.who')}</th>
              <th scope="col">{t('privacy.access.what')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={`${entry.at}-${entry.userId}-${entry.action}`}>
                <td>{formatInstant(entry.at, locale)}</td>
                <td>{entry.userName ?? t('privacy.access.unknownUser')}</td>
                <td>{t(`privacy.access.action.${entry.action}` as MessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}
