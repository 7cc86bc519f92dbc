// `pnpm dev`: DynamoDB Local (data kept under .data/), migrations, the sign-in
// issuer, the API, a local e-mail inbox and the web app; prints the URLs to open.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateIssuerKeys, generateVapidKeys, startStack } from "@upnest/api/dev";

const started = Date.now();
const root = join(import.meta.dirname, "..");
const dataDir = join(root, ".data");
const PORTS = { dynamo: 8000, issuer: 3001, api: 3000, web: 5173 };
const MAIL = { smtpPort: 1025, inboxPort: 1080 };
const WEB_URL = `http://localhost:${PORTS.web}`;

/** Secrets for local use only, made once and kept with the data so cursors survive restarts. */
function localSecrets(): { cursorSecret: string } {
  const file = join(dataDir, "local-secrets.json");
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, JSON.stringify({ cursorSecret: randomBytes(32).toString("hex") }));
  return JSON.parse(readFileSync(file, "utf8"));
}

/** The issuer's signing and encryption keys for local use, made once and kept with the data (as on AWS, never in the table). */
function localIssuerKeys(): string {
  const file = join(dataDir, "issuer-keys.json");
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(generateIssuerKeys()), { mode: 0o600 });
  return readFileSync(file, "utf8");
}

/** The VAPID key pair that signs Web Push reminders, made once and kept with the data (an SST secret on AWS). */
function localVapidKeys(): string {
  const file = join(dataDir, "vapid-keys.json");
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(generateVapidKeys()), { mode: 0o600 });
  return readFileSync(file, "utf8");
}

let stack: Awaited<ReturnType<typeof startStack>>;
try {
  stack = await startStack({
    dataDir: join(dataDir, "dynamodb"),
    ports: PORTS,
    cursorSecret: localSecrets().cursorSecret,
    issuerKeys: localIssuerKeys(),
    webOrigins: [WEB_URL],
    // Sign-in e-mail (codes) and reminders go over SMTP to a local inbox; nothing leaves the machine.
    mail: MAIL,
    vapidKeys: localVapidKeys(),
    // The reminders job, every minute, as SST's Cron runs it on AWS.
    remindersEveryMinute: true,
  });
} catch (error) {
  console.error(`Could not start UpNest: ${(error as Error).message}`);
  process.exit(1);
}

const web = spawn("pnpm", ["--filter", "@upnest/web", "exec", "vite", "--port", String(PORTS.web), "--strictPort"], {
  cwd: root,
  stdio: ["ignore", "pipe", "inherit"],
  env: { ...process.env, VITE_API_URL: stack.apiUrl, VITE_ISSUER_URL: stack.issuerUrl },
});
web.stdout?.on("data", (chunk: Buffer) => {
  if (String(chunk).includes("ready in")) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\nUpNest is running (started in ${seconds} s). Open ${WEB_URL}`);
    console.log(`E-mail it sends (sign-up codes, reminders) arrives in the local inbox: ${stack.inbox.url}\n`);
  }
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  web.kill("SIGTERM");
  await stack.stop();
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
web.on("exit", (code) => {
  if (!stopping) {
    console.error(`The web dev server stopped (code ${code}).`);
    void stop();
  }
});
