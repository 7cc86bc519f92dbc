import type { validation as en } from "../en/validation.ts";

export const validation: typeof en = {
  placeholder: "…",
};
