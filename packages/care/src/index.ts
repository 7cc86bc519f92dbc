export * from "./days.ts";
