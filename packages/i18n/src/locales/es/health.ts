import type { health as en } from "../en/health.ts";

export const health: typeof en = {
  title: "Salud",
};
