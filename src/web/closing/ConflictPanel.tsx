// A change held because the other device changed the same thing: per field, this device's value beside the
// one saved from the other device, and the leader picks which stays. Nothing is sent before they choose.
import { useState, type FormEvent } from 'react';
import type { ContactCard, Conversation, StepKey, User } from '../../core/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { formatDay, formatInstant } from '../lib/dates.ts';
import { stepTitle } from '../lib/labels.ts';
import type { Choice } from './conflict.ts';
import { canAddAgain } from './conflict.ts';
import { ownerName, useClosing } from './context.tsx';
import { GONE, WHOLE, sameValue } from './op-model.ts';
import type { Op } from './sync.ts';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Field labels the steps use already, per kind of change and field. */
const FIELD_LABELS: Record<string, MessageKey> = {
  'summary.text': 'web.summary.text',
  'confirm.state': 'offline.conflict.field.state',
  'confirm.correction': 'offline.conflict.field.text',
  'agreement.sourceText': 'web.agreements.sentence',
  'agreement.owner': 'web.agreements.owner',
  'agreement.action': 'web.agreements.action',
  'agreement.deadline': 'web.agreements.deadline',
  'agreement.measure': 'web.agreements.measure',
  'agreement.acceptedBy': 'web.agreements.acceptedBy',
  'agreement.status': 'offline.conflict.field.status',
  'expectation.label': 'web.expectations.label',
  'expectation.date': 'web.expectations.date',
  'expectation.note': 'web.expectations.note',
  'question.text': 'web.questions.text',
  'question.askedBy': 'web.questions.askedBy',
  'question.answer': 'web.questions.answer',
  'question.state': 'offline.conflict.field.state',
  'participant.name': 'offline.conflict.field.name',
  'participant.role': 'offline.conflict.field.role',
  'participant.email': 'web.field.emailOptional',
  'participant.phone': 'web.field.phoneOptional',
  'participant.contactConsent': 'web.field.consent',
  'question-round.targetMinutes': 'offline.conflict.field.targetMinutes',
  'question-round.startedAt': 'offline.conflict.field.startedAt',
  'contact.card': 'offline.conflict.field.card',
  'contact.shared': 'web.contact.shared',
  'feedback.asked': 'web.feedback.asked',
  'feedback.notes': 'web.feedback.notes',
  'thanks.said': 'web.thanks.said',
  'thanks.closingMessage': 'web.thanks.message',
  'step.state': 'offline.conflict.field.state',
  'step.skipReason': 'offline.conflict.field.skipReason',
};

function kindOf(key: string): [string, string] {
  const colon = key.indexOf(':');
  return colon < 0 ? [key, ''] : [key.slice(0, colon), key.slice(colon + 1)];
}

/** What the held change is about, in words: "Afspraak: …", "Samenvatting". */
function itemTitle(op: Op, conversation: Conversation, t: Translate): string {
  const [kind, id] = kindOf(op.key);
  const whole = (op.base?.[WHOLE] ?? {}) as Record<string, unknown>;
  const text = (...fields: string[]) =>
    String(fields.map((f) => op.body?.[f] ?? whole[f]).find((v) => typeof v === 'string' && v) ?? '');
  switch (kind) {
    case 'summary':
      return t('offline.conflict.item.summary');
    case 'confirm':
      return t('offline.conflict.item.confirm', {
        name: conversation.participants.find((p) => p.id === id)?.name ?? '',
      });
    case 'agreement':
      return t('offline.conflict.item.agreement', { text: text('sourceText', 'action') });
    case 'expectation':
      return t('offline.conflict.item.expectation', { text: text('label') });
    case 'question':
      return t('offline.conflict.item.question', { text: text('text') });
    case 'participant':
      return t('offline.conflict.item.participant', { text: text('name') });
    case 'step':
      return t('offline.conflict.item.step', { text: t(stepTitle[id as StepKey]) });
    case 'question-round':
      return t('offline.conflict.item.questionRound');
    case 'contact':
      return t('offline.conflict.item.contact');
    case 'feedback':
      return t('offline.conflict.item.feedback');
    default:
      return t('offline.conflict.item.thanks');
  }
}

function fieldLabel(op: Op, field: string, t: Translate): string {
  if (field === WHOLE) return t('offline.conflict.field.whole');
  const key = FIELD_LABELS[`${kindOf(op.key)[0]}.${field}`];
  return key ? t(key) : field;
}

