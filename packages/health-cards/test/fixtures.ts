import { readFileSync } from "node:fs";
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import type { TrustedIssuer } from "../src/verify.ts";

/** The SMART Health Cards specification's own example cards and example issuer key (see fixtures/README.md). */
const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8").trim();

export const exampleJws = read("example-00-d-jws.txt");
export const exampleFile = read("example-00-e-file.smart-health-card");
export const exampleQr = read("example-00-f-qr-code-numeric-value-0.txt");
export const chunkedQr = [0, 1, 2].map((i) => read(`example-02-f-qr-code-numeric-value-${i}.txt`));
export const EXAMPLE_ISS = "https://spec.smarthealth.cards/examples/issuer";
export const exampleIssuer: TrustedIssuer = {
  iss: EXAMPLE_ISS,
  name: "SMART Health Cards example issuer",
  jwks: JSON.parse(read("issuer-jwks.json")),
};

/** The example card with its payload rewritten (re-compressed) but the issuer's original signature kept. */
export function tampered(edit: (json: string) => string, jws = exampleJws): string {
  const [header, payload, signature] = jws.split(".");
  const json = strFromU8(inflateSync(Buffer.from(payload ?? "", "base64url")));
  const changed = Buffer.from(deflateSync(strToU8(edit(json)))).toString("base64url");
  return [header, changed, signature].join(".");
}
