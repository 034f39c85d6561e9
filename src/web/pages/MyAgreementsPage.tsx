// "Mijn afspraken": every open agreement of the leader's conversations, grouped as overdue, this week, later
// and without a date, split into "ik moet" and "ik wacht op". Mark one done with evidence, or move its date
// with a reason; the server keeps both in the agreement's history.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { MyAgreement, Notification } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { Link, usePageTitle } from '../app/router.tsx';
import { useSession, useUser } from '../app/session.tsx';
import { api, followupApi, type MyAgreementsAnswer } from '../api/index.ts';
import { Loading, Notice } from '../components/feedback.tsx';
import { Checkbox, RadioGroup, TextArea, TextField, useFieldErrors, type Said } from '../components/form.tsx';
import { formatDay } from '../lib/dates.ts';
import { notificationsChanged } from '../lib/notifications.ts';
import { NotificationText } from '../closing/ShareNotes.tsx';
import { fieldErrorsOf, messageOf } from '../lib/errors.ts';

const GROUPS = ['overdue', 'this_week', 'later', 'no_deadline'] as const;
type Side = 'all' | 'mine' | 'waiting';

/** The page of the leader's open agreements. */
export default function MyAgreementsPage() {
  const { t } = useI18n();
  usePageTitle(t('followup.title'));
  const [side, setSide] = useState<Side>('all');
  const [answer, setAnswer] = useState<MyAgreementsAnswer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  const load = useCallback(async () => {
    try {
      setAnswer(await followupApi.myAgreements(side));
      setFailure(null);
    } catch (error) {
      setFailure(messageOf(error, t));
    }
  }, [side, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const changed = (text: string) => {
    setMessage(text);
    void load();
  };

  // The reminders the leader has not seen: shown here once, and then read (the header's badge goes).
  const [reminders, setReminders] = useState<Notification[]>([]);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const answer = await api.notifications();
        const unread = answer.items.filter((n) => n.kind === 'agreement_reminder' && n.readAt === null);
        if (!live) return;
        setReminders(unread);
        if (answer.reminders > 0) {
          await api.markRead(undefined, 'reminders');
          notificationsChanged();
        }
      } catch {
        // The list of agreements below says what went wrong with the server; reminders are extra.
      }
    })();
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="stack-lg">
      <div className="page-head">
        <h1 id="page-title" tabIndex={-1}>
          {t('followup.title')}
        </h1>
      </div>
      <p className="lead">{t('followup.intro')}</p>
      {reminders.length > 0 ? (
        <section aria-labelledby="reminders-title" className="notice notice--info stack">
          <h2 id="reminders-title">{t('followup.reminders.title')}</h2>
          <ul>
            {reminders.map((n) => (
              <li key={n.id}>
                <NotificationText notification={n} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <DigestChoice />
      {answer ? (
        <RadioGroup
          legend={t('followup.filter')}
          name="side"
          value={side}
          inline
          options={(['all', 'mine', 'waiting'] as const).map((value) => ({
            value,
            label: t(`followup.side.${value}`, {
              count: value === 'all' ? answer.counts.mine + answer.counts.waiting : answer.counts[value],
            }),
          }))}
          onChange={setSide}
        />
      ) : null}
      <p role="status" className="muted">
        {message}
      </p>
      {failure ? <Notice kind="error">{failure}</Notice> : null}
      {!answer && !failure ? <Loading label={t('web.loading')} /> : null}
      {answer && answer.counts.mine + answer.counts.waiting === 0 ? (
        <Notice kind="success">{t('followup.none')}</Notice>
      ) : null}
      {answer
        ? GROUPS.map((group) => {
            const items = answer.items.filter((a) => a.group === group);
            if (items.length === 0) return null;
            return (
              <section
                key={group}
                aria-labelledby={`group-${group}`}
                className={`followup-group followup-group--${group}`}
              >
                <h2 id={`group-${group}`}>
                  {t(`followup.group.${group}`)} <span className="muted">({items.length})</span>
                </h2>
                <ul className="followup-list">
                  {items.map((item) => (
                    <AgreementItem key={item.id} item={item} today={answer.today} onChanged={changed} />
                  ))}
                </ul>
              </section>
            );
          })
        : null}
    </div>
  );
}

/** The weekly digest, switched on and off here where the leader thinks of it. */
function DigestChoice() {
  const { t } = useI18n();
  const user = useUser();
  const { setUser } = useSession();
  const [status, setStatus] = useState('');
  async function toggle(checked: boolean) {
    try {
      setUser(await api.updateProfile({ weeklyDigest: checked }));
      setStatus(t('followup.digestSaved'));
    } catch (error) {
      setStatus(messageOf(error, t));
    }
  }
  return (
    <div>
      <Checkbox
        label={t('followup.digest')}
        checked={user.weeklyDigest}
        onChange={(e) => void toggle(e.target.checked)}
      />
      <p role="status" className="muted small">
        {status}
      </p>
    </div>
  );
}

function AgreementItem({
  item,
  today,
  onChanged,
}: {
  item: MyAgreement;
  today: string;
  onChanged: (message: string) => void;
}) {
  const { t, locale } = useI18n();
  const action = item.action || item.sourceText;
  const who =
    item.owner === 'leader'
      ? t('followup.owner.leader')
      : item.owner === 'nobody'
        ? t('followup.owner.nobody')
        : item.ownerName;
  return (
    <li className={`followup-item followup-item--${item.group}`}>
      <p className="followup-item__main">
        <strong>{who}</strong>: {action}
      </p>
      <p className="small">
        {item.deadline ? t('followup.by', { date: formatDay(item.deadline, locale) }) : null}
        {item.daysOverdue > 0 ? (
          <>
            {' · '}
            <strong className="followup-item__late">
              {t('followup.overdueBy', { days: item.daysOverdue })}
            </strong>
          </>
        ) : null}
        {item.moves > 0 ? ` · ${t('followup.moves', { count: item.moves })}` : null}
      </p>
      <p className="small muted">
        {t('followup.from', {
          title: item.conversationTitle,
          date: formatDay(item.conversationDay, locale, 'short'),
        })}{' '}
        · <Link href={`/conversations/${item.conversationId}/record`}>{t('followup.open')}</Link>
      </p>
      <div className="followup-item__actions">
        <DoneForm item={item} today={today} onChanged={onChanged} />
        <MoveForm item={item} today={today} onChanged={onChanged} />
      </div>
    </li>
  );
}

function DoneForm({
  item,
  today,
  onChanged,
}: {
  item: MyAgreement;
  today: string;
  onChanged: (m: string) => void;
}) {
  const { t } = useI18n();
  const action = item.action || item.sourceText;
  const [note, setNote] = useState('');
  const [link, setLink] = useState('');
  const [doneOn, setDoneOn] = useState(today);
  const [errors, setErrors] = useFieldErrors<string>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = link.trim();
    if (trimmed && !/^https?:\/\/\S+$/i.test(trimmed)) {
      setErrors({ link: { key: 'followup.validation.link' } });
      return;
    }
    setBusy(true);
    setErrors({});
    setFailure(null);
    try {
      await followupApi.markDone(item.conversationId, item.id, {
        note: note.trim(),
        link: trimmed,
        doneOn: doneOn || null,
      });
      onChanged(t('followup.doneSaved', { action }));
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields.link) fields.link = { key: 'followup.validation.link' };
      setErrors(fields);
      setFailure(messageOf(error, t));
    } finally {
      setBusy(false);
    }
  }
  return (
    <details className="agreement__edit">
      <summary>{t('followup.done')}</summary>
      <form onSubmit={submit} className="stack" noValidate aria-label={t('followup.doneTitle', { action })}>
        <TextArea
          label={t('followup.doneNote')}
          value={note}
          rows={2}
          onChange={(e) => setNote(e.target.value)}
        />
        <TextField
          type="url"
          label={t('followup.doneLink')}
          hint={t('followup.doneLinkHint')}
          value={link}
          error={errors.link}
          onChange={(e) => setLink(e.target.value)}
        />
        <TextField
          type="date"
          label={t('followup.doneOn')}
          value={doneOn}
          max={today}
          error={errors.doneOn}
          onChange={(e) => setDoneOn(e.target.value)}
        />
        {failure ? (
          <Notice kind="error" live="assertive">
            {failure}
          </Notice>
        ) : null}
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('followup.doneSubmit')}
        </button>
      </form>
    </details>
  );
}

