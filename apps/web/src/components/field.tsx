import { latestToday } from "@upnest/schemas";
import type { ReactNode } from "react";

export const inputClass =
  "block w-full min-h-11 rounded-lg border border-stone-300 bg-white px-3 text-base text-stone-900 shadow-xs focus:border-teal-700 aria-invalid:border-red-600";

/** A label, its control and the message that belongs to it (from the form's checks or the API). */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children}
      {hint && !error && <p className="text-sm text-stone-500">{hint}</p>}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** Props that tie a control to its Field's error for screen readers. */
export const describedBy = (id: string, error: string | undefined) =>
  error ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};

/** A calendar date (no time), which cannot be later than today anywhere on Earth. */
export function DateField({
  id,
  label,
  value,
  onChange,
  onBlur,
  error,
  className = inputClass,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  className?: string;
}) {
  return (
    <Field id={id} label={label} error={error}>
      <input
        id={id}
        type="date"
        max={latestToday()}
        className={className}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        {...describedBy(id, error)}
      />
    </Field>
  );
}
