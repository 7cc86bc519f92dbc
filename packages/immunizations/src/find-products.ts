/**
 * The product picker's search: by common name ("HepB"), abbreviation ("DTaP-IPV-Hib-HepB") or US
 * brand ("Vaxelis"), ordered by what is plausible for the child: products licensed at the child's
 * age first (infant vaccines for a baby), then brand-unknown rows, then those for other ages, then
 * adult and travel vaccines, and non-US products last (first-rank when the child lives abroad).
 * With an empty query only the first rank is offered: no travel or non-US product unless typed.
 */
import { cvxMap } from "./data/cvx.ts";
import { type ProductKind, type UsProduct, usProducts } from "./data/us-products.ts";
import { addDays } from "./dates.ts";
import { plus } from "./engine/relevant.ts";
import { ImmunizationInputError } from "./errors.ts";
import { whoCvx } from "./who/cvx.ts";

export interface ProductMatch extends UsProduct {
  /** The antigens a dose of this product counts for. */
  antigens: string[];
}

export interface ProductSearch {
  /** The child's age on the day of the dose. */
  ageInDays: number;
  /** ISO 3166 country code where the child lives; anything but "US" ranks non-US products with US ones. */
  country?: string;
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

const ANCHOR = "2000-01-01";
function inAge(p: UsProduct, ageInDays: number): boolean {
  const day = addDays(ANCHOR, ageInDays);
  return (plus(ANCHOR, p.minAge) ?? ANCHOR) <= day && day < (plus(ANCHOR, p.maxAge) ?? "2999-12-31");
}

function rank(p: UsProduct, search: ProductSearch): number {
  const abroad = search.country !== undefined && search.country.toUpperCase() !== "US";
  const kind: ProductKind = p.kind === "non-us" && abroad ? "routine" : p.kind;
  const fits = inAge(p, search.ageInDays);
  if (kind === "routine") return fits ? 0 : 2;
  if (kind === "unspecified") return fits ? 1 : 3;
  if (kind === "adult" || kind === "travel") return fits ? 3 : 4;
  return 5; // non-US for a child in the US
}

/** 0 when the query is a name, abbreviation, brand or CVX code; 1 when one starts with it; 2 when one holds it. */
function closeness(p: UsProduct, query: string): number | undefined {
  const fields = [p.brand, ...p.names, cvxMap[p.cvx]?.name ?? ""].map(fold);
  if (p.cvx === query || fields.includes(query)) return 0;
  if (fields.some((f) => f.startsWith(query))) return 1;
  if (fields.some((f) => f.includes(query))) return 2;
  return undefined;
}

const antigensOf = (cvx: string) => [
  ...new Set(cvxMap[cvx]?.antigens.map((a) => a.antigen) ?? whoCvx[cvx]?.antigens ?? []),
];

export function findProducts(query: string, search: ProductSearch): ProductMatch[] {
  if (typeof query !== "string") throw new ImmunizationInputError("query", "expected text");
  if (!Number.isFinite(search?.ageInDays) || search.ageInDays < 0)
    throw new ImmunizationInputError("ageInDays", `expected a number of days from 0, got ${search?.ageInDays}`);
  const q = fold(query);
  const scored = usProducts.flatMap((p, order) => {
    const r = rank(p, search);
    if (q === "") return r === 0 ? [{ p, r, c: 0, order }] : [];
    const c = closeness(p, q);
    return c === undefined ? [] : [{ p, r, c, order }];
  });
  scored.sort((a, b) => a.r - b.r || a.c - b.c || a.order - b.order);
  return scored.map(({ p }) => ({ ...p, antigens: antigensOf(p.cvx) }));
}
