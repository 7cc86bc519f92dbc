/** A few choices as pressed/unpressed buttons in one labelled group (the period, charts or tables). */
export function Toggle<T extends string | number>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="flex min-w-0 gap-1 rounded-lg border border-stone-200 bg-white p-1">
      <legend className="sr-only">{label}</legend>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
          className="inline-flex min-h-11 flex-1 items-center justify-center whitespace-nowrap rounded-md px-3 text-sm font-medium text-stone-700 hover:bg-stone-100 aria-pressed:bg-teal-700 aria-pressed:text-white"
        >
          {option.label}
        </button>
      ))}
    </fieldset>
  );
}
