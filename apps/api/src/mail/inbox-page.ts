import type { ReceivedMail } from "./inbox.ts";
import { escapeHtml as e } from "./layout.ts";

type Response = { status: number; headers: Record<string, string>; body: string };

/**
 * No script runs on these pages: the CSP allows none, and a message's HTML is
 * shown in an iframe sandboxed without scripts (it inherits the CSP too).
 */
const HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy":
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

const page = (title: string, body: string) =>
  [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    "<style>body{font-family:system-ui,sans-serif;margin:0 auto;padding:16px;max-width:960px;color:#1c2b2b}",
    "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #d5dede}",
    "a{color:#0f6466}a:focus-visible{outline:3px solid #0f6466;outline-offset:2px}",
    "pre{white-space:pre-wrap;background:#f4f7f6;padding:12px}iframe{width:100%;height:480px;border:1px solid #d5dede}</style>",
    `</head><body><main>${body}</main></body></html>`,
  ].join("");

function list(messages: ReceivedMail[]) {
  if (messages.length === 0) return page("Inbox", "<h1>Local inbox</h1><p>No e-mail yet.</p>");
  const rows = messages.map(
    (m) =>
      `<tr><td>${e(new Date(m.receivedAt).toLocaleString("en-GB", { timeZone: "UTC" }))} UTC</td><td>${e(m.to.join(", "))}</td><td><a href="/messages/${m.id}">${e(m.subject || "(no subject)")}</a></td></tr>`,
  );
  return page(
    "Inbox",
    `<h1>Local inbox</h1><p>E-mail sent by this machine's UpNest, newest first. Nothing here left the machine.</p><table><caption>${messages.length} messages</caption><thead><tr><th scope="col">Received</th><th scope="col">To</th><th scope="col">Subject</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
  );
}

function message(m: ReceivedMail) {
  const html = m.html ? `<h2>HTML</h2><iframe sandbox title="The message as HTML" srcdoc="${e(m.html)}"></iframe>` : "";
  return page(
    m.subject || "(no subject)",
    `<p><a href="/">All messages</a></p><h1>${e(m.subject || "(no subject)")}</h1><dl><dt>From</dt><dd>${e(m.from)}</dd><dt>To</dt><dd>${e(m.to.join(", "))}</dd><dt>Received</dt><dd>${e(m.receivedAt)}</dd></dl><h2>Text</h2><pre>${e(m.text)}</pre>${html}`,
  );
}

/** The inbox's pages: `/` (the list) and `/messages/<id>`; anything else is 404, and only GET is answered. */
export function inboxResponse(method: string, url: string, newestFirst: ReceivedMail[]): Response {
  if (method !== "GET" && method !== "HEAD")
    return {
      status: 405,
      headers: { ...HEADERS, allow: "GET, HEAD" },
      body: page("Not allowed", "<h1>Not allowed</h1>"),
    };
  const path = new URL(url, "http://inbox").pathname;
  if (path === "/") return { status: 200, headers: HEADERS, body: list(newestFirst) };
  const id = /^\/messages\/(\d{1,9})$/.exec(path)?.[1];
  const found = id ? newestFirst.find((m) => m.id === Number(id)) : undefined;
  if (found) return { status: 200, headers: HEADERS, body: message(found) };
  return {
    status: 404,
    headers: HEADERS,
    body: page("Not found", '<h1>Not found</h1><p><a href="/">All messages</a></p>'),
  };
}
