export * from "./courses.ts";
export * from "./well-child.ts";
