import type { vaccines as en } from "../en/vaccines.ts";

export const vaccines: typeof en = {
  placeholder: "…",
};
