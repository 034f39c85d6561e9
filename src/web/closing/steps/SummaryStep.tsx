// Step 1: the leader sums up, and every participant says whether it is right or what to correct.
import type { Participant } from '../../../core/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { RadioGroup, TextArea } from '../../components/form.tsx';
import { SensitiveHint } from '../../components/SensitiveHint.tsx';
import { RULES } from '../../lib/rules.ts';
import { basePath, useClosing, useDraft, useQueuedField } from '../context.tsx';
import { ConfirmationNote } from '../ShareNotes.tsx';

/** Summary text and a confirmation per participant. */
export function SummaryStep() {
  const { t } = useI18n();
  const { conversation, sync } = useClosing();
  const text = useQueuedField('summary', 'text', conversation.closing.summary.text);
  return (
    <div className="stack">
      <TextArea
        label={t('web.summary.text')}
        hint={t('web.summary.textHint')}
        value={text.value}
        error={text.error}
        rule={RULES.summary}
        {...text.fieldProps}
        rows={6}
        onChange={(e) =>
          sync.enqueue(
            'summary',
            'PUT',
            `${basePath(conversation)}/summary`,
            { text: e.target.value },
            { typing: true },
          )
        }
      />
      <SensitiveHint
        text={text.value}
        onLeaveOut={(next) =>
          sync.enqueue('summary', 'PUT', `${basePath(conversation)}/summary`, { text: next })
        }
      />
      {conversation.participants.length > 0 ? (
        <div className="stack">
          <h3 className="subheading">{t('web.summary.confirmations')}</h3>
          {conversation.participants.map((participant) => (
            <Confirmation key={participant.id} participant={participant} />
          ))}
        </div>
      ) : (
        <p className="muted">{t('web.summary.noParticipants')}</p>
      )}
    </div>
  );
}

function Confirmation({ participant }: { participant: Participant }) {
  const { t } = useI18n();
  const { conversation, sync } = useClosing();
  const server = conversation.closing.summary.confirmations.find((c) => c.participantId === participant.id);
  const key = `confirm:${participant.id}`;
  const state = useDraft(key, 'state', server?.state ?? 'pending');
  const correction = useQueuedField(key, 'correction', server?.correction ?? '');
  const path = `${basePath(conversation)}/summary/confirmations/${participant.id}`;
  const put = (body: { state: string; correction: string }, typing = false) =>
    sync.enqueue(key, 'PUT', path, body, { typing });
  return (
    <div className="confirmation">
      <RadioGroup
        legend={participant.name + (participant.role ? ` (${participant.role})` : '')}
        name={`confirmation-${participant.id}`}
        value={state}
        inline
        options={[
          { value: 'confirmed', label: t('web.summary.confirmed') },
          { value: 'corrected', label: t('web.summary.corrected') },
          { value: 'pending', label: t('web.summary.pending') },
        ]}
        onChange={(value) => put({ state: value, correction: correction.value })}
      />
      <ConfirmationNote conversation={conversation} participantId={participant.id} />
      {state === 'corrected' ? (
        <>
          <TextArea
            label={t('web.summary.correction', { name: participant.name })}
            value={correction.value}
            error={correction.error}
            rule={RULES.correction}
            {...correction.fieldProps}
            rows={2}
            onChange={(e) => put({ state, correction: e.target.value }, true)}
          />
          <SensitiveHint
            text={correction.value}
            onLeaveOut={(next) => put({ state, correction: next }, false)}
          />
        </>
      ) : null}
    </div>
  );
}
