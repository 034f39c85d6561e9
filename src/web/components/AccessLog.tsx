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
  const [failure, setFailure] = useState<string | null>(null);
  function load(open: boolean) {
    if (!open || entries) return;
    api.accessLog(conversationId).then(setEntries, (error: unknown) => setFailure(messageOf(error, t)));
  }
  return (
    <details className="access-log no-print" onToggle={(e) => load((e.target as HTMLDetailsElement).open)}>
      <summary>{t('privacy.access.title')}</summary>
      <p className="muted">{t('privacy.access.intro')}</p>
      {failure ? <Notice kind="error">{failure}</Notice> : null}
      {!entries && !failure ? <Loading label={t('web.loading')} /> : null}
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
