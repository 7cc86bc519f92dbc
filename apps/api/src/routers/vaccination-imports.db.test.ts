import { dumpTable } from "@upnest/db/testing";
import { HEALTH_CARD_ERRORS } from "@upnest/health-cards";
import {
  EXAMPLE_ISS,
  exampleIssuer,
  exampleJws,
  immunizationCard,
  tampered,
  testIssuer,
} from "@upnest/health-cards/testing";
import { translateError } from "@upnest/i18n";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { topicsMovedBy } from "../reminders/replan.ts";
import { createHarness, type Harness } from "../testing/harness.ts";

// The specification's example card (two COVID-19 doses, 2021) for a child born before them; the example issuer is
// trusted here through the services, as the browser tests' stack does: the shipped list never has it.
let h: Harness;
let mum: Awaited<ReturnType<Harness["user"]>>;
let babyId: string;
let fhirBabyId: string;

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"), {}, { healthCards: { alsoTrusted: [exampleIssuer] } });
  mum = await h.user("card-mum");
  ({ babyId } = await mum.caller.babies.create({ name: "Ada", dateOfBirth: "2020-06-01", sex: "female" }));
  ({ babyId: fhirBabyId } = await mum.caller.babies.create({
    name: "Lucía",
    dateOfBirth: "2026-03-14",
    sex: "female",
  }));
});
afterAll(() => h.close());

const shc = (jws: string) => ({ kind: "shc" as const, jws });

/** The example card with a dose's lot changed after signing (the issuer's signature kept). */
const altered = () => tampered((json) => json.replace('"lotNumber":"0000001"', '"lotNumber":"0000002"'));

