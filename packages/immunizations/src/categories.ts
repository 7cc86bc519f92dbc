/**
 * Which kind of vaccine a group is, so the parent's page can put the childhood schedule first and collapse the
 * rest: `routine` (CDC's schedule for every child, and WHO's routine groups), `seasonal` (given by season:
 * influenza and COVID-19 each year, the RSV antibody in the first season), `risk` (only with a medical
 * condition or exposure), `travel` (for travel or living where the disease is), `adult` (licensed for adults).
 * A risk or travel group that applies to the child (a condition recorded) is still `risk`: its status says so.
 */
export type VaccineCategory = "routine" | "seasonal" | "risk" | "travel" | "adult";

const CATEGORIES: Readonly<Record<string, VaccineCategory>> = {
  "DTaP/Tdap/Td": "routine",
  Polio: "routine",
  Hib: "routine",
  Pneumococcal: "routine",
  HepB: "routine",
  MMR: "routine",
  Varicella: "routine",
  Rotavirus: "routine",
  HepA: "routine",
  Meningococcal: "routine",
  HPV: "routine",
  Influenza: "seasonal",
  "COVID-19": "seasonal",
  RSV: "seasonal",
  "Meningococcal B": "risk",
  Ebola: "risk",
  Orthopoxvirus: "risk",
  Rabies: "risk",
  Chikungunya: "travel",
  Cholera: "travel",
  Dengue: "travel",
  "Japanese Encephalitis": "travel",
  TBE: "travel",
  Typhoid: "travel",
  "Yellow Fever": "travel",
  Zoster: "adult",
};

/** CDSi's vaccine groups with a category; WHO's routine groups (BCG, DTP, MR, …) read `routine`. */
export const CATEGORIZED_GROUPS = Object.keys(CATEGORIES);

export const vaccineCategory = (vaccineGroup: string): VaccineCategory => CATEGORIES[vaccineGroup] ?? "routine";
