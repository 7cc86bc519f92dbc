import { babyRef } from "@upnest/schemas";
import { babyToFhirBundle } from "@upnest/transfer";
import { scoreMeasurement } from "../derived/growth.ts";
import { bmiOf } from "../derived/growth-chart.ts";
import { todayIn } from "../derived/today.ts";
import { vaccinationStatus } from "../derived/vaccination-status.ts";
import { babyProcedure, router } from "../trpc/trpc.ts";
import { familyZone } from "./care.ts";
import { vaccinationRecords } from "./vaccination-reads.ts";

/**
 * The baby's records for a clinic's system: a FHIR R4 Bundle (`@upnest/transfer`'s `babyToFhirBundle`). After the
 * one membership check (any member may export what they can read), every measurement, the doses with the birth
 * weight, and the family's zone are read at once; each measurement is scored as the Growth tab scores it and the
 * forecast is the vaccines page's, for today where the family lives.
 */
export const fhirRouter = router({
  bundle: babyProcedure(babyRef).query(async ({ ctx }) => {
    const [measurements, { doses, birthWeightGrams }, zone] = await Promise.all([
      ctx.repos.measurements.all(ctx.access),
      vaccinationRecords(ctx.repos, ctx.access),
      familyZone(ctx),
    ]);
    const { baby } = ctx.access;
    const now = new Date();
    const status = vaccinationStatus(baby, doses, todayIn(zone, now), birthWeightGrams);
    return babyToFhirBundle({
      baby: {
        babyId: ctx.access.babyId,
        name: baby.name,
        dateOfBirth: baby.dateOfBirth,
        sex: baby.sex,
        gestationalAgeWeeks: baby.gestationalAgeWeeks,
      },
      measurements: measurements
        .map((m) => scoreMeasurement(baby, m))
        .map((m) => ({ ...m, bmi: bmiOf(m) }))
        .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn)),
      vaccinations: status.doses.toSorted((a, b) => a.dateGiven.localeCompare(b.dateGiven)),
      forecast: status,
      exportedAt: now.toISOString(),
    });
  }),
});
