// "Verslag delen": per participant by mail (with an address and consent), by a printed handout, or a link
// to copy; then what happened to each (sent, failed with the reason and "try again", opened, answered).
// Without mail set up, nothing is silently dropped: the screen says so, and offers links and handouts.
import { useCallback, useEffect, useState } from 'react';
import type { Delivery, MadeLink, ParticipantShare, ShareState } from '../../core/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { Link, usePageTitle } from '../app/router.tsx';
import { api, handoutHtml } from '../api/index.ts';
import { Loading, Notice } from '../components/feedback.tsx';
import { Checkbox } from '../components/form.tsx';
import { syncFor, whenSettled } from '../closing/registry.ts';
import { formatInstant } from '../lib/dates.ts';
import { notificationsChanged } from '../lib/notifications.ts';
import { NotificationText } from '../closing/ShareNotes.tsx';
import { messageOf } from '../lib/errors.ts';

const DELIVERY_STATE: Record<Delivery['state'], MessageKey> = {
  queued: 'sharing.delivery.queued',
  sending: 'sharing.delivery.sending',
  sent: 'sharing.delivery.sent',
  failed: 'sharing.delivery.failed',
  made: 'sharing.delivery.made',
};
const CHANNEL: Record<Delivery['channel'], MessageKey> = {
  email: 'sharing.channel.email',
  handout: 'sharing.channel.handout',
  link: 'sharing.channel.link',
};

