import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createIssuer } from "../auth/issuer.ts";
import { generateIssuerKeys, parseIssuerKeys } from "../auth/keys.ts";
import { startIssuerServer } from "../entry/server.ts";
import { signUp, TEST_CLIENTS } from "../testing/sign-up.ts";
import {
  authorizeUrl,
  browser,
  form,
  type Issuers,
  location,
  PASSWORD,
  REDIRECT,
  registerUntilCode,
  startIssuers,
  startSignIn,
} from "./issuer-support.ts";

/**
 * The issuer's front door, attacked over HTTP as a crafted link or a script
 * would: who may start a sign-in and where it may end, the token endpoint,
 * headers, body size, what the pages load, and what an internal error shows.
 */
let s: Issuers;
beforeAll(async () => {
  s = await startIssuers(inject("dynamoEndpoint"));
});
afterAll(() => s.close());

/** The web app's own, valid authorize query, with some parameters replaced (undefined removes one). */
async function authorizeWith(over: Record<string, string | undefined>) {
  const url = new URL((await authorizeUrl(s.a)).url);
  for (const [name, value] of Object.entries(over)) {
    if (value === undefined) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  return fetch(url, { redirect: "manual" });
}

describe("who may start a sign-in, and where it may end", () => {
  it("the web app's own request (code flow, PKCE S256, its redirect) goes on to the sign-in page", async () => {
    const res = await authorizeWith({});
    expect(res.status).toBe(302);
    expect(location(res)).toBe("/password/authorize");
  });

  const refused: [string, Record<string, string | undefined>, RegExp][] = [
    ["a client id nobody registered", { client_id: "evil-app" }, /not allowed to sign in/],
    [
      "another CloudFront site as redirect",
      { redirect_uri: "https://d1234evil.cloudfront.net/auth/callback" },
      /may not send you to that address/,
    ],
    ["a javascript: redirect", { redirect_uri: "javascript:alert(document.cookie)" }, /may not send you/],
    ["localhost on another port", { redirect_uri: "http://localhost:5174/auth/callback" }, /may not send you/],
    ["the right origin, another path", { redirect_uri: "http://localhost:5173/evil" }, /may not send you/],
    ["the right redirect with a query added", { redirect_uri: `${REDIRECT}?next=https://evil.example` }, /may not/],
    ["no redirect at all", { redirect_uri: undefined }, /may not send you/],
    ["the implicit flow (tokens in the URL)", { response_type: "token" }, /authorization-code flow/],
    ["no PKCE", { code_challenge: undefined, code_challenge_method: undefined }, /PKCE with S256/],
    ["PKCE plain", { code_challenge_method: "plain" }, /PKCE with S256/],
    ["PKCE with a malformed challenge", { code_challenge: "short" }, /PKCE with S256/],
    ["another provider", { provider: "github" }, /not available/],
  ];
  for (const [name, over, message] of refused) {
    it(`${name} → an error page (400), no redirect, no sign-in state`, async () => {
      const res = await authorizeWith(over);
      expect(res.status).toBe(400);
      expect(location(res)).toBeNull();
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(res.headers.getSetCookie()).toEqual([]);
      const body = await res.text();
      expect(body).toMatch(message);
      expect(body).not.toContain("evil");
      expect(body).not.toContain("javascript:");
    });
  }

  it("a repeated redirect_uri (one allowed, one not) is refused", async () => {
    const url = new URL((await authorizeUrl(s.a)).url);
    url.searchParams.append("redirect_uri", "https://evil.example/cb");
    const res = await fetch(url, { redirect: "manual" });
    expect([res.status, location(res)]).toEqual([400, null]);
  });

  it("OpenAuth's own allow check is exact too (second line of defence)", async () => {
    const { isAllowed } = await import("../auth/allow.ts");
    expect(isAllowed(TEST_CLIENTS, "upnest-web", REDIRECT)).toBe(true);
    expect(isAllowed(TEST_CLIENTS, "upnest-web", "https://x.cloudfront.net/auth/callback")).toBe(false);
    expect(isAllowed(TEST_CLIENTS, "upnest-web", "http://localhost:9999/auth/callback")).toBe(false);
  });

  it("the password-reset page ignores a redirect_uri: a finished reset ends on the issuer's sign-in page", async () => {
    const email = `reset-${Date.now()}@example.com`;
    await signUp(s.a, s.inbox, email);
    const go = browser();
    await go(new URL("/password/change?redirect_uri=https://evil.example/steal", s.a));
    await go(new URL("/password/change", s.a), form({ action: "code", email }));
    const verify = await go(
      new URL("/password/change", s.a),
      form({ action: "verify", code: s.inbox.codeFor(email) ?? "" }),
    );
    expect(await verify.text()).toContain("Choose a new password");
    const done = await go(
      new URL("/password/change", s.a),
      form({ action: "update", password: "a brand new password", repeat: "a brand new password" }),
    );
    expect(done.status).toBe(303);
    expect(location(done)).toBe("authorize?changed=1");
  });
});

describe("the token endpoint", () => {
  const token = (fields: Record<string, string>) => fetch(new URL("/token", s.a), form(fields));

  it("a code is exchanged only with its PKCE verifier", async () => {
    const email = `pkce-${Date.now()}@example.com`;
    const go = browser();
    const { verifier } = await startSignIn(go, s.a);
    await registerUntilCode(go, s.a, email);
    const done = await go(
      new URL("/password/register", s.a),
      form({ action: "verify", code: s.inbox.codeFor(email) ?? "" }),
    );
    const code = new URL(location(done) ?? "").searchParams.get("code") ?? "";
    const base = { grant_type: "authorization_code", client_id: "upnest-web", redirect_uri: REDIRECT, code };
    const without = await token(base);
    expect(without.status).toBe(400);
    // The code was spent by that attempt: even the right verifier cannot use it now.
    const withVerifier = await token({ ...base, code_verifier: verifier });
    expect(withVerifier.status).toBe(400);
  });

  it("grants the web app does not use are refused with a JSON error, not a redirect or a 500", async () => {
    for (const grant of ["client_credentials", "password", "", "urn:ietf:params:oauth:grant-type:device_code"]) {
      const res = await token({ grant_type: grant, client_id: "upnest-web", client_secret: "x", provider: "password" });
      expect(res.status).toBe(400);
      expect(location(res)).toBeNull();
      expect(await res.json()).toMatchObject({ error: "unsupported_grant_type" });
    }
  });

  it("a code exchange for an unknown client is refused", async () => {
    const res = await token({
      grant_type: "authorization_code",
      client_id: "evil-app",
      code: "x",
      redirect_uri: REDIRECT,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: "invalid_client" });
  });

  it("a body that is not a form is refused", async () => {
    const res = await fetch(new URL("/token", s.a), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(400);
  });
});

describe("headers on every response", () => {
  const responses = async () => {
    const go = browser();
    const { res: loginPage } = await startSignIn(go, s.a);
    return {
      "sign-in page": loginPage,
      "refused authorize": await authorizeWith({ client_id: "evil-app" }),
      "register page": await go(new URL("/password/register", s.a)),
      "reset page": await go(new URL("/password/change", s.a)),
      token: await fetch(new URL("/token", s.a), form({ grant_type: "refresh_token", refresh_token: "user:x:y" })),
      jwks: await fetch(new URL("/.well-known/jwks.json", s.a)),
      stylesheet: await fetch(new URL("/password/style.css", s.a)),
      "not found": await fetch(new URL("/nothing-here", s.a)),
    };
  };

  it("a CSP without scripts that forbids framing, nosniff, no referrer", async () => {
    for (const [name, res] of Object.entries(await responses())) {
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp, name).toContain("default-src 'none'");
      expect(csp, name).toContain("frame-ancestors 'none'");
      expect(csp, name).toContain("base-uri 'none'");
      expect(csp, name).toContain("form-action 'self' http://localhost:5173");
      expect(csp, name).not.toMatch(/script-src|unsafe-inline|unsafe-eval/);
      expect(res.headers.get("x-content-type-options"), name).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), name).toBe("no-referrer");
      expect(res.headers.get("x-frame-options"), name).toBe("DENY");
    }
  });

  it("pages with forms and the token endpoint are never stored by a cache", async () => {
    const all = await responses();
    for (const name of ["sign-in page", "refused authorize", "register page", "reset page", "token"] as const)
      expect(all[name].headers.get("cache-control"), name).toBe("no-store");
  });

  it("HSTS when the issuer is reached over https, not on plain http", async () => {
    const plain = await fetch(new URL("/password/authorize", s.a));
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const https = await fetch(new URL("/password/authorize", s.a), { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
  });
});

describe("request bodies", () => {
  const big = `email=a%40example.com&password=${"x".repeat(20 * 1024)}`;

  it("an oversized form is refused with 413 before anything reads it", async () => {
    const res = await fetch(new URL("/password/authorize", s.a), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: big,
    });
    expect(res.status).toBe(413);
    expect(await res.text()).toBe("The request is too large.");
  });

  it("…also when it is streamed without a Content-Length", async () => {
    const chunks = new TextEncoder().encode(big);
    const body = new ReadableStream({
      start(controller) {
        for (let i = 0; i < chunks.length; i += 1024) controller.enqueue(chunks.slice(i, i + 1024));
        controller.close();
      },
    });
    const res = await fetch(new URL("/token", s.a), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it("no failed sign-in was counted for the refused bodies", async () => {
    const failures = await import("@upnest/db").then(({ attemptCounters }) =>
      attemptCounters(s.table.db, s.table.tableName).failures("password", "a@example.com"),
    );
    expect(failures).toBeUndefined();
  });
});

describe("UpNest's own pages", () => {
  async function pages() {
    const go = browser();
    const email = `pages-${Date.now()}@example.com`;
    const { res: login } = await startSignIn(go, s.a);
    const wrong = await go(new URL("/password/authorize", s.a), form({ email, password: "wrong password" }));
    const register = await go(new URL("/password/register", s.a));
    const code = await registerUntilCode(go, s.a, email);
    const reset = await go(new URL("/password/change", s.a));
    const refused = await authorizeWith({ client_id: "evil-app" });
    const all = { login, wrong, register, code, reset, refused };
    const texts = await Promise.all(Object.entries(all).map(async ([k, res]) => [k, await res.text()] as const));
    return Object.fromEntries(texts) as Record<keyof typeof all, string>;
  }

  it("load nothing from another host and run no script", async () => {
    for (const [name, html] of Object.entries(await pages())) {
      expect(html, name).not.toMatch(/<script|<iframe|<object|\son[a-z]+=|style=/i);
      const urls = [...html.matchAll(/\s(?:src|href|action|srcset|poster|data)="([^"]*)"/gi)].map((m) => m[1] ?? "");
      expect(urls.length, name).toBeGreaterThan(0);
      for (const url of urls) {
        const target = new URL(url, new URL("/password/authorize", s.a));
        // The only other origin a page may name is the web app, on the "go back" link of the error page.
        expect([s.a, "http://localhost:5173"], `${name}: ${url}`).toContain(target.origin);
      }
      expect(html, name).not.toMatch(/fonts\.googleapis|unpkg|jsdelivr|cdnjs|openauth\.js\.org/);
    }
  });

  it("are English, have one heading, a label for every field, and announce errors", async () => {
    const all = await pages();
    for (const [name, html] of Object.entries(all)) {
      expect(html, name).toMatch(/<html lang="en">/);
      expect(html.match(/<h1>/g)?.length, name).toBe(1);
      const visibleInputs = [...html.matchAll(/<input\b[^>]*>/g)].filter((m) => !/type="hidden"/.test(m[0]));
      const labelled = [...html.matchAll(/<label\b[^>]*>[\s\S]*?<\/label>/g)]
        .map((m) => m[0].match(/<input\b/g)?.length ?? 0)
        .reduce((a, b) => a + b, 0);
      expect(labelled, name).toBe(visibleInputs.length);
      expect(html, name).not.toMatch(/placeholder=/);
    }
    expect(all.wrong).toMatch(/role="alert"[^>]*>That e-mail address and password do not match/);
  });

  it("the stylesheet is the issuer's own, with a visible focus ring and a dark scheme", async () => {
    const res = await fetch(new URL("/password/style.css", s.a));
    expect(res.headers.get("content-type")).toMatch(/^text\/css/);
    const css = await res.text();
    expect(css).toContain(":focus-visible");
    expect(css).toContain("prefers-color-scheme: dark");
    expect(css).not.toMatch(/@import|url\(/);
  });
});

describe("forms sent from elsewhere", () => {
  it("a sign-in form posted by another site is refused, and nothing is counted", async () => {
    const email = `csrf-${Date.now()}@example.com`;
    const res = await fetch(new URL("/password/authorize", s.a), {
      ...form({ email, password: "attacker password" }),
      headers: { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "cross-site" },
      redirect: "manual",
    });
    expect([res.status, location(res)]).toEqual([403, null]);
    expect(await res.text()).toContain("This form can only be sent from UpNest");
    const { attemptCounters } = await import("@upnest/db");
    expect(await attemptCounters(s.table.db, s.table.tableName).failures("password", email)).toBeUndefined();
  });

  it("a form posted without the issuer's cookie (no sign-up in progress) starts over instead of failing", async () => {
    for (const path of ["/password/register", "/password/change"]) {
      const res = await fetch(new URL(path, s.a), {
        ...form({ action: "verify", code: "123456" }),
        redirect: "manual",
      });
      expect(location(res), path).toBeNull();
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).not.toMatch(/Cannot read|undefined|TypeError/);
    }
  });
});

describe("internal errors", () => {
  it("a thrown TypeError reaches neither a redirect nor the page; the detail is logged", async () => {
    const failing = await startIssuerServer(
      createIssuer({
        db: s.table.db,
        tableName: s.table.tableName,
        signingKeys: parseIssuerKeys(JSON.stringify(generateIssuerKeys())),
        clients: TEST_CLIENTS,
        sendCode: async () => {
          throw new TypeError("Cannot read properties of undefined (reading 'smtp')");
        },
        sendAccountExists: async () => {},
        log: { info: () => {}, error: (message, fields) => void s.logLines.push({ message, ...fields }) },
      }),
    );
    try {
      const go = browser();
      await startSignIn(go, failing.url);
      const res = await registerUntilCode(go, failing.url, `broken-${Date.now()}@example.com`);
      expect(res.status).toBe(500);
      expect(location(res)).toBeNull();
      const body = await res.text();
      expect(body).toContain("Something went wrong on our side");
      expect(body).not.toMatch(/Cannot read|TypeError|smtp/);
      expect(JSON.stringify(s.logLines)).toContain("Cannot read properties of undefined");
    } finally {
      await failing.close();
    }
  });

  it("finishing a sign-in without its sign-in state gets a page, not a redirect to anywhere", async () => {
    const email = `stateless-${Date.now()}@example.com`;
    await signUp(s.a, s.inbox, email);
    const res = await fetch(new URL("/password/authorize", s.a), {
      ...form({ email, password: PASSWORD }),
      redirect: "manual",
    });
    expect(res.status).toBe(400);
    expect(location(res)).toBeNull();
    expect(await res.text()).toMatch(/open for too long, or was opened in another browser/);
  });
});
