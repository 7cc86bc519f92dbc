import { describedBy } from "./field.tsx";

type Props<T extends string> = {
  id: string;
  legend: string;
  hint?: string;
  options: readonly { value: T; label: string }[];
  value: T | "";
  onChange: (value: T) => void;
  error?: string | undefined;
  /** Narrower cards, three to a row on a phone (a care log form's sides, kinds and colours). */
  narrow?: boolean;
};

/** One of a few options as large radio cards side by side (easy to hit on a phone). */
export function Choice<T extends string>({ id, legend, hint, options, value, onChange, error, narrow }: Props<T>) {
  return (
    <fieldset className="space-y-1" {...describedBy(id, error)}>
      <legend className="text-sm font-medium text-stone-800">{legend}</legend>
      {hint && <p className="text-sm text-stone-500">{hint}</p>}
      <div
        className={`grid gap-2 ${narrow ? "grid-cols-[repeat(auto-fit,minmax(min(6.5rem,100%),1fr))]" : "grid-cols-[repeat(auto-fit,minmax(min(9rem,100%),1fr))]"}`}
      >
        {options.map((option) => (
          <label
            key={option.value}
            className={`flex cursor-pointer items-center justify-center gap-2 rounded-lg border border-stone-300 bg-white has-checked:border-teal-700 has-checked:bg-teal-50 has-checked:font-medium ${narrow ? "min-h-12 px-2 text-center" : "min-h-11 px-3"}`}
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
