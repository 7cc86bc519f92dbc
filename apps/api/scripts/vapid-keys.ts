/**
 * A VAPID key pair for Web Push reminders, for the `VapidKeys` secret (README, "Deploy"):
 *   pnpm --silent --filter @upnest/api vapid-keys > vapid.json
 * Prints JSON on stdout; never logs a key elsewhere. Replacing the pair makes every browser subscribe again.
 */
import { generateVapidKeys } from "../src/reminders/vapid.ts";

process.stdout.write(`${JSON.stringify(generateVapidKeys())}\n`);
