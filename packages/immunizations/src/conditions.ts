/**
 * The conditions a family can record for a child: the CDSi coded observations that change a
 * vaccine group for someone under 19 and that a parent can know (medical conditions, allergies,
 * immunity, travel). Left out: occupations, pregnancy, short illnesses, blood products and
 * immune globulin (dated events CDSi would read as lasting). Names in words (`conditionName`).
 */
import { observations } from "./data/observations.ts";
import type { Observation } from "./data/types.ts";
import { CONDITION_NAMES, conditionSearchText, foldForSearch } from "./words/conditions.ts";

export type ConditionCategory = "condition" | "allergy" | "immunity" | "travel";

const codes = (list: string) => new Set(list.split(" "));

const ALLERGIES = codes(
  "080 081 083 085 086 087 088 089 090 091 092 093 094 095 096 097 098 116 122 244 192 193 194 101 102 103 104 105 106 107 108 109 110 111 112 117 118 187 188",
);
const IMMUNITY = codes("018 019 020 021 022 023 024 025");
const TRAVEL = codes("048 008 143 144 162 045 163 164 165 173 174 249 250 271 211 070 275");

const categoryOf = (code: string): ConditionCategory =>
  ALLERGIES.has(code) ? "allergy" : IMMUNITY.has(code) ? "immunity" : TRAVEL.has(code) ? "travel" : "condition";

export interface ChoosableCondition extends Observation {
  category: ConditionCategory;
  /** CDSi counts intervals from its date (CALCDTINT-4), so the date should be recorded. */
  dated: boolean;
}

/** Every condition a family can choose, in CDC's code order. */
export const choosableConditions: readonly ChoosableCondition[] = observations
  .filter((o) => Object.hasOwn(CONDITION_NAMES, o.code))
  .map((o) => ({ ...o, category: categoryOf(o.code), dated: o.roles.includes("date") }));

/** The conditions whose name (English or Spanish, any case or accents) or CDC title holds every word typed. */
export function findConditions(query: string): ChoosableCondition[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...choosableConditions];
  return choosableConditions.filter((c) => {
    const text = `${conditionSearchText(c.code)} ${foldForSearch(c.title)}`;
    return words.every((w) => text.includes(w));
  });
}
