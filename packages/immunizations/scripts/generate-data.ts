/**
 * Turns CDC's CDSi supporting data (v4.64, JSON form from the cicada project)
 * into typed modules under src/data/. Run: pnpm --filter @upnest/immunizations generate
 *
 * Kept: Standard and Evaluation Only series a child under 19 can be on, and only
 * the fields the logic reads. Dropped: Risk series (they need indications, which a
 * healthy child has none of; spec section 5.1), adult-only series (minimum age to
 * start of 19 years or more), contraindications, immunity, volumes, trade names.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type {
  AgeRow,
  AntigenData,
  AntigenSeries,
  ConditionalSkip,
  CvxEntry,
  IntervalRow,
  LiveVirusConflict,
  SeriesDose,
  SeriesVaccine,
  SkipCondition,
  VaccineGroupData,
} from "../src/data/types.ts";
import { parseDuration } from "../src/duration.ts";

const here = dirname(fileURLToPath(import.meta.url));
const SOURCE = join(here, "../data/cdc");
const SOURCE_LABEL = "data/cdc/ (CDC CDSi supporting data v4.64, 2025-11-10)";
const OUT = join(here, "../src/data");

/** The vaccine groups on CDC's child and adolescent schedule (the package's scope). */
export const CHILD_VACCINE_GROUPS = [
  "DTaP/Tdap/Td",
  "Polio",
  "Hib",
  "Pneumococcal",
  "HepB",
  "MMR",
  "Varicella",
  "Rotavirus",
  "HepA",
  "Meningococcal",
  "Influenza",
  "COVID-19",
  "RSV",
];
const ADULT_START_MONTHS = 19 * 12;

// The source JSON has no schema; every field read below is checked by the types it lands in.
type Raw = Record<string, any>;

const list = (v: unknown): Raw[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]) as Raw[];
const cvxList = (v: string | undefined) => (v ? v.split(/\s*;\s*/).filter(Boolean) : undefined);
const yes = (v: unknown) => v === "Yes" || v === "Y";

function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function age(r: Raw): AgeRow {
  return compact({
    absMinAge: r.absMinAge,
    minAge: r.minAge,
    earliestRecAge: r.earliestRecAge,
    latestRecAge: r.latestRecAge,
    maxAge: r.maxAge,
    effectiveDate: r.effectiveDate,
    cessationDate: r.cessationDate,
  });
}

function interval(r: Raw): IntervalRow {
  return compact({
    fromPrevious: yes(r.fromPrevious),
    fromTargetDose: r.fromTargetDose ? Number(r.fromTargetDose) : undefined,
    fromMostRecent: cvxList(r.fromMostRecent),
    fromObservation: r.fromRelevantObs?.code,
    absMinInt: r.absMinInt,
    minInt: r.minInt,
    earliestRecInt: r.earliestRecInt,
    latestRecInt: r.latestRecInt,
    // The 4.64 data writes the interval priority flag as "override" (FORECASTPRIORITY-1).
    priority: r.intervalPriority ? true : undefined,
    effectiveDate: r.effectiveDate,
    cessationDate: r.cessationDate,
  });
}

function vaccine(r: Raw, preferable: boolean): SeriesVaccine {
  return compact({
    cvx: r.cvx,
    beginAge: r.beginAge,
    endAge: r.endAge,
    forecast: preferable ? yes(r.forecastVaccineType) : undefined,
  });
}

function condition(r: Raw): SkipCondition {
  // The data spells the type and logic with varying case ("Vaccine Count By Age", "Greater Than").
  const type = String(r.conditionType).replace(/ By /, " by ") as SkipCondition["type"];
  return compact({
    type,
    beginAge: r.beginAge,
    endAge: r.endAge,
    startDate: r.startDate,
    endDate: r.endDate,
    interval: r.interval,
    doseCount: r.doseCount === undefined ? undefined : Number(r.doseCount),
    doseType: r.doseType,
    doseCountLogic: r.doseCountLogic?.toLowerCase(),
    vaccineTypes: cvxList(r.vaccineTypes),
    seriesGroups: cvxList(r.seriesGroups),
  });
}

function skip(r: Raw): ConditionalSkip {
  return {
    context: r.context,
    logic: r.setLogic === "AND" ? "AND" : "OR", // "n/a" means a single set
    sets: list(r.set).map((s) => ({
      logic: s.conditionLogic === "OR" ? "OR" : "AND",
      conditions: list(s.condition).map(condition),
    })),
  };
}

function dose(r: Raw): SeriesDose {
  return compact({
    doseNumber: Number(String(r.doseNumber).replace(/\D/g, "")),
    ages: list(r.age).map(age),
    intervals: list(r.interval).map(interval),
    allowableIntervals: list(r.allowableInterval).map(interval),
    preferable: list(r.preferableVaccine).map((v) => vaccine(v, true)),
    allowable: list(r.allowableVaccine).map((v) => vaccine(v, false)),
    inadvertent: list(r.inadvertentVaccine).map((v) => String(v.cvx)),
    skips: list(r.conditionalSkip).map(skip),
    recurring: yes(r.recurringDose),
    season: r.seasonalRecommendation ? compact({ ...r.seasonalRecommendation }) : undefined,
  });
}

