import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHECKLIST_AGES, checklistAgeFor, DAYS_PER_MONTH, nextChecklistAge, wholeMonths } from "./index.ts";

describe("wholeMonths", () => {
  it("floors days / 30.4375", () => {
    expect(DAYS_PER_MONTH).toBe(365.25 / 12);
    expect(wholeMonths(0)).toBe(0);
    expect(wholeMonths(30)).toBe(0);
    expect(wholeMonths(31)).toBe(1);
    expect(wholeMonths(60)).toBe(1); // 60 / 30.4375 = 1.97
    expect(wholeMonths(60.875)).toBe(2); // exactly 2 months
    expect(wholeMonths(61)).toBe(2);
    expect(wholeMonths(730)).toBe(23); // 24 months is 730.5 days
    expect(wholeMonths(731)).toBe(24);
  });

  it("is exact on every month boundary up to 6 years", () => {
    for (let month = 0; month <= 72; month++) {
      expect(wholeMonths(month * DAYS_PER_MONTH)).toBe(month);
      expect(wholeMonths(Math.ceil(month * DAYS_PER_MONTH))).toBe(month);
      if (month > 0) expect(wholeMonths(Math.ceil(month * DAYS_PER_MONTH) - 1)).toBe(month - 1);
    }
  });

  it("rejects a non-finite age", () => {
    expect(() => wholeMonths(Number.NaN)).toThrow(RangeError);
    expect(() => checklistAgeFor(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("checklistAgeFor", () => {
  it("has no checklist before 2 months", () => {
    expect(checklistAgeFor(0)).toBeNull();
    expect(checklistAgeFor(59)).toBeNull();
    expect(checklistAgeFor(60)).toBeNull();
  });

  it("opens the 2-month checklist on day 61", () => {
    expect(checklistAgeFor(61)).toBe(2);
  });

  it("has no checklist for a corrected age before the due date", () => {
    expect(checklistAgeFor(-20)).toBeNull();
  });

  it("keeps the latest checklist reached between two checklists", () => {
    expect(checklistAgeFor(121)).toBe(2); // 3.98 months
    expect(checklistAgeFor(122)).toBe(4);
    expect(checklistAgeFor(300)).toBe(9); // 9.86 months
    expect(checklistAgeFor(366)).toBe(12);
  });

  it("switches to 24 months on day 731, not 730", () => {
    expect(checklistAgeFor(730)).toBe(18); // 23 whole months
    expect(checklistAgeFor(731)).toBe(24);
  });

  it("switches to 60 months on day 1827 and stays there", () => {
    expect(checklistAgeFor(1826)).toBe(48); // 60 months is 1826.25 days
    expect(checklistAgeFor(1827)).toBe(60);
    expect(checklistAgeFor(3000)).toBe(60);
  });

  it("opens each checklist on the first day of its month", () => {
    for (const age of CHECKLIST_AGES) {
      const firstDay = Math.ceil(age * DAYS_PER_MONTH);
      expect(checklistAgeFor(firstDay)).toBe(age);
      expect(checklistAgeFor(firstDay - 1)).not.toBe(age);
    }
  });

  it("is monotone non-decreasing in age (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }), (a, b) => {
        const [younger, older] = a <= b ? [a, b] : [b, a];
        const before = checklistAgeFor(younger);
        const after = checklistAgeFor(older);
        return before === null || (after !== null && after >= before);
      }),
    );
  });

  it("always returns a checklist age that has been reached (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (days) => {
        const age = checklistAgeFor(days);
        return age === null ? wholeMonths(days) < 2 : CHECKLIST_AGES.includes(age) && age <= wholeMonths(days);
      }),
    );
  });
});

describe("nextChecklistAge", () => {
  it("gives the checklist coming up", () => {
    expect(nextChecklistAge(0)).toBe(2);
    expect(nextChecklistAge(61)).toBe(4);
    expect(nextChecklistAge(730)).toBe(24);
    expect(nextChecklistAge(731)).toBe(30);
  });

  it("is null from 60 months", () => {
    expect(nextChecklistAge(Math.ceil(60 * DAYS_PER_MONTH))).toBeNull();
  });
});
