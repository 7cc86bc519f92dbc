import type { PushSubscriptionInput } from "@upnest/schemas";
import Bowser from "bowser";

// This browser's side of Web Push: the service worker (public/sw.js), the permission and the subscription. The
// API keeps the subscriptions and sends to them (reminders.subscribe / unsubscribe); nothing here talks to it.

/** The service worker's file, served from the app's root so its scope is every page. */
export const SERVICE_WORKER_URL = "/sw.js";

/** Where this browser stands: it cannot do push, the person blocked it, not asked yet, or allowed. */
export type PushPermission = "unsupported" | "denied" | "default" | "granted";

export const pushSupported = () =>
  typeof window !== "undefined" &&
  "serviceWorker" in navigator &&
  "PushManager" in window &&
  "Notification" in window &&
  window.isSecureContext;

export const pushPermission = (): PushPermission =>
  pushSupported() ? (Notification.permission as Exclude<PushPermission, "unsupported">) : "unsupported";

/** The app's service worker registration, registering it first if this browser has none yet. */
async function registration(): Promise<ServiceWorkerRegistration> {
  const existing = await navigator.serviceWorker.getRegistration("/");
  if (existing) return existing;
  await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/" });
  return navigator.serviceWorker.ready;
}

/** This browser's current subscription, if it has one (without registering anything or asking anything). */
export async function currentSubscription(): Promise<PushSubscription | null> {
  if (!pushSupported()) return null;
  const existing = await navigator.serviceWorker.getRegistration("/");
  return existing ? existing.pushManager.getSubscription() : null;
}

/** The VAPID public key (base64url) as the push manager takes it. */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** This device in plain words ("Chrome on Android"), for the list of devices that get notifications. */
export function deviceName(userAgent: string): string | undefined {
  if (!userAgent.trim()) return undefined;
  const { browser, os } = Bowser.parse(userAgent.slice(0, 512));
  const name = browser.name?.replace(/^Microsoft /, "");
  if (name && os.name) return `${name} on ${os.name}`.slice(0, 80);
  return name?.slice(0, 80) || undefined;
}

/** Why turning notifications on did not finish, in terms the screen can word. */
export class PushSetupError extends Error {
  constructor(readonly reason: "unsupported" | "denied" | "dismissed" | "failed") {
    super(`Notifications could not be turned on: ${reason}`);
  }
}

/**
 * Asks the browser's permission (the prompt shows only if the person has not answered before), registers the
 * service worker and subscribes with the server's VAPID key. Returns what `reminders.subscribe` takes. A
 * subscription made earlier with another key is replaced.
 */
export async function subscribeThisDevice(vapidPublicKey: string): Promise<PushSubscriptionInput> {
  if (!pushSupported()) throw new PushSetupError("unsupported");
  const answer = await Notification.requestPermission();
  if (answer === "denied") throw new PushSetupError("denied");
  if (answer !== "granted") throw new PushSetupError("dismissed");
  const sw = await registration();
  const applicationServerKey = keyBytes(vapidPublicKey);
  let subscription = await sw.pushManager.getSubscription();
  if (subscription && !sameKey(subscription.options.applicationServerKey, applicationServerKey)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  try {
    subscription ??= await sw.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey });
  } catch {
    // The browser's push service could not be reached or refused (offline, or push is off in this browser).
    throw new PushSetupError("failed");
  }
  const { endpoint, keys } = subscription.toJSON();
  if (!endpoint || !keys?.p256dh || !keys.auth) throw new PushSetupError("failed");
  const device = deviceName(navigator.userAgent);
  return { endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth }, ...(device ? { device } : {}) };
}

/** Ends this browser's subscription; returns its endpoint (for `reminders.unsubscribe`), or null if it had none. */
export async function unsubscribeThisDevice(): Promise<string | null> {
  const subscription = await currentSubscription();
  if (!subscription) return null;
  await subscription.unsubscribe();
  return subscription.endpoint;
}

function sameKey(a: ArrayBuffer | null, b: Uint8Array): boolean {
  if (!a) return false;
  const bytes = new Uint8Array(a);
  return bytes.length === b.length && bytes.every((byte, i) => byte === b[i]);
}
