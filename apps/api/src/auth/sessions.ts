import { type AuthStorage, createSessions, type DocClient, lookupUserId } from "@upnest/db";
import { Hono } from "hono";
import { cors } from "hono/cors";
import { ulid } from "ulid";
import { deviceName } from "./device.ts";

export type SessionDeps = {
  db: DocClient;
  tableName: string;
  storage: AuthStorage;
  /** Seconds a used refresh token still gets the same new tokens (two tabs refreshing at once); later, it is reuse. */
  reuseGraceSeconds: number;
};

/** OpenAuth's own answer to a refresh token it does not know, so a refused one looks the same. */
const refused = { error: "invalid_grant", error_description: "Refresh token has been used or expired" };

type RefreshPayload = { properties?: { id?: unknown; sid?: unknown }; timeUsed?: number };

const userSubject = (userId: string) => `user:${userId}`;

/**
 * Sessions that end, around OpenAuth's issuer:
 *
 * - Every sign-in is a session (a refresh-token family) with an id (`sid`,
 *   carried in the tokens' properties) and a record in the user's partition,
 *   written when the authorization code is exchanged.
 * - Refresh tokens are filed under `user:<id>`; a refresh is refused unless
 *   the session's record is live (not ended, within its absolute lifetime),
 *   and the record notes when it was last used.
 * - OpenAuth rotates refresh tokens and keeps a used one (marked `timeUsed`)
 *   for `retention` seconds. Within the grace seconds it answers a used one
 *   with the same new tokens (OpenAuth's `reuse` window); after that,
 *   presenting it is reuse: that whole family ends, the new tokens with the old.
 * - Setting a password where one existed (change or reset) ends every session.
 */
export function createSessionGuard(deps: SessionDeps) {
  const sessions = createSessions({ db: deps.db, tableName: deps.tableName });
  const base = deps.storage;

  async function refreshTokens(userId: string) {
    const found: { key: string[]; value: RefreshPayload }[] = [];
    for await (const [key, value] of base.scan(["oauth:refresh", userSubject(userId)]))
      found.push({ key, value: value as RefreshPayload });
    return found;
  }

  /** Ends one family: its record and every refresh token (used or not) that carries its id. */
  async function endFamily(userId: string, sessionId: string) {
    await sessions.end(userId, sessionId).catch(() => {});
    for (const { key, value } of await refreshTokens(userId))
      if (value.properties?.sid === sessionId) await base.remove(key);
  }

  /** Ends every session of the user: records and refresh tokens. */
  async function endAll(userId: string) {
    await sessions.endAll(userId);
    for (const { key } of await refreshTokens(userId)) await base.remove(key);
  }

  /**
   * The storage OpenAuth is given. OpenAuth records a login's subject under
   * `email/<address>/subject` as a hash of the properties (not `user:<id>`,
   * which the tokens are filed under) and invalidates that on a password
   * change with `Array.fromAsync` (missing on Node 20). That entry is neither
   * kept nor found, so OpenAuth's own invalidation never runs; ours does.
   */
  const storage: AuthStorage = {
    async get(key) {
      return isSubjectKey(key) ? undefined : base.get(key);
    },
    async set(key, value, expiry) {
      if (isSubjectKey(key)) return;
      const email = passwordKeyEmail(key);
      const replaced = email !== undefined && (await base.get(key)) !== undefined;
      await base.set(key, value, expiry);
      if (!email || !replaced) return;
      const userId = await lookupUserId(deps.db, deps.tableName, email);
      if (userId) await endAll(userId);
    },
    remove: (key) => base.remove(key),
    scan: (prefix) => base.scan(prefix),
  };

  /** POST /token, before OpenAuth answers it. */
  async function guardToken(request: Request, next: () => Promise<Response>): Promise<Response> {
    const form = await request
      .clone()
      .formData()
      .catch(() => undefined);
    const grant = form?.get("grant_type");
    if (grant === "authorization_code") {
      const code = form?.get("code");
      const payload = typeof code === "string" ? await base.get(["oauth:code", code]) : undefined;
      const response = await next();
      const { id, sid } = (payload as RefreshPayload | undefined)?.properties ?? {};
      if (response.ok && typeof id === "string" && typeof sid === "string")
        await sessions.start(id, { sessionId: sid, device: deviceName(request.headers.get("user-agent")) });
      return response;
    }
    if (grant === "refresh_token") {
      const presented = String(form?.get("refresh_token") ?? "");
      const at = presented.lastIndexOf(":");
      const key = ["oauth:refresh", presented.slice(0, at), presented.slice(at + 1)];
      const payload = at > 0 ? ((await base.get(key)) as RefreshPayload | undefined) : undefined;
      if (!payload) return next();
      const { id, sid } = payload.properties ?? {};
      if (typeof id !== "string" || typeof sid !== "string") {
        await base.remove(key);
        return Response.json(refused, { status: 400 });
      }
      if (payload.timeUsed !== undefined && Date.now() - payload.timeUsed > deps.reuseGraceSeconds * 1000) {
        await endFamily(id, sid);
        return Response.json(refused, { status: 400 });
      }
      if (!(await sessions.touch(id, sid))) {
        await endFamily(id, sid);
        return Response.json(refused, { status: 400 });
      }
    }
    return next();
  }

  return {
    storage,
    /** The properties and options `ctx.subject` gets for a successful sign-in: a new session id. */
    subjectFor(userId: string, email: string) {
      return { properties: { id: userId, email, sid: ulid() }, options: { subject: userSubject(userId) } };
    },
    /** The issuer app with the token endpoint guarded. */
    wrap(app: { fetch: (request: Request, env?: unknown) => Response | Promise<Response> }) {
      const outer = new Hono();
      // As OpenAuth answers /token, so a browser can read a refusal too.
      outer.use("/token", cors({ origin: "*", allowHeaders: ["*"], allowMethods: ["POST"], credentials: false }));
      outer.post("/token", (c) => guardToken(c.req.raw, async () => app.fetch(c.req.raw, c.env)));
      outer.all("*", (c) => app.fetch(c.req.raw, c.env));
      return outer;
    },
  };
}

const isSubjectKey = (key: string[]) => key.length === 3 && key[0] === "email" && key[2] === "subject";
const passwordKeyEmail = (key: string[]) =>
  key.length === 3 && key[0] === "email" && key[2] === "password" ? key[1] : undefined;
