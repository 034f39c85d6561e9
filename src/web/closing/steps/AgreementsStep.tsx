// Step 2: agreements. The leader types one sentence; owner, action and deadline are read from it as they
// type, with a hint for every SMART letter that is not met yet. Saved agreements stay editable.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { AgreementReading } from '../../../analyzer/index.ts';
import type { Agreement } from '../../../core/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { analyzerText } from '../../../i18n/index.ts';
import { Checkbox, SelectField, TextField } from '../../components/form.tsx';
import { SensitiveHint } from '../../components/SensitiveHint.tsx';
import { formatDay } from '../../lib/dates.ts';
import { useLocalDraft } from '../../lib/use-local-draft.ts';
import { basePath, ownerName, useClosing } from '../context.tsx';
import { SmartLetters } from './SmartLetters.tsx';
import { AgreementAnswers } from '../ShareNotes.tsx';
import { lettersOf, lettersOfReading, ownerRefFor, readSentence } from './smart.ts';

interface ComposerDraft {
  text: string;
  /** Fields the leader set by hand; they win over what is read from the sentence. */
  owner?: string | null;
  action?: string;
  deadline?: string | null;
  measure: string;
}

const emptyDraft: ComposerDraft = { text: '', measure: '' };

/** Agreements: the composer and the list. */
export function AgreementsStep() {
  const { t } = useI18n();
  const { conversation, snapshot } = useClosing();
  const creating = [...snapshot.pending.values()].filter((op) => op.key.startsWith('create:agreement:'));
  // An agreement being deleted disappears at once; the queue sends the delete.
  const agreements = conversation.closing.agreements.filter(
    (a) => snapshot.pending.get(`agreement:${a.id}`)?.method !== 'DELETE',
  );
  return (
    <div className="stack">
      <AgreementComposer />
      <h3 className="subheading">
        {t('web.agreements.listTitle', { count: agreements.length + creating.length })}
      </h3>
      {agreements.length === 0 && creating.length === 0 ? (
        <p className="muted">{t('web.agreements.none')}</p>
      ) : null}
      <ol className="agreements">
        {agreements.map((agreement, index) => (
          <AgreementItem key={agreement.id} agreement={agreement} number={index + 1} />
        ))}
        {creating.map((op) => (
          <li key={op.key} className="agreement agreement--pending">
            <p className="agreement__sentence">{String(op.body?.sourceText ?? op.body?.action ?? '')}</p>
            <p className="muted">{t('web.save.notYet')}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}

// Memoised: its props (the conversation and the user) do not change while the leader types.
const OwnerOptions = memo(function OwnerOptions() {
  const { t } = useI18n();
  const { conversation, user } = useClosing();
  return (
    <>
      <option value="">{t('web.agreements.nobody')}</option>
      <option value="leader">
        {t('web.agreements.leaderOption', { name: conversation.closing.contact.card?.name || user.name })}
      </option>
      {conversation.participants.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </>
  );
});

/** The reading of the sentence being typed: its SMART letters and the hints that still apply. */
const ComposerReading = memo(function ComposerReading({
  reading,
  measure,
  hints,
}: {
  reading: AgreementReading;
  measure: string;
  hints: AgreementReading['hints'];
}) {
  const { t, lang } = useI18n();
  const letters = useMemo(() => lettersOfReading(reading, measure), [reading, measure]);
  return (
    <div className="reading">
      <div className="reading__head">
        <span className="reading__label">{t('web.agreements.smartLabel')}</span>
        <SmartLetters letters={letters} />
      </div>
      {hints.length > 0 ? (
        <ul className="hints" aria-label={t('web.agreements.hintsLabel')}>
          {hints.map((hint) => (
            <li key={hint.code} className="hint" data-letter={hint.letter}>
              {analyzerText(lang, 'hint', hint.code, hint.params)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint hint--ok">{t('web.agreements.smartOk')}</p>
      )}
      <p className="muted small">{t('web.agreements.askAR')}</p>
    </div>
  );
});

function AgreementComposer() {
  const { t, lang, locale } = useI18n();
  const { conversation, user, day, sync } = useClosing();
  const [draft, setDraft, clearDraft] = useLocalDraft<ComposerDraft>(
    `sluitstuk:composer:${conversation.id}`,
    emptyDraft,
  );
  const [error, setError] = useState<string | null>(null);
  const typedAt = useRef<number | null>(null);

  // The reader costs a few hundredths of a millisecond per sentence, so the reading is part of the same
  // render as the key itself: the hints are on screen in the frame that shows the key (docs/performance.md).
  // Deferring it (useDeferredValue) cost a second render and a frame of waiting for nothing.
  const read = (text: string) => (text.trim() ? readSentence(text, conversation, user, day, lang) : null);
  // `read` uses exactly these values.
  const reading = useMemo(() => read(draft.text), [draft.text, conversation, user, day, lang]);

  // The typed key and its hints are on screen once this runs (docs/performance.md: keystroke → input and
  // → hints; both are the same commit now).
  useLayoutEffect(() => {
    if (typedAt.current === null) return;
    const end = performance.now();
    performance.measure('sluitstuk:agreement-input', { start: typedAt.current, end });
    performance.measure('sluitstuk:agreement-hints', { start: typedAt.current, end });
    typedAt.current = null;
  }, [draft.text]);

  const derive = (r: typeof reading) => ({
    owner: draft.owner !== undefined ? draft.owner : ownerRefFor(r?.owner ?? null, conversation, user),
    action: draft.action ?? r?.action ?? '',
    deadline: draft.deadline !== undefined ? draft.deadline : (r?.deadline?.date ?? null),
  });
  const { owner, action, deadline } = derive(reading);
  // Hints about fields the leader already filled in by hand no longer apply.
  const hasMeasure = Boolean(draft.measure.trim());
  const handOwner = Boolean(draft.owner);
  const handDeadline = Boolean(draft.deadline);
  const hints = useMemo(
    () =>
      (reading?.hints ?? []).filter(
        (hint) =>
          !(hint.letter === 'owner' && handOwner) &&
          !(hint.letter === 'timeBound' && handDeadline) &&
          !(hint.letter === 'measurable' && hasMeasure),
      ),
    [reading, handOwner, handDeadline, hasMeasure],
  );

  // Announce the hints once the leader pauses, not on every key.
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(
      () =>
        setAnnounced(
          reading
            ? hints.length > 0
              ? t('web.agreements.hintsCount', { count: hints.length })
              : t('web.agreements.smartOk')
            : '',
        ),
      900,
    );
    return () => window.clearTimeout(timer);
  }, [reading, hints.length, t]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft.text.trim() && !action.trim()) {
      setError(t('web.agreements.textRequired'));
      document.getElementById('agreement-text')?.focus();
      return;
    }
    setError(null);
    const current = { owner, action, deadline };
    const localId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    sync.enqueue(`create:agreement:${localId}`, 'POST', `${basePath(conversation)}/agreements`, {
      sourceText: draft.text.trim(),
      owner: current.owner,
      action: current.action.trim(),
      deadline: current.deadline,
      measure: draft.measure.trim(),
      acceptedBy: [],
    });
    clearDraft();
    document.getElementById('agreement-text')?.focus();
  }

  return (
    <form className="composer" onSubmit={submit} noValidate aria-labelledby="composer-title">
      <h3 id="composer-title" className="subheading">
        {t('web.agreements.new')}
      </h3>
      <TextField
        id="agreement-text"
        label={t('web.agreements.sentence')}
        hint={t('web.agreements.sentenceHint')}
        value={draft.text}
        error={error}
        autoComplete="off"
        onChange={(e) => {
          typedAt.current = e.timeStamp;
          setDraft({ ...draft, text: e.target.value });
        }}
      />
      <SensitiveHint text={draft.text} onLeaveOut={(next) => setDraft({ ...draft, text: next })} />
      {reading ? <ComposerReading reading={reading} measure={draft.measure} hints={hints} /> : null}
      <div className="visually-hidden" role="status">
        {announced}
      </div>
      <div className="grid-2">
        <SelectField
          label={t('web.agreements.owner')}
          value={owner ?? ''}
          onChange={(e) => setDraft({ ...draft, owner: e.target.value || null })}
        >
          <OwnerOptions />
        </SelectField>
        <TextField
          type="date"
          label={t('web.agreements.deadline')}
          hint={deadline ? formatDay(deadline, locale) : undefined}
          value={deadline ?? ''}
          onChange={(e) => setDraft({ ...draft, deadline: e.target.value || null })}
        />
      </div>
      <TextField
        label={t('web.agreements.action')}
        value={action}
        onChange={(e) => setDraft({ ...draft, action: e.target.value })}
        autoComplete="off"
      />
      <TextField
        label={t('web.agreements.measure')}
        hint={t('web.agreements.measureHint')}
        value={draft.measure}
        onChange={(e) => setDraft({ ...draft, measure: e.target.value })}
        autoComplete="off"
      />
      <SensitiveHint text={action} onLeaveOut={(next) => setDraft({ ...draft, action: next })} />
      <SensitiveHint text={draft.measure} onLeaveOut={(next) => setDraft({ ...draft, measure: next })} />
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {t('web.agreements.add')}
        </button>
        {draft.text || draft.measure ? (
          <button type="button" className="button button--quiet" onClick={clearDraft}>
            {t('web.agreements.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function AgreementItem({ agreement, number }: { agreement: Agreement; number: number }) {
  const { t, locale } = useI18n();
  const { conversation, user, sync, snapshot } = useClosing();
  const key = `agreement:${agreement.id}`;
  const draft = snapshot.pending.get(key)?.body ?? {};
  const current: Agreement = { ...agreement, ...(draft as Partial<Agreement>) };
  const path = `${basePath(conversation)}/agreements/${agreement.id}`;
  const patch = (body: Partial<Agreement>, typing = false) =>
    sync.enqueue(key, 'PATCH', path, body as Record<string, unknown>, { merge: true, typing });
  const letters = lettersOf(current, conversation);
  const missing: string[] = [];
  if (!current.owner) missing.push(t('web.agreements.missingOwner'));
  if (!current.deadline) missing.push(t('web.agreements.missingDeadline'));
  if (!current.measure.trim()) missing.push(t('web.agreements.missingMeasure'));
  if (letters.A !== 'ok' && conversation.participants.length > 0)
    missing.push(t('web.agreements.missingAcceptance'));
  const headingId = `agreement-${agreement.id}`;

  return (
    <li className="agreement" aria-labelledby={headingId}>
      <div className="agreement__head">
        <h4 id={headingId} className="agreement__sentence">
          <span className="agreement__number">{number}.</span>{' '}
          {current.sourceText || current.action || t('web.agreements.untitled')}
        </h4>
        <SmartLetters letters={letters} />
      </div>
      <p className="agreement__who">
        {[
          ownerName(conversation, user, current.owner) || t('web.agreements.nobody'),
          current.action,
          current.deadline ? formatDay(current.deadline, locale) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <AgreementAnswers conversation={conversation} agreement={agreement} />
      {missing.length > 0 ? (
        <ul className="hints" aria-label={t('web.agreements.stillMissing')}>
          {missing.map((text) => (
            <li key={text} className="hint">
              {text}
            </li>
          ))}
        </ul>
      ) : null}
      <SensitiveHint text={current.sourceText} onLeaveOut={(next) => patch({ sourceText: next })} />
      <SensitiveHint text={current.action} onLeaveOut={(next) => patch({ action: next })} />
      <SensitiveHint text={current.measure} onLeaveOut={(next) => patch({ measure: next })} />
      <details className="agreement__edit">
        <summary>{t('web.agreements.edit', { n: number })}</summary>
        <div className="stack">
          <div className="grid-2">
            <SelectField
              label={t('web.agreements.owner')}
              value={current.owner ?? ''}
              onChange={(e) => patch({ owner: e.target.value || null })}
            >
              <OwnerOptions />
            </SelectField>
            <TextField
              type="date"
              label={t('web.agreements.deadline')}
              value={current.deadline ?? ''}
              onChange={(e) => patch({ deadline: e.target.value || null })}
            />
          </div>
          <TextField
            label={t('web.agreements.action')}
            value={current.action}
            onChange={(e) => patch({ action: e.target.value }, true)}
          />
          <TextField
            label={t('web.agreements.measure')}
            hint={t('web.agreements.measureHint')}
            value={current.measure}
            onChange={(e) => patch({ measure: e.target.value }, true)}
          />
          <button
            type="button"
            className="button button--quiet button--danger"
            onClick={() => sync.enqueue(key, 'DELETE', path)}
          >
            {t('web.agreements.remove', { n: number })}
          </button>
        </div>
      </details>
      {conversation.participants.length > 0 ? (
        <fieldset className="acceptance">
          <legend className="field__label">{t('web.agreements.acceptedBy')}</legend>
          {conversation.participants.map((p) => (
            <Checkbox
              key={p.id}
              label={p.name}
              checked={current.acceptedBy.includes(p.id)}
              onChange={(e) =>
                patch({
                  acceptedBy: e.target.checked
                    ? [...current.acceptedBy, p.id]
                    : current.acceptedBy.filter((id) => id !== p.id),
                })
              }
            />
          ))}
        </fieldset>
      ) : null}
    </li>
  );
}
