import { type ConsumedCapacity, createDocumentClient, createRepositories } from "@upnest/db";
import { TEST_CURSOR_SECRET } from "@upnest/db/testing";
import { valueAtZ } from "@upnest/growth";
import { formatDate } from "@upnest/i18n";
import {
  allergies,
  diapers,
  feedings,
  illnesses,
  medicineCourses,
  medicineDoses,
  sleeps,
  temperatures,
  visits,
} from "@upnest/schemas";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";
import { createContext } from "../trpc/context.ts";
import { createCallerFactory } from "../trpc/trpc.ts";
import { appRouter } from "./_app.ts";

/**
 * `report.data` over five years of a preterm baby's records (measurements monthly, courses of medicine and their
 * doses, care entries sampled): one call pages through everything, reads the membership once and each type with
 * its own Query, and answers what the web can take in one response.
 */
const ZONE = "America/Chicago";
const DAY = 86_400_000;
const day = (from: string, n: number) => new Date(Date.parse(from) + n * DAY).toISOString().slice(0, 10);
const failure = (call: Promise<unknown>) =>
  call.then(
    () => null,
    (e: { code?: string; message?: string; data?: { fieldErrors?: Record<string, string[]> } }) => e,
  );

let h: Harness;
let used: ConsumedCapacity[] = [];
let parent: Awaited<ReturnType<Harness["user"]>>;
const createCaller = createCallerFactory(appRouter);
let counted: ReturnType<typeof createCaller>;
let babyId: string;
const today = new Date().toISOString().slice(0, 10);
const born = day(today, -5 * 365 - 20);
const counts = { measurements: 0, doses: 0, courseDoses: 0 };

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  parent = await h.user("report");
  ({ babyId } = await parent.caller.babies.create({
    name: "Lucía",
    dateOfBirth: born,
    sex: "female",
    gestationalAgeWeeks: 33,
    timeZone: ZONE,
  }));
  const repos = h.services.repos;
  const access = await repos.babies.access(parent.userId, babyId);
  const add = (definition: Parameters<typeof repos.records>[0], values: Record<string, unknown>) =>
    repos.records(definition).add(access, values as never);
  // Monthly measurements on the 25th percentile of WHO's curves at corrected age (7 weeks early).
  for (let month = 0; day(born, month * 30.4375) <= today; month++) {
    const measuredOn = day(born, Math.round(month * 30.4375));
    const at = Math.max(0, month * 30.4375 - 49);
    const value = (indicator: "weight-for-age" | "length-for-age" | "head-circumference-for-age") =>
      Math.round((valueAtZ({ indicator, sex: "female", at, z: -0.67 }) ?? 1) * 10) / 10;
    await repos.measurements.add(access, {
      measuredOn,
      weightKg: value("weight-for-age"),
      lengthCm: value("length-for-age"),
      lengthMethod: at < 731 ? "lying" : "standing",
      headCircumferenceCm: value("head-circumference-for-age"),
    });
    counts.measurements++;
  }
  // A course of amoxicillin twice a year (every 8 hours for 5 days: 15 doses), and paracetamol now and then.
  for (let n = 0; n < 10; n++) {
    const startedOn = day(born, 120 + n * 182);
    const course = await add(medicineCourses, { name: "Amoxicillin", startedOn, everyHours: 8, days: 5 });
    const courseId = (course as { courseId: string }).courseId;
    for (let d = 0; d < 15; d++) {
      const givenAt = new Date(Date.parse(`${startedOn}T14:00:00Z`) + d * 8 * 3600_000).toISOString();
      await add(medicineDoses, { givenAt, timeZone: ZONE, name: "Amoxicillin", courseId, amount: 5, unit: "ml" });
      counts.courseDoses++;
    }
    await add(medicineDoses, { givenAt: `${day(startedOn, 1)}T03:00:00.000Z`, timeZone: ZONE, name: "Paracetamol" });
    await add(temperatures, { takenAt: `${startedOn}T13:00:00.000Z`, timeZone: ZONE, celsius: 38.6, method: "ear" });
    await add(illnesses, { startedOn, endedOn: day(startedOn, 6), name: "Ear infection", symptoms: ["fever"] });
    await add(visits, { visitedOn: startedOn, clinician: "Dr Rivera", reason: "Ear pain", wellChild: false });
    counts.doses += 16;
  }
  await add(allergies, { allergen: "Peanut", reaction: "Hives", severity: "moderate", noticedOn: day(born, 400) });
  // The care log: a week's sample every few months, and the last 30 days in full.
  const careDays = [
    ...Array.from({ length: 20 }, (_, i) => day(born, 60 + i * 90)),
    ...Array.from({ length: 30 }, (_, i) => day(today, -1 - i)),
  ];
  for (const d of careDays) {
    for (const hour of ["07", "11", "15", "19"]) {
      await add(feedings, {
        startedAt: `${d}T${hour}:00:00.000Z`,
        timeZone: ZONE,
        method: "bottle",
        amountMl: 150,
        milk: "formula",
      });
      await add(diapers, { at: `${d}T${hour}:30:00.000Z`, timeZone: ZONE, contents: "wet" });
    }
    await add(sleeps, { startedAt: `${d}T18:00:00.000Z`, timeZone: ZONE, endedAt: `${d}T19:30:00.000Z`, kind: "nap" });
  }
  const db = createDocumentClient(
    { tableName: h.table.tableName, endpoint: h.table.endpoint },
    { onConsumedCapacity: (c) => void used.push(c) },
  );
  const services = {
    ...h.services,
    repos: createRepositories({ db, tableName: h.table.tableName, cursorSecret: TEST_CURSOR_SECRET }),
  };
  counted = createCaller(
    await createContext(services, { headers: { authorization: `Bearer ${parent.tokens.access}` }, requestId: "r" }),
  );
}, 600_000);
afterAll(() => h.close());

