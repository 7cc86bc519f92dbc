import type { report as en } from "../en/report.ts";

export const report: typeof en = {
  title: "Informe para el pediatra",
};
