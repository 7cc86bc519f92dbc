import { expect, it } from "vitest";
import { fhirFileNameOf, fileNameOf } from "./file-name.ts";

it("names the file after the baby, without accents or spaces, and the report's last day", () => {
  expect(fileNameOf("Lucía Fernández", "2026-12-01")).toBe("Lucia-Fernandez-report-2026-12-01.pdf");
  expect(fileNameOf("  ", "2026-12-01")).toBe("baby-report-2026-12-01.pdf");
});

it("names the FHIR file after the baby the same way", () => {
  expect(fhirFileNameOf("Lucía Fernández")).toBe("Lucia-Fernandez-fhir.json");
  expect(fhirFileNameOf("¿?")).toBe("baby-fhir.json");
});
