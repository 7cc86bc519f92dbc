import type { growth as en } from "../en/growth.ts";

export const growth: typeof en = {
  placeholder: "…",
};