describe("a SMART Health Card: read on the server, verified against the trust list, its doses added", () => {
  it("verifies the spec's example card, names its issuer, warns that its patient is not the baby, and marks both doses new", async () => {
    const read = await mum.caller.vaccinations.readRecords({ babyId, source: shc(exampleJws) });
    expect(read.issuer).toEqual({
      iss: EXAMPLE_ISS,
      name: "SMART Health Cards example issuer",
      verified: true,
      problem: null,
    });
    expect(read.patient).toEqual({
      name: "John B. Anyperson",
      birthDate: "1951-01-20",
      sameName: false,
      sameBirthDate: false,
    });
    expect(read.doses.map((d) => [d.cvx, d.date, d.lotNumber, d.performer, d.status])).toEqual([
      ["207", "2021-01-01", "0000001", "ABC General Hospital", "new"],
      ["207", "2021-01-29", "0000007", "ABC General Hospital", "new"],
    ]);
    expect(read.doses[0]?.vaccine).toMatch(/COVID-19/);
    expect(read.skipped).toEqual([]);
  });

  it("adds the card's doses in one call; the page's status counts them; a second import adds nothing", async () => {
    const read = await mum.caller.vaccinations.readRecords({ babyId, source: shc(exampleJws) });
    const doses = read.doses.map((d) => ({
      cvx: d.cvx,
      dateGiven: d.date,
      lotNumber: d.lotNumber ?? undefined,
      clinic: d.performer ?? undefined,
    }));
    const first = await mum.caller.vaccinations.addDoses({ babyId, doses });
    expect(first.alreadyRecorded).toBe(0);
    expect(first.added.map((d) => [d.cvx, d.dateGiven, d.lotNumber, d.clinic])).toEqual([
      ["207", "2021-01-01", "0000001", "ABC General Hospital"],
      ["207", "2021-01-29", "0000007", "ABC General Hospital"],
    ]);
    const overview = await mum.caller.vaccinations.overview({ babyId });
    expect(overview.doses.filter((d) => d.cvx === "207").map((d) => d.dateGiven)).toEqual(
      expect.arrayContaining(["2021-01-01", "2021-01-29"]),
    );
    const history = await mum.caller.babies.history({ babyId, limit: 50 });
    expect(history.items.filter((e) => e.recordType === "vaccination" && e.action === "create")).toHaveLength(2);

    // The same card again: both doses read as recorded, and adding them writes nothing.
    const again = await mum.caller.vaccinations.readRecords({ babyId, source: shc(exampleJws) });
    expect(again.doses.map((d) => d.status)).toEqual(["recorded", "recorded"]);
    const before = await dumpTable(h.table);
    expect(await mum.caller.vaccinations.addDoses({ babyId, doses })).toEqual({ added: [], alreadyRecorded: 2 });
    const changed = (await dumpTable(h.table)).filter(
      (i) => !before.some((b) => JSON.stringify(b) === JSON.stringify(i)),
    );
    expect(changed.filter((i) => String(i.PK).startsWith("BABY#"))).toEqual([]);
    expect(topicsMovedBy("vaccinations.addDoses")).toEqual(["vaccines"]);
  });

  it("refuses a card altered after signing, with a clear message, and changes nothing", async () => {
    const before = await dumpTable(h.table);
    const error = await mum.client.vaccinations.readRecords.mutate({ babyId, source: shc(altered()) }).then(
      () => null,
      (e: { data?: { code?: string }; message: string }) => e,
    );
    expect(error?.data?.code).toBe("BAD_REQUEST");
    expect(error?.message).toBe(HEALTH_CARD_ERRORS.signature_mismatch);
    expect(error?.message).toBe("The health card's signature does not match its contents: it may have been altered.");
    expect(translateError(HEALTH_CARD_ERRORS.signature_mismatch, "es")).toMatch(/^La firma de la tarjeta de salud/);
    const after = (await dumpTable(h.table)).filter((i) => !String(i.PK).startsWith("RATE#"));
    expect(after).toEqual(before.filter((i) => !String(i.PK).startsWith("RATE#")));
  });

  it("reads a card from an issuer not on the list as unverified, never trusted, with its doses", async () => {
    const stranger = await testIssuer("https://clinic.unknown.example/issuer");
    const card = await stranger.sign(
      immunizationCard(stranger.trusted.iss, [
        { resourceType: "Patient", name: [{ family: "Doe", given: ["Ada"] }], birthDate: "2020-06-01" },
        {
          resourceType: "Immunization",
          status: "completed",
          vaccineCode: { coding: [{ system: "http://hl7.org/fhir/sid/cvx", code: "20" }] },
          patient: { reference: "resource:0" },
          occurrenceDateTime: "2020-08-01",
        },
      ]),
    );
    const read = await mum.caller.vaccinations.readRecords({ babyId, source: shc(card) });
    expect(read.issuer).toEqual({
      iss: "https://clinic.unknown.example/issuer",
      name: null,
      verified: false,
      problem: "unknown-issuer",
    });
    expect(read.patient).toMatchObject({ sameName: true, sameBirthDate: true });
    expect(read.doses.map((d) => [d.cvx, d.date, d.status])).toEqual([["20", "2020-08-01", "new"]]);
  });

  it("a damaged card is refused with its own message", async () => {
    await expect(
      mum.client.vaccinations.readRecords.mutate({ babyId, source: shc("e30.e30.e30") }),
    ).rejects.toMatchObject({ message: HEALTH_CARD_ERRORS.jws_malformed, data: { code: "BAD_REQUEST" } });
  });
});

