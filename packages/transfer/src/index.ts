export * from "./babybuddy/import.ts";
export * from "./babybuddy/types.ts";
export * from "./csv.ts";
export * as fhirCodes from "./fhir/codes.ts";
export * from "./fhir/export.ts";
export type * from "./fhir/export-types.ts";
export * from "./import-key.ts";
export * from "./units.ts";
