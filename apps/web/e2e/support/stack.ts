// Shared set-up of the browser tests: the whole back end in memory (DynamoDB Local, issuer, API), a Vite dev
// server for the web app and Debian's Chromium, plus signing up through the issuer's real pages.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer as createNetServer } from "node:net";
import { fileURLToPath } from "node:url";
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import { type AppRouter, type Stack, type StackOptions, startStack } from "@upnest/api";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { createServer, type ViteDevServer } from "vite";

export const WEB_DIR = fileURLToPath(new URL("../..", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const PASSWORD = "correct horse battery";

/** A calendar date `days` before today (UTC), as the date inputs take it. */
export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** A port nobody is using now, so the API can be told the web app's origin before Vite starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once("error", reject);
    server.listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export type E2E = {
  stack: Stack;
  web: string;
  browser: Browser;
  codes: Map<string, string>;
  serverErrors: unknown[];
  pageErrors: string[];
  /** A new browser (own storage: another person) at a phone's size, with page errors collected. */
  phone: () => Promise<{ context: BrowserContext; page: Page }>;
  stop: () => Promise<void>;
};

export async function startE2E(): Promise<E2E> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
    );
  const codes = new Map<string, string>();
  const serverErrors: unknown[] = [];
  const pageErrors: string[] = [];
  const log: NonNullable<StackOptions["log"]> = {
    info: () => {},
    error: (message, fields) => void serverErrors.push({ message, ...fields }),
  };
  const port = await freePort();
  const web = `http://localhost:${port}`;
  let stack: Stack | undefined;
  let vite: ViteDevServer | undefined;
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close();
    await vite?.close();
    await stack?.stop();
  };
  try {
    stack = await startStack({
      cursorSecret: randomBytes(32).toString("hex"),
      webOrigins: [web],
      sendCode: async (email, code) => void codes.set(email, code),
      log,
    });
    process.env.VITE_API_URL = stack.apiUrl;
    process.env.VITE_ISSUER_URL = stack.issuerUrl;
    vite = await createServer({
      root: WEB_DIR,
      configFile: `${WEB_DIR}vite.config.ts`,
      logLevel: "warn",
      server: { port, strictPort: true, host: "localhost", hmr: false },
    });
    await vite.listen();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const started = browser;
  return {
    stack,
    web,
    browser: started,
    codes,
    serverErrors,
    pageErrors,
    phone: async () => {
      const context = await started.newContext({
        viewport: { width: 390, height: 844 },
        locale: "en-US",
        timezoneId: "UTC",
        acceptDownloads: true,
      });
      const page = await context.newPage();
      page.on("pageerror", (error) => pageErrors.push(error.message));
      return { context, page };
    },
    stop,
  };
}

/** From the app's sign-in screen: registers on the issuer's pages with the e-mailed code, back to where the person was. */
export async function signUp(e2e: E2E, page: Page, email: string) {
  await page.getByRole("button", { name: "Sign in or create an account" }).click();
  await page.waitForURL(`${e2e.stack.issuerUrl}/**`);
  await page.getByRole("link", { name: "Register" }).click();
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('input[name="repeat"]').fill(PASSWORD);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.locator('input[name="code"]').waitFor();
  await page.locator('input[name="code"]').fill(e2e.codes.get(email) ?? "");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL((url) => url.origin === e2e.web && !url.pathname.startsWith("/auth/"));
}

/** From the app's sign-in screen: signs an existing account in with its password on the issuer's page. */
export async function signIn(e2e: E2E, page: Page, email: string) {
  await page.getByRole("button", { name: "Sign in or create an account" }).click();
  await page.waitForURL(`${e2e.stack.issuerUrl}/**`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL((url) => url.origin === e2e.web && !url.pathname.startsWith("/auth/"));
}

/** The API as the person signed in on `page` (to set up data the test is not about). */
export async function apiAs(e2e: E2E, page: Page): Promise<TRPCClient<AppRouter>> {
  const { access } = JSON.parse((await page.evaluate(() => localStorage.getItem("upnest.tokens"))) ?? "{}") as {
    access: string;
  };
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${e2e.stack.apiUrl}/trpc`, headers: { authorization: `Bearer ${access}` } })],
  });
}
