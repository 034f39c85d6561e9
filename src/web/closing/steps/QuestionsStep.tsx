// Step 4: room for questions and remarks, each answered now or followed up, in a gentle time box. A follow-up
// ("vervolg") becomes an agreement, as the guidance says: who does what by when, added to step 2.
import { useEffect, useState, type FormEvent } from 'react';
import { LIMITS, agreementSentence, type Question } from '../../../core/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Link } from '../../app/router.tsx';
import {
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
  focusFirstError,
  saidOf,
  useFieldErrors,
  type Said,
} from '../../components/form.tsx';
import { SensitiveHint } from '../../components/SensitiveHint.tsx';
import { RULES, problemsOf } from '../../lib/rules.ts';
import { useLocalDraft } from '../../lib/use-local-draft.ts';
import { basePath, ownerName, saidAtFields, useClosing, useQueuedField } from '../context.tsx';
import { createKey } from '../op-rules.ts';
import { PendingCreate } from '../PendingCreate.tsx';
import type { Op } from '../sync.ts';
import { AgreementComposer } from './AgreementComposer.tsx';
import { SmartLetters } from './SmartLetters.tsx';
import { readingOf, verdictOf } from './smart.ts';
import { TimeBox } from './TimeBox.tsx';

function AskedByOptions() {
  const { t } = useI18n();
  const { conversation } = useClosing();
  return (
    <>
      <option value="">{t('web.questions.unknown')}</option>
      {conversation.participants.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
      <option value="leader">{t('web.questions.leader')}</option>
    </>
  );
}

/** The question round. */
export function QuestionsStep() {
  const { t } = useI18n();
  const { conversation, snapshot, sync } = useClosing();
  const [restore, setRestore] = useState<Op | null>(null);
  const items = conversation.closing.questions.filter(
    (q) => snapshot.pending.get(`question:${q.id}`)?.method !== 'DELETE',
  );
  const creating = [...snapshot.pending.values()].filter((op) => op.key.startsWith('create:question:'));
  return (
    <div className="stack">
      <TimeBox />
      <NewQuestion
        existing={items.length + creating.length}
        restore={restore}
        onRestored={() => setRestore(null)}
      />
      {items.length === 0 && creating.length === 0 ? (
        <p className="muted">{t('web.questions.none')}</p>
      ) : null}
      <ol className="questions">
        {items.map((q, index) => (
          <QuestionItem key={q.id} question={q} number={index + 1} />
        ))}
        {creating.map((op) => (
          <PendingCreate
            key={op.key}
            op={op}
            className="question"
            text={String(op.body?.text ?? '')}
            onRestore={(held) => {
              sync.take(held.key);
              setRestore(held);
            }}
          />
        ))}
      </ol>
    </div>
  );
}

const NEW_FIELDS = ['text', 'askedBy'] as const;
type NewField = (typeof NEW_FIELDS)[number];

function NewQuestion({
  existing,
  restore,
  onRestored,
}: {
  existing: number;
  restore: Op | null;
  onRestored: () => void;
}) {
  const { t } = useI18n();

  const { conversation, sync } = useClosing();
  // Kept on the device like the other steps' drafts: a reload does not lose a question being typed.
  const [draft, setDraft, clearDraft] = useLocalDraft(`sluitstuk:question:${conversation.id}`, {
    text: '',
    askedBy: '',
  });
  const [errors, setErrors, said] = useFieldErrors<NewField>();
  const id = (field: NewField) => `question-new-${field}`;

  useEffect(() => {
    if (!restore) return;
    const body = restore.body ?? {};
    setDraft({ text: String(body.text ?? ''), askedBy: String(body.askedBy ?? '') });
    const found = saidAtFields(restore, NEW_FIELDS, 'text');
    setErrors(found);
    onRestored();
    window.setTimeout(() => focusFirstError(found, NEW_FIELDS, id), 0);
  }, [restore]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<NewField, Said>> = {};
    const problems = problemsOf(draft, { text: RULES.question });
    for (const [field, problem] of Object.entries(problems)) found[field as NewField] = saidOf(problem);
    if (!found.text && existing >= LIMITS.questions)
      found.text = { key: 'form.limitReached', params: { max: LIMITS.questions } };
    setErrors(found);
    if (focusFirstError(found, NEW_FIELDS, id)) return;
    sync.enqueue(createKey('question'), 'POST', `${basePath(conversation)}/questions`, {
      text: draft.text.trim(),
      askedBy: draft.askedBy || null,
      answer: '',
      state: 'open',
    });
    // Who asked stays: the next question is often from the same person.
    setDraft({ text: '', askedBy: draft.askedBy });
  }
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-labelledby="question-new-title">
      <h3 id="question-new-title" className="subheading">
        {t('web.questions.add')}
      </h3>
      <div className="grid-2">
        <TextField
          id={id('text')}
          label={t('web.questions.text')}
          value={draft.text}
          error={errors.text}
          rule={RULES.question}
          onChange={(e) => {
            setDraft({ ...draft, text: e.target.value });
            if (said.text) setErrors({ ...said, text: undefined });
          }}
          autoComplete="off"
        />
        <SensitiveHint text={draft.text} onLeaveOut={(next) => setDraft({ ...draft, text: next })} />
        <SelectField
          id={id('askedBy')}
          label={t('web.questions.askedBy')}
          value={draft.askedBy}
          onChange={(e) => setDraft({ ...draft, askedBy: e.target.value })}
        >
          <AskedByOptions />
        </SelectField>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--secondary">
          {t('web.questions.addButton')}
        </button>
        {draft.text ? (
          <button type="button" className="button button--quiet" onClick={clearDraft}>
            {t('web.agreements.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function QuestionItem({ question, number }: { question: Question; number: number }) {
  const { t } = useI18n();
  const { conversation, sync } = useClosing();
  const key = `question:${question.id}`;
  const text = useQueuedField(key, 'text', question.text);
  const state = useQueuedField(key, 'state', question.state);
  const answer = useQueuedField(key, 'answer', question.answer);
  const path = `${basePath(conversation)}/questions/${question.id}`;
  const patch = (body: Partial<Question>, typing = false) =>
    sync.enqueue(key, 'PATCH', path, body as Record<string, unknown>, { merge: true, typing });
  return (
    <li className="question">
      <p className="question__text">
        <span className="agreement__number">{number}.</span> {text.value}
      </p>
      <RadioGroup
        legend={t('web.questions.state', { n: number })}
        name={`question-state-${question.id}`}
        value={state.value}
        inline
        options={[
          { value: 'open', label: t('web.questions.open') },
          { value: 'answered', label: t('web.questions.answered') },
          { value: 'follow_up', label: t('web.questions.followUp') },
        ]}
        onChange={(value) => patch({ state: value })}
      />
      {state.value === 'answered' ? (
        <TextArea
          label={t('web.questions.answer')}
          value={answer.value}
          error={answer.error}
          rule={RULES.answer}
          {...answer.fieldProps}
          rows={2}
          onChange={(e) => patch({ answer: e.target.value }, true)}
        />
      ) : null}
      <SensitiveHint text={text.value} onLeaveOut={(next) => patch({ text: next })} />
      <SensitiveHint text={answer.value} onLeaveOut={(next) => patch({ answer: next })} />
      {state.value === 'follow_up' ? <FollowUp question={question} /> : null}
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => sync.enqueue(key, 'DELETE', path)}
      >
        {t('web.questions.remove', { n: number })}
      </button>
    </li>
  );
}

/** A question that needs a follow-up: the agreement it became, or the composer that makes it one. */
function FollowUp({ question }: { question: Question }) {
  const { t, lang } = useI18n();
  const { conversation, user, day, snapshot, sync } = useClosing();
  const [restore, setRestore] = useState<Op | null>(null);
  const key = `create:followup:${question.id}`;
  const pending = snapshot.pending.get(key);
  const agreements = conversation.closing.agreements;
  const index = agreements.findIndex((a) => a.id === question.agreementId);
  const agreement = agreements[index];
  if (agreement) {
    const verdict = verdictOf(agreement, readingOf(agreement, conversation, user, day, lang), conversation);
    return (
      <div className="follow-up">
        <p className="follow-up__title">{t('followUp.became', { n: index + 1 })}</p>
        <div className="agreement__head">
          <p className="agreement__sentence">
            {agreement.sourceText ||
              agreementSentence(agreement, ownerName(conversation, user, agreement.owner) || null, lang)}
          </p>
          <SmartLetters letters={verdict.letters} />
        </div>
        <Link href={`/conversations/${conversation.id}/close/agreements`}>{t('followUp.toAgreements')}</Link>
      </div>
    );
  }
  if (pending) {
    return (
      <ul className="agreements">
        <PendingCreate
          op={pending}
          className="agreement agreement--pending"
          text={String(pending.body?.sourceText || pending.body?.action || '')}
          onRestore={(held) => {
            sync.take(held.key);
            setRestore(held);
          }}
        />
      </ul>
    );
  }
  return (
    <AgreementComposer
      idPrefix={`follow-up-${question.id}`}
      draftKey={`sluitstuk:followup:${conversation.id}:${question.id}`}
      title={t('followUp.title')}
      submitLabel={t('followUp.submit')}
      initialText={question.answer}
      existing={agreements.length}
      restore={restore}
      onRestored={() => setRestore(null)}
      submit={(body) =>
        sync.enqueue(key, 'POST', `${basePath(conversation)}/questions/${question.id}/agreement`, { ...body })
      }
    />
  );
}
