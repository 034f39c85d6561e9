// Step 6: ask how the conversation went, and note the answers.
import { useI18n } from '../../app/i18n.tsx';
import { Checkbox, TextArea } from '../../components/form.tsx';
import { SensitiveHint } from '../../components/SensitiveHint.tsx';
import { RULES } from '../../lib/rules.ts';
import { basePath, useClosing, useDraft, useQueuedField } from '../context.tsx';
import { FeedbackResponses } from '../ShareNotes.tsx';

/** Feedback asked, and what was said. */
export function FeedbackStep() {
  const { t } = useI18n();
  const { conversation, sync } = useClosing();
  const asked = useDraft('feedback', 'asked', conversation.closing.feedback.asked);
  const notes = useQueuedField('feedback', 'notes', conversation.closing.feedback.notes);
  const path = `${basePath(conversation)}/feedback`;
  return (
    <div className="stack">
      <Checkbox
        label={t('web.feedback.asked')}
        checked={asked}
        onChange={(e) => sync.enqueue('feedback', 'PUT', path, { asked: e.target.checked }, { merge: true })}
      />
      <TextArea
        label={t('web.feedback.notes')}
        hint={t('web.feedback.notesHint')}
        value={notes.value}
        error={notes.error}
        rule={RULES.feedbackNotes}
        {...notes.fieldProps}
        rows={4}
        onChange={(e) =>
          sync.enqueue('feedback', 'PUT', path, { notes: e.target.value }, { merge: true, typing: true })
        }
      />
      <SensitiveHint
        text={notes.value}
        onLeaveOut={(next) => sync.enqueue('feedback', 'PUT', path, { notes: next }, { merge: true })}
      />
      <FeedbackResponses conversation={conversation} />
    </div>
  );
}
