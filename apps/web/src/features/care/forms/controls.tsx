import type { ReactNode } from "react";
import { describedBy, Field, inputClass } from "../../../components/field.tsx";

// The entry forms' controls: big enough for a thumb, each tied to its label and its message.

/** A moment on the family's clock (`datetime-local`), never later than now. */
export function TimeInput({
  id,
  label,
  hint,
  value,
  max,
  error,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  max: string;
  error?: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="datetime-local"
        className={inputClass}
        value={value}
        max={max}
        onChange={(e) => onChange(e.target.value)}
        {...describedBy(id, error)}
      />
    </Field>
  );
}

/** A number typed as text (a decimal comma is fine), with the phone's number pad. */
export function NumberInput({
  id,
  label,
  hint,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        inputMode="decimal"
        autoComplete="off"
        className={inputClass}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...describedBy(id, error)}
      />
    </Field>
  );
}

export function TextInput({
  id,
  label,
  hint,
  value,
  error,
  multiline,
  list,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error?: string | undefined;
  multiline?: boolean;
  list?: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {multiline ? (
        <textarea
          id={id}
          rows={3}
          className={`${inputClass} py-2`}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...describedBy(id, error)}
        />
      ) : (
        <input
          id={id}
          autoComplete="off"
          list={list}
          className={inputClass}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...describedBy(id, error)}
        />
      )}
    </Field>
  );
}

/** A choice from a longer list, with "not said" first. */
export function Select<T extends string>({
  id,
  label,
  options,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  options: readonly { value: T | ""; label: string }[];
  value: T | "";
  onChange: (value: T | "") => void;
  children?: ReactNode;
}) {
  return (
    <Field id={id} label={label}>
      <select id={id} className={inputClass} value={value} onChange={(e) => onChange(e.target.value as T | "")}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {children}
    </Field>
  );
}
