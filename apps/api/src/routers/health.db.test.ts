/**
 * The health log through the API, on real DynamoDB Local with tokens from the real issuer: a course of medicine's
 * next dose on the family's clock, an early dose marked, a dose that names another baby's course refused, the
 * well-child check-up with the vaccines due by then, and who may read and write.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { todayIn } from "../derived/today.ts";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
type User = Awaited<ReturnType<Harness["user"]>>;
let mum: User;
let gran: User;
let stranger: User;
let babyId: string;
const ZONE = "America/Chicago";
const HOUR = 3600_000;
const failure = (call: Promise<unknown>) =>
  call.then(
    () => null,
    (e: { data?: { code?: string; fieldErrors?: unknown } }) => e.data,
  );
const daysAgo = (days: number) => todayIn(ZONE, new Date(Date.now() - days * 24 * HOUR));

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  [mum, gran, stranger] = await Promise.all([h.user("health-mum"), h.user("health-gran"), h.user("health-x")]);
  // Nine weeks old: the next check-up is the 2-month one (its window is open until 4 months).
  ({ babyId } = await mum.caller.babies.create({
    name: "Ada",
    dateOfBirth: daysAgo(65),
    sex: "female",
    timeZone: ZONE,
  }));
  const asViewer = await mum.caller.caregivers.invite({ babyId, role: "viewer" });
  await gran.caller.caregivers.accept({ token: asViewer.token });
});
afterAll(() => h.close());

describe("a course every 6 hours", () => {
  it("allows the next dose 6 hours after the last one, and marks a dose given sooner as early", async () => {
    const course = await mum.caller.medicineCourses.add({
      babyId,
      name: "Amoxicillin",
      startedOn: daysAgo(1),
      amount: 5,
      unit: "ml",
      everyHours: 6,
      days: 5,
    });
    const first = new Date(Date.now() - 2 * HOUR).toISOString();
    await mum.caller.medicineDoses.add({
      babyId,
      givenAt: first,
      timeZone: ZONE,
      name: "Amoxicillin",
      courseId: course.courseId,
    });

    let overview = await mum.caller.health.overview({ babyId });
    const sixLater = new Date(Date.parse(first) + 6 * HOUR).toISOString();
    expect(overview.timeZone).toBe(ZONE);
    expect(overview.courses).toHaveLength(1);
    expect(overview.courses[0]?.state).toMatchObject({
      dosesGiven: 1,
      plannedDoses: 20,
      allowedAt: sixLater,
      dueAt: sixLater,
      ended: false,
      day: 2,
    });

    // Another dose now is 4 hours early, by the family's own course.
    await mum.caller.medicineDoses.add({
      babyId,
      givenAt: new Date().toISOString(),
      timeZone: ZONE,
      name: "Amoxicillin",
      courseId: course.courseId,
    });
    overview = await mum.caller.health.overview({ babyId });
    const doses = overview.courses[0]?.doses ?? [];
    expect(doses.map((d) => d.earlyByMs > 3.9 * HOUR)).toEqual([true, false]);
    expect(overview.courses[0]?.state.dosesGiven).toBe(2);
  });

  it("refuses a dose naming a course that is not this baby's, and writes nothing", async () => {
    const other = await mum.caller.babies.create({ name: "Bo", dateOfBirth: daysAgo(30), sex: "male", timeZone: ZONE });
    const theirs = await mum.caller.medicineCourses.add({
      babyId: other.babyId,
      name: "Ibuprofen",
      startedOn: daysAgo(0),
      everyHours: 8,
    });
    const before = (await mum.caller.medicineDoses.list({ babyId, limit: 100 })).items.length;
    for (const courseId of [theirs.courseId, "01J0000000000000000000000A"])
      expect(
        await failure(
          mum.client.medicineDoses.add.mutate({
            babyId,
            givenAt: new Date().toISOString(),
            timeZone: ZONE,
            name: "Ibuprofen",
            courseId,
          }),
        ),
      ).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { courseId: ["Choose a course of this baby"] } });
    expect((await mum.caller.medicineDoses.list({ babyId, limit: 100 })).items).toHaveLength(before);
  });
});

describe("the rest of the health page", () => {
  it("has the allergies, the newest temperature, an illness still going on and the next check-up", async () => {
    await mum.caller.allergies.add({ babyId, allergen: "Peanut", severity: "moderate", reaction: "Hives" });
    await mum.caller.temperatures.add({
      babyId,
      takenAt: new Date(Date.now() - 3 * HOUR).toISOString(),
      timeZone: ZONE,
      celsius: 38.1,
      method: "axillary",
    });
    await mum.caller.temperatures.add({
      babyId,
      takenAt: new Date(Date.now() - HOUR).toISOString(),
      timeZone: ZONE,
      celsius: 37.6,
      method: "rectal",
    });
    await mum.caller.illnesses.add({ babyId, startedOn: daysAgo(20), endedOn: daysAgo(18), name: "Cold" });
    await mum.caller.illnesses.add({ babyId, startedOn: daysAgo(1), name: "Ear infection", symptoms: ["fever"] });

    const overview = await mum.caller.health.overview({ babyId });
    expect(overview.allergies.map((a) => a.allergen)).toEqual(["Peanut"]);
    expect(overview.lastTemperature).toMatchObject({ celsius: 37.6, method: "rectal" });
    expect(overview.openIllness).toMatchObject({ name: "Ear infection" });
    expect(overview.wellChild.next).toMatchObject({ key: "2-months" });
    // No vaccines recorded: the 2-month vaccines are expected at it, and the birth dose of hepatitis B too.
    expect(overview.wellChild.next?.vaccines).toEqual(expect.arrayContaining(["DTaP/Tdap/Td", "Polio", "HepB"]));
    expect(overview.wellChild.schedule).toHaveLength(30);
  });

  it("a recorded check-up moves the next one on", async () => {
    const baby = await mum.caller.babies.create({ name: "Cy", dateOfBirth: daysAgo(70), sex: "male", timeZone: ZONE });
    expect((await mum.caller.health.overview({ babyId: baby.babyId })).wellChild.next?.key).toBe("2-months");
    await mum.caller.visits.add({
      babyId: baby.babyId,
      visitedOn: daysAgo(8),
      wellChild: true,
      clinician: "Dr Rivera",
    });
    expect((await mum.caller.health.overview({ babyId: baby.babyId })).wellChild.next?.key).toBe("4-months");
  });
});

describe("who may read and write", () => {
  it("a viewer reads the overview but cannot record a dose; a stranger gets NOT_FOUND", async () => {
    const seen = await gran.caller.health.overview({ babyId });
    expect(seen.courses).toHaveLength(1);
    const dose = { babyId, givenAt: new Date().toISOString(), timeZone: ZONE, name: "Paracetamol" };
    expect(await failure(gran.client.medicineDoses.add.mutate(dose))).toMatchObject({ code: "FORBIDDEN" });
    expect(await failure(stranger.client.health.overview.query({ babyId }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(stranger.client.medicineDoses.add.mutate(dose))).toMatchObject({ code: "NOT_FOUND" });
  });
});
