import type { PushSubscription } from "@upnest/db";
import webpush from "web-push";
import type { VapidKeys } from "./vapid.ts";

/**
 * The push services browsers subscribe with (Chrome and Edge's FCM, Firefox's Mozilla service, Safari's Apple
 * service, Windows' WNS). A subscription's endpoint is a URL a client gave us: only these origins are ever
 * called, so it cannot point the server at anything else (SSRF). `*.` allows any subdomain over https.
 */
export const DEFAULT_PUSH_ORIGINS = [
  "https://fcm.googleapis.com",
  "https://updates.push.services.mozilla.com",
  "https://*.push.apple.com",
  "https://*.notify.windows.com",
] as const;

export type PushConfig = {
  vapid: VapidKeys;
  /** The `mailto:` the push services may write to about our traffic. */
  subject: string;
  /** Origins (see DEFAULT_PUSH_ORIGINS) a subscription's endpoint must be at. */
  allowedOrigins: readonly string[];
};

/** What a notification shows: the same words as the e-mail, and where a tap opens the app. */
export type PushMessage = { title: string; body: string; url: string; tag: string };

/** Whether an endpoint is at one of the allowed push services. */
export function allowedEndpoint(endpoint: string, allowedOrigins: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return allowedOrigins.some((allowed) => {
    const wild = /^https:\/\/\*\.(.+)$/.exec(allowed);
    if (wild?.[1]) return url.protocol === "https:" && !url.port && url.hostname.endsWith(`.${wild[1]}`);
    return url.origin === new URL(allowed).origin;
  });
}

/** `gone`: the push service says the subscription no longer exists (404/410); the caller deletes it. */
export type PushOutcome = "sent" | "gone";

export class PushNotSent extends Error {
  constructor(status: number | string) {
    super(`The push service refused the notification (${status})`);
    this.name = "PushNotSent";
  }
}

/**
 * Sends one notification with the web-push library: it encrypts the payload (aes128gcm) to the subscription's
 * keys and signs the VAPID header; the request it describes is sent with `fetch` (no redirect is followed, so an
 * allowed origin cannot bounce the request elsewhere).
 */
export async function sendPush(
  config: PushConfig,
  subscription: PushSubscription,
  message: PushMessage,
  fetchImpl: typeof fetch = fetch,
): Promise<PushOutcome> {
  if (!allowedEndpoint(subscription.endpoint, config.allowedOrigins)) return "gone";
  const request = webpush.generateRequestDetails(
    { endpoint: subscription.endpoint, keys: subscription.keys },
    JSON.stringify(message),
    {
      vapidDetails: { subject: config.subject, publicKey: config.vapid.publicKey, privateKey: config.vapid.privateKey },
      TTL: 24 * 3600,
      urgency: "normal",
      contentEncoding: "aes128gcm",
    },
  );
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
  ) as Record<string, string>;
  delete headers["Content-Length"]; // fetch counts the body itself
  const response = await fetchImpl(request.endpoint, {
    method: "POST",
    headers,
    body: request.body ? Uint8Array.from(request.body) : undefined,
    redirect: "manual",
    signal: AbortSignal.timeout(10_000),
  }).catch((error: unknown) => {
    throw new PushNotSent((error as Error).name);
  });
  await response.body?.cancel();
  if (response.status === 404 || response.status === 410) return "gone";
  if (response.status < 200 || response.status >= 300) throw new PushNotSent(response.status);
  return "sent";
}
