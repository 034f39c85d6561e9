// The closing screen, the centre of the product: the seven steps in order, one at a time, with an overview
// of what is done, skipped or still open, and saving that never loses what the leader typed.
import { useEffect, useMemo, useState } from 'react';
import { UnreadBadge } from './ShareNotes.tsx';
import type { Conversation, StepKey } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { Link, navigate, usePageTitle } from '../app/router.tsx';
import { useUser } from '../app/session.tsx';
import { takeEarly } from '../app/prefetch.ts';
import { isUnreachable, loadConversation } from '../offline/data.ts';
import { isLocalId } from './op-model.ts';
import { Loading, Notice } from '../components/feedback.tsx';
import { dayOfInstant, formatInstant } from '../lib/dates.ts';
import { messageOf } from '../lib/errors.ts';
import { STEPS, modeLabel, stepTitle } from '../lib/labels.ts';
import { AddParticipant } from './AddParticipant.tsx';
import { ClosingContext, focusHeld, useSyncSnapshot, type ClosingContextValue } from './context.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { ConflictPanel } from './ConflictPanel.tsx';
import { StepNav } from './StepNav.tsx';
import { StepFrame } from './StepFrame.tsx';
import { syncFor } from './registry.ts';
import { SummaryStep } from './steps/SummaryStep.tsx';
import { AgreementsStep } from './steps/AgreementsStep.tsx';
import { ExpectationsStep } from './steps/ExpectationsStep.tsx';
import { QuestionsStep } from './steps/QuestionsStep.tsx';
import { ContactStep } from './steps/ContactStep.tsx';
import { FeedbackStep } from './steps/FeedbackStep.tsx';
import { ThanksStep } from './steps/ThanksStep.tsx';

const stepComponents: Record<StepKey, () => React.JSX.Element> = {
  summary: SummaryStep,
  agreements: AgreementsStep,
  expectations: ExpectationsStep,
  questions: QuestionsStep,
  contact: ContactStep,
  feedback: FeedbackStep,
  thanks: ThanksStep,
};

/** The closing screen of one conversation, on one of its steps. */
export default function ClosingPage({ id, step }: { id: string; step: string | undefined }) {
  const { t, locale } = useI18n();
  const user = useUser();
  const sync = useMemo(() => syncFor(id), [id]);
  const snapshot = useSyncSnapshot(sync);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    // On first load the entry script asked for it already (app/prefetch.ts); used if it came back well.
    // Offline, the copy kept on this device is used; a copy this tab holds already is newer than that.
    const early = attempt === 0 ? takeEarly<Conversation>(`conversation:${id}`) : undefined;
    loadConversation(id, early).then(
      ({ conversation, fromDevice }) => {
        if (!live) return;
        if (fromDevice && sync.getSnapshot().conversation) sync.flushNow();
        else sync.loaded(conversation);
      },
      (error: unknown) => live && setLoadError(error),
    );
    return () => {
      live = false;
    };
  }, [id, sync, attempt]);

  // A change the server refused: the focus goes to its field, where the text still is and the error says why.
  useEffect(() => sync.onRefused((op) => focusHeld(op)), [sync]);
  // Made offline and now created on the server: the address takes the server's id (the old one still works).
  const shownId = snapshot.conversation?.id;
  useEffect(() => {
    if (shownId && shownId !== id && isLocalId(id))
      navigate(window.location.pathname.replace(encodeURIComponent(id), encodeURIComponent(shownId)), {
        replace: true,
      });
  }, [shownId, id]);

  useEffect(() => {
    // Send at once when the connection returns or the page is being hidden (a closed lid, another app).
    const flush = () => sync.flushNow();
    const hidden = () => document.visibilityState === 'hidden' && sync.flushNow();
    window.addEventListener('online', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('online', flush);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [sync]);

  const current: StepKey = (STEPS as readonly string[]).includes(step ?? '') ? (step as StepKey) : 'summary';
  const conversation = snapshot.conversation;
  usePageTitle(conversation ? `${t(stepTitle[current])} – ${conversation.title}` : t('web.loading'));
  // One object per change of the queue, not per render, so the steps' context readers re-render only then.
  const context = useMemo<ClosingContextValue | null>(
    () =>
      conversation ? { conversation, sync, snapshot, user, day: dayOfInstant(conversation.startsAt) } : null,
    [conversation, sync, snapshot, user],
  );

  if (!conversation || !context) {
    if (loadError) {
      return (
        <Notice kind="error" title={t('web.closing.loadFailed')}>
          <p>{isUnreachable(loadError) ? t('offline.unavailable') : messageOf(loadError, t)}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setLoadError(null);
              setAttempt((n) => n + 1);
            }}
          >
            {t('web.action.retry')}
          </button>
        </Notice>
      );
    }
    return <Loading label={t('web.loading')} />;
  }

  const index = STEPS.indexOf(current);
  const Step = stepComponents[current];
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  const base = `/conversations/${conversation.id}`;

  return (
    <ClosingContext.Provider value={context}>
      <div className="closing">
        <div className="closing__head">
          <div className="closing__heading">
            <p className="eyebrow">{t('web.closing.eyebrow')}</p>
            <h1 id="page-title" tabIndex={-1} className="closing__title">
              {conversation.title}
            </h1>
            <p className="muted closing__meta">
              {formatInstant(conversation.startsAt, locale)} · {t(modeLabel[conversation.mode])}
              {conversation.participants.length > 0
                ? ' · ' + conversation.participants.map((p) => p.name).join(', ')
                : ''}
            </p>
            <p>
              <Link href={`${base}/share`} className="button button--secondary">
                {t('sharing.open')}
                <UnreadBadge count={conversation.unread} />
              </Link>
            </p>
          </div>
          <AddParticipant />
          <SaveStatus />
        </div>
        <ConflictPanel />
        {conversation.status === 'closed' ? (
          <Notice kind="info">
            {t('web.closing.closedNote', {
              date: conversation.closedAt ? formatInstant(conversation.closedAt, locale) : '',
            })}{' '}
            <Link href={`${base}/record`}>{t('web.closing.viewRecord')}</Link>
          </Notice>
        ) : null}
        <div className="closing__body">
          <StepNav current={current} />
          <div className="closing__main">
            <StepFrame key={current} step={current} number={index + 1}>
              <Step />
            </StepFrame>
            <nav className="step-pager" aria-label={t('web.closing.pager')}>
              {previous ? (
                <Link href={`${base}/close/${previous}`} className="button button--secondary" rel="prev">
                  ← {t(stepTitle[previous])}
                </Link>
              ) : (
                <span />
              )}
              {next ? (
                <Link href={`${base}/close/${next}`} className="button button--primary" rel="next">
                  {t(stepTitle[next])} →
                </Link>
              ) : (
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => {
                    sync.flushNow();
                    navigate(`${base}/finish`);
                  }}
                >
                  {t('web.closing.toFinish')} →
                </button>
              )}
            </nav>
          </div>
        </div>
      </div>
    </ClosingContext.Provider>
  );
}
