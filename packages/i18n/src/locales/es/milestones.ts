import type { milestones as en } from "../en/milestones.ts";

export const milestones: typeof en = {
  placeholder: "…",
};
