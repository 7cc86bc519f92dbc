import { findProducts, type ProductMatch } from "@upnest/immunizations/products";
import { antigenName } from "@upnest/immunizations/words";
import { useId, useState } from "react";
import { describedBy, inputClass } from "../../../components/field.tsx";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";

export type { ProductMatch };

/** The antigens a product counts for, in the app's language ("Diphtheria, Tetanus, Pertussis, Polio, Hib"). */
export const countsFor = (p: Pick<ProductMatch, "antigens">) =>
  new Intl.ListFormat(currentLanguage(), { style: "short", type: "unit" }).format(
    p.antigens.map((a) => antigenName(a, currentLanguage())),
  );

const MAX_SHOWN = 12;

/**
 * A search over the US brand table (`findProducts`, run in the browser): by common name ("HepB"), abbreviation or
 * brand ("Pentacel"), products plausible at the child's age first; with nothing typed only those. Each option says
 * what it counts for, so a combination vaccine shows its antigens. It is the ARIA combobox pattern: the input keeps
 * focus and the keys (aria-activedescendant), so the options take clicks only (biome.json turns off the a11y rules
 * that expect each option to be focusable on its own).
 */
export function ProductPicker({
  id,
  ageInDays,
  initialText = "",
  clearOnPick = false,
  onPick,
  onType,
  error,
}: {
  id: string;
  ageInDays: number;
  initialText?: string;
  clearOnPick?: boolean;
  onPick: (product: ProductMatch) => void;
  onType?: () => void;
  error: string | undefined;
}) {
  const [query, setQuery] = useState(initialText);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const t = useT();
  const matches = findProducts(query, { ageInDays: Math.max(0, ageInDays), country: "US" }).slice(0, MAX_SHOWN);
  const optionId = (i: number) => `${listId}-${i}`;
  const pick = (p: ProductMatch) => {
    onPick(p);
    setQuery(clearOnPick ? "" : p.brand);
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
        aria-activedescendant={open && matches[active] ? optionId(active) : undefined}
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
          onType?.();
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, matches.length - 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
          else if (e.key === "Enter" && open && matches[active]) pick(matches[active]);
          else if (e.key === "Escape") setOpen(false);
          else return;
          e.preventDefault();
        }}
        {...describedBy(id, error)}
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label={t("vaccines:picker.options")}
          className="absolute z-10 mt-1 max-h-80 w-full overflow-y-auto rounded-lg border border-stone-300 bg-white shadow-lg"
        >
          {matches.length === 0 && (
            <li className="p-3 text-sm text-stone-600">{t("vaccines:picker.noMatch", { query })}</li>
          )}
          {matches.map((p, i) => (
            <li
              key={`${p.cvx}-${p.brand}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={`min-h-11 cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-teal-50" : ""}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(p)}
            >
              <span className="block break-words font-medium text-stone-900">{p.brand}</span>
              <span className="block break-words text-stone-600">
                {t("vaccines:picker.countsFor", { names: p.names[0] ?? "", antigens: countsFor(p) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
