import { OauthError, UnknownStateError } from "@openauthjs/openauth/error";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Logger } from "../trpc/log.ts";
import { type IssuerClient, redirectOrigins, refuseAuthorize } from "./allow.ts";
import { issuerHeaders } from "./headers.ts";
import { errorPage } from "./pages/forms.ts";
import { STYLESHEET } from "./pages/style.ts";

/** The largest request body the issuer reads (its forms are a few hundred bytes). */
export const MAX_BODY_BYTES = 16 * 1024;
const GRANTS = new Set(["authorization_code", "refresh_token"]);

type Fetchable = { fetch: (request: Request, env?: unknown) => Response | Promise<Response> } & {
  onError: (handler: (error: Error, c: Context) => Response | Promise<Response>) => unknown;
};

/**
 * The front door around OpenAuth's issuer: security headers, a body cap that
 * counts the stream (a missing Content-Length does not get around it), the
 * allow-list and PKCE S256 checked before OpenAuth sees /authorize (a refused
 * request gets a page, never a redirect), only the grants the web app uses
 * at /token, sign-in forms only from the issuer's own pages, and errors answered with a generic message (the detail is
 * logged, never redirected or shown).
 */
export function hardenIssuer(inner: Fetchable, options: { clients: IssuerClient[]; log: Logger }) {
  const origins = redirectOrigins(options.clients);
  const back = origins[0] ? `${origins[0]}/` : undefined;

  async function onError(error: Error, c: Context) {
    options.log.error("issuer error", { path: c.req.path, name: error.name, detail: String(error.stack ?? error) });
    if (c.req.path === "/token")
      return c.json({ error: "server_error", error_description: "Something went wrong. Please try again." }, 500);
    if (error instanceof UnknownStateError)
      return errorPage(
        "This sign-in page was open for too long, or was opened in another browser. Go back to UpNest and sign in again.",
        400,
        back,
      );
    if (error instanceof OauthError) return errorPage("The sign-in request was not valid.", 400, back);
    return errorPage("Something went wrong on our side. Nothing was changed; please try again.", 500, back);
  }
  inner.onError(onError);

  const app = new Hono();
  app.use(issuerHeaders(origins));
  app.use(bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.text("The request is too large.", 413) }));
  // A sign-in form posted from another site (login CSRF: signing the victim into the attacker's account).
  app.post("/password/*", async (c, next) => {
    const site = c.req.header("sec-fetch-site");
    if (site !== undefined && site !== "same-origin")
      return errorPage("This form can only be sent from UpNest's own sign-in page.", 403, back);
    await next();
  });
  app.get("/password/style.css", (c) =>
    c.body(STYLESHEET, 200, { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=3600" }),
  );
  app.get("/authorize", async (c, next) => {
    const refused = refuseAuthorize(new URL(c.req.url).searchParams, options.clients);
    if (refused) return errorPage(refused, 400, back);
    await next();
  });
  app.post("/token", async (c, next) => {
    const form = await c.req.raw
      .clone()
      .formData()
      .catch(() => undefined);
    if (!form) return c.json({ error: "invalid_request", error_description: "Send the request as a form." }, 400);
    const grant = form.get("grant_type")?.toString() ?? "";
    if (!GRANTS.has(grant))
      return c.json({ error: "unsupported_grant_type", error_description: "This grant type is not supported." }, 400);
    const client = form.get("client_id")?.toString();
    if (grant === "authorization_code" && !options.clients.some((known) => known.id === client))
      return c.json({ error: "invalid_client", error_description: "Unknown client." }, 400);
    await next();
  });
  app.all("*", (c) => inner.fetch(c.req.raw, c.env));
  app.onError(onError);
  return app;
}
