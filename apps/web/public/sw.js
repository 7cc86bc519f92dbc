// UpNest's service worker: it shows reminders sent by Web Push and opens the app when one is tapped. Nothing
// else: it has no fetch handler and caches nothing, so every page and file still comes from the network (offline
// support is a later, separate step that can replace this file). A plain file served from the app's root, so its
// scope is the whole app; the page registers it (src/features/reminders/push.ts) only when the person turns
// notifications on.
//
// The push message's data is JSON from the API's push channel: { title, body, tag, url }. `tag` names the
// reminder, so a repeat of the same reminder replaces the one already shown instead of adding another; `url` is
// the app page to open, and only a page of this app is ever opened.

const APP_NAME = "UpNest";

/** The message's fields, or the app's name alone when the data is missing or is not the JSON we send. */
function readMessage(data) {
  let message = {};
  try {
    message = data ? data.json() : {};
  } catch {
    message = { body: data ? data.text() : "" };
  }
  const text = (value, max) => (typeof value === "string" ? value.slice(0, max) : "");
  return {
    title: text(message.title, 120) || APP_NAME,
    body: text(message.body, 400),
    tag: text(message.tag, 200),
    url: appUrl(message.url),
  };
}

/** A page of this app (a path or an address on this origin); anything else opens the app's home. */
function appUrl(value) {
  try {
    const url = new URL(typeof value === "string" ? value : "/", self.location.origin);
    return url.origin === self.location.origin ? url.href : `${self.location.origin}/`;
  } catch {
    return `${self.location.origin}/`;
  }
}

self.addEventListener("install", () => {
  // A new version of this file takes over at once: it holds no state an open page could depend on.
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("push", (event) => {
  const { title, body, tag, url } = readMessage(event.data);
  // A notification with the same tag replaces the one shown (and does not ring again).
  const options = tag ? { body, tag, data: { url } } : { body, data: { url } };
  event.waitUntil(self.registration.showNotification(title, options));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = appUrl(event.notification.data?.url);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      // A tab already on that page comes to the front; else any tab of the app goes there; else a new one opens.
      const same = windows.find((client) => client.url === url);
      if (same) return same.focus();
      const any = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (any) {
        const focused = await any.focus();
        return focused.navigate(url).catch(() => self.clients.openWindow(url));
      }
      return self.clients.openWindow(url);
    })(),
  );
});