function MoveForm({
  item,
  today,
  onChanged,
}: {
  item: MyAgreement;
  today: string;
  onChanged: (m: string) => void;
}) {
  const { t, locale } = useI18n();
  const action = item.action || item.sourceText;
  const [deadline, setDeadline] = useState(item.deadline ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useFieldErrors<string>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next: Record<string, Said> = {};
    if (!deadline) next.deadline = { key: 'validation.required' };
    if (!reason.trim()) next.reason = { key: 'followup.validation.reason' };
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      await followupApi.moveDeadline(item.conversationId, item.id, { deadline, reason: reason.trim() });
      onChanged(t('followup.moveSaved', { action, date: formatDay(deadline, locale) }));
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(messageOf(error, t));
    } finally {
      setBusy(false);
    }
  }
  return (
    <details className="agreement__edit">
      <summary>{t('followup.move')}</summary>
      <form onSubmit={submit} className="stack" noValidate aria-label={t('followup.moveTitle', { action })}>
        <TextField
          type="date"
          label={t('followup.moveDeadline')}
          value={deadline}
          min={today}
          error={errors.deadline}
          onChange={(e) => setDeadline(e.target.value)}
        />
        <TextArea
          label={t('followup.moveReason')}
          hint={t('followup.moveReasonHint')}
          value={reason}
          rows={2}
          error={errors.reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {failure ? (
          <Notice kind="error" live="assertive">
            {failure}
          </Notice>
        ) : null}
        <button type="submit" className="button button--secondary" disabled={busy}>
          {t('followup.moveSubmit')}
        </button>
      </form>
    </details>
  );
}
