// Mid-parental target height by Tanner's method: the parents' mean height,
// plus 6.5 cm for a boy or minus 6.5 cm for a girl (half the 13 cm average
// difference between adult men and women), with a target range of ±8.5 cm
// (about ±2 SD). Tanner JM, Goldstein H, Whitehouse RH, "Standards for
// children's height at ages 2–9 years allowing for heights of parents", Arch
// Dis Child 1970;45:755–62; the ±8.5 cm range as used by, e.g., Wright CM,
// Cheetham TD, "The strengths and limitations of parental heights as a
// predictor of attained height", Arch Dis Child 1999;81:257–60.

import { shown } from "./format.ts";
import { isSex } from "./indicators.ts";
import type { Sex } from "./types.ts";

export const SEX_DIFFERENCE_CM = 13;
export const TARGET_RANGE_CM = 8.5;
/** Adult heights accepted, cm: outside this a parent's height is a typing error, not a person. */
const PARENT_HEIGHT = { min: 100, max: 250 } as const;

export interface MidParentalHeightInput {
  sex: Sex;
  motherHeightCm: number;
  fatherHeightCm: number;
}

export type MidParentalHeight =
  | { targetCm: number; lowCm: number; highCm: number }
  | { targetCm: null; reason: "unknown-sex" | "parent-height-out-of-range"; message: string };

export function midParentalHeight({ sex, motherHeightCm, fatherHeightCm }: MidParentalHeightInput): MidParentalHeight {
  if (!isSex(sex)) {
    return { targetCm: null, reason: "unknown-sex", message: `sex must be "female" or "male", got "${shown(sex)}"` };
  }
  for (const [who, cm] of [
    ["mother", motherHeightCm],
    ["father", fatherHeightCm],
  ] as const) {
    if (!(typeof cm === "number" && cm >= PARENT_HEIGHT.min && cm <= PARENT_HEIGHT.max)) {
      return {
        targetCm: null,
        reason: "parent-height-out-of-range",
        message: `the ${who}'s height must be ${PARENT_HEIGHT.min}–${PARENT_HEIGHT.max} cm, got ${shown(cm)}`,
      };
    }
  }
  const shift = sex === "male" ? SEX_DIFFERENCE_CM / 2 : -SEX_DIFFERENCE_CM / 2;
  const targetCm = (motherHeightCm + fatherHeightCm) / 2 + shift;
  return { targetCm, lowCm: targetCm - TARGET_RANGE_CM, highCm: targetCm + TARGET_RANGE_CM };
}
