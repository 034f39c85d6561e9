// The leader's conversations: search, filter by type, status and date, and go on with one.
import { useEffect, useState } from 'react';
import { UnreadBadge } from '../closing/ShareNotes.tsx';
import type { ConversationStatus, ConversationSummary } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { Link, usePageTitle } from '../app/router.tsx';
import type { api, ConversationQuery } from '../api/index.ts';
import { takeEarly } from '../app/prefetch.ts';
import { Loading, Notice } from '../components/feedback.tsx';
import { SelectField, TextField } from '../components/form.tsx';
import { formatInstant } from '../lib/dates.ts';
import { messageOf } from '../lib/errors.ts';
import { modeLabel, statusLabel } from '../lib/labels.ts';
import { RULES, problemOf } from '../lib/rules.ts';
import { useConversationTypes } from '../lib/use-types.ts';
import { useClock } from '../app/clock.tsx';
import { isLocalId } from '../closing/op-model.ts';
import { useOnline } from '../offline/connectivity.ts';
import { listConversations } from '../offline/data.ts';

const SEARCH_DELAY_MS = 250;

/** The list of conversations with search and filters. */
export function ConversationListPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('web.list.title'));
  const { types } = useConversationTypes();
  const [q, setQ] = useState('');
  const [query, setQuery] = useState<ConversationQuery>({});
  const [result, setResult] = useState<{
    items: ConversationSummary[];
    total: number;
    fromDevice: boolean;
  } | null>(null);
  const clock = useClock();
  const online = useOnline();
  const [failed, setFailed] = useState<unknown>(null);

  // Typing in the search box waits a moment so every key does not cost a request.
  useEffect(() => {
    const timer = window.setTimeout(
      // Same text, same query object: no second request for what is on screen already.
      () =>
        // A search the server would refuse (too long) is not sent; the field says why.
        problemOf(q, RULES.search)
          ? undefined
          : setQuery((current) =>
              current.q === (q.trim() || undefined) ? current : { ...current, q: q.trim() || undefined },
            ),
      SEARCH_DELAY_MS,
    );
    return () => window.clearTimeout(timer);
  }, [q]);

  useEffect(() => {
    const controller = new AbortController();
    // The unfiltered list was asked for when the app started (app/prefetch.ts); used if it came back well.
    type Answer = Awaited<ReturnType<typeof api.conversations>>;
    const early = Object.keys(query).length === 0 ? takeEarly<Answer>('conversations') : undefined;
    // Offline: the conversations kept on this device, filtered here as the server would.
    listConversations(query, clock.now().toISOString(), early, controller.signal).then(
      (value) => {
        setResult(value);
        setFailed(null);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setFailed(error);
      },
    );
    return () => controller.abort();
    // Asked anew when the connection comes or goes, so the list is the server's whenever it can be.
  }, [query, clock, online]);

  const failure = failed ? messageOf(failed, t) : null;
  const typeName = (id: string) => types?.find((type) => type.id === id)?.name ?? '';
  const filtered = Boolean(query.q || query.typeId || query.status || query.from || query.to);

  return (
    <>
      <div className="page-head">
        <h1 id="page-title" tabIndex={-1}>
          {t('web.list.title')}
        </h1>
        <Link href="/conversations/new" className="button button--primary">
          {t('web.list.new')}
        </Link>
      </div>
      <form
        role="search"
        className="filters"
        aria-label={t('web.list.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField
          type="search"
          label={t('web.list.search')}
          value={q}
          rule={RULES.search}
          onChange={(e) => setQ(e.target.value)}
          className="input"
        />
        <SelectField
          label={t('web.list.type')}
          value={query.typeId ?? ''}
          onChange={(e) => setQuery((c) => ({ ...c, typeId: e.target.value || undefined }))}
        >
          <option value="">{t('web.list.all')}</option>
          {types?.map((type) => (
            <option key={type.id} value={type.id}>
              {type.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('web.list.status')}
          value={query.status ?? ''}
          onChange={(e) =>
            setQuery((c) => ({
              ...c,
              status: (e.target.value || undefined) as ConversationStatus | undefined,
            }))
          }
        >
          <option value="">{t('web.list.all')}</option>
          {(['open', 'closing', 'closed'] as const).map((status) => (
            <option key={status} value={status}>
              {t(statusLabel[status])}
            </option>
          ))}
        </SelectField>
        <TextField
          type="date"
          label={t('web.list.from')}
          value={query.from ?? ''}
          onChange={(e) => setQuery((c) => ({ ...c, from: e.target.value || undefined }))}
        />
        <TextField
          type="date"
          label={t('web.list.to')}
          value={query.to ?? ''}
          onChange={(e) => setQuery((c) => ({ ...c, to: e.target.value || undefined }))}
        />
      </form>
      {failure ? (
        <Notice kind="error" live="polite">
          {failure}
        </Notice>
      ) : null}
      {!result && !failure ? <Loading label={t('web.loading')} /> : null}
      {result ? (
        <>
          {result.fromDevice ? <Notice kind="info">{t('offline.list.onDevice')}</Notice> : null}
          <p className="muted" role="status">
            {t('web.list.count', { count: result.total })}
          </p>
          {result.items.length === 0 ? (
            <p>{filtered ? t('web.list.noneFiltered') : t('web.list.none')}</p>
          ) : (
            <ul className="cards">
              {result.items.map((item) => (
                <li key={item.id} className="card">
                  <h2 className="card__title">
                    <Link
                      href={
                        item.status === 'closed'
                          ? `/conversations/${item.id}/record`
                          : `/conversations/${item.id}/close`
                      }
                    >
                      {item.title}
                    </Link>
                  </h2>
                  <p className="card__meta">
                    <span>{formatInstant(item.startsAt, locale)}</span>
                    <span>{typeName(item.typeId)}</span>
                    <span>{t(modeLabel[item.mode])}</span>
                  </p>
                  {item.participantNames.length > 0 ? (
                    <p className="card__meta">{item.participantNames.join(', ')}</p>
                  ) : null}
                  <p className="card__footer">
                    <span className={`badge badge--${item.status}`}>{t(statusLabel[item.status])}</span>
                    {isLocalId(item.id) ? (
                      <span className="badge badge--local">{t('offline.list.notYet')}</span>
                    ) : null}
                    <UnreadBadge count={item.unread} />
                    {item.status === 'closed' ? (
                      <Link href={`/conversations/${item.id}/close`} className="card__secondary">
                        {t('web.list.openClosing', { title: item.title })}
                      </Link>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </>
  );
}