function series(r: Raw, antigen: string): AntigenSeries {
  const s = r.selectSeries as Raw;
  return compact({
    name: r.seriesName,
    antigen,
    vaccineGroup: r.vaccineGroup,
    type: r.seriesType,
    requiredGender: r.requiredGender,
    defaultSeries: yes(s.defaultSeries),
    productPath: yes(s.productPath),
    seriesGroup: String(s.seriesGroup),
    seriesPriority: String(s.seriesPriority),
    seriesPreference: Number(s.seriesPreference),
    minAgeToStart: s.minAgeToStart,
    maxAgeToStart: s.maxAgeToStart,
    doses: list(r.seriesDose).map(dose),
  });
}

const childSeries = (r: Raw) =>
  r.seriesType !== "Risk" &&
  !(r.selectSeries?.minAgeToStart && parseDuration(r.selectSeries.minAgeToStart).months >= ADULT_START_MONTHS);

export const slug = (antigen: string) => antigen.toLowerCase().replace(/[^a-z0-9]+/g, "-");

const header = (what: string) =>
  `// GENERATED by scripts/generate-data.ts from ${SOURCE_LABEL}.\n// ${what}\n// Do not edit by hand; re-run \`pnpm --filter @upnest/immunizations generate\`.\n`;

function write(file: string, body: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
}

function main() {
  const schedule = JSON.parse(readFileSync(join(SOURCE, "ScheduleSupportingData.json"), "utf8")).scheduleSupportingData;
  const groups: VaccineGroupData[] = CHILD_VACCINE_GROUPS.map((name) => {
    const map = list(schedule.vaccineGroupToAntigenMap.vaccineGroupMap).find((g) => g.name === name);
    const group = list(schedule.vaccineGroups.vaccineGroup).find((g) => g.name === name);
    if (!map || !group) throw new Error(`vaccine group ${name} missing from the source`);
    return {
      name,
      antigens: list(map.antigen).map(String),
      administerFullVaccineGroup: yes(group.administerFullVaccineGroup),
    };
  });
  const antigens = groups.flatMap((g) => g.antigens);

  for (const file of readdirSync(SOURCE).filter((f) => f.startsWith("AntigenSupportingData"))) {
    const raw = JSON.parse(readFileSync(join(SOURCE, file), "utf8")).antigenSupportingData;
    const first = list(raw.series)[0];
    const antigen = String(first?.targetDisease);
    if (!antigens.includes(antigen)) continue;
    const data: AntigenData = {
      antigen,
      series: list(raw.series)
        .filter(childSeries)
        .map((s) => series(s, antigen)),
    };
    write(
      join(OUT, "antigens", `${slug(antigen)}.ts`),
      `${header(`Antigen ${antigen}: child series only (source file "${file}").`)}import type { AntigenData } from '../types.ts';\n\nexport const antigen: AntigenData = ${JSON.stringify(data, null, 1)};\n`,
    );
  }

  const cvx: Record<string, CvxEntry> = {};
  for (const m of list(schedule.cvxToAntigenMap.cvxMap)) {
    cvx[m.cvx] = {
      name: m.shortDescription,
      antigens: list(m.association)
        .filter((a) => antigens.includes(a.antigen))
        .map((a) => compact({ antigen: a.antigen, beginAge: a.associationBeginAge, endAge: a.associationEndAge })),
    };
  }
  const conflicts: LiveVirusConflict[] = list(schedule.liveVirusConflicts.liveVirusConflict).map((c) => ({
    previous: c.previous.cvx,
    current: c.current.cvx,
    begin: c.conflictBeginInterval,
    minEnd: c.minConflictEndInterval,
    end: c.conflictEndInterval,
  }));
  write(
    join(OUT, "schedule.ts"),
    `${header("Schedule data: vaccine groups, CVX-to-antigen map, live-virus conflicts.")}import type { CvxEntry, LiveVirusConflict, VaccineGroupData } from './types.ts';

export const CDSI_VERSION = '4.64';
export const vaccineGroups: VaccineGroupData[] = ${JSON.stringify(groups, null, 1)};
export const cvxMap: Record<string, CvxEntry> = ${JSON.stringify(cvx)};
export const liveVirusConflicts: LiveVirusConflict[] = ${JSON.stringify(conflicts)};
`,
  );

  const imports = antigens.map((a, i) => `import { antigen as a${i} } from './antigens/${slug(a)}.ts';`).join("\n");
  write(
    join(OUT, "antigens.ts"),
    `${header("Index of the antigen modules, one per antigen.")}import type { AntigenData } from './types.ts';
${imports}

export const antigenData: Record<string, AntigenData> = {
${antigens.map((a, i) => `  ${JSON.stringify(a)}: a${i},`).join("\n")}
};
`,
  );
  console.log(`wrote ${antigens.length} antigen modules, schedule.ts and antigens.ts`);
}

main();
