/** Loads CDC's test cases (healthy childhood v4.45; extended) and compares one case with the engine's answer. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cvxMap, vaccineGroups } from "../../src/data/schedule.ts";
import { assessImmunizations } from "../../src/index.ts";

export interface CdcCase {
  id: string;
  name: string;
  dateOfBirth: string;
  sex: string;
  assessmentDate: string;
  /** Extended cases only: CDSi observation codes and their dates. */
  conditions?: string[];
  conditionDates?: (string | null)[];
  doses: { dateGiven: string; cvx: string; expectedStatus: string; expectedReason: string | null }[];
  vaccineGroup: string;
  expected: {
    seriesStatus: string;
    forecastDoseNumber: number | null;
    earliestDate: string | null;
    recommendedDate: string | null;
    pastDueDate: string | null;
  };
}

const here = dirname(fileURLToPath(import.meta.url));
export const CASES_PATH = "data/cdc-test-cases/healthy-childhood-cases.json";
export const EXTENDED_CASES_PATH = "data/cdc-test-cases/extended-cases.json";

export function loadCases(path = CASES_PATH): CdcCase[] {
  return JSON.parse(readFileSync(join(here, "../..", path), "utf8")) as CdcCase[];
}

const STATUS: Record<string, string> = { Valid: "valid", "Not Valid": "not-valid", Extraneous: "extraneous" };
/** The workbooks spell series statuses differently ("Not complete", "Not Complete"): compared without case or spaces. */
const series = (status: string) => status.toLowerCase().replace(/[^a-z]+/g, "-");

/** Differences between CDC's expectation and the engine's answer; empty means the case passes. */
export function runCase(c: CdcCase): string[] {
  const result = assessImmunizations({
    dateOfBirth: c.dateOfBirth,
    sex: c.sex === "female" ? "female" : "male",
    assessmentDate: c.assessmentDate,
    doses: c.doses.map((d) => ({ dateGiven: d.dateGiven, cvx: d.cvx })),
    ...(c.conditions?.length ? { conditions: c.conditions, conditionDates: c.conditionDates ?? [] } : {}),
  });
  const diffs: string[] = [];
  const antigens = vaccineGroups.find((g) => g.name === c.vaccineGroup)?.antigens ?? [];
  c.doses.forEach((d, i) => {
    const carried = (cvxMap[d.cvx]?.antigens ?? []).map((a) => a.antigen).filter((a) => antigens.includes(a));
    for (const antigen of carried) {
      const got = result.doses[i]?.evaluations.find((e) => e.antigen === antigen);
      if (got?.status !== STATUS[d.expectedStatus]) {
        diffs.push(
          `dose ${i + 1} (${d.dateGiven} CVX ${d.cvx}) ${antigen}: expected ${d.expectedStatus}, got ${got?.status ?? "none"}${got?.reason ? ` (${got.reason})` : ""}`,
        );
      }
    }
  });
  const group = result.vaccineGroups.find((g) => g.vaccineGroup === c.vaccineGroup);
  const e = c.expected;
  if (!group || group.seriesStatus !== series(e.seriesStatus)) {
    diffs.push(`series status: expected ${e.seriesStatus}, got ${group?.seriesStatus}`);
  } else if (group.seriesStatus === "not-complete") {
    const f = group.forecast;
    const pairs: [string, unknown, unknown][] = [
      ["dose number", e.forecastDoseNumber, f?.doseNumber],
      ["earliest", e.earliestDate, f?.earliestDate],
      ["recommended", e.recommendedDate, f?.recommendedDate],
      ["past due", e.pastDueDate, f?.pastDueDate ?? null],
    ];
    for (const [what, want, got] of pairs) if (want !== got) diffs.push(`${what}: expected ${want}, got ${got}`);
  }
  return diffs;
}
