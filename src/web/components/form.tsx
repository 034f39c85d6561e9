// Form building blocks: every field has a label, and its hint and error are tied to it with aria-describedby.
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldShell {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Hide the label visually (still read out), e.g. in a compact row with a visible heading. */
  hideLabel?: boolean;
}

function describedBy(hintId: string, errorId: string, hint: unknown, error: unknown, extra?: string) {
  return [extra, hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
}

function Shell(props: FieldShell & { id: string; hintId: string; errorId: string; children: ReactNode }) {
  return (
    <div className={'field' + (props.error ? ' field--invalid' : '')}>
      <label htmlFor={props.id} className={props.hideLabel ? 'visually-hidden' : 'field__label'}>
        {props.label}
      </label>
      {props.hint ? (
        <div id={props.hintId} className="field__hint">
          {props.hint}
        </div>
      ) : null}
      {props.error ? (
        <p id={props.errorId} className="field__error">
          {props.error}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

/** The ids that tie a field to its label, hint and error message. */
function useFieldIds(givenId: string | undefined) {
  const autoId = useId();
  const id = givenId ?? autoId;
  return { id, hintId: id + '-hint', errorId: id + '-error' };
}

/** A labelled text input. */
export function TextField({
  label,
  hint,
  error,
  hideLabel,
  id: givenId,
  ...input
}: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  const { id, hintId, errorId } = useFieldIds(givenId);
  return (
    <Shell {...{ label, hint, error, hideLabel, id, hintId, errorId }}>
      <input
        id={id}
        className="input"
        aria-invalid={error ? true : undefined}
        {...input}
        aria-describedby={describedBy(hintId, errorId, hint, error, input['aria-describedby'])}
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
  id: givenId,
  ...area
}: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, hintId, errorId } = useFieldIds(givenId);
  return (
    <Shell {...{ label, hint, error, hideLabel, id, hintId, errorId }}>
      <textarea
        id={id}
        className="input input--area"
        rows={4}
        aria-invalid={error ? true : undefined}
        {...area}
        aria-describedby={describedBy(hintId, errorId, hint, error, area['aria-describedby'])}
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
}: FieldShell & SelectHTMLAttributes<HTMLSelectElement>) {
  const { id, hintId, errorId } = useFieldIds(givenId);
  return (
    <Shell {...{ label, hint, error, hideLabel, id, hintId, errorId }}>
      <select
        id={id}
        className="input input--select"
        aria-invalid={error ? true : undefined}
        {...select}
        aria-describedby={describedBy(hintId, errorId, hint, error)}
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
  const { id, hintId, errorId } = useFieldIds(givenId);
  return (
    <div className={'checkbox' + (error ? ' field--invalid' : '')}>
      <input
        type="checkbox"
        id={id}
        className="checkbox__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId, hint, error)}
        {...input}
      />
      <label htmlFor={id} className="checkbox__label">
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="field__hint checkbox__hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error checkbox__hint">
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
