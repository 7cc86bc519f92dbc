import type { InputHTMLAttributes, ReactNode } from "react";
import { describedBy, Field, inputClass } from "../../../components/field.tsx";

// The entry forms' controls: big enough for a thumb, each tied to its label and its message.

type TypedProps = {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
};

/** One line of typed input in its labelled field; `attrs` say which kind (a time, the number pad, suggestions). */
function LineInput({
  id,
  label,
  hint,
  value,
  error,
  onChange,
  attrs,
}: TypedProps & { attrs: InputHTMLAttributes<HTMLInputElement> }) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        {...attrs}
        className={inputClass}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...describedBy(id, error)}
      />
    </Field>
  );
}

/** A moment on the family's clock (`datetime-local`), never later than now. */
export function TimeInput({ max, ...props }: TypedProps & { max: string }) {
  return <LineInput {...props} attrs={{ type: "datetime-local", max }} />;
}

/** A number typed as text (a decimal comma is fine), with the phone's number pad. */
export function NumberInput(props: TypedProps) {
  return <LineInput {...props} attrs={{ inputMode: "decimal", autoComplete: "off" }} />;
}

/** Text: one line (with `list`, suggestions from a datalist), or several lines (`multiline`). */
export function TextInput({ multiline, list, ...props }: TypedProps & { multiline?: boolean; list?: string }) {
  if (!multiline) return <LineInput {...props} attrs={{ autoComplete: "off", list }} />;
  const { id, label, hint, value, error, onChange } = props;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        rows={3}
        className={`${inputClass} py-2`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...describedBy(id, error)}
      />
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
