// Step 7: thank everyone. A tick, and a closing sentence for the written record if the leader wants one.
import { useI18n } from '../../app/i18n.tsx';
import { Checkbox, TextArea } from '../../components/form.tsx';
import { SensitiveHint } from '../../components/SensitiveHint.tsx';
import { RULES } from '../../lib/rules.ts';
import { basePath, useClosing, useDraft, useQueuedField } from '../context.tsx';

/** Thanks said, and the closing message. */
export function ThanksStep() {
  const { t } = useI18n();
  const { conversation, sync } = useClosing();
  const said = useDraft('thanks', 'said', conversation.closing.thanks.said);
  const message = useQueuedField('thanks', 'closingMessage', conversation.closing.thanks.closingMessage);
  const path = `${basePath(conversation)}/thanks`;
  return (
    <div className="stack">
      <Checkbox
        label={t('web.thanks.said')}
        checked={said}
        onChange={(e) => sync.enqueue('thanks', 'PUT', path, { said: e.target.checked }, { merge: true })}
      />
      <TextArea
        label={t('web.thanks.message')}
        hint={t('web.thanks.messageHint')}
        value={message.value}
        error={message.error}
        rule={RULES.closingMessage}
        {...message.fieldProps}
        rows={3}
        onChange={(e) =>
          sync.enqueue(
            'thanks',
            'PUT',
            path,
            { closingMessage: e.target.value },
            { merge: true, typing: true },
          )
        }
      />
      <SensitiveHint
        text={message.value}
        onLeaveOut={(next) => sync.enqueue('thanks', 'PUT', path, { closingMessage: next }, { merge: true })}
      />
    </div>
  );
}
