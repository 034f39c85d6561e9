// Form building blocks: every field has a label, and its hint and error are tied to it with aria-describedby.
// A field with a rule shows the room left beside it (counted as the server counts) and says at once when the
// text is too long, so nothing is refused after sending.
import {
  useEffect,
  useId,
  useMemo,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import type { MessageKey, MessageParams } from '../../i18n/index.ts';
import { useI18n } from '../app/i18n.tsx';
import { problemOf, roomLeft, type Problem, type Rule } from '../lib/rules.ts';

interface FieldShell {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Hide the label visually (still read out), e.g. in a compact row with a visible heading. */
  hideLabel?: boolean;
  /** What the field accepts; shows the room left and a too-long text at once. */
  rule?: Rule;
}

interface FieldIds {
  id: string;
  hintId: string;
  errorId: string;
  counterId: string;
}

/** Something to say, kept as a key and its parameters and worded when shown: a switch of language after a
 * refused submit changes the error beside the field too. */
export interface Said {
  key: MessageKey;
  params?: MessageParams;
}

/** What to say about a problem with a field. */
export function saidOf(problem: Problem): Said {
  return { key: `validation.${problem.code}`, params: problem.params };
}

/**
 * A form's field errors: set as keys (`Said`), read as words in the language on screen. Returns the words,
 * the setter, and the keys (to find the first field with an error).
 */
export function useFieldErrors<K extends string>() {
  const { t } = useI18n();
  const [said, setSaid] = useState<Partial<Record<K, Said>>>({});
  const words = useMemo(() => {
    const out: Partial<Record<K, string>> = {};
    for (const [field, message] of Object.entries(said) as [K, Said | undefined][])
      if (message) out[field] = t(message.key, message.params);
    return out;
  }, [said, t]);
  return [words, setSaid, said] as const;
}

/** The words for a problem with a field. */
export function useProblemText(): (problem: Problem | null | undefined) => string | null {
  const { t } = useI18n();
  return (problem) => (problem ? t(`validation.${problem.code}`, problem.params) : null);
}

/** The ids that tie a field to its label, hint, error and counter. */
export function useFieldIds(givenId: string | undefined): FieldIds {
  const autoId = useId();
  const id = givenId ?? autoId;
  return { id, hintId: id + '-hint', errorId: id + '-error', counterId: id + '-counter' };
}

function describedBy(
  ids: FieldIds,
  parts: { hint: unknown; error: unknown; counter: unknown },
  extra?: string,
) {
  return (
    [
      extra,
      parts.hint ? ids.hintId : null,
      parts.error ? ids.errorId : null,
      parts.counter ? ids.counterId : null,
    ]
      .filter(Boolean)
      .join(' ') || undefined
  );
}

/** What a rule says about a value while it is typed: the room left, and a problem that is not "empty". */
function useLiveRule(value: unknown, rule: Rule | undefined) {
  const describe = useProblemText();
  if (!rule) return { left: null, live: null };
  const left = typeof value === 'string' ? roomLeft(value, rule) : null;
  // A text that is too long, or broken, is said at once; "fill this in" and "not an e-mail address" wait for
  // sending (said while typing, they would only interrupt).
  const problem =
    rule.kind === 'text' && typeof value === 'string' && value !== '' ? problemOf(value, rule) : null;
  const live = problem && problem.code !== 'required' ? describe(problem) : null;
  return { left, live };
}

/** The room left beside a field; read out politely after a pause, only near or over the limit. */
function Counter({ id, left, max }: { id: string; left: number; max: number }) {
  const { t } = useI18n();
  const text = left >= 0 ? t('form.counter.left', { count: left }) : t('form.counter.over', { count: -left });
  const near = left < Math.max(10, max * 0.1);
  // The room left is read out once typing pauses, near the limit only; kept as a number, so it is worded
  // in the language on screen.
  const [announced, setAnnounced] = useState<number | null>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(near ? left : null), 1000);
    return () => window.clearTimeout(timer);
  }, [near, left]);
  const spoken =
    announced === null
      ? ''
      : announced >= 0
        ? t('form.counter.left', { count: announced })
        : t('form.counter.over', { count: -announced });
  return (
    <>
      <p className={'field__counter' + (left < 0 ? ' field__counter--over' : '')} aria-hidden="true">
        {text}
      </p>
      <span id={id} className="visually-hidden">
        {t('form.counter.limit', { max })}
      </span>
      <span className="visually-hidden" role="status">
        {spoken}
      </span>
    </>
  );
}

