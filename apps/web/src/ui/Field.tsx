import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from 'react';

interface Frame {
  label: string;
  hint?: ReactNode;
  /** Sentences shown under the field and announced with it (aria-describedby, aria-invalid). */
  errors?: string[];
}

function useFrame({ hint, errors }: Frame) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return {
    id,
    hintId,
    errorId,
    describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined,
    invalid: errors?.length ? true : undefined,
  };
}

function Messages({ hint, errors, hintId, errorId }: Frame & { hintId?: string; errorId?: string }) {
  return (
    <>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p className="field-error" id={errorId}>
          {errors.join(' ')}
        </p>
      ) : null}
    </>
  );
}

export function TextField({ label, hint, errors, ...input }: Frame & InputHTMLAttributes<HTMLInputElement>) {
  const f = useFrame({ label, hint, errors });
  return (
    <div className="field">
      <label htmlFor={f.id}>{label}</label>
      <input id={f.id} aria-describedby={f.describedBy} aria-invalid={f.invalid} {...input} />
      <Messages hint={hint} errors={errors} label={label} hintId={f.hintId} errorId={f.errorId} />
    </div>
  );
}

export function TextArea({ label, hint, errors, ...input }: Frame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const f = useFrame({ label, hint, errors });
  return (
    <div className="field">
      <label htmlFor={f.id}>{label}</label>
      <textarea id={f.id} aria-describedby={f.describedBy} aria-invalid={f.invalid} rows={4} {...input} />
      <Messages hint={hint} errors={errors} label={label} hintId={f.hintId} errorId={f.errorId} />
    </div>
  );
}

export function SelectField({
  label,
  hint,
  errors,
  options,
  ...select
}: Frame & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const f = useFrame({ label, hint, errors });
  return (
    <div className="field">
      <label htmlFor={f.id}>{label}</label>
      <select id={f.id} aria-describedby={f.describedBy} aria-invalid={f.invalid} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages hint={hint} errors={errors} label={label} hintId={f.hintId} errorId={f.errorId} />
    </div>
  );
}

/** A group of radios or checkboxes under one legend. */
export function ChoiceGroup({
  label,
  hint,
  errors,
  type,
  name,
  options,
  selected,
  onChange,
}: Frame & {
  type: 'radio' | 'checkbox';
  name: string;
  options: { value: string; label: string }[];
  selected: string[];
  onChange(next: string[]): void;
}) {
  const f = useFrame({ label, hint, errors });
  return (
    <fieldset className="field choices" aria-describedby={f.describedBy} aria-invalid={f.invalid}>
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.value} className="choice">
          <input
            type={type}
            name={name}
            value={o.value}
            checked={selected.includes(o.value)}
            onChange={(e) =>
              onChange(type === 'radio' ? [o.value] : e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))
            }
          />{' '}
          {o.label}
        </label>
      ))}
      <Messages hint={hint} errors={errors} label={label} hintId={f.hintId} errorId={f.errorId} />
    </fieldset>
  );
}
