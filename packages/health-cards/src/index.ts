export * from "./credential.ts";
export * from "./errors.ts";
export * from "./file.ts";
export * from "./qr.ts";
export * from "./verify.ts";