describe("report.data over a five-year history", () => {
  it("carries every measurement with its percentiles, the courses' doses and the care averages", async () => {
    // Up to yesterday, the last day of the care log.
    const report = await parent.client.report.data.query({ babyId, from: born, to: day(today, -1) });
    expect(report.baby).toMatchObject({ name: "Lucía", gestationalAgeWeeks: 33 });
    expect(report.growth.measurements).toHaveLength(counts.measurements);
    expect(report.growth.preterm).toBe(true);
    // Made on WHO's 25th percentile at corrected age: the report says so where WHO is the chart for the age (after
    // 64 weeks postmenstrual, to 2 years); before it, INTERGROWTH-21st scores them, each row naming its standard.
    const onWho = report.growth.measurements.filter((m) => m.standard === "who-2006" && m.age.corrected);
    expect(onWho.length).toBeGreaterThan(10);
    expect(onWho.filter((m) => m.weight === null || m.weight < 15 || m.weight > 35)).toEqual([]);
    const early = report.growth.measurements.filter((m) => m.age.chronologicalDays <= 448 - 231);
    expect(early.length).toBeGreaterThan(5);
    expect(early.filter((m) => m.standard !== "intergrowth-postnatal" || m.weight === null)).toEqual([]);
    expect(report.growth.charts.map((c) => c.points.length)).toEqual([
      counts.measurements,
      counts.measurements,
      counts.measurements,
    ]);
    expect(report.growth.timeline.map((s) => s.standard)).toEqual(["intergrowth-postnatal", "who-2006", "cdc-2000"]);
    expect(report.health.courses).toHaveLength(10);
    expect(report.health.courses.reduce((s, c) => s + c.dosesInRange, 0)).toBe(counts.courseDoses);
    expect(report.health.singleDoses).toEqual([expect.objectContaining({ name: "Paracetamol", count: 10 })]);
    expect(report.health.illnesses.every((i) => i.highest?.celsius === 38.6)).toBe(true);
    expect(report.health.allergies).toEqual([expect.objectContaining({ allergen: "Peanut", severity: "moderate" })]);
    expect(report.care?.week).toMatchObject({ daysLogged: 7, feeds: 4, volumeMl: 600, wet: 4 });
    expect(report.care?.month?.daysLogged).toBe(30);
    // What one answer weighs: a phone takes it whole (the PDF is made from it in the browser).
    expect(JSON.stringify(report).length).toBeLessThan(512 * 1024);
  });

  it("reads the membership once, then each record type with its own Query, paged to the end", async () => {
    used = [];
    await counted.report.data({ babyId, from: born, to: today });
    const commands = used.map((c) => c.command);
    expect(commands[0]).toBe("GetItemCommand");
    expect(commands.slice(1).every((c) => c === "QueryCommand")).toBe(true);
    // Ten record types; the doses and measurements need more than one page of 100.
    expect(commands.length).toBeGreaterThanOrEqual(1 + 10 + 2);
  });

  it("a report of the last year leaves the older records out", async () => {
    const from = day(today, -365);
    const report = await parent.client.report.data.query({ babyId, from, to: today });
    expect(report.growth.measurements.every((m) => m.measuredOn >= from)).toBe(true);
    expect(report.growth.measurements.length).toBeLessThanOrEqual(13);
    expect(report.health.visits.every((v) => v.visitedOn >= from)).toBe(true);
  });
});

describe("a range the report cannot cover is refused, with the field to fix", () => {
  it.each([
    ["the end before the start", { from: today, to: day(today, -1) }, "to", "End date must not be before start date"],
    ["more than six years", { from: "2019-01-01", to: today }, "from", "A report covers at most 6 years"],
    [
      "a start before the birth",
      { from: day(born, -1), to: today },
      "from",
      `Start cannot be before the date of birth (${born})`,
    ],
  ])("%s", async (_, range, field, message) => {
    const refused = await failure(parent.client.report.data.query({ babyId, ...range }));
    expect(refused?.data?.fieldErrors?.[field]).toEqual([message]);
  });

  it("and in the reader's language", async () => {
    const spanish = h.httpClient(parent.tokens.access, "es");
    const refused = await failure(spanish.report.data.query({ babyId, from: day(born, -1), to: today }));
    expect(refused?.data?.fieldErrors?.from).toEqual([
      `El inicio no puede ser anterior a la fecha de nacimiento (${formatDate(born, "es")})`,
    ]);
  });
});
