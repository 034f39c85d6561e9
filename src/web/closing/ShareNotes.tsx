// What the participants answered through their links, shown where the leader works: the summary's
// confirmations (step 1 and the record), each agreement's answers (step 2 and the record) and the
// participants' feedback (step 6 and the record). One component per kind, so every place says the same.
import type { Agreement, Conversation, Notification, ReminderNoticeDetails } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { formatDay } from '../lib/dates.ts';

/** "1 nieuwe reactie" / "3 nieuwe reacties": the badge of answers not seen yet. */
export function UnreadBadge({ count }: { count: number }) {
  const { t } = useI18n();
  if (count <= 0) return null;
  return (
    <span className="badge badge--unread">
      {count === 1 ? t('sharing.unreadOne') : t('sharing.unread', { count })}
    </span>
  );
}

/** "1 herinnering" / "3 herinneringen": the badge of the leader's reminders not seen yet. */
export function ReminderBadge({ count }: { count: number }) {
  const { t } = useI18n();
  if (count <= 0) return null;
  return (
    <span className="badge badge--unread">
      {count === 1 ? t('followup.reminders.badgeOne') : t('followup.reminders.badge', { count })}
    </span>
  );
}

/** One notification in words: a participant's response, a failed mail, or a reminder of an agreement. */
export function NotificationText({ notification: n }: { notification: Notification }) {
  const { t, locale } = useI18n();
  if (n.kind !== 'agreement_reminder') {
    return <>{t(`sharing.notice.${n.kind}`, { name: n.participantName ?? t('sharing.notice.anonymous') })}</>;
  }
  const details = n.details as Partial<ReminderNoticeDetails>;
  const deadline = typeof details.deadline === 'string' ? details.deadline : '';
  const moment = details.moment === 'before' || details.moment === 'today' ? details.moment : 'after';
  return (
    <>
      {t(`followup.notice.${moment}`, {
        action: String(details.action ?? ''),
        date: deadline ? formatDay(deadline, locale) : '',
        title: n.conversationTitle,
      })}
    </>
  );
}

const nameIn = (conversation: Conversation, participantId: string | null) =>
  conversation.participants.find((p) => p.id === participantId)?.name ?? '';

/** How a participant's answer to the summary came in, and whether it was for the text as it is now. */
export function ConfirmationNote({
  conversation,
  participantId,
}: {
  conversation: Conversation;
  participantId: string;
}) {
  const { t } = useI18n();
  const c = conversation.closing.summary.confirmations.find((x) => x.participantId === participantId);
  if (!c || c.state === 'pending') return null;
  const parts = [
    c.source === 'participant' && c.version !== null ? t('sharing.viaLink', { number: c.version }) : null,
    c.current ? null : t('sharing.earlierText'),
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return <p className={c.current ? 'muted small' : 'hint'}>{parts.join(' · ')}</p>;
}

/** The participants' own answers to one agreement: accepted, or not achievable/acceptable with the reason. */
export function AgreementAnswers({
  conversation,
  agreement,
}: {
  conversation: Conversation;
  agreement: Agreement;
}) {
  const { t } = useI18n();
  if (agreement.answers.length === 0) return null;
  return (
    <ul className="share-answers small" aria-label={t('sharing.record.title')}>
      {agreement.answers.map((a) => {
        const name = nameIn(conversation, a.participantId);
        return (
          <li key={a.participantId} className={a.state === 'questioned' && a.current ? 'hint' : undefined}>
            {a.state === 'questioned'
              ? t('sharing.questionedBy', { name, reason: a.reason })
              : t('sharing.acceptedBy', { name })}
            {a.current ? '' : ` — ${t('sharing.answerEarlier', { name })}`}
          </li>
        );
      })}
    </ul>
  );
}

/** The feedback participants gave on their page (anonymous feedback without a name). */
export function FeedbackResponses({ conversation }: { conversation: Conversation }) {
  const { t } = useI18n();
  const responses = conversation.closing.feedback.responses;
  return (
    <section className="stack" aria-labelledby="participant-feedback">
      <h3 id="participant-feedback" className="subheading">
        {t('sharing.feedback.title')}
      </h3>
      {responses.length === 0 ? <p className="muted">{t('sharing.feedback.none')}</p> : null}
      <ul className="share-feedback">
        {responses.map((r) => (
          <li key={r.id} className="card">
            <p>
              <strong>
                {r.participantId ? nameIn(conversation, r.participantId) : t('sharing.feedback.anonymous')}
              </strong>
              {r.score !== null ? ` · ${t('sharing.feedback.score', { score: r.score })}` : ''}
            </p>
            {r.wentWell ? <p>{t('sharing.feedback.wentWell', { text: r.wentWell })}</p> : null}
            {r.tip ? <p>{t('sharing.feedback.tip', { text: r.tip })}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
