export * from "./credential.ts";
export * from "./errors.ts";
export * from "./file.ts";
export * from "./inflate.ts";
export * from "./qr.ts";
export * from "./trust/trust-list.ts";
export { VCI_DIRECTORY } from "./trust/vci-directory.ts";
export * from "./unverified.ts";
export * from "./verify.ts";
