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

/** One of a few options as radio cards, side by side as far as the width and text size allow. */
export function Options<T extends string>({
  id,
  legend,
  options,
  value,
  error,
  onChange,
}: {
  id: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T | "";
  error?: string | undefined;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="space-y-1" {...describedBy(id, error)}>
      <legend className="text-sm font-medium text-stone-800">{legend}</legend>
      <div className="grid grid-cols-[repeat(auto-fit,minmax(min(6.5rem,100%),1fr))] gap-2">
        {options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-12 cursor-pointer items-center justify-center gap-2 rounded-lg border border-stone-300 bg-white px-2 text-center has-checked:border-teal-700 has-checked:bg-teal-50 has-checked:font-medium"
          >
            <input
              type="radio"
              name={id}
              value={option.value}
              className="accent-teal-700"
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
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
