export * from "./error-messages.ts";
export * from "./format.ts";
export * from "./instance.ts";
export * from "./languages.ts";
export * from "./messages.ts";
export * from "./resources.ts";
export * from "./units.ts";
export * from "./value-words.ts";
