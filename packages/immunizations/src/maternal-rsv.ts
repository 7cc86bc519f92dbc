/**
 * The mother's RSV vaccine in pregnancy and the baby's RSV antibody. CDC: a baby whose mother got
 * the RSV vaccine at least 14 days before birth does not need the antibody in the first season
 * (CDSi observation 278, "Birth mother received RSV vaccine during pregnancy", an RSV
 * contraindication from birth to 8 months); given later, or on an unknown date, the baby still
 * gets it.
 */
import { addDays, type IsoDate } from "./dates.ts";

export interface MaternalRsvVaccine {
  /** Whether the birth mother got an RSV vaccine during this pregnancy. */
  received: boolean;
  /** When, if known. */
  date?: IsoDate | null;
}

/** CDSi's observation code for a mother's RSV vaccine in pregnancy. */
export const MATERNAL_RSV_OBSERVATION = "278";

export type MaternalRsvProtection = "protects" | "too-late" | "undated" | "none";

/** Whether the mother's vaccine protects the baby: given at least 14 days before birth. */
export function maternalRsvProtection(m: MaternalRsvVaccine | undefined, dateOfBirth: IsoDate): MaternalRsvProtection {
  if (!m?.received) return "none";
  if (!m.date) return "undated";
  return m.date <= addDays(dateOfBirth, -14) ? "protects" : "too-late";
}
