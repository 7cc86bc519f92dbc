export * from "./common.ts";
export * from "./user.ts";
export * from "./baby.ts";
export * from "./measurement.ts";
export * from "./caregivers.ts";
export * from "./vaccination.ts";
export * from "./milestone.ts";
export * from "./transfer.ts";
