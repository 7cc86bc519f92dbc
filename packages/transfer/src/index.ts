export * from "./babybuddy/files.ts";
export * from "./babybuddy/import.ts";
export * from "./babybuddy/reasons.ts";
export * from "./babybuddy/types.ts";
export * from "./csv.ts";
export * from "./import-key.ts";
export * from "./units.ts";
export * from "./upnest/index.ts";
