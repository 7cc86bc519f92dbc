// The file a report downloads as.
/** The file's name: the baby's name and the report's last day ("Lucia-report-2026-12-01.pdf"). */
export const fileNameOf = (name: string, to: string) =>
  `${
    name
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/[^\w-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "baby"
  }-report-${to}.pdf`;
