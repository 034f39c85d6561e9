// Step 5: the leader says again who they are and how to reach them, and notes the others' details with
// their consent.
import type { ContactCard as Card, Participant } from '../../../core/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Link } from '../../app/router.tsx';
import { Checkbox, TextField } from '../../components/form.tsx';
import { ContactCardView } from '../../components/ContactCardView.tsx';
import { useLocalDraft } from '../../lib/use-local-draft.ts';
import { basePath, useClosing, useDraft } from '../context.tsx';

/** The leader's card and the participants' contact details. */
export function ContactStep() {
  const { t } = useI18n();
  const { conversation, sync, user } = useClosing();
  const card = conversation.closing.contact.card;
  const shared = useDraft('contact', 'shared', conversation.closing.contact.shared);
  const path = `${basePath(conversation)}/contact`;
  const profileCard: Card = user.contactCard;
  const hasProfileCard = Boolean(profileCard.name || profileCard.phone || profileCard.email);
  return (
    <div className="stack">
      <h3 className="subheading">{t('web.contact.yourCard')}</h3>
      {card ? <ContactCardView card={card} /> : <p className="muted">{t('web.contact.noCard')}</p>}
      <p className="button-row">
        {hasProfileCard ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => sync.enqueue('contact', 'PUT', path, { card: profileCard }, { merge: true })}
          >
            {t('web.contact.useProfile')}
          </button>
        ) : null}
        <Link href="/profile">{t('web.contact.editProfile')}</Link>
      </p>
      <Checkbox
        label={t('web.contact.shared')}
        checked={shared}
        onChange={(e) => sync.enqueue('contact', 'PUT', path, { shared: e.target.checked }, { merge: true })}
      />
      <h3 className="subheading">{t('web.contact.participants')}</h3>
      {conversation.participants.length === 0 ? (
        <p className="muted">{t('web.summary.noParticipants')}</p>
      ) : null}
      {conversation.participants.map((p) => (
        <ParticipantContact key={p.id} participant={p} />
      ))}
    </div>
  );
}

function ParticipantContact({ participant }: { participant: Participant }) {
  const { t } = useI18n();
  const { conversation, snapshot, sync } = useClosing();
  const key = `participant:${participant.id}`;
  const saved = { ...participant, ...(snapshot.pending.get(key)?.body as Partial<Participant> | undefined) };
  // Details without consent may not be stored on the server: until consent is ticked they wait on this device.
  const [local, setLocal, clearLocal] = useLocalDraft<{ email: string; phone: string } | null>(
    `sluitstuk:contact:${conversation.id}:${participant.id}`,
    null,
  );
  const email = local?.email ?? saved.email ?? '';
  const phone = local?.phone ?? saved.phone ?? '';
  const consent = saved.contactConsent;
  const path = `${basePath(conversation)}/participants/${participant.id}`;
  const consentMissing = Boolean(email.trim() || phone.trim()) && !consent;

  function change(field: 'email' | 'phone', value: string) {
    if (consent) {
      sync.enqueue(key, 'PATCH', path, { [field]: value.trim() || null }, { merge: true, typing: true });
    } else {
      setLocal({ email, phone, [field]: value });
    }
  }
  function toggleConsent(checked: boolean) {
    if (checked) {
      sync.enqueue(
        key,
        'PATCH',
        path,
        { contactConsent: true, email: email.trim() || null, phone: phone.trim() || null },
        { merge: true },
      );
      clearLocal();
    } else {
      // Withdrawn consent: the details go too.
      sync.enqueue(key, 'PATCH', path, { contactConsent: false, email: null, phone: null }, { merge: true });
      setLocal({ email, phone });
    }
  }
  return (
    <fieldset className="participant">
      <legend className="participant__legend">{participant.name}</legend>
      <div className="grid-2">
        <TextField
          type="email"
          label={t('web.field.emailOptional')}
          value={email}
          autoComplete="off"
          onChange={(e) => change('email', e.target.value)}
        />
        <TextField
          type="tel"
          label={t('web.field.phoneOptional')}
          value={phone}
          autoComplete="off"
          onChange={(e) => change('phone', e.target.value)}
        />
      </div>
      <Checkbox
        label={t('web.field.consent')}
        checked={consent}
        error={consentMissing ? t('web.validation.consentKept') : null}
        onChange={(e) => toggleConsent(e.target.checked)}
      />
    </fieldset>
  );
}
