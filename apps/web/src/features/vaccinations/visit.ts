import { findProducts, type ProductMatch } from "@upnest/immunizations/products";

/** The child's age in whole days on a day (0 for a day not yet a valid date, or before birth). */
export function ageInDays(dateOfBirth: string, day: string): number {
  const days = (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${dateOfBirth}T00:00:00Z`)) / 86_400_000;
  return Number.isFinite(days) && days > 0 ? Math.floor(days) : 0;
}

/**
 * For each vaccine group of the next visit, the product a clinic most likely uses: one the engine accepts for the
 * dose, plausible at the child's age, with the fewest antigens (a combination is found by searching).
 */
export function suggestedProducts(groups: readonly { vaccines: readonly { cvx: string }[] }[], ageDays: number) {
  const plausible = findProducts("", { ageInDays: ageDays, country: "US" });
  const chosen = new Map<string, ProductMatch>();
  for (const g of groups) {
    const cvx = new Set(g.vaccines.map((v) => v.cvx));
    const best = plausible
      .filter((p) => cvx.has(p.cvx))
      .sort((a, b) => a.antigens.length - b.antigens.length)
      .find((p) => !chosen.has(p.cvx));
    if (best) chosen.set(best.cvx, best);
  }
  return [...chosen.values()];
}
