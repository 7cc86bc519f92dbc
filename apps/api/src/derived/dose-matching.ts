import { vaccineGroupsOf, vaccineProducts } from "@upnest/immunizations";
import type { ReadDose, ReadPatient, SkipReason } from "@upnest/transfer";

/** A dose from a card or a file, as the page shows it: whether the baby's record already has it. */
export type MatchedDose = ReadDose & { vaccine: string; status: "new" | "recorded" };
/** Why a dose from a card or a file cannot be added: the reader's reasons, and those that need the baby. */
export type SkipWhy = SkipReason | "before-birth" | "in-future" | "repeated";
export type SkippedDose = { reason: SkipWhy; cvx: string | null; date: string | null; vaccine: string | null };

/** The lengths a dose's lot number and clinic take (packages/schemas, vaccination.ts). */
const LOT_LENGTH = 40;
const CLINIC_LENGTH = 120;

const names = new Map(vaccineProducts.map((p) => [p.cvx, p.name]));
export const vaccineName = (cvx: string | null) => (cvx === null ? null : (names.get(cvx) ?? null));

/**
 * Whether the baby's record has this dose: a dose on the same date with the same CVX code, or with a product of
 * the same vaccine group (a card's "DTaP-IPV-HepB" and the family's "DTaP" on one day are the same visit's dose,
 * however each was coded).
 */
export function isRecorded(
  dose: { cvx: string; date: string },
  recorded: readonly { cvx: string; dateGiven: string }[],
) {
  const groups = new Set(vaccineGroupsOf(dose.cvx));
  return recorded.some(
    (r) => r.dateGiven === dose.date && (r.cvx === dose.cvx || vaccineGroupsOf(r.cvx).some((g) => groups.has(g))),
  );
}

/**
 * The doses read from a card or a file against the baby: each marked new or already recorded, except those that
 * cannot be the baby's (before the date of birth, after today) or that the card repeats, which are skipped.
 */
export function matchDoses(
  read: readonly ReadDose[],
  baby: { dateOfBirth: string },
  recorded: readonly { cvx: string; dateGiven: string }[],
  latestDay: string,
): { doses: MatchedDose[]; skipped: SkippedDose[] } {
  const doses: MatchedDose[] = [];
  const skipped: SkippedDose[] = [];
  const seen = new Set<string>();
  for (const dose of read) {
    const vaccine = vaccineName(dose.cvx) ?? dose.cvx;
    const skip = (reason: SkipWhy) => skipped.push({ reason, cvx: dose.cvx, date: dose.date, vaccine });
    const key = `${dose.cvx}|${dose.date}`;
    if (dose.date < baby.dateOfBirth) skip("before-birth");
    else if (dose.date > latestDay) skip("in-future");
    else if (seen.has(key)) skip("repeated");
    else {
      // Cut to what a dose's fields hold, so every dose shown can be added as it is.
      const lotNumber = dose.lotNumber?.slice(0, LOT_LENGTH) ?? null;
      const performer = dose.performer?.slice(0, CLINIC_LENGTH) ?? null;
      const status = isRecorded(dose, recorded) ? "recorded" : "new";
      doses.push({ ...dose, lotNumber, performer, vaccine, status });
    }
    seen.add(key);
  }
  return { doses, skipped };
}

/** Letters only, without accents or case: "José-Luis" and "jose luis" read the same. */
const words = (name: string) =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/**
 * The card's patient beside the baby: the same birth date, and every word of the baby's name in the card's name.
 * A difference is shown as a warning (a nickname, a name changed since), never a refusal; null where the card
 * does not say.
 */
export function comparePatient(patient: ReadPatient | null, baby: { name: string; dateOfBirth: string }) {
  if (!patient) return null;
  const onCard = new Set(words(patient.name));
  const babyWords = words(baby.name);
  return {
    ...patient,
    sameName: onCard.size === 0 ? null : babyWords.every((w) => onCard.has(w)),
    sameBirthDate: patient.birthDate === null ? null : patient.birthDate === baby.dateOfBirth,
  };
}
