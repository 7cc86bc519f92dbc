// The files the report page downloads.
/** The baby's name as a file name: no accents, no spaces or punctuation ("Lucía Fernández" → "Lucia-Fernandez"). */
const slugOf = (name: string) =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\w-]+/g, "-")
    .replace(/^-+|-+$/g, "") || "baby";

/** The PDF's name: the baby's name and the report's last day ("Lucia-report-2026-12-01.pdf"). */
export const fileNameOf = (name: string, to: string) => `${slugOf(name)}-report-${to}.pdf`;

/** The FHIR Bundle's name ("Lucia-fhir.json"). */
export const fhirFileNameOf = (name: string) => `${slugOf(name)}-fhir.json`;
