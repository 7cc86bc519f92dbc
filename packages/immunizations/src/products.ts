import { cvxMap, vaccineGroups } from "./data/schedule.ts";
import { whoCvx } from "./who/data.ts";

export interface VaccineProduct {
  cvx: string;
  name: string;
  antigens: string[];
  /** Which schedules count this product (BCG, for example, only WHO's). */
  schedules: ("cdc" | "who")[];
}

const cdc = Object.entries(cvxMap).map(([cvx, entry]) => ({
  cvx,
  name: entry.name,
  antigens: [...new Set(entry.antigens.map((a) => a.antigen))],
}));
const whoOnly = Object.entries(whoCvx)
  .filter(([cvx]) => !(cvx in cvxMap))
  .map(([cvx, entry]) => ({ cvx, name: entry.name, antigens: entry.antigens }));

/**
 * Every product in the CDSi data (and, for doses given abroad, in the WHO
 * data) that protects against at least one antigen, by name: what a family
 * can pick when recording a dose.
 */
export const vaccineProducts: readonly VaccineProduct[] = [...cdc, ...whoOnly]
  .filter((p) => p.antigens.length > 0)
  .map((p) => ({
    ...p,
    schedules: [...(p.cvx in cvxMap ? ["cdc" as const] : []), ...(p.cvx in whoCvx ? ["who" as const] : [])],
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

const known = new Set(vaccineProducts.map((p) => p.cvx));

/** A product a family may record. */
export const isKnownCvx = (cvx: string): boolean => known.has(cvx);
/** Whether CDC's CDSi logic evaluates a product. */
export const isCdcCvx = (cvx: string): boolean => cvx in cvxMap;
/** Whether WHO's simpler schedule counts a product. */
export const isWhoCvx = (cvx: string): boolean => cvx in whoCvx;

const byCvx = new Map(vaccineProducts.map((p) => [p.cvx, p]));

/**
 * The CDC vaccine groups a product counts for, by the antigens it protects against (DTaP: "DTaP/Tdap/Td";
 * Pediarix, DTaP-HepB-IPV: that, "Polio" and "HepB"). Empty for a product UpNest does not know.
 */
export function vaccineGroupsOf(cvx: string): string[] {
  const antigens = new Set(byCvx.get(cvx)?.antigens ?? []);
  return vaccineGroups.filter((g) => g.antigens.some((a) => antigens.has(a))).map((g) => g.name);
}
