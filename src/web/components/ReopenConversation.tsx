// Reopening a closed conversation: an explicit step with a reason, which the audit log keeps. The only way
// back from "closed" (the API refuses a status in a plain change).
import { useId, useState, type FormEvent } from 'react';
import type { Conversation } from '../../core/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { api } from '../api/index.ts';
import { TextArea, saidOf, type Said } from './form.tsx';
import { fieldErrorsOf, messageOf } from '../lib/errors.ts';
import { RULES, problemOf } from '../lib/rules.ts';
import { useLocalDraft } from '../lib/use-local-draft.ts';

/** The "reopen" button of a closed record, opening a small form that asks why. */
export function ReopenConversation({
  conversationId,
  onReopened,
}: {
  conversationId: string;
  onReopened: (conversation: Conversation) => void;
}) {
  const { t } = useI18n();
  // The reason is kept on the device until the conversation is reopened; a kept one opens the form.
  const [reason, setReason, clearReason] = useLocalDraft(`sluitstuk:reopen:${conversationId}`, '');
  const [open, setOpen] = useState(() => reason !== '');
  // Kept as a key, worded when shown: a switch of language changes it too.
  const [error, setError] = useState<Said | { failure: unknown } | undefined>();
  const [busy, setBusy] = useState(false);
  const fieldId = useId();
  const focusField = () => document.getElementById(fieldId)?.focus();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = problemOf(reason, RULES.reopenReason);
    if (problem) {
      setError(saidOf(problem));
      focusField();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const reopened = await api.reopen(conversationId, reason.trim());
      clearReason();
      onReopened(reopened);
    } catch (failure) {
      // A refused reason (too long, say) belongs beside the field, with the text kept as typed.
      const field = fieldErrorsOf(failure).reason;
      setError(field ?? { failure });
      focusField();
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t('security.reopen.button')}
      </button>
    );
  }
  return (
    <form className="stack reopen" onSubmit={submit} noValidate>
      <TextArea
        id={fieldId}
        label={t('security.reopen.reason')}
        hint={t('security.reopen.reasonHint')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        rule={RULES.reopenReason}
        error={
          error ? ('key' in error ? t(error.key, error.params) : messageOf(error.failure, t)) : undefined
        }
        rows={3}
        required
        autoFocus
      />
      <div className="record-tools">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('security.reopen.submit')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOpen(false);
            clearReason();
            setError(undefined);
          }}
        >
          {t('security.reopen.cancel')}
        </button>
      </div>
    </form>
  );
}
