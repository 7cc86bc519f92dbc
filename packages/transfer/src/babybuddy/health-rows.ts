import { MEDICINE_UNITS, type MedicineUnit } from "@upnest/schemas";
import { toCelsius, toCm, toKg } from "../units.ts";
import type { RowMapper } from "./rows.ts";
import { joinNotes, numberCell } from "./rows.ts";
import { localDate, localToInstant } from "./time.ts";

// Baby Buddy's health and growth models become UpNest's temperatures, medicine doses and measurements.

export const temperature: RowMapper = (cells, ctx) => {
  const takenAt = localToInstant(cells.time ?? "", ctx.timeZone);
  if (!takenAt) return { reason: `The time "${cells.time ?? ""}" is not a date and time` };
  const value = numberCell(cells.temperature);
  if (value === undefined || Number.isNaN(value))
    return { reason: `The temperature "${cells.temperature ?? ""}" is not a number` };
  if (!ctx.temperatureMethod)
    return { reason: "Baby Buddy does not say how the temperature was taken: choose the method to import it" };
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
  if (!givenAt) return { reason: `The time "${cells.time ?? ""}" is not a date and time` };
  const name = cells.name ?? cells.medication ?? "";
  if (name === "") return { reason: "A medication without the medicine's name" };
  const amount = numberCell(cells.dosage ?? cells.amount);
  if (Number.isNaN(amount)) return { reason: `The dosage "${cells.dosage ?? cells.amount}" is not a number` };
  const unit = (cells.dosage_unit ?? cells.unit ?? "").toLowerCase();
  if (amount !== undefined && !UNITS.has(unit))
    return { reason: `The dosage unit "${unit}" is not one of ${MEDICINE_UNITS.join(", ")}` };
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
): { reason: string } | { measuredOn: string; value: number; notes?: string } {
  const measuredOn = localDate(cells.date ?? "");
  if (!measuredOn) return { reason: `The date "${cells.date ?? ""}" is not a date` };
  const value = numberCell(cells[column]);
  if (value === undefined || Number.isNaN(value))
    return { reason: `The ${column} "${cells[column] ?? ""}" is not a number` };
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
  if (!method) return { reason: "A height without the child's birth date (child.csv): UpNest needs lying or standing" };
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

export const bmi: RowMapper = () => ({
  reason: "UpNest works BMI out from weight and length, so a BMI on its own is not imported",
});
