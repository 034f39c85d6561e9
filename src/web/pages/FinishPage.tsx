// Finishing: first everything typed is sent, then the check lists what a careful closing would still do.
// The leader goes back to a step, or finishes anyway.
import { useEffect, useState } from 'react';
import { missingForClosing, type Conversation, type MissingItem } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { Link, navigate, usePageTitle } from '../app/router.tsx';
import { api } from '../api/index.ts';
import { Loading, Notice } from '../components/feedback.tsx';
import { syncFor, whenSettled } from '../closing/registry.ts';
import { isLocalId } from '../closing/op-model.ts';
import { useClock } from '../app/clock.tsx';
import { isOnline } from '../offline/connectivity.ts';
import { keepServerCopy, loadConversation, withPending } from '../offline/data.ts';
import { messageOf } from '../lib/errors.ts';
import { stepTitle } from '../lib/labels.ts';

type Loaded = { conversation: Conversation; missing: MissingItem[]; offline: boolean };

/** The closing check and the finish buttons. */
export default function FinishPage({ id }: { id: string }) {
  const { t } = useI18n();
  const clock = useClock();
  usePageTitle(t('web.finish.title'));
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // Worded when shown (the language may switch): what went wrong, or that not everything is saved yet.
  const [failed, setFailed] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const sync = syncFor(id);
        if (!sync.getSnapshot().conversation) sync.loaded((await loadConversation(id)).conversation);
        else sync.flushNow();
        await whenSettled(sync);
        const { status, conversation: kept } = sync.getSnapshot();
        if (status === 'saved' && isOnline() && !isLocalId(sync.conversationId)) {
          const [conversation, check] = await Promise.all([
            api.conversation(sync.conversationId),
            api.closingCheck(sync.conversationId),
          ]);
          if (live) setLoaded({ conversation, missing: check.missing, offline: false });
          return;
        }
        // No connection: the same check on this device, over the kept copy with what waits to be sent.
        if ((status === 'retrying' || isLocalId(sync.conversationId)) && kept) {
          const conversation = withPending(kept, clock.now().toISOString());
          if (live) setLoaded({ conversation, missing: missingForClosing(conversation), offline: true });
          return;
        }
        throw new Error('unsaved');
      } catch (error) {
        if (live) setFailed(error);
      }
    })();
    return () => {
      live = false;
    };
  }, [id, clock]);

  async function finish(force: boolean) {
    setBusy(true);
    setFailed(null);
    const sync = syncFor(id);
    if (loaded?.offline) {
      // Closed on this device now; the server closes it (and checks again) when the queue reaches it.
      sync.enqueue('finish', 'POST', `/conversations/${encodeURIComponent(sync.conversationId)}/finish`, {
        force,
      });
      navigate(`/conversations/${sync.conversationId}/record`);
      return;
    }
    try {
      const conversation = await api.finish(sync.conversationId, force);
      sync.replace(conversation);
      void keepServerCopy(conversation);
      navigate(`/conversations/${conversation.id}/record`);
    } catch (error) {
      setFailed(error);
      setBusy(false);
    }
  }

  const back = `/conversations/${id}/close`;
  const failure = failed
    ? failed instanceof Error && failed.message === 'unsaved'
      ? t('web.finish.unsaved')
      : messageOf(failed, t)
    : null;
  return (
    <div className="narrow">
      <h1 id="page-title" tabIndex={-1}>
        {t('web.finish.title')}
      </h1>
      {failure ? (
        <Notice kind="error" live="assertive">
          <p>{failure}</p>
          <Link href={back}>{t('web.finish.back')}</Link>
        </Notice>
      ) : null}
      {!loaded && !failure ? <Loading label={t('web.finish.checking')} /> : null}
      {loaded ? (
        <>
          {loaded.offline ? <Notice kind="info">{t('offline.finish.note')}</Notice> : null}
          {loaded.missing.length === 0 ? (
            <Notice kind="success">{t('web.finish.complete')}</Notice>
          ) : (
            <section aria-labelledby="missing-title" className="stack">
              <h2 id="missing-title">{t('web.finish.missingTitle', { count: loaded.missing.length })}</h2>
              <p>{t('web.finish.missingIntro')}</p>
              <ul className="missing">
                {loaded.missing.map((item, index) => (
                  <MissingLine key={index} item={item} conversation={loaded.conversation} />
                ))}
              </ul>
            </section>
          )}
          {loaded.conversation.status === 'closed' ? (
            <Notice kind="info">{t('web.finish.alreadyClosed')}</Notice>
          ) : null}
          <div className="button-row">
            <Link href={back} className="button button--secondary">
              {t('web.finish.back')}
            </Link>
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void finish(loaded.missing.length > 0)}
            >
              {loaded.missing.length > 0 ? t('web.finish.anyway') : t('web.finish.submit')}
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}

function MissingLine({ item, conversation }: { item: MissingItem; conversation: Conversation }) {
  const { t } = useI18n();
  const base = `/conversations/${conversation.id}/close`;
  const agreementText = (agreementId: string) => {
    const a = conversation.closing.agreements.find((x) => x.id === agreementId);
    return a ? a.sourceText || a.action || '' : '';
  };
  const participantName = (participantId: string) =>
    conversation.participants.find((p) => p.id === participantId)?.name ?? '';
  let text: string;
  let href: string;
  switch (item.code) {
    case 'step_open':
      text = t('web.missing.stepOpen', { step: t(stepTitle[item.step]) });
      href = `${base}/${item.step}`;
      break;
    case 'step_skipped':
      text = t('web.missing.stepSkipped', { step: t(stepTitle[item.step]), reason: item.reason });
      href = `${base}/${item.step}`;
      break;
    case 'summary_unconfirmed':
      text = t('web.missing.unconfirmed', { name: participantName(item.participantId) });
      href = `${base}/summary`;
      break;
    case 'question_without_agreement':
      text = t('followUp.missing', {
        text: conversation.closing.questions.find((q) => q.id === item.questionId)?.text ?? '',
      });
      href = `${base}/questions`;
      break;
    case 'summary_outdated':
      text = t('sharing.missing.outdated', { name: participantName(item.participantId) });
      href = `${base}/summary`;
      break;
    case 'agreement_without_owner':
      text = t('web.missing.noOwner', { text: agreementText(item.agreementId) });
      href = `${base}/agreements`;
      break;
    case 'agreement_without_deadline':
      text = t('web.missing.noDeadline', { text: agreementText(item.agreementId) });
      href = `${base}/agreements`;
      break;
    case 'agreement_without_action':
      text = t('web.missing.noAction', { text: agreementText(item.agreementId) });
      href = `${base}/agreements`;
      break;
  }
  return (
    <li className="missing__item">
      <span>{text}</span> <Link href={href}>{t('web.finish.goTo')}</Link>
    </li>
  );
}
