// The record (verslag): on screen the leader's internal version; printing, copying and the downloads give
// the version for the participants, rendered by the server (src/render) from the same report model, so the
// paper and the clipboard hold no internal notes, skip reasons, history or button words.
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type FormEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { AgreementStatus, Conversation, Report, StepKey, User } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { Link, usePageTitle } from '../app/router.tsx';
import { useUser } from '../app/session.tsx';
import { ApiError, api, reportUrl } from '../api/index.ts';
import { ContactCardView } from '../components/ContactCardView.tsx';
import { ReopenConversation } from '../components/ReopenConversation.tsx';
import { Loading, Notice } from '../components/feedback.tsx';
import { AccessLog } from '../components/AccessLog.tsx';
import { SensitiveHint } from '../components/SensitiveHint.tsx';
import { RadioGroup, TextArea, saidOf, type Said } from '../components/form.tsx';
import { syncFor, whenSettled } from '../closing/registry.ts';
import { useClock } from '../app/clock.tsx';
import { isUnreachable, loadConversation, withPending } from '../offline/data.ts';
import { ownerName } from '../closing/context.tsx';
import {
  AgreementAnswers,
  ConfirmationNote,
  FeedbackResponses,
  UnreadBadge,
} from '../closing/ShareNotes.tsx';
import { formatDay, formatInstant } from '../lib/dates.ts';
import { fieldErrorsOf, messageOf } from '../lib/errors.ts';
import { RULES, problemOf } from '../lib/rules.ts';
import { useLocalDraft } from '../lib/use-local-draft.ts';
import { modeLabel, stepTitle } from '../lib/labels.ts';
import { useConversationTypes } from '../lib/use-types.ts';

