import { useId, useState } from "react";
import { describedBy, inputClass } from "../../../components/field.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { searchProducts } from "../status.ts";

type Product = { cvx: string; name: string; schedules: readonly string[] };

/**
 * A searchable list of vaccines by name (the CVX code printed on a record also finds one, but codes are not
 * shown: they say nothing to a family); picking one fills the field. It is the ARIA combobox pattern: the input keeps focus and the
 * keys (aria-activedescendant), so the options take clicks only (biome.json turns off the a11y rules that
 * expect each option to be focusable on its own).
 */
export function ProductPicker({
  id,
  products,
  schedule,
  value,
  onChange,
  error,
}: {
  id: string;
  products: readonly Product[];
  schedule: string;
  value: string;
  onChange: (cvx: string) => void;
  error: string | undefined;
}) {
  const chosen = products.find((p) => p.cvx === value);
  const [query, setQuery] = useState(chosen ? chosen.name : "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const t = useT();
  const matches = searchProducts(products, query);
  const pick = (p: Product) => {
    onChange(p.cvx);
    setQuery(p.name);
    setOpen(false);
  };
  return (
    <div className="relative">
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        autoComplete="off"
        placeholder={t("vaccines:picker.placeholder")}
        className={inputClass}
        value={query}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
          if (value) onChange("");
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, matches.length - 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
          else if (e.key === "Enter" && open && matches[active]) {
            e.preventDefault();
            pick(matches[active]);
          } else if (e.key === "Escape") setOpen(false);
          else return;
          e.preventDefault();
        }}
        {...describedBy(id, error)}
      />
      {chosen && !open && !chosen.schedules.includes(schedule) && (
        <p className="mt-1 text-sm text-stone-600">
          {t("vaccines:picker.notOnSchedule", {
            schedule: t(`vaccines:scheduleShort.${schedule === "who" ? "who" : "cdc"}`),
          })}
        </p>
      )}
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label={t("vaccines:picker.options")}
          className="absolute z-10 mt-1 max-h-72 w-full overflow-y-auto rounded-lg border border-stone-300 bg-white shadow-lg"
        >
          {matches.length === 0 && (
            <li className="p-3 text-sm text-stone-600">{t("vaccines:picker.noMatch", { query })}</li>
          )}
          {matches.map((p, i) => (
            <li
              key={p.cvx}
              role="option"
              aria-selected={p.cvx === value}
              className={`flex min-h-11 cursor-pointer items-center justify-between gap-3 px-3 py-2 text-sm ${i === active ? "bg-teal-50" : ""}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(p)}
            >
              <span className="min-w-0 break-words text-stone-900">{p.name}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
