// A small link from the new-conversation screen to the preparation card of that kind of conversation, when
// there is one. Only the list of cards is fetched; the practice chunk loads when the link is followed.
import { useEffect, useState } from 'react';
import { useI18n } from '../app/i18n.tsx';
import { Link } from '../app/router.tsx';
import { request } from '../api/index.ts';
import type { CardSummary } from './api.ts';

export function PrepCardLink({ conversationType }: { conversationType: string | undefined }) {
  const { t, lang } = useI18n();
  const [cards, setCards] = useState<CardSummary[]>([]);
  useEffect(() => {
    if (!conversationType) return setCards([]);
    let live = true;
    request<CardSummary[]>('GET', '/practice/cards', { query: { type: conversationType } })
      .then((found) => live && setCards(found))
      // Without cards the form works the same; the link is a help, not a step.
      .catch(() => live && setCards([]));
    return () => {
      live = false;
    };
  }, [conversationType]);
  const inLanguage = cards.filter((c) => c.lang === lang);
  const card = (inLanguage.length > 0 ? inLanguage : cards)[0];
  if (!card) return null;
  return (
    <p className="small">
      <Link href={`/practice/cards/${encodeURIComponent(card.id)}`}>
        {t('practice.web.card.forReal', { title: card.title })}
      </Link>
    </p>
  );
}
