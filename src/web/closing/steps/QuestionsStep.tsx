// Step 4: room for questions and remarks, each answered now or turned into a follow-up, in a gentle time box.
import { useState, type FormEvent } from 'react';
import type { Question } from '../../../core/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { RadioGroup, SelectField, TextArea, TextField } from '../../components/form.tsx';
import { SensitiveHint } from '../../components/SensitiveHint.tsx';
import { basePath, useClosing } from '../context.tsx';
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
  const { conversation, snapshot } = useClosing();
  const items = conversation.closing.questions.filter(
    (q) => snapshot.pending.get(`question:${q.id}`)?.method !== 'DELETE',
  );
  const creating = [...snapshot.pending.values()].filter((op) => op.key.startsWith('create:question:'));
  return (
    <div className="stack">
      <TimeBox />
      <NewQuestion />
      {items.length === 0 && creating.length === 0 ? (
        <p className="muted">{t('web.questions.none')}</p>
      ) : null}
      <ol className="questions">
        {items.map((q, index) => (
          <QuestionItem key={q.id} question={q} number={index + 1} />
        ))}
        {creating.map((op) => (
          <li key={op.key} className="question">
            <p>{String(op.body?.text ?? '')}</p>
            <p className="muted">{t('web.save.notYet')}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}

function NewQuestion() {
  const { t } = useI18n();
  const { conversation, sync } = useClosing();
  const [text, setText] = useState('');
  const [askedBy, setAskedBy] = useState('');
  const [error, setError] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('web.validation.required'));
      document.getElementById('question-new-text')?.focus();
      return;
    }
    setError(null);
    const localId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    sync.enqueue(`create:question:${localId}`, 'POST', `${basePath(conversation)}/questions`, {
      text: text.trim(),
      askedBy: askedBy || null,
      answer: '',
      state: 'open',
    });
    setText('');
  }
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-labelledby="question-new-title">
      <h3 id="question-new-title" className="subheading">
        {t('web.questions.add')}
      </h3>
      <div className="grid-2">
        <TextField
          id="question-new-text"
          label={t('web.questions.text')}
          value={text}
          error={error}
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
        />
        <SensitiveHint text={text} onLeaveOut={setText} />
        <SelectField
          label={t('web.questions.askedBy')}
          value={askedBy}
          onChange={(e) => setAskedBy(e.target.value)}
        >
          <AskedByOptions />
        </SelectField>
      </div>
      <button type="submit" className="button button--secondary">
        {t('web.questions.addButton')}
      </button>
    </form>
  );
}

function QuestionItem({ question, number }: { question: Question; number: number }) {
  const { t } = useI18n();
  const { conversation, snapshot, sync } = useClosing();
  const key = `question:${question.id}`;
  const current = { ...question, ...(snapshot.pending.get(key)?.body as Partial<Question> | undefined) };
  const path = `${basePath(conversation)}/questions/${question.id}`;
  const patch = (body: Partial<Question>, typing = false) =>
    sync.enqueue(key, 'PATCH', path, body as Record<string, unknown>, { merge: true, typing });
  return (
    <li className="question">
      <p className="question__text">
        <span className="agreement__number">{number}.</span> {current.text}
      </p>
      <RadioGroup
        legend={t('web.questions.state', { n: number })}
        name={`question-state-${question.id}`}
        value={current.state}
        inline
        options={[
          { value: 'open', label: t('web.questions.open') },
          { value: 'answered', label: t('web.questions.answered') },
          { value: 'follow_up', label: t('web.questions.followUp') },
        ]}
        onChange={(state) => patch({ state })}
      />
      {current.state !== 'open' ? (
        <TextArea
          label={current.state === 'answered' ? t('web.questions.answer') : t('web.questions.followUpNote')}
          value={current.answer}
          rows={2}
          onChange={(e) => patch({ answer: e.target.value }, true)}
        />
      ) : null}
      <SensitiveHint text={current.text} onLeaveOut={(next) => patch({ text: next })} />
      <SensitiveHint text={current.answer} onLeaveOut={(next) => patch({ answer: next })} />
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
