import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears, daysInMonth, isIsoDate, isLeapYear, toDayNumber } from "../src/dates.ts";
import { addDuration, parseDuration } from "../src/duration.ts";

const day = fc
  .integer({ min: toDayNumber("1900-01-01"), max: toDayNumber("2199-12-31") })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

describe("CDSi date rules (table 3-6)", () => {
  it("follows the examples of CALCDT-1 to CALCDT-6", () => {
    expect(addYears("2000-01-01", 3)).toBe("2003-01-01");
    expect(addMonths("2000-11-01", 6)).toBe("2001-05-01");
    expect(addDuration("2000-02-01", "5 weeks")).toBe("2000-03-07");
    expect(addDuration("2001-02-01", "5 weeks")).toBe("2001-03-08");
    expect(addDuration("2000-01-15", "0 days - 4 days")).toBe("2000-01-11");
    expect(addMonths("2000-03-31", 6)).toBe("2000-10-01");
    expect(addMonths("2000-08-31", 6)).toBe("2001-03-01");
    expect(addDuration("2000-01-31", "6 months - 4 days")).toBe("2000-07-27");
  });

  it("matches the dates CDC test cases confirm", () => {
    expect(addDuration("2025-05-31", "6 months")).toBe("2025-12-01");
    expect(addDays(addDuration("2025-08-29", "7 months + 4 weeks"), -1)).toBe("2026-04-25");
    expect(addDays(addDuration("2025-09-29", "5 months + 4 weeks"), -1)).toBe("2026-03-28");
  });

  it("moves an invalid month step to the 1st before subtracting grace days", () => {
    expect(addDuration("2024-02-29", "12 months - 4 days")).toBe("2025-02-25");
  });

  it("reads singular units and mixed signs", () => {
    expect(parseDuration("1 year + 2 months - 3 weeks + 1 day")).toEqual({ months: 14, days: -20 });
    expect(() => parseDuration("24 hours")).toThrow(/unreadable/);
  });
});

describe("date properties", () => {
  it("month steps keep the day when it exists and otherwise land on the 1st of the next month", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -240, max: 240 }), (date, months) => {
        const result = addMonths(date, months);
        expect(isIsoDate(result)).toBe(true);
        const [y, m, d] = date.split("-").map(Number) as [number, number, number];
        const index = y * 12 + m - 1 + months;
        const [ty, tm] = [Math.floor(index / 12), (index % 12) + 1];
        if (d <= daysInMonth(ty, tm)) expect(result.endsWith(`-${String(d).padStart(2, "0")}`)).toBe(true);
        else expect(result).toBe(addDays(`${ty}-${String(tm).padStart(2, "0")}-01`, daysInMonth(ty, tm)));
      }),
    );
  });

  it("a leap day plus whole years is 29 February in leap years and 1 March otherwise", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2196 }).filter(isLeapYear),
        fc.integer({ min: 1, max: 8 }),
        (year, n) => {
          const result = addYears(`${year}-02-29`, n);
          expect(result).toBe(isLeapYear(year + n) ? `${year + n}-02-29` : `${year + n}-03-01`);
        },
      ),
    );
  });

  it("adding then subtracting days returns the same date", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -40_000, max: 40_000 }), (date, n) => {
        expect(addDays(addDays(date, n), -n)).toBe(date);
      }),
    );
  });

  it("adding then subtracting months returns the same date up to the 28th", () => {
    fc.assert(
      fc.property(
        day.filter((d) => Number(d.slice(8)) <= 28),
        fc.integer({ min: -240, max: 240 }),
        (date, n) => {
          expect(addMonths(addMonths(date, n), -n)).toBe(date);
        },
      ),
    );
  });

  it("month steps never go backwards and never skip more than the month asked for", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 240 }), (date, n) => {
        const result = addMonths(date, n);
        expect(result >= date).toBe(true);
        expect(result <= addDays(addMonths(`${date.slice(0, 8)}01`, n + 1), 0)).toBe(true);
      }),
    );
  });

  it("weeks are seven days", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 500 }), (date, w) => {
        expect(addDuration(date, `${w} weeks`)).toBe(addDays(date, 7 * w));
      }),
    );
  });
});
