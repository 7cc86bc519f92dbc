// The browser tests' stand-in for a push service, and only for that.
//
// Chromium's real `pushManager.subscribe()` registers with Google's push service (FCM), which this test machine
// cannot reach: in a browser context with the notification permission granted it fails at once with
// "AbortError: Registration failed - permission denied" (the push permission is not granted with it), and with
// the push permission granted as well it never settles (it waits on FCM). So a browser test replaces two
// methods of the page's PushManager (`subscribe`, `getSubscription`) with ones that return a subscription at the
// API's local Web Push receiver (apps/api/src/testing/push-receiver.ts), with keys that receiver generated.
// Everything else is real: the app asks the permission, registers its service worker (public/sw.js) and sends
// the subscription to `reminders.subscribe`; the server encrypts and signs with `web-push` and VAPID and POSTs
// to the receiver, which checks the signature and decrypts. The receiver cannot reach the browser, so the test
// hands each decrypted message to the real service worker through the DevTools protocol
// (`ServiceWorker.deliverPushMessage`), which fires its `push` event as a push service's delivery would.
import type { BrowserContext, CDPSession, Page } from "playwright-core";

export type StandInSubscription = { endpoint: string; keys: { p256dh: string; auth: string } };

/** Runs in the page (addInitScript), before the app: the push manager's two methods, over the given subscription. */
function standIn(subscription: StandInSubscription) {
  const STORE = "e2e.push-subscription";
  const toBase64url = (bytes: Uint8Array) =>
    btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, "-")
      .replace(/\//g, "_")
      .replace(/=+$/, "");
  const fromBase64url = (text: string) =>
    Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
  const made = (applicationServerKey: string) => ({
    endpoint: subscription.endpoint,
    expirationTime: null,
    options: { userVisibleOnly: true, applicationServerKey: fromBase64url(applicationServerKey).buffer },
    getKey: (name: "p256dh" | "auth") => fromBase64url(subscription.keys[name]).buffer,
    toJSON: () => ({ endpoint: subscription.endpoint, expirationTime: null, keys: subscription.keys }),
    unsubscribe: async () => {
      localStorage.removeItem(STORE);
      return true;
    },
  });
  PushManager.prototype.subscribe = async function subscribe(options?: PushSubscriptionOptionsInit) {
    // As the real one: only with the notification permission, and only with the server's key.
    if (Notification.permission !== "granted") throw new DOMException("Registration failed", "NotAllowedError");
    const key = options?.applicationServerKey;
    if (!(key instanceof Uint8Array || key instanceof ArrayBuffer))
      throw new DOMException("No key", "InvalidStateError");
    const encoded = toBase64url(new Uint8Array(key instanceof Uint8Array ? key : new Uint8Array(key)));
    localStorage.setItem(STORE, encoded);
    return made(encoded) as unknown as PushSubscription;
  };
  PushManager.prototype.getSubscription = async function getSubscription() {
    const key = localStorage.getItem(STORE);
    return key ? (made(key) as unknown as PushSubscription) : null;
  };
}

/** Makes every page of `context` subscribe to `subscription` (see above); the app's own code runs unchanged. */
export const standInForPushService = (context: BrowserContext, subscription: StandInSubscription) =>
  context.addInitScript(standIn, subscription);

/** The VAPID key the page subscribed with (base64url), as the stand-in kept it; null before it subscribed. */
export const subscribedKey = (page: Page) => page.evaluate(() => localStorage.getItem("e2e.push-subscription"));

/**
 * The DevTools protocol's view of the page's service workers: delivers a push message to the app's registration
 * (as the push service would), and reads what notifications the service worker shows.
 */
export async function serviceWorkerOf(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const scope = `${new URL(page.url()).origin}/`;
  // The protocol reports the registrations in events after `enable`: the app's, once it is there.
  const registration = new Promise<string>((resolve) => {
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const found = registrations.find((r) => r.scopeURL === scope && !r.isDeleted);
      if (found) resolve(found.registrationId);
    });
  });
  await cdp.send("ServiceWorker.enable");
  return {
    /** Hands one decrypted push message (its JSON) to the service worker's `push` event. */
    async deliver(payload: unknown) {
      const registrationId = await registration;
      const origin = new URL(scope).origin;
      await cdp.send("ServiceWorker.deliverPushMessage", { origin, registrationId, data: JSON.stringify(payload) });
    },
    /** The notifications the service worker shows now, as `registration.getNotifications()` lists them. */
    shown: () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration("/");
        const shown = (await registration?.getNotifications()) ?? [];
        return shown.map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: (n.data as { url?: string })?.url }));
      }),
  };
}
