// Typing an agreement as one sentence: owner, action and deadline are read from it as the leader types, with
// the SMART letters and advice of core's one verdict (the same the saved agreement shows). Used in step 2, and
// in step 4 where a question that needs a follow-up becomes an agreement.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { LIMITS, hasDateProblem } from '../../../core/index.ts';
import type { SmartAdvice, SmartOutcome } from '../../../core/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import {
  SelectField,
  TextField,
  focusFirstError,
  saidOf,
  useFieldErrors,
  type Said,
} from '../../components/form.tsx';
import { SensitiveHint } from '../../components/SensitiveHint.tsx';
import { formatDay } from '../../lib/dates.ts';
import { RULES, problemsOf } from '../../lib/rules.ts';
import { useLocalDraft } from '../../lib/use-local-draft.ts';
import { saidAtFields, useClosing } from '../context.tsx';
import type { Op } from '../sync.ts';
import { SmartLetters } from './SmartLetters.tsx';
import { adviceText } from './advice.ts';
import { ownerRefFor, readSentence, verdictOf } from './smart.ts';

interface ComposerDraft {
  text: string;
  /** Fields the leader set by hand; they win over what is read from the sentence. */
  owner?: string | null;
  action?: string;
  deadline?: string | null;
  measure: string;
}

/** What the composer sends: the body of POST …/agreements. */
export interface AgreementBody {
  sourceText: string;
  owner: string | null;
  action: string;
  deadline: string | null;
  measure: string;
  acceptedBy: string[];
}

const emptyDraft: ComposerDraft = { text: '', measure: '' };
const FIELDS = ['text', 'owner', 'deadline', 'action', 'measure'] as const;
type Field = (typeof FIELDS)[number];

