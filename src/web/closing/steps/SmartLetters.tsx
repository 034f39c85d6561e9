// The five SMART letters as small marks: met, missing, or "ask the participants".
import { memo } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../../i18n/index.ts';
import type { Letter, LetterState } from './smart.ts';

const letterName: Record<Letter, MessageKey> = {
  S: 'web.smart.S',
  M: 'web.smart.M',
  A: 'web.smart.A',
  R: 'web.smart.R',
  T: 'web.smart.T',
};
const stateName: Record<LetterState, MessageKey> = {
  ok: 'web.smart.ok',
  missing: 'web.smart.missing',
  ask: 'web.smart.ask',
};

/** A row of S M A R T with the state of each, readable by screen readers as a list. */
export const SmartLetters = memo(function SmartLetters({
  letters,
}: {
  letters: Record<Letter, LetterState>;
}) {
  const { t } = useI18n();
  return (
    <ul className="smart" aria-label={t('web.smart.label')}>
      {(Object.keys(letters) as Letter[]).map((letter) => (
        <li
          key={letter}
          className={`smart__letter smart__letter--${letters[letter]}`}
          title={t(letterName[letter])}
        >
          <span aria-hidden="true">{letter}</span>
          <span className="visually-hidden">
            {t(letterName[letter])}: {t(stateName[letters[letter]])}
          </span>
        </li>
      ))}
    </ul>
  );
});
