import type { EventEmitter } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { inboxResponse } from "./inbox-page.ts";

/** A message as the inbox received it over SMTP. `to` holds the envelope's recipients. */
export type ReceivedMail = {
  id: number;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html?: string;
};

export type InboxOptions = { smtpPort?: number; httpPort?: number; keep?: number };

const HOST = "127.0.0.1";
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function listening(
  server: EventEmitter & { listen: (port: number, host: string, cb: () => void) => unknown },
  port: number,
  what: string,
) {
  return new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${port} (${what}) is already in use (is UpNest already running?)`)
          : error,
      ),
    );
    server.listen(port, HOST, () => resolve());
  });
}

/**
 * A mail catcher for development and tests: a real SMTP server on loopback
 * that keeps what it receives in memory, and a web page listing it. Nothing
 * is relayed anywhere.
 */
export async function startInbox({ smtpPort = 0, httpPort = 0, keep = 500 }: InboxOptions = {}) {
  const messages: ReceivedMail[] = [];
  const waiting = new Set<() => void>();
  let last = 0;
  const smtp = new SMTPServer({
    banner: "UpNest local inbox",
    disabledCommands: ["AUTH", "STARTTLS"],
    size: 1_000_000,
    logger: false,
    onData(stream, session, done) {
      simpleParser(stream)
        .then((parsed) => {
          if (stream.sizeExceeded) return done(new Error("Message too big"));
          const from = session.envelope.mailFrom;
          messages.push({
            id: ++last,
            receivedAt: new Date().toISOString(),
            from: from ? from.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            ...(parsed.html ? { html: parsed.html } : {}),
          });
          if (messages.length > keep) messages.shift();
          for (const wake of waiting) wake();
          done();
        })
        .catch(done);
    },
  });
  const newestFirst = () => [...messages].reverse();
  const http = createServer((req, res) => {
    // Only this machine's own names: a web page whose host name was re-pointed at 127.0.0.1 (DNS rebinding) gets nothing.
    const port = (http.address() as AddressInfo).port;
    if (req.headers.host !== `${HOST}:${port}` && req.headers.host !== `localhost:${port}`)
      return void res.writeHead(421, { "content-type": "text/plain" }).end("Misdirected request");
    const { status, headers, body } = inboxResponse(req.method ?? "GET", req.url ?? "/", newestFirst());
    res.writeHead(status, headers).end(body);
  });
  await listening(smtp, smtpPort, "SMTP");
  try {
    await listening(http, httpPort, "inbox page");
  } catch (error) {
    await new Promise<void>((done) => smtp.close(() => done()));
    throw error;
  }
  const smtpAt = (smtp.server.address() as AddressInfo).port;

  /** The newest message to this address, if any. */
  const latest = (to: string) => newestFirst().find((m) => m.to.some((r) => same(r, to)));

  return {
    /** Where to send: give it to nodemailer (SMTP_URL). */
    smtpUrl: `smtp://${HOST}:${smtpAt}`,
    /** The web inbox. */
    url: `http://${HOST}:${(http.address() as AddressInfo).port}`,
    /** Every message kept, newest first. */
    messages: newestFirst,
    latest,
    /** The id of the newest message so far: pass it as `after` to wait for the next one. */
    mark: () => last,
    /** The first message to this address received after message `after`, waiting up to `timeoutMs` for it. */
    waitFor(to: string, { after = 0, timeoutMs = 10_000 }: { after?: number; timeoutMs?: number } = {}) {
      const found = () => messages.find((m) => m.id > after && m.to.some((r) => same(r, to)));
      return new Promise<ReceivedMail>((resolve, reject) => {
        const check = () => {
          const mail = found();
          if (!mail) return;
          clearTimeout(timer);
          waiting.delete(check);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`No e-mail to ${to} arrived within ${timeoutMs / 1000} s`));
        }, timeoutMs);
        waiting.add(check);
        check();
      });
    },
    async close() {
      http.closeAllConnections();
      await Promise.all([
        new Promise<void>((done) => http.close(() => done())),
        new Promise<void>((done) => smtp.close(() => done())),
      ]);
    },
  };
}
export type Inbox = Awaited<ReturnType<typeof startInbox>>;

/** The one-time code in a code e-mail (six digits on a line of their own). */
export function codeIn(mail: Pick<ReceivedMail, "text">): string {
  const code = /^\s*(\d{6})\s*$/m.exec(mail.text)?.[1];
  if (!code) throw new Error("The e-mail holds no code");
  return code;
}
