import { fhirSchemaErrors, fhirValidator, unresolvedReferences } from "@upnest/transfer/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";

/**
 * `fhir.bundle` for a baby born at 31 weeks, with measurements at several ages and two visits' vaccines, through
 * the API over HTTP with real tokens: the Bundle validates against the FHIR R4 JSON schema, has an entry per
 * record, carries the percentiles and the forecast the Growth tab and the vaccines page show, is the same for a
 * viewer, and a stranger gets NOT_FOUND.
 */
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);
type User = Awaited<ReturnType<Harness["user"]>>;
type Bundle = Awaited<ReturnType<User["client"]["fhir"]["bundle"]["query"]>>;
type Resource = Bundle["entry"][number]["resource"];
const round2 = (n: number) => Math.round(n * 100) / 100;

let h: Harness;
let parent: User;
let viewer: User;
let stranger: User;
let babyId: string;
let bundle: Bundle;
const commands: string[] = [];
const born = daysAgo(400);
const measured = [
  { measuredOn: born, weightKg: 1.6, lengthCm: 41, lengthMethod: "lying", headCircumferenceCm: 29 },
  { measuredOn: daysAgo(340), weightKg: 2.9, lengthCm: 47.5, lengthMethod: "lying", headCircumferenceCm: 34.2 },
  { measuredOn: daysAgo(250), weightKg: 5.1, lengthCm: 58, lengthMethod: "lying", headCircumferenceCm: 39.5 },
  { measuredOn: daysAgo(100), weightKg: 7.6 },
] as const;
type Observation = Extract<Resource, { resourceType: "Observation" }>;
const of = (type: Resource["resourceType"]) => bundle.entry.filter((e) => e.resource.resourceType === type);
const observed = (code: string) =>
  bundle.entry
    .map((e) => e.resource)
    .filter((r): r is Observation => r.resourceType === "Observation" && !!r.code.coding?.some((c) => c.code === code));

beforeAll(async () => {
  // Compiling the schema holds the process for a couple of seconds: before any connection is open.
  fhirValidator();
  h = await createHarness(
    inject("dynamoEndpoint"),
    {},
    { observe: (side, command) => void commands.push(side + command) },
  );
  [parent, viewer, stranger] = await Promise.all([h.user("fhir-parent"), h.user("fhir-viewer"), h.user("fhir-none")]);
  ({ babyId } = await parent.client.babies.create.mutate({
    name: "Lucía",
    dateOfBirth: born,
    sex: "female",
    gestationalAgeWeeks: 31,
    timeZone: "Europe/Madrid",
  }));
  for (const m of measured) await parent.client.measurements.add.mutate({ babyId, ...m });
  await parent.client.vaccinations.addVisit.mutate({
    babyId,
    dateGiven: born,
    clinic: "Hospital La Paz",
    doses: [{ cvx: "08", lotNumber: "HB-2231" }],
  });
  await parent.client.vaccinations.addVisit.mutate({
    babyId,
    dateGiven: daysAgo(340),
    clinic: "Centro de Salud Delicias",
    doses: [{ cvx: "110" }, { cvx: "49" }, { cvx: "133" }],
  });
  const { token } = await parent.client.caregivers.invite.mutate({ babyId, role: "viewer" });
  await viewer.client.caregivers.accept.mutate({ token });
  bundle = await parent.client.fhir.bundle.query({ babyId });
}, 120_000);
afterAll(() => h.close());

describe("fhir.bundle", () => {
  it("validates against the FHIR R4 JSON schema, every reference resolving within the Bundle", () => {
    expect(fhirSchemaErrors(bundle)).toEqual([]);
    expect(unresolvedReferences(bundle)).toEqual([]);
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
  });

  it("has the Patient, an Observation per measure, the gestational age, an Immunization per dose and the forecast", () => {
    expect(of("Patient").map((e) => e.resource)).toEqual([
      expect.objectContaining({ name: [{ use: "usual", text: "Lucía" }], gender: "female", birthDate: born }),
    ]);
    expect(observed("29463-7").map((o) => o.valueQuantity.value)).toEqual([1.6, 2.9, 5.1, 7.6]);
    expect(observed("8306-3")).toHaveLength(3);
    expect(observed("9843-4")).toHaveLength(3);
    expect(observed("39156-5")).toHaveLength(3);
    expect(observed("76516-4")).toHaveLength(1);
    expect(of("Immunization")).toHaveLength(4);
    expect(of("ImmunizationRecommendation")).toHaveLength(1);
  });

  it("carries the percentiles the Growth tab shows, on the same standards", async () => {
    const list = await parent.client.measurements.list.query({ babyId, limit: 100 });
    const heads = list.items
      .filter((m) => m.growth.headCircumferenceForAge?.percentile != null)
      .map((m) => [m.measuredOn, round2(m.growth.headCircumferenceForAge?.percentile ?? 0)])
      .sort();
    expect(heads.length).toBeGreaterThanOrEqual(2);
    const inBundle = observed("8289-1").map((o) => [o.effectiveDateTime, o.valueQuantity.value]);
    expect(inBundle.sort()).toEqual(heads);
    // Born at 31 weeks: the first head circumferences are on INTERGROWTH-21st's preterm standard.
    expect(observed("8289-1")[0]?.note?.[0]?.text).toMatch(/^INTERGROWTH-21st/);
  });

  it("has the vaccines page's forecast: each group due or overdue is a recommendation with its dates", async () => {
    const status = await parent.client.vaccinations.status.query({ babyId });
    const dueNow = status.groups.filter((g) => g.status === "due" || g.status === "overdue").map((g) => g.vaccineGroup);
    expect(dueNow.length).toBeGreaterThan(0);
    const [forecast] = of("ImmunizationRecommendation").map((e) => e.resource);
    if (forecast?.resourceType !== "ImmunizationRecommendation") throw new Error("no forecast");
    const named = forecast.recommendation.filter(
      (r) =>
        ["due", "overdue"].includes(r.forecastStatus.coding?.[0]?.code ?? "") && r.forecastStatus.text !== "Upcoming",
    );
    expect(named.map((r) => r.vaccineCode[0]?.text).sort()).toEqual(dueNow.sort());
    for (const r of named) expect(r.dateCriterion?.map((d) => d.code.coding?.[0]?.code)).toContain("30980-7");
  });

  it("reads the membership once, then only Queries", async () => {
    commands.length = 0;
    await parent.client.fhir.bundle.query({ babyId });
    const api = commands.filter((c) => c.startsWith("api")).map((c) => c.slice(3));
    // The membership, then every measurement, every dose and the measurements on the date of birth (the birth
    // weight the vaccination engine takes): the baby's zone comes with the membership.
    expect(api).toEqual(["GetItemCommand", "QueryCommand", "QueryCommand", "QueryCommand"]);
  });

  it("is the same for a viewer; a stranger gets NOT_FOUND, as for a baby that does not exist", async () => {
    const seen = await viewer.client.fhir.bundle.query({ babyId });
    expect(seen.entry.map((e) => e.fullUrl)).toEqual(bundle.entry.map((e) => e.fullUrl));
    const refused = await stranger.client.fhir.bundle
      .query({ babyId })
      .catch((e: { data?: { code?: string }; message: string }) => e);
    const missing = await stranger.client.fhir.bundle
      .query({ babyId: "01ARZ3NDEKTSV4RRFFQ69G5FAV" })
      .catch((e: { data?: { code?: string }; message: string }) => e);
    expect(refused).toMatchObject({ data: { code: "NOT_FOUND" } });
    expect((refused as { message: string }).message).toBe((missing as { message: string }).message);
  });
});
