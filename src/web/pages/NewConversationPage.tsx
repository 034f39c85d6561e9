// A new conversation, ready in under a minute: a type, who is at the table, and sensible defaults for the rest.
import { useEffect, useState, type FormEvent } from 'react';
import type { ConversationMode, ConversationType } from '../../core/index.ts';
import { useClock } from '../app/clock.tsx';
import { useI18n } from '../app/i18n.tsx';
import { navigate, usePageTitle } from '../app/router.tsx';
import { api } from '../api/index.ts';
import { Loading, Notice } from '../components/feedback.tsx';
import { Checkbox, RadioGroup, SelectField, TextField } from '../components/form.tsx';
import { fromDateTimeLocal, toDateTimeLocal } from '../lib/dates.ts';
import { fieldErrorsOf, messageOf } from '../lib/errors.ts';
import { MODES, modeLabel } from '../lib/labels.ts';
import { useConversationTypes } from '../lib/use-types.ts';
import { PrepCardLink } from '../exercises/PrepCardLink.tsx';
import { useUser } from '../app/session.tsx';
import { createOnDevice } from '../closing/registry.ts';
import { newOpUid } from '../closing/sync.ts';
import { isUnreachable, type NewConversation } from '../offline/data.ts';
import { userStorage } from '../offline/device.ts';

interface ParticipantDraft {
  key: number;
  name: string;
  role: string;
  email: string;
  phone: string;
  contactConsent: boolean;
}

const LAST_TYPE_KEY = 'sluitstuk:pref:lastType';
let nextKey = 1;
const emptyParticipant = (): ParticipantDraft => ({
  key: nextKey++,
  name: '',
  role: '',
  email: '',
  phone: '',
  contactConsent: false,
});

/** The title the form proposes until the leader types their own: type and first participant. */
export function suggestTitle(type: ConversationType | undefined, participants: { name: string }[]): string {
  const names = participants.map((p) => p.name.trim()).filter(Boolean);
  if (!type) return names.join(', ');
  return names.length > 0 ? `${type.name} – ${names[0]}` : type.name;
}

/** The type's default mode (set by the administrator), else at the table. */
function defaultMode(type: ConversationType | undefined): ConversationMode {
  return type?.mode ?? 'in_person';
}

