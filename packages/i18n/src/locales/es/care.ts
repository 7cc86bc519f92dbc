import type { care as en } from "../en/care.ts";

export const care: typeof en = {
  title: "Hoy",
};
