/**
 * The issuer's key set, for the `IssuerKeys` secret (README, "Deploy").
 *   pnpm --silent --filter @upnest/api issuer-keys new                    > keys.json
 *   pnpm --silent --filter @upnest/api issuer-keys rotate < keys.json     > keys.next.json
 *   pnpm --silent --filter @upnest/api issuer-keys drop-previous < keys.next.json > keys.json
 * new: one signing and one encryption key. rotate: a new signing key first (it signs), the previous kept
 * (still verifies). drop-previous: only the current keys. Prints JSON on stdout; never logs a key elsewhere.
 */
import { readFileSync } from "node:fs";
import { addSigningKey, dropPreviousKeys, generateIssuerKeys, readConfiguredKeys } from "../src/auth/keys.ts";

const command = process.argv[2];
const input = () => readConfiguredKeys(readFileSync(0, "utf8"));
const steps: Record<string, () => unknown> = {
  new: generateIssuerKeys,
  rotate: () => addSigningKey(input()),
  "drop-previous": () => dropPreviousKeys(input()),
};
const step = command ? steps[command] : undefined;
if (!step) {
  console.error(
    `Usage: issuer-keys new | rotate < keys.json | drop-previous < keys.json (got: ${command ?? "nothing"})`,
  );
  process.exit(2);
}
try {
  process.stdout.write(`${JSON.stringify(step())}\n`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
