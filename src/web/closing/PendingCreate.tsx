// Something added (an agreement, a next step, a question) that is not saved yet: on its way, or refused by the
// server. A refused one keeps its text on screen, says why, and can be put back into its form to fix it.
import { useI18n } from '../app/i18n.tsx';
import { useClosing, useRefusalText } from './context.tsx';
import { isHeld, type Op } from './sync.ts';

/** One not-yet-saved addition in a list; `onRestore` puts it back into the form it came from. */
export function PendingCreate({
  op,
  text,
  onRestore,
  className,
}: {
  op: Op;
  text: string;
  onRestore: (op: Op) => void;
  className: string;
}) {
  const { t } = useI18n();
  const { sync } = useClosing();
  const refusalText = useRefusalText();
  if (!isHeld(op)) {
    return (
      <li className={className}>
        <p>{text}</p>
        <p className="muted">{t('web.save.notYet')}</p>
      </li>
    );
  }
  const problem = op.problems?.[0];
  const why = problem
    ? t(`validation.${problem.code}`, problem.params)
    : op.refused
      ? refusalText(op.refused)
      : '';
  return (
    <li className={className + ' pending--held'}>
      <p>{text}</p>
      <p className="field__error">
        {t('form.save.notSavedItem')}: {why}
      </p>
      <p className="button-row">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onRestore(op)}
        >
          {t('form.save.restore')}
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => sync.discard(op.key)}
        >
          {t('form.save.discard')}
        </button>
      </p>
    </li>
  );
}
