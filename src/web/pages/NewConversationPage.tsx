// A new conversation, ready in under a minute: a type, who is at the table, and sensible defaults for the rest.
import { useEffect, useState, type FormEvent } from 'react';
import { LIMITS, type ConversationMode, type ConversationType } from '../../core/index.ts';
import { useClock } from '../app/clock.tsx';
import { useI18n } from '../app/i18n.tsx';
import { navigate, usePageTitle } from '../app/router.tsx';
import { useUser } from '../app/session.tsx';
import { api } from '../api/index.ts';
import { Loading, Notice } from '../components/feedback.tsx';
import {
  Checkbox,
  RadioGroup,
  SelectField,
  TextField,
  focusFirstError,
  saidOf,
  useFieldErrors,
  type Said,
} from '../components/form.tsx';
import { fromDateTimeLocal, toDateTimeLocal } from '../lib/dates.ts';
import { fieldErrorsOf, messageOf } from '../lib/errors.ts';
import { MODES, modeLabel } from '../lib/labels.ts';
import { RULES, problemOf } from '../lib/rules.ts';
import { useLocalDraft } from '../lib/use-local-draft.ts';
import { useConversationTypes } from '../lib/use-types.ts';
import { PrepCardLink } from '../exercises/PrepCardLink.tsx';
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

/** The form as it is kept on the device until the conversation is created: a reload loses nothing. */
interface FormDraft {
  typeId: string;
  title: string | null;
  startsAt: string | null;
  mode: ConversationMode | null;
  participants: ParticipantDraft[];
}

const DRAFT_KEY = 'sluitstuk:new-conversation';
/** The type this leader chose last on this device: the default when the server cannot be asked. */
const LAST_TYPE_KEY = 'sluitstuk:pref:lastType';

function lastTypeOnDevice(): string | null {
  try {
    return userStorage().getItem(LAST_TYPE_KEY);
  } catch {
    return null;
  }
}

