// Shared set-up of the browser tests: the whole back end in memory (DynamoDB Local, issuer, API), the web app
// built and served by `vite preview` with its production security headers (CSP on), and Debian's Chromium, plus
// signing up through the issuer's real pages.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import type { AppRouter } from "@upnest/api";
import { codeIn, type Stack, type StackOptions, startStack } from "@upnest/api/dev";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { build, type PreviewServer, preview } from "vite";
import { seriousViolations } from "./axe.ts";

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
  /** The stack's local inbox: the issuer's e-mail arrives here over SMTP. */
  inbox: Stack["inbox"];
  serverErrors: unknown[];
  pageErrors: string[];
  /** What the browser refused under the app's Content-Security-Policy (reports and console messages). */
  cspViolations: string[];
  /** Serious and critical accessibility violations axe found on the pages checked with `axe`. */
  a11yViolations: string[];
  /** Runs axe on `page` as it is now; what it finds goes to `a11yViolations`. Every screenshot is checked too. */
  axe: (page: Page, where: string) => Promise<void>;
  /** A full-page screenshot to apps/web/screenshots/<name>.png, and axe on the same page. */
  shot: (page: Page, name: string) => Promise<void>;
  /** Collects page errors and CSP violations from every page of this context. */
  watch: (context: BrowserContext) => Promise<void>;
  /** A new browser (own storage: another person) at a phone's size, with page errors collected. */
  phone: () => Promise<{ context: BrowserContext; page: Page }>;
  stop: () => Promise<void>;
};

/**
 * What a browser test may add to the back end: push services it stands in for (reminders.e2e.ts), smaller limits,
 * health-card issuers it trusts besides the VCI list (the specification's example issuer, vaccines-import.e2e.ts).
 */
export type E2EOptions = Pick<StackOptions, "pushOrigins" | "limits" | "trustedIssuers"> & {
  /** Chromium flags a test needs besides the usual ones (a fake camera playing a file, vaccines-import.e2e.ts). */
  browserArgs?: readonly string[];
};

export async function startE2E({ browserArgs = [], ...options }: E2EOptions = {}): Promise<E2E> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
    );
  const serverErrors: unknown[] = [];
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  const a11yViolations: string[] = [];
  const axe = async (page: Page, where: string) => void a11yViolations.push(...(await seriousViolations(page, where)));
  const log: NonNullable<StackOptions["log"]> = {
    info: () => {},
    error: (message, fields) => void serverErrors.push({ message, ...fields }),
  };
  const port = await freePort();
  const web = `http://localhost:${port}`;
  let stack: Stack | undefined;
  let vite: PreviewServer | undefined;
  let browser: Browser | undefined;
  const outDir = mkdtempSync(join(tmpdir(), "upnest-web-"));
  const stop = async () => {
    await browser?.close();
    await vite?.close();
    await stack?.stop();
    rmSync(outDir, { recursive: true, force: true });
  };
  try {
    stack = await startStack({
      cursorSecret: randomBytes(32).toString("hex"),
      webOrigins: [web],
      log,
      ...options,
    });
    process.env.VITE_API_URL = stack.apiUrl;
    process.env.VITE_ISSUER_URL = stack.issuerUrl;
    // The build is what users get: no inline script, styles from files, so the CSP is the production one.
    const vite_ = { root: WEB_DIR, configFile: `${WEB_DIR}vite.config.ts`, logLevel: "warn" as const };
    await build({ ...vite_, build: { outDir, emptyOutDir: true } });
    vite = await preview({ ...vite_, build: { outDir }, preview: { port, strictPort: true, host: "localhost" } });
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
        ...browserArgs,
      ],
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const started = browser;
  const watch = async (context: BrowserContext) => {
    context.on("weberror", (error) => pageErrors.push(error.error().message));
    // Chromium reports a refusal both as an event in the page and as a console message; either counts.
    context.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await context.exposeBinding("__cspViolation", (_source, report: string) => void cspViolations.push(report));
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = `${event.violatedDirective} refused ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`;
        (window as unknown as { __cspViolation: (r: string) => void }).__cspViolation(report);
      });
    });
  };
  return {
    stack,
    web,
    browser: started,
    inbox: stack.inbox,
    serverErrors,
    pageErrors,
    cspViolations,
    a11yViolations,
    axe,
    shot: async (page, name) => {
      mkdirSync(`${WEB_DIR}screenshots`, { recursive: true });
      await page.screenshot({ path: `${WEB_DIR}screenshots/${name}.png`, fullPage: true, animations: "disabled" });
      await axe(page, name);
    },
    watch,
    phone: async () => {
      const context = await started.newContext({
        viewport: { width: 390, height: 844 },
        locale: "en-US",
        timezoneId: "UTC",
        acceptDownloads: true,
      });
      await watch(context);
      const page = await context.newPage();
      return { context, page };
    },
    stop,
  };
}

/** The code in the first e-mail to `email` that arrived in the stack's inbox after message `after` (see `inbox.mark()`). */
export const codeFor = async (e2e: E2E, email: string, after: number) =>
  codeIn(await e2e.inbox.waitFor(email, { after }));

/**
 * From the app's sign-in screen: registers on the issuer's pages (with the name the family will see) and the
 * e-mailed code, back to where the person was.
 */
export async function signUp(e2e: E2E, page: Page, email: string, name = "Sam Tester") {
  await page.getByRole("button", { name: "Sign in or create an account" }).click();
  await page.waitForURL(`${e2e.stack.issuerUrl}/**`);
  await e2e.axe(page, "issuer sign-in");
  await page.getByRole("link", { name: "Register" }).click();
  await page.locator('input[name="name"]').fill(name);
  await page.locator('input[name="email"]').fill(email);
  await e2e.axe(page, "issuer register");
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('input[name="repeat"]').fill(PASSWORD);
  const before = e2e.inbox.mark();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.locator('input[name="code"]').waitFor();
  await e2e.axe(page, "issuer code");
  await page.locator('input[name="code"]').fill(await codeFor(e2e, email, before));
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
