export * from "./babybuddy/import.ts";
export * from "./babybuddy/types.ts";
export * from "./csv.ts";
export * from "./fhir/immunizations.ts";
export * from "./import-key.ts";
export * from "./units.ts";
