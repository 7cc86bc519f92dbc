import type { ApiKeyPrincipal, Repositories } from "@upnest/db";
import { type Language, languageFromHeader } from "@upnest/i18n";
import type { Identity, VerifyToken } from "../auth/verify.ts";
import type { IssuerKeyring } from "../health-cards/issuer-keys.ts";
import type { ReminderChannels } from "../reminders/channels.ts";
import type { Limits, ReadLimiter } from "./limits.ts";
import type { Logger } from "./log.ts";

export type Services = {
  repos: Repositories;
  verifyToken: VerifyToken;
  log: Logger;
  limits: Limits;
  readLimiter: ReadLimiter;
  /** E-mail and Web Push for reminders, and the addresses their links use. */
  reminders: ReminderChannels;
  /** The issuers SMART Health Cards are verified against (the trust list, their keys). */
  healthCards: IssuerKeyring;
};

export type Context = {
  repos: Repositories;
  identity: Identity | null;
  /**
   * Set when the request presents an API key (`Authorization: Bearer upn_…`) instead of a person's token: looks
   * the key up (once; null when unknown or revoked). The secret stays in this closure, never on the context.
   */
  findApiKey: (() => Promise<ApiKeyPrincipal | null>) | null;
  requestId: string;
  log: Logger;
  limits: Limits;
  readLimiter: ReadLimiter;
  /** Where the request came from (the connection's or the gateway's address): keys limits of public procedures. */
  clientAddress: string;
  /** The language the client asked for (Accept-Language), else English: field messages are written in it. */
  language: Language;
  reminders: ReminderChannels;
  healthCards: IssuerKeyring;
};

/** Built from headers only, so the Lambda and the local HTTP adapters share it. */
export async function createContext(
  services: Services,
  req: {
    headers: Headers | Record<string, string | string[] | undefined>;
    requestId: string;
    clientAddress?: string | undefined;
  },
): Promise<Context> {
  const header = req.headers instanceof Headers ? req.headers.get("authorization") : req.headers.authorization;
  const authorization = Array.isArray(header) ? header[0] : (header ?? undefined);
  const keySecret = /^Bearer (upn_\S+)$/.exec(authorization ?? "")?.[1];
  const accept = req.headers instanceof Headers ? req.headers.get("accept-language") : req.headers["accept-language"];
  return {
    repos: services.repos,
    identity: keySecret ? null : await services.verifyToken(authorization),
    findApiKey: keySecret ? once(() => services.repos.apiKeys.authenticate(keySecret)) : null,
    requestId: req.requestId,
    log: services.log,
    limits: services.limits,
    readLimiter: services.readLimiter,
    clientAddress: req.clientAddress ?? "unknown",
    language: languageFromHeader(Array.isArray(accept) ? accept[0] : accept),
    reminders: services.reminders,
    healthCards: services.healthCards,
  };
}

/** A lookup run at most once per request, however many middlewares ask. */
function once<T>(run: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    result ??= run();
    return result;
  };
}
