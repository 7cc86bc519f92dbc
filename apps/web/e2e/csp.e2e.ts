// The web app's Content-Security-Policy in Chromium: the built app (what users get) and the dev server with
// fast refresh (what `pnpm dev` runs) both load with script-src 'self' and nothing refused, and the policy
// really is on: an inline script injected into the page is refused and reported.
import { createServer as createNetServer } from "node:net";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, startE2E, WEB_DIR } from "./support/stack.ts";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.stop();
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createNetServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe("the web app's security headers", () => {
  it("every page and file carries them; the CSP allows only the app, the API and the issuer", async () => {
    const { page } = await e2e.phone();
    const answer = await page.goto(`${e2e.web}/invite/${"A".repeat(43)}`);
    const headers = answer?.headers() ?? {};
    expect(headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "x-frame-options": "DENY",
    });
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain(`connect-src 'self' ${e2e.stack.apiUrl} ${e2e.stack.issuerUrl}`);
    expect(csp).not.toContain("unsafe");
    await page.getByRole("heading", { name: "Invitation" }).waitFor();
    const script = await page.evaluate(() => document.querySelector("script[src]")?.getAttribute("src"));
    const file = await page.request.get(new URL(script ?? "/", e2e.web).toString());
    expect(file.headers()["content-security-policy"]).toBe(csp);
    expect(e2e.cspViolations).toEqual([]);
  });

  it("an inline script injected into the page is refused, and the refusal is reported", async () => {
    const { page } = await e2e.phone();
    await page.goto(e2e.web);
    await page.getByRole("heading", { name: "Welcome to UpNest" }).waitFor();
    const ran = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.injected = true";
      document.head.append(script);
      await new Promise((r) => setTimeout(r, 200));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => e2e.cspViolations.length).toBeGreaterThan(0);
    expect(e2e.cspViolations.join("\n")).toMatch(/script-src/);
    e2e.cspViolations.length = 0;
  });

  it("the dev server, with fast refresh on as `pnpm dev` runs it, works under script-src 'self'", async () => {
    const port = await freePort();
    let dev: ViteDevServer | undefined;
    try {
      dev = await createServer({
        root: WEB_DIR,
        configFile: `${WEB_DIR}vite.config.ts`,
        logLevel: "warn",
        server: { port, strictPort: true, host: "localhost" },
      });
      await dev.listen();
      const { page } = await e2e.phone();
      const answer = await page.goto(`http://localhost:${port}/`);
      expect(answer?.headers()["content-security-policy"]).toContain("script-src 'self';");
      const html = (await answer?.text()) ?? "";
      // Every script of the page is a file; none is inline.
      expect(html.match(/<script\b[^>]*>/g)?.every((tag) => /\bsrc=/.test(tag))).toBe(true);
      await page.getByRole("heading", { name: "Welcome to UpNest" }).waitFor();
      expect(e2e.cspViolations).toEqual([]);
      expect(e2e.pageErrors).toEqual([]);
    } finally {
      await dev?.close();
    }
  });
});
