import { MEDICINE_UNITS, type MedicineUnit } from "@upnest/schemas";
import { toCelsius, toCm, toKg } from "../units.ts";
import { because, type Reason } from "./reasons.ts";
import type { RowMapper } from "./rows.ts";
import { joinNotes, numberCell } from "./rows.ts";
import { localDate, localToInstant } from "./time.ts";

// Baby Buddy's health and growth models become UpNest's temperatures, medicine doses and measurements.

export const temperature: RowMapper = (cells, ctx) => {
  const takenAt = localToInstant(cells.time ?? "", ctx.timeZone);
  if (!takenAt) return because("notDateTime", { column: "time", value: cells.time ?? "" });
  const value = numberCell(cells.temperature);
  if (value === undefined || Number.isNaN(value))
    return because("notNumber", { column: "temperature", value: cells.temperature ?? "" });
  if (!ctx.temperatureMethod) return because("temperatureMethod");
  const values = {
    takenAt,
    timeZone: ctx.timeZone,
    celsius: toCelsius(value, ctx.units.temperature),
    method: ctx.temperatureMethod,
    notes: joinNotes(cells.notes),
  };
  return { kind: "temperatures", values };
};

const UNITS = new Set<string>(MEDICINE_UNITS);

/** Medication rows: the medicine's name, when it was given, and the dose when it is in one of UpNest's units. */
export const medication: RowMapper = (cells, ctx) => {
  const givenAt = localToInstant(cells.time ?? "", ctx.timeZone);
  if (!givenAt) return because("notDateTime", { column: "time", value: cells.time ?? "" });
  const name = cells.name ?? cells.medication ?? "";
  if (name === "") return because("medicationName");
  const amount = numberCell(cells.dosage ?? cells.amount);
  if (Number.isNaN(amount))
    return because("notNumber", { column: "dosage", value: cells.dosage ?? cells.amount ?? "" });
  const unit = (cells.dosage_unit ?? cells.unit ?? "").toLowerCase();
  if (amount !== undefined && !UNITS.has(unit))
    return because("dosageUnit", { value: unit, units: MEDICINE_UNITS.join(", ") });
  const dose = amount === undefined ? {} : { amount, unit: unit as MedicineUnit };
  return {
    kind: "medicineDoses",
    values: { givenAt, timeZone: ctx.timeZone, name, ...dose, notes: joinNotes(cells.notes) },
  };
};

/** The date and the number in a measurement's column, or the reason they are unusable. */
function measured(
  cells: Record<string, string>,
  column: string,
): Reason | { measuredOn: string; value: number; notes?: string } {
  const measuredOn = localDate(cells.date ?? "");
  if (!measuredOn) return because("notDate", { value: cells.date ?? "" });
  const value = numberCell(cells[column]);
  if (value === undefined || Number.isNaN(value)) return because("notNumber", { column, value: cells[column] ?? "" });
  return { measuredOn, value, notes: joinNotes(cells.notes) };
}

export const weight: RowMapper = (cells, ctx) => {
  const m = measured(cells, "weight");
  if ("reason" in m) return m;
  const values = { measuredOn: m.measuredOn, weightKg: toKg(m.value, ctx.units.weight), notes: m.notes };
  return { kind: "measurements", values };
};

/** Before the second birthday a length is measured lying, from it standing (the WHO standards' convention). */
function lengthMethod(measuredOn: string, birthDate: string | undefined): "lying" | "standing" | undefined {
  if (!birthDate) return undefined;
  const [y, m, d] = birthDate.split("-").map(Number) as [number, number, number];
  const second = `${String(y + 2).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return measuredOn < second ? "lying" : "standing";
}

export const height: RowMapper = (cells, ctx) => {
  const m = measured(cells, "height");
  if ("reason" in m) return m;
  const method = lengthMethod(m.measuredOn, ctx.birthDate);
  if (!method) return because("heightNoBirthDate");
  const values = {
    measuredOn: m.measuredOn,
    lengthCm: toCm(m.value, ctx.units.length),
    lengthMethod: method,
    notes: m.notes,
  };
  return { kind: "measurements", values };
};

export const headcircumference: RowMapper = (cells, ctx) => {
  const m = measured(cells, "head_circumference");
  if ("reason" in m) return m;
  const values = { measuredOn: m.measuredOn, headCircumferenceCm: toCm(m.value, ctx.units.length), notes: m.notes };
  return { kind: "measurements", values };
};

export const bmi: RowMapper = () => because("bmi");