function rememberType(typeId: string): void {
  try {
    userStorage().setItem(LAST_TYPE_KEY, typeId);
  } catch {
    // No storage: the server's suggestion still holds online.
  }
}
let nextKey = 1;
const emptyParticipant = (): ParticipantDraft => ({
  key: Date.now() * 100 + (nextKey++ % 100),
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
  const [draft, setDraft, clearDraft] = useLocalDraft<FormDraft>(`${DRAFT_KEY}:${user.id}`, {
    typeId: '',
    title: null,
    startsAt: null,
    mode: null,
    participants: [emptyParticipant()],
  });
  const [errors, setErrors] = useFieldErrors<string>();
  const [failed, setFailed] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [suggested, setSuggested] = useState<string | null | undefined>(undefined);
  // "Now" until the leader picks a time; a draft kept from yesterday keeps its own time.
  const [now] = useState(() => toDateTimeLocal(clock.now()));
  const startsAt = draft.startsAt ?? now;
  const participants = draft.participants.length > 0 ? draft.participants : [emptyParticipant()];
  const set = (patch: Partial<FormDraft>) => setDraft({ ...draft, ...patch });

  // The type the leader used last, else the one the organisation uses most (asked of the server, so it holds
  // on every device); with neither, the leader chooses.
  useEffect(() => {
    let live = true;
    api.defaultConversationType().then(
      (answer) => live && setSuggested(answer.typeId),
      // Offline: the type this leader chose last on this device.
      () => live && setSuggested(lastTypeOnDevice()),
    );
    return () => {
      live = false;
    };
  }, []);
  const typeId =
    draft.typeId || (suggested && activeTypes.some((type) => type.id === suggested) ? suggested : '');

  const type = activeTypes.find((candidate) => candidate.id === typeId);
  const shownTitle = draft.title ?? suggestTitle(type, participants);
  const shownMode = draft.mode ?? defaultMode(type);

  function update(key: number, patch: Partial<ParticipantDraft>) {
    set({ participants: participants.map((p) => (p.key === key ? { ...p, ...patch } : p)) });
  }

  /** Every problem the server would find, by field path, in the order of the form. */
  function validate(): Record<string, Said> {
    const local: Record<string, Said> = {};
    const check = (path: string, value: unknown, rule: Parameters<typeof problemOf>[1]) => {
      const problem = problemOf(value, rule);
      if (problem) local[path] = saidOf(problem);
    };
    if (!typeId) local.typeId = { key: 'newConversation.chooseType' };
    participants.forEach((p, index) => {
      const prefix = `participants.${index}`;
      const hasContact = p.email.trim() || p.phone.trim();
      if (p.name.trim() || p.role.trim() || hasContact) check(`${prefix}.name`, p.name, RULES.personName);
      check(`${prefix}.role`, p.role, RULES.role);
      check(`${prefix}.email`, p.email, RULES.optionalEmail);
      check(`${prefix}.phone`, p.phone.trim(), RULES.phone);
      if (hasContact && !p.contactConsent)
        local[`${prefix}.contactConsent`] = { key: 'validation.consent_required' };
    });
    if (participants.filter((p) => p.name.trim()).length > LIMITS.participants)
      local['participants.0.name'] ??= { key: 'form.limitReached', params: { max: LIMITS.participants } };
    check('title', shownTitle, RULES.title);
    if (!startsAt) local.startsAt = { key: 'validation.invalid_datetime' };
    return local;
  }

  /** Field paths in the order they appear, for the focus after a refused submit. */
  const order = [
    'typeId',
    ...participants.flatMap((_, index) =>
      ['name', 'role', 'email', 'phone', 'contactConsent'].map((f) => `participants.${index}.${f}`),
    ),
    'title',
    'startsAt',
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = validate();
    setErrors(local);
    setFailed(null);
    if (focusFirstError(local, order, (path) => `new-${path}`)) return;
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
      clearDraft();
      rememberType(typeId);
      navigate(`/conversations/${created.id}/close/summary`);
    } catch (error) {
      if (isUnreachable(error) && type) {
        // No connection: the conversation is made on this device and created on the server later.
        const id = await createOnDevice(input, type, user, clock.now().toISOString(), uid);
        clearDraft();
        rememberType(typeId);
        navigate(`/conversations/${id}/close/summary`);
        return;
      }
      // The form keeps everything typed; what the server refused is marked at its field, and focused.
      const fields = fieldErrorsOf(error);
      setErrors(fields);
      setFailed(error);
      setBusy(false);
      window.setTimeout(() => focusFirstError(fields, order, (path) => `new-${path}`), 0);
    }
  }

  if (typesError) return <Notice kind="error">{messageOf(typesError, t)}</Notice>;
  if (!types) return <Loading label={t('web.loading')} />;

  return (
    <div className="narrow">
      <h1 id="page-title" tabIndex={-1}>
        {t('web.new.title')}
      </h1>
      {failed ? (
        <Notice kind="error" live="assertive">
          {messageOf(failed, t)}
        </Notice>
      ) : null}
      <form onSubmit={submit} noValidate className="stack">
        <SelectField
          id="new-typeId"
          label={t('web.new.type')}
          hint={type?.description}
          value={typeId}
          onChange={(e) => set({ typeId: e.target.value })}
          error={errors.typeId}
        >
          {typeId ? null : <option value="">{t('newConversation.chooseTypeOption')}</option>}
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
                  ? () => set({ participants: participants.filter((x) => x.key !== p.key) })
                  : undefined
              }
            />
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => set({ participants: [...participants, emptyParticipant()] })}
          >
            {t('web.new.addParticipant')}
          </button>
        </fieldset>

        <TextField
          id="new-title"
          label={t('web.new.titleField')}
          hint={draft.title !== null ? undefined : t('web.new.titleHint')}
          value={shownTitle}
          rule={RULES.title}
          onChange={(e) => set({ title: e.target.value })}
          error={errors.title}
          required
        />
        <TextField
          id="new-startsAt"
          type="datetime-local"
          label={t('web.new.startsAt')}
          value={startsAt}
          onChange={(e) => set({ startsAt: e.target.value })}
          error={errors.startsAt}
          required
        />
        <RadioGroup
          legend={t('web.new.mode')}
          name="mode"
          value={shownMode}
          inline
          options={MODES.map((value) => ({ value, label: t(modeLabel[value]) }))}
          onChange={(value) => set({ mode: value })}
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
  errors: Partial<Record<string, string>>;
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
          rule={RULES.personName}
          onChange={(e) => onChange({ name: e.target.value })}
          error={errors[`${prefix}.name`]}
          autoComplete="off"
        />
        <TextField
          id={`new-${prefix}.role`}
          label={t('web.field.role')}
          hint={t('web.new.roleHint')}
          value={p.role}
          rule={RULES.role}
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
