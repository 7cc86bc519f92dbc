import type { resources } from "@upnest/i18n";
import { z } from "zod";

/** An OAuth client the issuer signs people in for, and the exact addresses it may send them back to. */
export type IssuerClient = { id: string; redirectUris: string[] };

const redirectUri = z.url().refine(
  (value) => {
    const url = new URL(value);
    const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
    return (url.protocol === "https:" || (local && url.protocol === "http:")) && !url.hash && !url.username;
  },
  { message: "a redirect URI is https (http only on localhost), without a fragment or credentials" },
);
const clientsSchema = z
  .array(z.object({ id: z.string().min(1), redirectUris: z.array(redirectUri).min(1) }))
  .min(1, { message: "at least one client" });

/** Reads the allow-list (e.g. the issuer's ISSUER_CLIENTS variable, JSON); a bad one stops start-up with the reason. */
export function parseClients(json: string): IssuerClient[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error("ISSUER_CLIENTS is not JSON");
  }
  const parsed = clientsSchema.safeParse(value);
  if (!parsed.success) throw new Error(`ISSUER_CLIENTS: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  return parsed.data;
}

/** Exact match of client id and redirect URI: no host suffixes, no localhost exception. */
export const isAllowed = (clients: IssuerClient[], clientId: string, redirect: string) =>
  clients.some((client) => client.id === clientId && client.redirectUris.includes(redirect));

/** Every origin a sign-in may end on (the CSP's form-action must allow the redirect after a form post). */
export const redirectOrigins = (clients: IssuerClient[]) => [
  ...new Set(clients.flatMap((client) => client.redirectUris.map((uri) => new URL(uri).origin))),
];

const ONE_EACH = ["client_id", "redirect_uri", "response_type", "code_challenge", "code_challenge_method", "state"];

/** Why an /authorize request was refused: a key of the issuer catalog's `refused` texts (packages/i18n). */
export type Refusal = keyof (typeof resources)["en"]["issuer"]["refused"];

/**
 * Why an /authorize request is refused, or undefined when it may go on: a
 * known client with one of its exact redirect URIs, the authorization-code
 * flow, and PKCE with S256. The error page says it in the person's language;
 * it never repeats the request's values.
 */
export function refuseAuthorize(query: URLSearchParams, clients: IssuerClient[]): Refusal | undefined {
  if (ONE_EACH.some((name) => query.getAll(name).length > 1)) return "repeated";
  const clientId = query.get("client_id") ?? "";
  const redirect = query.get("redirect_uri") ?? "";
  if (!clients.some((client) => client.id === clientId)) return "unknownClient";
  if (!isAllowed(clients, clientId, redirect)) return "redirect";
  if (query.get("response_type") !== "code") return "flow";
  if (query.get("code_challenge_method") !== "S256" || !/^[A-Za-z0-9_-]{43}$/.test(query.get("code_challenge") ?? ""))
    return "pkce";
  const provider = query.get("provider");
  if (provider !== null && provider !== "password") return "provider";
  return undefined;
}
