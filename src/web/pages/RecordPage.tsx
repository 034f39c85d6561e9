// The record (verslag): everything the closing produced, as a clean page to read, print and copy.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { AgreementStatus, Conversation, StepKey, User } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { Link, usePageTitle } from '../app/router.tsx';
import { useUser } from '../app/session.tsx';
import { api } from '../api/index.ts';
import { ContactCardView } from '../components/ContactCardView.tsx';
import { ReopenConversation } from '../components/ReopenConversation.tsx';
import { Loading, Notice } from '../components/feedback.tsx';
import { RadioGroup, TextArea, saidOf, type Said } from '../components/form.tsx';
import { syncFor, whenSettled } from '../closing/registry.ts';
import { ownerName } from '../closing/context.tsx';
import { formatDay, formatInstant } from '../lib/dates.ts';
import { messageOf } from '../lib/errors.ts';
import { modeLabel, stepTitle } from '../lib/labels.ts';
import { RULES, problemOf } from '../lib/rules.ts';
import { useConversationTypes } from '../lib/use-types.ts';

/** The record page. */
export default function RecordPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const user = useUser();
  const { types } = useConversationTypes();
  const [conversation, setConversation] = useState<Conversation | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [copied, setCopied] = useState<'' | 'web.record.copied' | 'web.record.selected'>('');
  const article = useRef<HTMLElement>(null);
  usePageTitle(conversation ? t('web.record.title', { title: conversation.title }) : t('web.loading'));

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        // Whatever is still on its way is sent first, so the record shows it.
        const sync = syncFor(id);
        if (sync.getSnapshot().pending.size > 0) {
          if (!sync.getSnapshot().conversation) sync.loaded(await api.conversation(id));
          await whenSettled(sync);
        }
        const loaded = await api.conversation(id);
        if (live) setConversation(loaded);
      } catch (error) {
        if (live) setFailed(error);
      }
    })();
    return () => {
      live = false;
    };
  }, [id]);

  async function copy() {
    const text = article.current?.innerText ?? '';
    try {
      await navigator.clipboard.writeText(text);
      setCopied('web.record.copied');
    } catch {
      // No clipboard permission (some browsers, http): select the text so the leader can copy it themselves.
      const selection = window.getSelection();
      if (selection && article.current) {
        selection.selectAllChildren(article.current);
        setCopied('web.record.selected');
      }
    }
  }

  if (failed) return <Notice kind="error">{messageOf(failed, t)}</Notice>;
  if (!conversation) return <Loading label={t('web.loading')} />;
  const { closing } = conversation;
  const typeName = types?.find((type) => type.id === conversation.typeId)?.name ?? '';
  const leader = closing.contact.card?.name || user.name;
  const skipped = (step: StepKey) =>
    closing.steps[step].state === 'skipped' ? (
      <p className="record__skipped">
        {t('web.record.skipped', { reason: closing.steps[step].skipReason ?? '' })}
      </p>
    ) : null;

  return (
    <>
      <div className="record-tools no-print">
        <Link href={`/conversations/${id}/close`} className="button button--secondary">
          {t('web.record.edit')}
        </Link>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('web.record.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('web.record.copy')}
        </button>
        <span role="status" className="muted">
          {copied ? t(copied) : ''}
        </span>
      </div>
      {conversation.status === 'closed' ? (
        <div className="no-print stack">
          <Notice kind="info">{t('web.record.auditNote')}</Notice>
          <ReopenConversation conversationId={id} onReopened={setConversation} />
        </div>
      ) : (
        <div className="no-print">
          <Notice kind="warning">{t('web.record.notClosed')}</Notice>
        </div>
      )}
      <article className="record" ref={article} aria-labelledby="page-title">
        <header className="record__header">
          <p className="eyebrow">{t('web.record.eyebrow')}</p>
          <h1 id="page-title" tabIndex={-1}>
            {conversation.title}
          </h1>
          <dl className="record__facts">
            <dt>{t('web.record.when')}</dt>
            <dd>{formatInstant(conversation.startsAt, locale)}</dd>
            <dt>{t('web.record.type')}</dt>
            <dd>{typeName}</dd>
            <dt>{t('web.record.mode')}</dt>
            <dd>{t(modeLabel[conversation.mode])}</dd>
            <dt>{t('web.record.leader')}</dt>
            <dd>{leader}</dd>
            <dt>{t('web.record.participants')}</dt>
            <dd>
              {conversation.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(', ') ||
                '—'}
            </dd>
            {conversation.closedAt ? (
              <>
                <dt>{t('web.record.closedAt')}</dt>
                <dd>{formatInstant(conversation.closedAt, locale)}</dd>
              </>
            ) : null}
          </dl>
        </header>

        <RecordSection step="summary">
          {skipped('summary')}
          {closing.summary.text ? <p className="record__text">{closing.summary.text}</p> : <Empty />}
          {closing.summary.confirmations.length > 0 ? (
            <ul>
              {closing.summary.confirmations.map((c) => {
                const name = conversation.participants.find((p) => p.id === c.participantId)?.name ?? '';
                return (
                  <li key={c.participantId}>
                    {c.state === 'confirmed'
                      ? t('web.record.confirmed', { name })
                      : c.state === 'corrected'
                        ? t('web.record.correctedBy', { name, correction: c.correction })
                        : t('web.record.notAsked', { name })}
                  </li>
                );
              })}
            </ul>
          ) : null}
        </RecordSection>

        <RecordSection step="agreements">
          {skipped('agreements')}
          {closing.agreements.length === 0 ? <Empty /> : null}
          <ol className="record__agreements">
            {closing.agreements.map((a) => (
              <AgreementLine
                key={a.id}
                agreement={a}
                conversation={conversation}
                user={user}
                onChange={setConversation}
              />
            ))}
          </ol>
        </RecordSection>

        <RecordSection step="expectations">
          {skipped('expectations')}
          {closing.expectations.length === 0 ? <Empty /> : null}
          <ul>
            {[...closing.expectations]
              .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.position - b.position)
              .map((e) => (
                <li key={e.id}>
                  <strong>{e.date ? formatDay(e.date, locale) : t('web.expectations.noDate')}</strong>:{' '}
                  {e.label}
                  {e.note ? <span className="muted"> — {e.note}</span> : null}
                </li>
              ))}
          </ul>
        </RecordSection>

        <RecordSection step="questions">
          {skipped('questions')}
          {closing.questions.length === 0 ? <Empty /> : null}
          <ul>
            {closing.questions.map((q) => (
              <li key={q.id}>
                {q.text}
                {q.state === 'answered' ? ` — ${t('web.record.answer', { answer: q.answer })}` : null}
                {q.state === 'follow_up' ? ` — ${t('web.record.followUp', { note: q.answer })}` : null}
              </li>
            ))}
          </ul>
        </RecordSection>

        <RecordSection step="contact">
          {skipped('contact')}
          {closing.contact.card ? <ContactCardView card={closing.contact.card} /> : <Empty />}
          <ul>
            {conversation.participants
              .filter((p) => p.contactConsent && (p.email || p.phone))
              .map((p) => (
                <li key={p.id}>
                  {p.name}: {[p.email, p.phone].filter(Boolean).join(', ')}
                </li>
              ))}
          </ul>
        </RecordSection>

        <RecordSection step="feedback">
          {skipped('feedback')}
          <p>{closing.feedback.asked ? t('web.record.feedbackAsked') : t('web.record.feedbackNotAsked')}</p>
          {closing.feedback.notes ? <p className="record__text">{closing.feedback.notes}</p> : null}
        </RecordSection>

        <RecordSection step="thanks">
          {skipped('thanks')}
          {closing.thanks.closingMessage ? (
            <p className="record__text">{closing.thanks.closingMessage}</p>
          ) : null}
          {!closing.thanks.closingMessage && closing.thanks.said ? <p>{t('web.record.thanked')}</p> : null}
        </RecordSection>
      </article>
    </>
  );
}