// Memoised: its props (the conversation and the user) do not change while the leader types.
export const OwnerOptions = memo(function OwnerOptions() {
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

/** The advice for the letters not met yet, as a list; or that who, what and when are clear. */
export const AdviceList = memo(function AdviceList({ hints }: { hints: readonly SmartAdvice[] }) {
  const { t, lang } = useI18n();
  return hints.length > 0 ? (
    <ul className="hints" aria-label={t('web.agreements.hintsLabel')}>
      {hints.map((hint) => (
        <li key={hint.code} className="hint" data-letter={hint.letter}>
          {adviceText(hint, lang)}
        </li>
      ))}
    </ul>
  ) : (
    <p className="hint hint--ok">{t('web.agreements.smartOk')}</p>
  );
});

/** The verdict of the sentence being typed: its SMART letters and the advice that still applies. */
const ComposerReading = memo(function ComposerReading({ verdict }: { verdict: SmartOutcome }) {
  const { t } = useI18n();
  return (
    <div className="reading">
      <div className="reading__head">
        <span className="reading__label">{t('web.agreements.smartLabel')}</span>
        <SmartLetters letters={verdict.letters} />
      </div>
      <AdviceList hints={verdict.hints} />
      <p className="muted small">{t('web.agreements.askAR')}</p>
    </div>
  );
});

/** The composer. `submit` queues the agreement; `restore` puts a refused one back into the form. */
export function AgreementComposer({
  idPrefix,
  draftKey,
  title,
  submitLabel,
  initialText = '',
  existing,
  submit,
  restore,
  onRestored,
}: {
  idPrefix: string;
  draftKey: string;
  title: string;
  submitLabel: string;
  /** A sentence to start from when there is no draft yet (a question's follow-up note). */
  initialText?: string;
  /** How many agreements there are (and are on their way), against LIMITS.agreements. */
  existing: number;
  submit: (body: AgreementBody) => void;
  restore?: Op | null;
  onRestored?: () => void;
}) {
  const { t, lang, locale } = useI18n();

  const { conversation, user, day } = useClosing();
  const [draft, setDraft, clearDraft] = useLocalDraft<ComposerDraft>(draftKey, {
    ...emptyDraft,
    text: initialText,
  });
  const [errors, setErrors, said] = useFieldErrors<Field>();
  const typedAt = useRef<number | null>(null);
  const id = (field: Field) => `${idPrefix}-${field}`;

  // The reader costs a few hundredths of a millisecond per sentence, so the reading is part of the same
  // render as the key itself: the hints are on screen in the frame that shows the key (docs/performance.md).
  const sentence = draft.text.trim();
  const reading = useMemo(
    () => (sentence ? readSentence(sentence, conversation, user, day, lang) : null),
    [sentence, conversation, user, day, lang],
  );

  // The typed key and its hints are on screen once this runs (docs/performance.md: keystroke → input and
  // → hints; both are the same commit).
  useLayoutEffect(() => {
    if (typedAt.current === null) return;
    const end = performance.now();
    performance.measure('sluitstuk:agreement-input', { start: typedAt.current, end });
    performance.measure('sluitstuk:agreement-hints', { start: typedAt.current, end });
    typedAt.current = null;
  }, [draft.text]);

  const owner =
    draft.owner !== undefined ? draft.owner : ownerRefFor(reading?.owner ?? null, conversation, user);
  const action = draft.action ?? reading?.action ?? '';
  // A date that contradicts its weekday is not taken over: which of the two is meant, the leader says.
  const read = reading && hasDateProblem(reading) ? null : (reading?.deadline?.date ?? null);
  const deadline = draft.deadline !== undefined ? draft.deadline : read;
  // Without a sentence, the action typed by hand is what is read (as it will be once saved).
  const actionReading = useMemo(
    () => (!sentence && action.trim() ? readSentence(action.trim(), conversation, user, day, lang) : null),
    [sentence, action, conversation, user, day, lang],
  );
  const verdict = useMemo(
    () =>
      verdictOf(
        { sourceText: sentence, owner, action, deadline, measure: draft.measure, acceptedBy: [] },
        reading ?? actionReading,
        conversation,
      ),
    [sentence, owner, action, deadline, draft.measure, reading, actionReading, conversation],
  );

  // A refused agreement comes back into the form, with what was wrong at its field.
  useEffect(() => {
    if (!restore) return;
    const body = (restore.body ?? {}) as Partial<AgreementBody>;
    setDraft({
      text: body.sourceText ?? '',
      owner: body.owner ?? null,
      action: body.action ?? '',
      deadline: body.deadline ?? null,
      measure: body.measure ?? '',
    });
    const byPath = saidAtFields(restore, FIELDS, 'text', (path) => (path === 'sourceText' ? 'text' : path));
    setErrors(byPath);
    onRestored?.();
    window.setTimeout(() => focusFirstError(byPath, FIELDS, id), 0);
    // Only a new refused agreement restores; the rest are stable for this composer.
  }, [restore]);

  // Announce the advice once the leader pauses, not on every key; kept as a count, worded when shown.
  const [announced, setAnnounced] = useState<number | null>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(reading ? verdict.hints.length : null), 900);
    return () => window.clearTimeout(timer);
  }, [reading, verdict.hints.length]);
  const spoken =
    announced === null
      ? ''
      : announced > 0
        ? t('web.agreements.hintsCount', { count: announced })
        : t('web.agreements.smartOk');

  function send(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, Said>> = {};
    const problems = problemsOf(
      { text: draft.text, action, measure: draft.measure, deadline },
      { text: RULES.agreementText, action: RULES.agreementText, measure: RULES.measure, deadline: RULES.day },
    );
    for (const [field, problem] of Object.entries(problems)) found[field as Field] = saidOf(problem);
    if (!found.text && !sentence && !action.trim()) found.text = { key: 'web.agreements.textRequired' };
    if (!found.text && existing >= LIMITS.agreements)
      found.text = { key: 'form.limitReached', params: { max: LIMITS.agreements } };
    setErrors(found);
    if (focusFirstError(found, FIELDS, id)) return;
    submit({
      sourceText: sentence,
      owner,
      action: action.trim(),
      deadline,
      measure: draft.measure.trim(),
      acceptedBy: [],
    });
    clearDraft();
    document.getElementById(id('text'))?.focus();
  }

  const change = (patch: Partial<ComposerDraft>, field: Field) => {
    setDraft({ ...draft, ...patch });
    if (said[field]) setErrors({ ...said, [field]: undefined });
  };

  return (
    <form className="composer" onSubmit={send} noValidate aria-labelledby={`${idPrefix}-title`}>
      <h3 id={`${idPrefix}-title`} className="subheading">
        {title}
      </h3>
      <TextField
        id={id('text')}
        label={t('web.agreements.sentence')}
        hint={t('web.agreements.sentenceHint')}
        value={draft.text}
        error={errors.text}
        rule={RULES.agreementText}
        autoComplete="off"
        onChange={(e) => {
          typedAt.current = e.timeStamp;
          change({ text: e.target.value }, 'text');
        }}
      />
      <SensitiveHint text={draft.text} onLeaveOut={(next) => change({ text: next }, 'text')} />
      {reading ? <ComposerReading verdict={verdict} /> : null}
      <div className="visually-hidden" role="status">
        {spoken}
      </div>
      <div className="grid-2">
        <SelectField
          id={id('owner')}
          label={t('web.agreements.owner')}
          value={owner ?? ''}
          error={errors.owner}
          onChange={(e) => change({ owner: e.target.value || null }, 'owner')}
        >
          <OwnerOptions />
        </SelectField>
        <TextField
          id={id('deadline')}
          type="date"
          label={t('web.agreements.deadline')}
          hint={deadline ? formatDay(deadline, locale) : undefined}
          value={deadline ?? ''}
          error={errors.deadline}
          onChange={(e) => change({ deadline: e.target.value || null }, 'deadline')}
        />
      </div>
      <TextField
        id={id('action')}
        label={t('web.agreements.action')}
        value={action}
        error={errors.action}
        rule={RULES.agreementText}
        onChange={(e) => change({ action: e.target.value }, 'action')}
        autoComplete="off"
      />
      <TextField
        id={id('measure')}
        label={t('web.agreements.measure')}
        hint={t('web.agreements.measureHint')}
        value={draft.measure}
        error={errors.measure}
        rule={RULES.measure}
        onChange={(e) => change({ measure: e.target.value }, 'measure')}
        autoComplete="off"
      />
      <SensitiveHint text={action} onLeaveOut={(next) => change({ action: next }, 'action')} />
      <SensitiveHint text={draft.measure} onLeaveOut={(next) => change({ measure: next }, 'measure')} />
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        {draft.text || draft.measure || draft.action ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              clearDraft();
              setErrors({});
            }}
          >
            {t('web.agreements.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