/** Opens the handout in a new window and asks the browser to print it. */
function printHtml(html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const printed = window.open(url, '_blank');
  printed?.addEventListener('load', () => printed.print(), { once: true });
  // The window keeps its document; the address can go once it has loaded.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The share screen of one conversation. */
export default function SharePage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  usePageTitle(t('sharing.title'));
  const [state, setState] = useState<ShareState | null>(null);
  const [title, setTitle] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [revokeEarlier, setRevokeEarlier] = useState(false);
  const [busy, setBusy] = useState(false);
  const [links, setLinks] = useState<Record<string, MadeLink>>({});

  const load = useCallback(async () => {
    try {
      // Whatever is still on its way is saved first, so the version shared holds it.
      const sync = syncFor(id);
      if (sync.getSnapshot().pending.size > 0) {
        if (!sync.getSnapshot().conversation) sync.loaded(await api.conversation(id));
        await whenSettled(sync);
      }
      const [conversation, loaded] = await Promise.all([api.conversation(id), api.shareState(id)]);
      setTitle(conversation.title);
      setState(loaded);
      setChosen(
        (current) =>
          current ??
          new Set(loaded.participants.filter((p) => p.noMailReason === null).map((p) => p.participantId)),
      );
      if (loaded.notifications.some((n) => n.readAt === null)) {
        await api.markRead(id);
        notificationsChanged();
      }
    } catch (error) {
      setFailure(messageOf(error, t));
    }
  }, [id, t]);

  useEffect(() => {
    void load();
  }, [load]);

  async function act(work: () => Promise<ShareState | void>, done: string) {
    setBusy(true);
    setFailure(null);
    setMessage('');
    try {
      const next = await work();
      if (next) setState(next);
      else await load();
      setMessage(done);
    } catch (error) {
      setFailure(messageOf(error, t));
    } finally {
      setBusy(false);
    }
  }

  if (!state) return failure ? <Notice kind="error">{failure}</Notice> : <Loading label={t('web.loading')} />;
  const latest = state.versions.at(-1);
  const mailable = state.participants.filter((p) => p.noMailReason === null);
  const selected = [...(chosen ?? [])].filter((pid) => mailable.some((p) => p.participantId === pid));

  return (
    <div className="share stack">
      <p className="eyebrow">{title}</p>
      <h1 id="page-title" tabIndex={-1}>
        {t('sharing.title')}
      </h1>
      <p>
        <Link href={`/conversations/${id}/record`}>{t('sharing.toRecord')}</Link>
      </p>
      {latest ? (
        <p>
          {t('sharing.version', { number: latest.number, date: formatInstant(latest.createdAt, locale) })}
          {state.changedSinceLatest ? ` ${t('sharing.changed', { number: latest.number + 1 })}` : ''}
        </p>
      ) : (
        <p>{t('sharing.notYet')}</p>
      )}
      {!state.mail.configured ? (
        <Notice kind="warning" title={t('sharing.noMail.title')}>
          <p>{t('sharing.noMail.body')}</p>
        </Notice>
      ) : null}
      {failure ? (
        <Notice kind="error" live="assertive">
          {failure}
        </Notice>
      ) : null}
      <p role="status" className="muted">
        {message}
      </p>

      <ul className="share__list">
        {state.participants.map((participant) => (
          <ParticipantCard
            key={participant.participantId}
            conversationId={id}
            participant={participant}
            mailConfigured={state.mail.configured}
            checked={chosen?.has(participant.participantId) ?? false}
            onCheck={(on) => {
              const next = new Set(chosen ?? []);
              if (on) next.add(participant.participantId);
              else next.delete(participant.participantId);
              setChosen(next);
            }}
            link={links[participant.participantId] ?? null}
            busy={busy}
            onLink={() =>
              act(
                async () => {
                  const made = await api.makeLink(id, participant.participantId);
                  setLinks((all) => ({ ...all, [participant.participantId]: made }));
                },
                t('sharing.linkMade', { name: participant.name }),
              )
            }
            onHandout={() =>
              act(
                async () => {
                  printHtml(await handoutHtml(id, participant.participantId));
                },
                t('sharing.handoutMade', { name: participant.name }),
              )
            }
            onRevoke={() =>
              act(
                () => api.revokeLinks(id, participant.participantId),
                t('sharing.revoked', { name: participant.name }),
              )
            }
            onRetry={(deliveryId) =>
              act(() => api.retryDelivery(id, deliveryId), t('sharing.retried', { name: participant.name }))
            }
          />
        ))}
      </ul>

      {state.mail.configured && mailable.length > 0 ? (
        <section className="card stack" aria-labelledby="mail-title">
          <h2 id="mail-title">{t('sharing.mail.title')}</h2>
          <p>{t('sharing.mail.intro', { count: selected.length, days: state.linkDays })}</p>
          <Checkbox
            label={t('sharing.mail.revokeEarlier')}
            checked={revokeEarlier}
            onChange={(e) => setRevokeEarlier(e.target.checked)}
          />
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              disabled={busy || selected.length === 0}
              onClick={() =>
                void act(
                  () => api.share(id, selected, revokeEarlier),
                  t('sharing.mail.done', { count: selected.length }),
                )
              }
            >
              {t('sharing.mail.send')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => void load()}>
              {t('sharing.refresh')}
            </button>
          </div>
        </section>
      ) : null}

      {state.notifications.length > 0 ? (
        <section className="stack" aria-labelledby="notices-title">
          <h2 id="notices-title">{t('sharing.notices.title')}</h2>
          <ul>
            {state.notifications.map((n) => (
              <li key={n.id}>
                {formatInstant(n.createdAt, locale)}: <NotificationText notification={n} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function ParticipantCard({
  conversationId,
  participant: p,
  mailConfigured,
  checked,
  onCheck,
  link,
  busy,
  onLink,
  onHandout,
  onRevoke,
  onRetry,
}: {
  conversationId: string;
  participant: ParticipantShare;
  mailConfigured: boolean;
  checked: boolean;
  onCheck: (on: boolean) => void;
  link: MadeLink | null;
  busy: boolean;
  onLink: () => void;
  onHandout: () => void;
  onRevoke: () => void;
  onRetry: (deliveryId: string) => void;
}) {
  const { t, locale } = useI18n();
  const [copied, setCopied] = useState('');
  const headingId = `share-${p.participantId}`;
  const latest = p.deliveries[0] ?? null;
  const preview = `/api/conversations/${encodeURIComponent(conversationId)}/report?format=html&audience=participant&participantId=${encodeURIComponent(p.participantId)}`;
  const answers = [
    p.summary.state === 'confirmed'
      ? t(p.summary.current ? 'sharing.answer.confirmed' : 'sharing.answer.confirmedEarlier')
      : p.summary.state === 'corrected'
        ? t('sharing.answer.corrected', { text: p.summary.correction })
        : t('sharing.answer.summaryPending'),
    t('sharing.answer.agreements', {
      accepted: p.agreements.accepted,
      questioned: p.agreements.questioned,
      pending: p.agreements.pending,
    }),
    p.feedbackGiven ? t('sharing.answer.feedback') : null,
  ].filter(Boolean);

  return (
    <li className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {p.name}
      </h2>
      <p className="card__meta">
        <span>
          {p.email ?? t(p.noMailReason === 'no_consent' ? 'sharing.noConsent' : 'sharing.noAddress')}
        </span>
        {p.version ? <span>{t('sharing.given', { number: p.version })}</span> : null}
        <span>
          {p.openedAt
            ? t('sharing.opened', { date: formatInstant(p.openedAt, locale) })
            : t('sharing.notOpened')}
        </span>
      </p>
      {latest ? (
        <p className={latest.state === 'failed' ? 'share__failed' : undefined}>
          <strong>{t(CHANNEL[latest.channel])}:</strong> {t(DELIVERY_STATE[latest.state])}
          {latest.error ? ` — ${t(`sharing.error.${latest.error}`)}` : ''}
          {latest.retryAt ? ` ${t('sharing.retryAt', { date: formatInstant(latest.retryAt, locale) })}` : ''}
          {latest.state === 'failed' && mailConfigured ? (
            <>
              {' '}
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() => onRetry(latest.id)}
              >
                {t('sharing.retry')}
              </button>
            </>
          ) : null}
        </p>
      ) : (
        <p className="muted">{t('sharing.nothingYet')}</p>
      )}
      <ul className="share__answers">
        {answers.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {mailConfigured && p.noMailReason === null ? (
        <Checkbox
          label={t('sharing.mail.choose', { name: p.name })}
          checked={checked}
          onChange={(e) => onCheck(e.target.checked)}
        />
      ) : null}
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={busy} onClick={onHandout}>
          {t('sharing.handout', { name: p.name })}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onLink}>
          {t('sharing.makeLink', { name: p.name })}
        </button>
        <a className="button button--quiet" href={preview} target="_blank" rel="noopener">
          {t('sharing.preview', { name: p.name })}
        </a>
        {p.activeLinks > 0 ? (
          <button
            type="button"
            className="button button--quiet button--danger"
            disabled={busy}
            onClick={onRevoke}
          >
            {t('sharing.revoke', { count: p.activeLinks })}
          </button>
        ) : null}
      </div>
      {link ? (
        <div className="stack">
          <label className="field__label" htmlFor={`link-${p.participantId}`}>
            {t('sharing.linkLabel', { name: p.name, date: formatInstant(link.expiresAt, locale) })}
          </label>
          <input id={`link-${p.participantId}`} className="input" readOnly value={link.url} />
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                void navigator.clipboard.writeText(link.url).then(
                  () => setCopied(t('sharing.copied')),
                  () => setCopied(t('sharing.copyManually')),
                )
              }
            >
              {t('sharing.copy')}
            </button>
            <span role="status" className="muted">
              {copied}
            </span>
          </div>
        </div>
      ) : null}
    </li>
  );
}