function Empty() {
  const { t } = useI18n();
  return <p className="muted">{t('web.record.empty')}</p>;
}

function RecordSection({ step, children }: { step: StepKey; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="record__section" aria-labelledby={`record-${step}`}>
      <h2 id={`record-${step}`}>{t(stepTitle[step])}</h2>
      {children}
    </section>
  );
}

const statusLabel = {
  open: 'web.agreementStatus.open',
  done: 'web.agreementStatus.done',
  cancelled: 'web.agreementStatus.cancelled',
} as const;

function AgreementLine({
  agreement: a,
  conversation,
  user,
  onChange,
}: {
  agreement: Conversation['closing']['agreements'][number];
  conversation: Conversation;
  user: User;
  onChange: (conversation: Conversation) => void;
}) {
  const { t, locale } = useI18n();
  const accepted = a.acceptedBy
    .map((pid) => conversation.participants.find((p) => p.id === pid)?.name)
    .filter(Boolean)
    .join(', ');
  return (
    <li className={`record__agreement record__agreement--${a.status}`}>
      <p className="record__agreement-main">
        <strong>{ownerName(conversation, user, a.owner) || t('web.record.noOwner')}</strong>{' '}
        {a.action || a.sourceText}
        {', '}
        {a.deadline
          ? t('web.record.by', { date: formatDay(a.deadline, locale) })
          : t('web.record.noDeadline')}
      </p>
      {a.sourceText && a.sourceText !== a.action ? <p className="muted small">“{a.sourceText}”</p> : null}
      {a.measure ? <p className="small">{t('web.record.measure', { measure: a.measure })}</p> : null}
      {accepted ? <p className="small">{t('web.record.acceptedBy', { names: accepted })}</p> : null}
      {a.status !== 'open' ? (
        <p className="small">
          {t(a.status === 'done' ? 'web.record.statusDone' : 'web.record.statusCancelled')}
        </p>
      ) : null}
      {a.history.length > 0 ? (
        <div className="record__history small">
          <p className="record__history-title">{t('web.record.history')}</p>
          <ul>
            {a.history.map((entry, i) => {
              const values = { date: formatInstant(entry.at, locale), status: t(statusLabel[entry.status]) };
              return (
                <li key={i}>
                  {entry.note
                    ? t('web.record.historyNote', { ...values, note: entry.note })
                    : t('web.record.historyEntry', values)}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <StatusForm agreement={a} conversationId={conversation.id} onChange={onChange} />
    </li>
  );
}

/** Marks an agreement done or cancelled later (or open again), with a note; the server keeps the history. */
function StatusForm({
  agreement,
  conversationId,
  onChange,
}: {
  agreement: Conversation['closing']['agreements'][number];
  conversationId: string;
  onChange: (conversation: Conversation) => void;
}) {
  const { t } = useI18n();

  const [status, setStatus] = useState<AgreementStatus>(agreement.status);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<Said | null>(null);
  const noteId = `status-note-${agreement.id}`;
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const found = problemOf(note, RULES.statusNote);
    const problem = found ? saidOf(found) : null;
    setNoteError(problem);
    if (problem) {
      document.getElementById(noteId)?.focus();
      return;
    }
    setBusy(true);
    setFailed(null);
    setSaved(false);
    try {
      onChange(await api.updateAgreement(conversationId, agreement.id, { status, statusNote: note.trim() }));
      setNote('');
      setSaved(true);
    } catch (error) {
      setFailed(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="agreement__edit record__status no-print">
      <summary>{t('web.agreementStatus.change')}</summary>
      <form onSubmit={save} className="stack" noValidate>
        <RadioGroup
          legend={t('web.agreementStatus.legend')}
          name={`status-${agreement.id}`}
          value={status}
          inline
          options={(['open', 'done', 'cancelled'] as const).map((value) => ({
            value,
            label: t(statusLabel[value]),
          }))}
          onChange={setStatus}
        />
        <TextArea
          id={noteId}
          label={t('web.agreementStatus.note')}
          value={note}
          error={noteError ? t(noteError.key, noteError.params) : null}
          rule={RULES.statusNote}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
        />
        <div className="record__status-actions">
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t('web.agreementStatus.save')}
          </button>
          <span role="status" className="muted">
            {saved ? t('web.agreementStatus.saved') : ''}
          </span>
        </div>
        {failed ? (
          <Notice kind="error" live="assertive">
            {messageOf(failed, t)}
          </Notice>
        ) : null}
      </form>
    </details>
  );
}
