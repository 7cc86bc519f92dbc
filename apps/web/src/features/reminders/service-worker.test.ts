// The service worker file itself (public/sw.js), run in a scope with the few worker APIs it calls, so what it
// does with a push message and a tap is checked here; the browser test (e2e/reminders.e2e.ts) runs it for real.
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";

const SOURCE = readFileSync(new URL("../../../public/sw.js", import.meta.url), "utf8");
const ORIGIN = "https://app.upnest.example";

type Shown = { title: string; options: { body: string; tag?: string; data: { url: string } } };
type Window = { url: string; focused: boolean; navigatedTo?: string };

function worker(windows: Window[] = []) {
  const listeners = new Map<string, (event: unknown) => void>();
  const shown: Shown[] = [];
  const opened: string[] = [];
  const self = {
    location: { origin: ORIGIN },
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    skipWaiting: () => undefined,
    registration: {
      showNotification: async (title: string, options: Shown["options"]) => shown.push({ title, options }),
    },
    clients: {
      claim: async () => undefined,
      matchAll: async () =>
        windows.map((w) => ({
          url: w.url,
          focus: async function (this: unknown) {
            w.focused = true;
            return this;
          },
          navigate: async (url: string) => {
            w.navigatedTo = url;
          },
        })),
      openWindow: async (url: string) => void opened.push(url),
    },
  };
  runInNewContext(SOURCE, { self, URL });
  /** Fires an event and waits for what it gave to `waitUntil`. */
  const fire = async (type: string, event: object) => {
    const work: Promise<unknown>[] = [];
    listeners.get(type)?.({ ...event, waitUntil: (p: Promise<unknown>) => work.push(p) });
    await Promise.all(work);
  };
  const push = (data: string | null) =>
    fire("push", {
      data: data === null ? null : { json: () => JSON.parse(data), text: () => data },
    });
  const tap = (url: unknown) => fire("notificationclick", { notification: { data: { url }, close: () => undefined } });
  return { push, tap, shown, opened, windows };
}

describe("the service worker", () => {
  it("shows the push message's title and body, tagged so a repeat replaces it", async () => {
    const sw = worker();
    await sw.push(
      JSON.stringify({
        title: "Noa: vaccines due tomorrow",
        body: "DTaP",
        tag: "vaccines:2026-12-03",
        url: "/babies/1",
      }),
    );
    expect(sw.shown).toEqual([
      {
        title: "Noa: vaccines due tomorrow",
        options: { body: "DTaP", tag: "vaccines:2026-12-03", data: { url: `${ORIGIN}/babies/1` } },
      },
    ]);
  });

  it("still shows something, from the app, when the message is empty or not the JSON it expects", async () => {
    const sw = worker();
    await sw.push(null);
    await sw.push("plain words");
    expect(sw.shown.map((s) => [s.title, s.options.body, s.options.tag])).toEqual([
      ["UpNest", "", undefined],
      ["UpNest", "plain words", undefined],
    ]);
  });

  it("on a tap, brings a tab of that page forward, else takes a tab of the app there, else opens one", async () => {
    const already = worker([{ url: `${ORIGIN}/babies/1`, focused: false }]);
    await already.tap(`${ORIGIN}/babies/1`);
    expect(already.windows).toEqual([{ url: `${ORIGIN}/babies/1`, focused: true }]);

    const elsewhere = worker([{ url: `${ORIGIN}/settings`, focused: false }]);
    await elsewhere.tap("/babies/1");
    expect(elsewhere.windows[0]).toMatchObject({ focused: true, navigatedTo: `${ORIGIN}/babies/1` });

    const none = worker();
    await none.tap("/babies/1");
    expect(none.opened).toEqual([`${ORIGIN}/babies/1`]);
  });

  it("opens only pages of the app: another site's address opens the app's home", async () => {
    const sw = worker();
    await sw.tap("https://evil.example/phish");
    await sw.tap("javascript:alert(1)");
    await sw.tap(42);
    expect(sw.opened).toEqual([`${ORIGIN}/`, `${ORIGIN}/`, `${ORIGIN}/`]);
  });
});
