import type { CSSProperties } from "react";

/** Diagonal stripes of a colour: how a second series (dirty diapers, naps) differs from the first besides colour. */
export const stripes = (color: string): CSSProperties => ({
  backgroundImage: `repeating-linear-gradient(135deg, ${color} 0 3px, transparent 3px 6px)`,
  border: `1.5px solid ${color}`,
});

/** A legend's sample of a series: solid, or striped. */
export function Swatch({ color, striped = false }: { color: string; striped?: boolean }) {
  return (
    <span
      aria-hidden
      className="inline-block size-3.5 shrink-0 rounded-sm"
      style={striped ? stripes(color) : { background: color }}
    />
  );
}

/** What each colour and pattern of a chart stands for. */
export function Legend({ items }: { items: readonly { label: string; color: string; striped?: boolean }[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 px-2 text-sm text-stone-700">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <Swatch color={item.color} striped={item.striped ?? false} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
