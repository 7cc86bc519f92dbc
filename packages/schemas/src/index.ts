export * from "./baby.ts";
export * from "./caregivers.ts";
export * from "./common.ts";
export * from "./measurement.ts";
export * from "./milestone.ts";
export * from "./transfer.ts";
export * from "./user.ts";
export * from "./vaccination.ts";
