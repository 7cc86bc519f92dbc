// For other packages' tests: the specification's example cards and issuer, and a throwaway issuer that signs cards.
export * from "./fixtures.ts";
export * from "./issuer.ts";
