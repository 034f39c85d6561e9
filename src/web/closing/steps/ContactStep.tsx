// Step 5: the leader says again who they are and how to reach them, and notes the others' details with
// their consent.
import type { ContactCard as Card, Participant } from '../../../core/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Link } from '../../app/router.tsx';
import { Checkbox, TextField, useProblemText } from '../../components/form.tsx';
import { ContactCardView } from '../../components/ContactCardView.tsx';
import { RULES, problemOf } from '../../lib/rules.ts';
import { useLocalDraft } from '../../lib/use-local-draft.ts';
import { basePath, useClosing, useDraft, useQueuedField } from '../context.tsx';

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
  const describe = useProblemText();
  const { conversation, sync } = useClosing();
  const key = `participant:${participant.id}`;
  const queuedEmail = useQueuedField(key, 'email', participant.email);
  const queuedPhone = useQueuedField(key, 'phone', participant.phone);
  const queuedConsent = useQueuedField(key, 'contactConsent', participant.contactConsent);
  // Details without consent may not be stored on the server: until consent is ticked they wait on this device.
  const [local, setLocal, clearLocal] = useLocalDraft<{ email: string; phone: string } | null>(
    `sluitstuk:contact:${conversation.id}:${participant.id}`,
    null,
  );
  const email = local?.email ?? queuedEmail.value ?? '';
  const phone = local?.phone ?? queuedPhone.value ?? '';
  const consent = queuedConsent.value;
  const path = `${basePath(conversation)}/participants/${participant.id}`;
  const consentMissing = Boolean(email.trim() || phone.trim()) && !consent;
  const ids = { email: `contact-${participant.id}-email`, phone: `contact-${participant.id}-phone` };
  // A detail typed without consent is checked here (it is not in the queue yet); with consent the queue does.
  const localEmail = local ? describe(problemOf(email, RULES.optionalEmail)) : null;
  const localPhone = local ? describe(problemOf(phone, RULES.phone)) : null;

  function change(field: 'email' | 'phone', value: string) {
    if (consent) {
      sync.enqueue(key, 'PATCH', path, { [field]: value.trim() || null }, { merge: true, typing: true });
    } else {
      setLocal({ email, phone, [field]: value });
    }
  }
  function toggleConsent(checked: boolean) {
    if (checked) {
      // The details go with the consent; if one of them is not right yet, the change waits in the queue with
      // the tick and the typed text kept, and the focus goes to what needs fixing.
      sync.enqueue(
        key,
        'PATCH',
        path,
        { contactConsent: true, email: email.trim() || null, phone: phone.trim() || null },
        { merge: true },
      );
      clearLocal();
      const wrong = problemOf(email, RULES.optionalEmail)
        ? ids.email
        : problemOf(phone, RULES.phone)
          ? ids.phone
          : null;
      if (wrong) window.setTimeout(() => document.getElementById(wrong)?.focus(), 0);
    } else {
      // Withdrawn consent: the details go too, and stay on this device only.
      sync.enqueue(key, 'PATCH', path, { contactConsent: false, email: null, phone: null }, { merge: true });
      setLocal({ email, phone });
    }
  }
  return (
    <fieldset className="participant">
      <legend className="participant__legend">{participant.name}</legend>
      <div className="grid-2">
        <TextField
          id={ids.email}
          type="email"
          label={t('web.field.emailOptional')}
          value={email}
          error={queuedEmail.error ?? localEmail}
          {...queuedEmail.fieldProps}
          autoComplete="off"
          onChange={(e) => change('email', e.target.value)}
        />
        <TextField
          id={ids.phone}
          type="tel"
          label={t('web.field.phoneOptional')}
          value={phone}
          error={queuedPhone.error ?? localPhone}
          {...queuedPhone.fieldProps}
          autoComplete="off"
          onChange={(e) => change('phone', e.target.value)}
        />
      </div>
      <Checkbox
        label={t('web.field.consent')}
        checked={consent}
        error={queuedConsent.error ?? (consentMissing ? t('validation.consentKept') : null)}
        {...queuedConsent.fieldProps}
        onChange={(e) => toggleConsent(e.target.checked)}
      />
    </fieldset>
  );
}