/** The "new conversation" form. */
export default function NewConversationPage() {
  const { t } = useI18n();
  const clock = useClock();
  const user = useUser();
  usePageTitle(t('web.new.title'));
  const { types, error: typesError } = useConversationTypes();
  const activeTypes = types?.filter((type) => !type.archived) ?? [];
  const [typeId, setTypeId] = useState('');
  const [title, setTitle] = useState('');
  const [titleTouched, setTitleTouched] = useState(false);
  const [startsAt, setStartsAt] = useState(() => toDateTimeLocal(clock.now()));
  const [mode, setMode] = useState<ConversationMode>('in_person');
  const [modeTouched, setModeTouched] = useState(false);
  const [participants, setParticipants] = useState<ParticipantDraft[]>(() => [emptyParticipant()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Most leaders hold the same kind of conversation day after day: start with the one they chose last time.
  useEffect(() => {
    if (typeId || activeTypes.length === 0) return;
    let last: string | null = null;
    try {
      last = userStorage().getItem(LAST_TYPE_KEY);
    } catch {
      // No storage: the first type it is.
    }
    setTypeId(activeTypes.some((type) => type.id === last) ? last! : activeTypes[0]!.id);
  }, [typeId, activeTypes]);

  const type = activeTypes.find((candidate) => candidate.id === typeId);
  const shownTitle = titleTouched ? title : suggestTitle(type, participants);
  const shownMode = modeTouched ? mode : defaultMode(type);

  function update(key: number, patch: Partial<ParticipantDraft>) {
    setParticipants((list) => list.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  }

  function validate(): Record<string, string> {
    const local: Record<string, string> = {};
    if (!shownTitle.trim()) local.title = t('web.validation.required');
    participants.forEach((p, index) => {
      const hasContact = p.email.trim() || p.phone.trim();
      if (!p.name.trim() && (p.role.trim() || hasContact))
        local[`participants.${index}.name`] = t('web.validation.required');
      if (hasContact && !p.contactConsent)
        local[`participants.${index}.contactConsent`] = t('web.validation.consent');
    });
    return local;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = validate();
    setErrors(local);
    setFailure(null);
    if (Object.keys(local).length > 0) {
      document.getElementById(`new-${Object.keys(local)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    const input: NewConversation = {
      typeId,
      title: shownTitle.trim(),
      startsAt: fromDateTimeLocal(startsAt),
      mode: shownMode,
      participants: participants
        .filter((p) => p.name.trim())
        .map((p) => ({
          name: p.name.trim(),
          role: p.role.trim(),
          email: p.email.trim() || null,
          phone: p.phone.trim() || null,
          contactConsent: p.contactConsent,
        })),
    };
    // One key for both ways: if the answer got lost and the conversation is made offline after all, the
    // server recognises it on sync and does not make a second one.
    const uid = newOpUid();
    try {
      const created = await api.createConversation(input, `${uid}.1`);
      userStorage().setItem(LAST_TYPE_KEY, typeId);
      navigate(`/conversations/${created.id}/close/summary`);
    } catch (error) {
      if (isUnreachable(error) && type) {
        // No connection: the conversation is made on this device and created on the server later.
        const id = await createOnDevice(input, type, user, clock.now().toISOString(), uid);
        userStorage().setItem(LAST_TYPE_KEY, typeId);
        navigate(`/conversations/${id}/close/summary`);
        return;
      }
      setErrors(fieldErrorsOf(error));
      setFailure(messageOf(error, t));
      setBusy(false);
    }
  }

  if (typesError) return <Notice kind="error">{messageOf(typesError, t)}</Notice>;
  if (!types) return <Loading label={t('web.loading')} />;

  return (
    <div className="narrow">
      <h1 id="page-title" tabIndex={-1}>
        {t('web.new.title')}
      </h1>
      {failure ? (
        <Notice kind="error" live="assertive">
          {failure}
        </Notice>
      ) : null}
      <form onSubmit={submit} noValidate className="stack">
        <SelectField
          id="new-typeId"
          label={t('web.new.type')}
          hint={type?.description}
          value={typeId}
          onChange={(e) => setTypeId(e.target.value)}
          error={errors.typeId}
        >
          {activeTypes.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </SelectField>
        <PrepCardLink conversationType={type?.key} />

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('web.new.participants')}</legend>
          <p className="field__hint">{t('web.new.participantsHint')}</p>
          {participants.map((p, index) => (
            <ParticipantRow
              key={p.key}
              index={index}
              participant={p}
              errors={errors}
              onChange={(patch) => update(p.key, patch)}
              onRemove={
                participants.length > 1
                  ? () => setParticipants((l) => l.filter((x) => x.key !== p.key))
                  : undefined
              }
            />
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setParticipants((list) => [...list, emptyParticipant()])}
          >
            {t('web.new.addParticipant')}
          </button>
        </fieldset>

        <TextField
          id="new-title"
          label={t('web.new.titleField')}
          hint={titleTouched ? undefined : t('web.new.titleHint')}
          value={shownTitle}
          onChange={(e) => {
            setTitleTouched(true);
            setTitle(e.target.value);
          }}
          error={errors.title}
          required
        />
        <TextField
          id="new-startsAt"
          type="datetime-local"
          label={t('web.new.startsAt')}
          value={startsAt}
          onChange={(e) => setStartsAt(e.target.value)}
          error={errors.startsAt}
          required
        />
        <RadioGroup
          legend={t('web.new.mode')}
          name="mode"
          value={shownMode}
          inline
          options={MODES.map((value) => ({ value, label: t(modeLabel[value]) }))}
          onChange={(value) => {
            setModeTouched(true);
            setMode(value);
          }}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('web.new.submit')}
        </button>
      </form>
    </div>
  );
}

function ParticipantRow({
  index,
  participant: p,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  participant: ParticipantDraft;
  errors: Record<string, string>;
  onChange: (patch: Partial<ParticipantDraft>) => void;
  onRemove?: () => void;
}) {
  const { t } = useI18n();
  const prefix = `participants.${index}`;
  const hasContact = Boolean(p.email.trim() || p.phone.trim());
  return (
    <fieldset className="participant">
      <legend className="participant__legend">{t('web.new.participantN', { n: index + 1 })}</legend>
      <div className="grid-2">
        <TextField
          id={`new-${prefix}.name`}
          label={t('web.field.name')}
          value={p.name}
          onChange={(e) => onChange({ name: e.target.value })}
          error={errors[`${prefix}.name`]}
          autoComplete="off"
        />
        <TextField
          id={`new-${prefix}.role`}
          label={t('web.field.role')}
          hint={t('web.new.roleHint')}
          value={p.role}
          onChange={(e) => onChange({ role: e.target.value })}
          error={errors[`${prefix}.role`]}
          autoComplete="off"
        />
        <TextField
          id={`new-${prefix}.email`}
          type="email"
          label={t('web.field.emailOptional')}
          value={p.email}
          onChange={(e) => onChange({ email: e.target.value })}
          error={errors[`${prefix}.email`]}
          autoComplete="off"
        />
        <TextField
          id={`new-${prefix}.phone`}
          type="tel"
          label={t('web.field.phoneOptional')}
          value={p.phone}
          onChange={(e) => onChange({ phone: e.target.value })}
          error={errors[`${prefix}.phone`]}
          autoComplete="off"
        />
      </div>
      <Checkbox
        id={`new-${prefix}.contactConsent`}
        label={t('web.field.consent')}
        hint={hasContact ? t('web.field.consentRequired') : undefined}
        checked={p.contactConsent}
        onChange={(e) => onChange({ contactConsent: e.target.checked })}
        error={errors[`${prefix}.contactConsent`]}
      />
      {onRemove ? (
        <button type="button" className="button button--quiet" onClick={onRemove}>
          {t('web.new.removeParticipant', { n: index + 1 })}
        </button>
      ) : null}
    </fieldset>
  );
}
