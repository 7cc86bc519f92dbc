import { DomainError } from "@upnest/db";
import { HEALTH_CARD_ERRORS, HealthCardError } from "@upnest/health-cards";
import { isKnownCvx } from "@upnest/immunizations";
import {
  addImportedDosesInput,
  latestToday,
  readVaccinationRecordsInput,
  type VaccinationRecordSource,
  vaccinations,
} from "@upnest/schemas";
import { FhirReadError, type ReadPatient, readFhirImmunizations, sortImmunizations } from "@upnest/transfer";
import { comparePatient, isRecorded, matchDoses, vaccineName } from "../derived/dose-matching.ts";
import type { IssuerKeyring } from "../health-cards/issuer-keys.ts";
import { type CardIssuer, readCard } from "../health-cards/read-card.ts";
import { chargeImport } from "../transfer/import-budget.ts";
import { babyProcedure, requireRole } from "../trpc/trpc.ts";

const CHOOSE = "Choose a vaccine from the list";

/** A card's or a file's patient and doses, before they are matched to the baby. */
async function readSource(source: VaccinationRecordSource, keyring: IssuerKeyring) {
  try {
    if (source.kind === "fhir") return { issuer: null, ...readFhirImmunizations(source.bundle, { isKnownCvx }) };
    const { issuer, credential } = await readCard(source.jws, keyring);
    const facts = credential.immunizations.map((d) => ({ ...d, occurrence: d.date }));
    const patient: ReadPatient | null = credential.patient;
    return { issuer: issuer as CardIssuer | null, patient, ...sortImmunizations(facts, isKnownCvx) };
  } catch (error) {
    // The card's or the file's own problem, in words the errors catalog has (never the reader's detail).
    if (error instanceof HealthCardError) throw new DomainError("invalid", HEALTH_CARD_ERRORS[error.code]);
    if (error instanceof FhirReadError) throw new DomainError("invalid", error.message);
    throw error;
  }
}

/**
 * Vaccination records brought in from outside: a SMART Health Card (its JWS, decoded from the QR code or the
 * file by the web app) or a FHIR file from a patient portal. Reading checks the card on the server against the
 * trust list and marks each dose new or already recorded; adding writes the chosen doses in one transaction.
 */
export const vaccinationImportProcedures = {
  /**
   * A mutation, though it writes nothing: a card or a bundle is too large for a query's URL. A caregiver's or an
   * owner's, as adding is: the issuer (verified, or why not), the patient beside the baby, each dose marked
   * new or recorded, and what could not be read with the reason.
   */
  readRecords: babyProcedure(readVaccinationRecordsInput)
    .use(requireRole("caregiver"))
    .mutation(async ({ ctx, input }) => {
      const [read, recorded] = await Promise.all([
        readSource(input.source, ctx.healthCards),
        ctx.repos.vaccinations.all(ctx.access),
      ]);
      const { baby } = ctx.access;
      const matched = matchDoses(read.doses, baby, recorded, latestToday());
      const unreadable = read.skipped.map((s) => ({ ...s, vaccine: vaccineName(s.cvx) }));
      return {
        issuer: read.issuer,
        patient: comparePatient(read.patient, baby),
        doses: matched.doses,
        skipped: [...unreadable.map(({ index: _, ...s }) => s), ...matched.skipped],
      };
    }),
  /**
   * Doses chosen from a card or a file, each with its own date, lot and clinic. Every product is checked and
   * each date against the birth first; a dose already recorded (`readRecords`' rule) is not written again; the
   * others count against the import budget and the write limit, one each, and are written in one transaction
   * with their audit events (at most 49), or none.
   */
  addDoses: babyProcedure(addImportedDosesInput)
    .use(requireRole("caregiver"))
    .mutation(async ({ ctx, input }) => {
      const problems: Record<string, string[]> = {};
      input.doses.forEach((dose, i) => {
        if (!isKnownCvx(dose.cvx)) problems[`doses.${i}.cvx`] = [CHOOSE];
        const early = vaccinations.check?.(ctx.access.baby, { cvx: dose.cvx, dateGiven: dose.dateGiven });
        if (early) problems[`doses.${i}.dateGiven`] = [early.message];
      });
      const first = Object.values(problems)[0]?.[0];
      if (first) throw new DomainError("invalid", first, { fieldErrors: problems });
      const recorded = await ctx.repos.vaccinations.all(ctx.access);
      const fresh = input.doses.filter((d) => !isRecorded({ cvx: d.cvx, date: d.dateGiven }, recorded));
      if (fresh.length > 0) {
        await chargeImport(ctx.repos, ctx.userId, fresh.length, ctx.limits.importRecords);
        // The mutation itself counted one write; each other dose counts too, before anything is written.
        if (fresh.length > 1) await ctx.repos.rateLimit(ctx.userId, ctx.limits.writes, fresh.length - 1);
      }
      const values = fresh.map((d) => ({
        cvx: d.cvx,
        dateGiven: d.dateGiven,
        ...(d.lotNumber ? { lotNumber: d.lotNumber } : {}),
        ...(d.clinic ? { clinic: d.clinic } : {}),
      }));
      const added = await ctx.repos.vaccinations.addMany(ctx.access, values, input.idempotencyKey);
      return { added, alreadyRecorded: input.doses.length - fresh.length };
    }),
};
