// The leader's contact card, large enough to read out or show across the table.
import type { ContactCard } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';

/** A read-only contact card. */
export function ContactCardView({ card }: { card: ContactCard }) {
  const { t } = useI18n();
  return (
    <div className="contact-card">
      <p className="contact-card__name">{card.name}</p>
      {card.role ? <p className="contact-card__role">{card.role}</p> : null}
      <dl className="contact-card__list">
        {card.phone ? (
          <>
            <dt>{t('web.field.phone')}</dt>
            <dd>
              <a href={`tel:${card.phone.replace(/\s+/g, '')}`}>{card.phone}</a>
            </dd>
          </>
        ) : null}
        {card.email ? (
          <>
            <dt>{t('web.field.email')}</dt>
            <dd>
              <a href={`mailto:${card.email}`}>{card.email}</a>
            </dd>
          </>
        ) : null}
        {card.reachability ? (
          <>
            <dt>{t('web.field.reachability')}</dt>
            <dd>{card.reachability}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