function Shell(
  props: FieldShell & { ids: FieldIds; left: number | null; children: ReactNode; shownError: string | null },
) {
  const { ids, rule } = props;
  return (
    <div className={'field' + (props.shownError ? ' field--invalid' : '')}>
      <label htmlFor={ids.id} className={props.hideLabel ? 'visually-hidden' : 'field__label'}>
        {props.label}
      </label>
      {props.hint ? (
        <div id={ids.hintId} className="field__hint">
          {props.hint}
        </div>
      ) : null}
      {props.shownError ? (
        <p id={ids.errorId} className="field__error">
          {props.shownError}
        </p>
      ) : null}
      {props.children}
      {props.left !== null && rule?.kind === 'text' ? (
        <Counter id={ids.counterId} left={props.left} max={rule.max} />
      ) : null}
    </div>
  );
}

/** A labelled text input. */
export function TextField({
  label,
  hint,
  error,
  hideLabel,
  rule,
  id: givenId,
  ...input
}: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(givenId);
  const { left, live } = useLiveRule(input.value, rule);
  const shownError = error || live;
  return (
    <Shell {...{ label, hint, hideLabel, rule, ids, left, shownError }}>
      <input
        id={ids.id}
        className="input"
        aria-invalid={shownError ? true : undefined}
        {...input}
        aria-describedby={describedBy(
          ids,
          { hint, error: shownError, counter: left !== null },
          input['aria-describedby'],
        )}
      />
    </Shell>
  );
}

/** A labelled multi-line text. */
export function TextArea({
  label,
  hint,
  error,
  hideLabel,
  rule,
  id: givenId,
  ...area
}: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ids = useFieldIds(givenId);
  const { left, live } = useLiveRule(area.value, rule);
  const shownError = error || live;
  return (
    <Shell {...{ label, hint, hideLabel, rule, ids, left, shownError }}>
      <textarea
        id={ids.id}
        className="input input--area"
        rows={4}
        aria-invalid={shownError ? true : undefined}
        {...area}
        aria-describedby={describedBy(
          ids,
          { hint, error: shownError, counter: left !== null },
          area['aria-describedby'],
        )}
      />
    </Shell>
  );
}

/** A labelled select. */
export function SelectField({
  label,
  hint,
  error,
  hideLabel,
  id: givenId,
  children,
  ...select
}: Omit<FieldShell, 'rule'> & SelectHTMLAttributes<HTMLSelectElement>) {
  const ids = useFieldIds(givenId);
  const shownError = error || null;
  return (
    <Shell {...{ label, hint, hideLabel, ids, left: null, shownError }}>
      <select
        id={ids.id}
        className="input input--select"
        aria-invalid={shownError ? true : undefined}
        {...select}
        aria-describedby={describedBy(ids, { hint, error: shownError, counter: false })}
      >
        {children}
      </select>
    </Shell>
  );
}

/** A checkbox with its label beside it. */
export function Checkbox({
  label,
  error,
  hint,
  id: givenId,
  ...input
}: { label: ReactNode; error?: string | null; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(givenId);
  return (
    <div className={'checkbox' + (error ? ' field--invalid' : '')}>
      <input
        type="checkbox"
        id={ids.id}
        className="checkbox__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, { hint, error, counter: false })}
        {...input}
      />
      <label htmlFor={ids.id} className="checkbox__label">
        {label}
      </label>
      {hint ? (
        <div id={ids.hintId} className="field__hint checkbox__hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={ids.errorId} className="field__error checkbox__hint">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A group of radio buttons in a fieldset with a legend. */
export function RadioGroup<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  inline,
}: {
  legend: ReactNode;
  name: string;
  value: V;
  options: { value: V; label: ReactNode }[];
  onChange: (value: V) => void;
  inline?: boolean;
}) {
  const baseId = useId();
  return (
    <fieldset className={'radio-group' + (inline ? ' radio-group--inline' : '')}>
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <div className="radio" key={option.value}>
          <input
            type="radio"
            id={`${baseId}-${option.value}`}
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            className="radio__input"
          />
          <label htmlFor={`${baseId}-${option.value}`} className="radio__label">
            {option.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * Puts the focus on the first field of `order` that has an error, by the id `idOf(field)`; returns whether
 * there was one. Used after a refused submit, so the leader lands on what to fix.
 */
export function focusFirstError<K extends string>(
  errors: Partial<Record<K, unknown>>,
  order: readonly K[],
  idOf: (field: K) => string,
): boolean {
  const first = order.find((field) => errors[field]);
  if (!first) return false;
  const element = document.getElementById(idOf(first));
  element?.focus();
  element?.scrollIntoView({ block: 'center' });
  return true;
}