/** The record page. */
export default function RecordPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const user = useUser();
  const { types } = useConversationTypes();
  const [conversation, setConversation] = useState<Conversation | null>(null);
  // Kept as what happened and worded when shown, so a switch of language changes them too.
  const [failed, setFailed] = useState<unknown>(null);
  const [copied, setCopied] = useState<
    { kind: 'copied' } | { kind: 'selected' } | { kind: 'failed'; error: unknown } | null
  >(null);
  const [onDevice, setOnDevice] = useState(false);
  const clock = useClock();
  const article = useRef<HTMLElement>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [printHtml, setPrintHtml] = useState<string>('');
  const [copyText, setCopyText] = useState<string | null>(null);
  const [downloadFailure, setDownloadFailure] = useState<unknown>(null);
  usePageTitle(conversation ? t('web.record.title', { title: conversation.title }) : t('web.loading'));

  // The report model (the sentences) and the participants' printed version, anew after every change.
  const loadRendered = useCallback(async () => {
    const [model, html] = await Promise.all([
      api.report(id, 'leader'),
      api.reportText(id, 'embed', 'participants'),
    ]);
    setReport(model);
    setPrintHtml(html);
  }, [id]);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        // Whatever is still on its way is sent first, so the record shows it.
        const sync = syncFor(id);
        if (sync.getSnapshot().pending.size > 0) {
          if (!sync.getSnapshot().conversation) sync.loaded((await loadConversation(id)).conversation);
          await whenSettled(sync);
        }
        const loaded = await loadConversation(sync.conversationId);
        // Offline, or not all sent: the kept copy with what still waits on top, and a word that it does.
        const waiting = sync.getSnapshot().pending.size > 0;
        const shown = waiting
          ? withPending(loaded.conversation, clock.now().toISOString())
          : loaded.conversation;
        if (!live) return;
        setConversation(shown);
        setOnDevice(loaded.fromDevice || waiting);
        // The server's renderings (sentences, the printed version) need the server; without it the record
        // is shown from the conversation alone and printing waits.
        await loadRendered().catch((error: unknown) => {
          if (!isUnreachable(error)) throw error;
        });
      } catch (error) {
        if (live) setFailed(error);
      }
    })();
    return () => {
      live = false;
    };
  }, [id, t, clock, loadRendered]);

  function changed(next: Conversation) {
    setConversation(next);
    void loadRendered().catch(setFailed);
  }

  async function copy() {
    let text: string;
    try {
      text = await api.reportText(id, 'text', 'participants');
    } catch (error) {
      // Without the server, the record as shown on this device is what there is to copy.
      if (!isUnreachable(error) || !article.current) {
        setCopied({ kind: 'failed', error });
        return;
      }
      text = article.current.innerText;
    }
    try {
      await navigator.clipboard.writeText(text);
      setCopyText(null);
      setCopied({ kind: 'copied' });
    } catch {
      // No clipboard permission (some browsers, http): show the text selected, for the leader to copy.
      setCopyText(text);
      setCopied({ kind: 'selected' });
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
        <Link href={`/conversations/${id}/share`} className="button button--primary">
          {t('sharing.open')}
          <UnreadBadge count={conversation.unread} />
        </Link>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => window.print()}
          disabled={!printHtml}
        >
          {t('web.record.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('web.record.copy')}
        </button>
        <span role="status" className="muted">
          {copied?.kind === 'copied'
            ? t('web.record.copied')
            : copied?.kind === 'selected'
              ? t('web.record.selected')
              : copied
                ? messageOf(copied.error, t)
                : ''}
        </span>
      </div>
      {onDevice ? (
        <div className="no-print">
          <Notice kind="info">{t('offline.record.onDevice')}</Notice>
        </div>
      ) : null}
      <div className="no-print record-downloads">
        <p className="muted small">{t('report.web.shareNote')}</p>
        <p className="small">
          <strong>{t('report.web.downloads')}:</strong>{' '}
          <DownloadLink href={reportUrl(id, 'pdf', 'participants')} onFailure={setDownloadFailure}>
            {t('report.web.pdf')}
          </DownloadLink>{' '}
          ·{' '}
          <DownloadLink href={reportUrl(id, 'ics', 'participants')} onFailure={setDownloadFailure}>
            {t('report.web.ics')}
          </DownloadLink>{' '}
          ·{' '}
          <DownloadLink href={reportUrl(id, 'vcf', 'participants')} onFailure={setDownloadFailure}>
            {t('report.web.vcf')}
          </DownloadLink>{' '}
          ·{' '}
          <DownloadLink href={reportUrl(id, 'pdf', 'leader')} onFailure={setDownloadFailure}>
            {t('report.web.internalPdf')}
          </DownloadLink>
        </p>
        {downloadFailure ? (
          <Notice kind="error" live="assertive">
            {messageOf(downloadFailure, t)}
          </Notice>
        ) : null}
        {copyText !== null ? (
          <TextArea
            label={t('report.web.copyBox')}
            value={copyText}
            readOnly
            rows={8}
            onFocus={(e) => e.currentTarget.select()}
            autoFocus
          />
        ) : null}
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
      {/* Printed instead of the article: the participants' version, escaped and styled by the server. */}
      <div className="record-print" dangerouslySetInnerHTML={{ __html: printHtml }} />
      <article ref={article} className="record" aria-labelledby="page-title">
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
                    <ConfirmationNote conversation={conversation} participantId={c.participantId} />
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
                sentence={report?.agreements.find((r) => r.id === a.id)?.sentence ?? null}
                conversation={conversation}
                user={user}
                onChange={changed}
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
          <div className="no-print">
            <FeedbackResponses conversation={conversation} />
          </div>
        </RecordSection>

        <RecordSection step="thanks">
          {skipped('thanks')}
          {closing.thanks.closingMessage ? (
            <p className="record__text">{closing.thanks.closingMessage}</p>
          ) : null}
          {!closing.thanks.closingMessage && closing.thanks.said ? <p>{t('web.record.thanked')}</p> : null}
        </RecordSection>
      </article>
      <AccessLog conversationId={id} />
    </>
  );
}

/**
 * A link to a rendered file that checks the answer first: a file is downloaded as usual, an error (such as a
 * missing Chromium for the PDF) is shown on the page in words instead of a raw error answer.
 */
function DownloadLink({
  href,
  onFailure,
  children,
}: {
  href: string;
  onFailure: (failure: unknown) => void;
  children: ReactNode;
}) {
  async function open(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    onFailure(null);
    let response: Response;
    try {
      response = await fetch(href, { credentials: 'same-origin' });
    } catch {
      onFailure(null);
      window.location.assign(href);
      return;
    }
    if (!response.ok) {
      // The server's code, worded on screen in the language shown (messageOf), like every other error.
      const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
      onFailure(new ApiError(response.status, body?.error?.code ?? 'internal', ''));
      return;
    }
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? '';
    const url = URL.createObjectURL(await response.blob());
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = name;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    // The browser has taken the file; the object URL is no longer needed after this turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return (
    <a href={href} onClick={(event) => void open(event)}>
      {children}
    </a>
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
  sentence,
  conversation,
  user,
  onChange,
}: {
  agreement: Conversation['closing']['agreements'][number];
  /** The agreement as one grammatical sentence (from the report model); null while it loads. */
  sentence: string | null;
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
        {sentence ?? (
          <>
            <strong>{ownerName(conversation, user, a.owner) || t('web.record.noOwner')}</strong>
            {a.deadline ? ` · ${formatDay(a.deadline, locale)}` : ''}
          </>
        )}
      </p>
      {a.sourceText && !sentence?.includes(a.sourceText) ? (
        <p className="muted small">“{a.sourceText}”</p>
      ) : null}
      {a.measure ? <p className="small">{t('web.record.measure', { measure: a.measure })}</p> : null}
      {accepted ? <p className="small">{t('web.record.acceptedBy', { names: accepted })}</p> : null}
      <AgreementAnswers conversation={conversation} agreement={a} />
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
  // The note is kept on the device until it is saved (a reload or a lost session loses nothing).
  const [note, setNote, clearNote] = useLocalDraft(`sluitstuk:status-note:${agreement.id}`, '');
  const [noteError, setNoteError] = useState<Said | null>(null);
  const noteId = `status-note-${agreement.id}`;
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  // A note kept from before a reload opens the form at once, so the leader sees it (it never closes by itself).
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (note && details.current) details.current.open = true;
  }, []);

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
      clearNote();
      setSaved(true);
    } catch (error) {
      setFailed(error);
      const field = fieldErrorsOf(error).statusNote;
      if (field) {
        setNoteError(field);
        document.getElementById(noteId)?.focus();
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <details ref={details} className="agreement__edit record__status no-print">
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
        <SensitiveHint text={note} onLeaveOut={setNote} />
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