/** A value as the leader reads it: names for people, dates as dates, yes/no, "(leeg)". */
function showValue(
  field: string,
  value: unknown,
  context: { conversation: Conversation; user: User; t: Translate; locale: string },
): string {
  const { conversation, user, t, locale } = context;
  if (sameValue(value, GONE)) return t('offline.conflict.removed');
  if (value === null || value === undefined || value === '') return t('offline.conflict.empty');
  if (typeof value === 'boolean') return value ? t('offline.conflict.yes') : t('offline.conflict.no');
  if (field === 'owner' || field === 'askedBy')
    return ownerName(conversation, user, String(value)) || t('offline.conflict.empty');
  if (field === 'acceptedBy' && Array.isArray(value))
    return (
      value.map((id) => ownerName(conversation, user, String(id))).join(', ') || t('offline.conflict.empty')
    );
  if ((field === 'deadline' || field === 'date') && typeof value === 'string')
    return formatDay(value, locale);
  if (field === 'startedAt' && typeof value === 'string') return formatInstant(value, locale);
  if (field === 'card' && typeof value === 'object') {
    const card = value as ContactCard;
    return [card.name, card.role, card.phone, card.email, card.reachability].filter(Boolean).join(' · ');
  }
  if (field === WHOLE && typeof value === 'object') {
    const item = value as Record<string, unknown>;
    return String(item.sourceText || item.action || item.label || item.text || item.name || '');
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Every change of this conversation that waits for the leader's choice. */
export function ConflictPanel() {
  const { t } = useI18n();
  const { snapshot } = useClosing();
  if (snapshot.conflicts.length === 0) return null;
  return (
    <section className="conflicts" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title" className="conflicts__title">
        {t('offline.conflict.title')}
      </h2>
      <p>{t('offline.conflict.intro')}</p>
      {snapshot.conflicts.map((op) => (
        <ConflictForm key={op.key} op={op} />
      ))}
    </section>
  );
}

function ConflictForm({ op }: { op: Op }) {
  const { t, locale } = useI18n();
  const { conversation, user, sync } = useClosing();
  const conflict = op.conflict!;
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const context = { conversation, user, t, locale };
  const formId = `conflict-${op.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const title = itemTitle(op, conversation, t);

  function submit(event: FormEvent) {
    event.preventDefault();
    sync.resolve(op.key, choices);
  }

  if (conflict.gone) {
    return (
      <form className="conflict" onSubmit={submit} aria-labelledby={`${formId}-title`}>
        <h3 id={`${formId}-title`} className="subheading">
          {title}
        </h3>
        <p>{t('offline.conflict.gone')}</p>
        <div className="button-row">
          {canAddAgain(op) ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => sync.resolve(op.key, { [WHOLE]: 'mine' })}
            >
              {t('offline.conflict.addAgain')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => sync.resolve(op.key, { [WHOLE]: 'theirs' })}
          >
            {t('offline.conflict.acceptRemoval')}
          </button>
        </div>
      </form>
    );
  }

  const complete = conflict.fields.every((field) => choices[field.field]);
  return (
    <form className="conflict" onSubmit={submit} aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`} className="subheading">
        {title}
      </h3>
      {op.method === 'DELETE' ? <p>{t('offline.conflict.deleteChanged')}</p> : null}
      {conflict.fields.map((field) => (
        <ConflictField
          key={field.field}
          name={`${formId}-${field.field === WHOLE ? 'whole' : field.field}`}
          label={fieldLabel(op, field.field, t)}
          mine={
            op.method === 'DELETE'
              ? t('offline.conflict.remove')
              : showValue(field.field, field.mine, context)
          }
          theirs={showValue(field.field, field.theirs, context)}
          choice={choices[field.field]}
          onChoose={(choice) => setChoices((current) => ({ ...current, [field.field]: choice }))}
        />
      ))}
      <button type="submit" className="button button--primary" disabled={!complete}>
        {t('offline.conflict.save')}
      </button>
    </form>
  );
}

function ConflictField({
  name,
  label,
  mine,
  theirs,
  choice,
  onChoose,
}: {
  name: string;
  label: string;
  mine: string;
  theirs: string;
  choice: Choice | undefined;
  onChoose: (choice: Choice) => void;
}) {
  const { t } = useI18n();
  const option = (value: Choice, heading: string, text: string) => (
    <label className={'conflict__option' + (choice === value ? ' conflict__option--chosen' : '')}>
      <span className="conflict__option-head">
        <input
          type="radio"
          name={name}
          value={value}
          checked={choice === value}
          onChange={() => onChoose(value)}
        />{' '}
        {heading}
      </span>
      <span className="conflict__value">{text}</span>
    </label>
  );
  return (
    <fieldset className="conflict__field">
      <legend className="field__label">{label}</legend>
      <div className="conflict__options">
        {option('mine', t('offline.conflict.mine'), mine)}
        {option('theirs', t('offline.conflict.theirs'), theirs)}
      </div>
    </fieldset>
  );
}