describe("a FHIR Bundle from a portal", () => {
  const CVX = "http://hl7.org/fhir/sid/cvx";
  const dose = (code: string, date: string, extra: object = {}) => ({
    resource: {
      resourceType: "Immunization",
      status: "completed",
      vaccineCode: { coding: [{ system: CVX, code }] },
      occurrenceDateTime: date,
      ...extra,
    },
  });
  const bundle = {
    resourceType: "Bundle",
    type: "collection",
    entry: [
      {
        resource: { resourceType: "Patient", name: [{ given: ["Lucía"], family: "Rivera" }], birthDate: "2026-03-14" },
      },
      dose("08", "2026-03-14", { lotNumber: "HB1", location: { display: "Maternity ward" } }),
      dose("110", "2026-05-14", { performer: [{ actor: { display: "Northside Pediatrics" } }] }),
      dose("20", "2026-05-14"),
      dose("10", "2026-05-14", { status: "not-done" }),
      dose("08", "2026-01-01"),
      dose("998877", "2026-05-14"),
    ],
  };

  it("reads its doses against the baby: the patient matches, a same-group dose on a recorded date counts as recorded, the rest are reported", async () => {
    // The family already recorded the 2-month visit's DTaP: the portal's Pediarix (DTaP-HepB-IPV) that day is it.
    await mum.caller.vaccinations.add({ babyId: fhirBabyId, dateGiven: "2026-05-14", cvx: "20" });
    const read = await mum.caller.vaccinations.readRecords({ babyId: fhirBabyId, source: { kind: "fhir", bundle } });
    expect(read.issuer).toBeNull();
    expect(read.patient).toEqual({
      name: "Lucía Rivera",
      birthDate: "2026-03-14",
      sameName: true,
      sameBirthDate: true,
    });
    expect(read.doses.map((d) => [d.cvx, d.date, d.lotNumber, d.performer, d.status])).toEqual([
      ["08", "2026-03-14", "HB1", "Maternity ward", "new"],
      ["110", "2026-05-14", null, "Northside Pediatrics", "recorded"],
      ["20", "2026-05-14", null, null, "recorded"],
    ]);
    expect(read.skipped.map((s) => [s.reason, s.cvx, s.date])).toEqual([
      ["not-completed", "10", "2026-05-14"],
      ["unknown-cvx", "998877", "2026-05-14"],
      ["before-birth", "08", "2026-01-01"],
    ]);
  });

  it("adds the new dose; the vaccination engine counts it", async () => {
    const made = await mum.caller.vaccinations.addDoses({
      babyId: fhirBabyId,
      idempotencyKey: "fhir-import-0001",
      doses: [{ cvx: "08", dateGiven: "2026-03-14", lotNumber: "HB1", clinic: "Maternity ward" }],
    });
    expect(made.added.map((d) => [d.cvx, d.dateGiven, d.clinic])).toEqual([["08", "2026-03-14", "Maternity ward"]]);
    const overview = await mum.caller.vaccinations.overview({ babyId: fhirBabyId });
    expect(overview.doses.find((d) => d.cvx === "08")?.counted).toBe(true);
    const read = await mum.caller.vaccinations.readRecords({ babyId: fhirBabyId, source: { kind: "fhir", bundle } });
    expect(read.doses.every((d) => d.status === "recorded")).toBe(true);
  });

  it("refuses what is not a Bundle, a dose before birth and an unknown vaccine, naming the dose, writing nothing", async () => {
    const before = await dumpTable(h.table);
    await expect(
      mum.client.vaccinations.readRecords.mutate({
        babyId: fhirBabyId,
        source: { kind: "fhir", bundle: { resourceType: "Patient" } },
      }),
    ).rejects.toMatchObject({ message: "This file is not a FHIR Bundle or Immunization." });
    await expect(
      mum.client.vaccinations.addDoses.mutate({
        babyId: fhirBabyId,
        doses: [
          { cvx: "20", dateGiven: "2026-07-14" },
          { cvx: "08", dateGiven: "2026-01-01" },
          { cvx: "998", dateGiven: "2026-07-14" },
        ],
      }),
    ).rejects.toMatchObject({
      data: {
        code: "BAD_REQUEST",
        fieldErrors: {
          "doses.1.dateGiven": ["Date given cannot be before the date of birth (2026-03-14)"],
          "doses.2.cvx": ["Choose a vaccine from the list"],
        },
      },
    });
    const after = (await dumpTable(h.table)).filter((i) => !String(i.PK).startsWith("RATE#"));
    expect(after).toEqual(before.filter((i) => !String(i.PK).startsWith("RATE#")));
  });
});
