import { formatDuration, formatTimeOfDay, formatVolume, type Units } from "@upnest/i18n";
import { currentLanguage, t } from "../../i18n/i18n.ts";
import { type CareEntry, endOf, startOf } from "./entries.ts";

// An entry in words, as the day's list shows it: what it was, and the details a parent glances for.

const duration = (seconds: number) => formatDuration(seconds, currentLanguage());
const time = (instant: string, zone: string) => formatTimeOfDay(instant, currentLanguage(), zone);

export type Described = { title: string; details: string[] };

/** What an entry was ("Bottle 120 ml of formula", "Nap") and its details (sides, times, colour, notes). */
export function describeEntry(entry: CareEntry, units: Units, zone: string): Described {
  const volume = (ml: number) => formatVolume(ml, units, currentLanguage());
  const details: string[] = [];
  let title: string;
  switch (entry.kind) {
    case "feedings": {
      const f = entry.record;
      if (f.method === "breast") {
        title = t("care:describe.breast");
        const sides = [
          f.leftSeconds ? t("care:describe.leftFor", { duration: duration(f.leftSeconds) }) : undefined,
          f.rightSeconds ? t("care:describe.rightFor", { duration: duration(f.rightSeconds) }) : undefined,
        ].filter((side): side is string => side !== undefined);
        if (sides.length > 0) details.push(sides.join(" · "));
        else if (f.side) details.push(t(`care:side.${f.side}`));
        if (f.lastSide) details.push(t("care:describe.finishedOn", { side: t(`care:side.${f.lastSide}`) }));
      } else if (f.method === "bottle") {
        const amount = volume(f.amountMl ?? 0);
        title = f.milk
          ? t("care:describe.bottleOf", { amount, milk: t(`care:milk.${f.milk}`) })
          : t("care:describe.bottle", { amount });
      } else {
        title = t("care:describe.solids", { foods: (f.foods ?? []).join(", ") });
        if (f.allergens?.length)
          details.push(
            t("care:describe.allergens", { list: f.allergens.map((a) => t(`care:allergen.${a}`)).join(", ") }),
          );
        if (f.reaction) details.push(t("care:describe.reaction", { text: f.reaction }));
      }
      break;
    }
    case "sleeps": {
      title = t(entry.record.kind === "nap" ? "care:describe.nap" : "care:describe.night");
      const from = time(entry.record.startedAt, zone);
      const to = time(entry.record.endedAt, zone);
      if (to !== from) details.push(t("care:describe.span", { from, to }));
      details.push(duration((Date.parse(entry.record.endedAt) - Date.parse(entry.record.startedAt)) / 1000));
      break;
    }
    case "diapers": {
      const d = entry.record;
      title = t(`care:describe.diaper.${d.contents}`);
      if (d.colour) details.push(t(`care:colour.${d.colour}`));
      if (d.consistency) details.push(t(`care:consistency.${d.consistency}`));
      if (d.rash) details.push(t("care:describe.rash"));
      break;
    }
    case "pumpings": {
      const p = entry.record;
      title = t("care:describe.pumping", { side: t(`care:side.${p.side}`) });
      if (p.amountMl !== undefined) details.push(volume(p.amountMl));
      if (p.durationSeconds !== undefined) details.push(duration(p.durationSeconds));
      break;
    }
    case "tummyTimes":
      title = t("care:describe.tummyTime");
      details.push(duration(entry.record.durationSeconds));
      break;
    case "careNotes":
      title = t("care:describe.note");
      details.push(entry.record.text);
      break;
    case "customEntries": {
      const c = entry.record;
      title = c.label;
      if (c.amount !== undefined) details.push([c.amount, c.unit].filter((p) => p !== undefined).join(" "));
      if (c.durationSeconds !== undefined) details.push(duration(c.durationSeconds));
      break;
    }
  }
  const notes = "notes" in entry.record ? entry.record.notes : undefined;
  if (notes) details.push(notes);
  return { title, details };
}

/** When an entry happened on the family's clock: "02:10", or "13:00–14:30" for one with a length. */
export function entryTimes(entry: CareEntry, zone: string) {
  const from = time(startOf(entry), zone);
  const to = time(endOf(entry), zone);
  return to !== from && entry.kind !== "sleeps" ? t("care:describe.span", { from, to }) : from;
}
