import { createECDH, type ECDH, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { importJWK, jwtVerify } from "jose";

/** `http_ece` (Encrypted Content-Encoding, RFC 8188, what web-push encrypts with) ships no types: its one call used. */
const { decrypt } = createRequire(import.meta.url)("http_ece") as {
  decrypt: (body: Buffer, params: { version: "aes128gcm"; privateKey: ECDH; authSecret: string }) => Buffer;
};

/**
 * A Web Push service on loopback, for tests: it hands out subscriptions as a browser's push manager would (a P-256
 * key pair and a 16-byte auth secret per device, generated here), accepts the POSTs the web-push library makes,
 * checks the VAPID `Authorization` (the JWT's ES256 signature against the key it names, which must be the
 * expected one, its audience and expiry), decrypts the aes128gcm body with the device's private key, and keeps
 * each payload. A device can be "expired": its endpoint then answers 410 Gone, as a push service does.
 */
export type ReceivedPush = { device: string; payload: Record<string, unknown> };

type Device = { ecdh: ECDH; auth: string; gone: boolean };

const rawKeyToJwk = (raw: Buffer) => ({
  kty: "EC",
  crv: "P-256",
  x: raw.subarray(1, 33).toString("base64url"),
  y: raw.subarray(33, 65).toString("base64url"),
});

export async function startPushReceiver(options: { vapidPublicKey?: () => string | undefined } = {}) {
  const devices = new Map<string, Device>();
  const received: ReceivedPush[] = [];
  const refused: { device: string; status: number; reason: string }[] = [];
  let origin = "";

  async function accept(id: string, authorization: string, body: Buffer): Promise<[number, string]> {
    const device = devices.get(id);
    if (!device) return [404, "no such subscription"];
    if (device.gone) return [410, "subscription expired"];
    const vapid = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization);
    if (!vapid?.[1] || !vapid[2]) return [401, "no VAPID authorization"];
    const expected = options.vapidPublicKey?.();
    if (expected && vapid[2] !== expected) return [403, "signed with another key"];
    try {
      const key = await importJWK(rawKeyToJwk(Buffer.from(vapid[2], "base64url")), "ES256");
      const { payload } = await jwtVerify(vapid[1], key, { audience: origin, algorithms: ["ES256"] });
      if (typeof payload.exp !== "number" || !String(payload.sub ?? "").startsWith("mailto:"))
        return [403, "the JWT lacks exp or a mailto: subject"];
    } catch (error) {
      return [403, `bad VAPID JWT: ${(error as Error).message}`];
    }
    const plain = decrypt(body, { version: "aes128gcm", privateKey: device.ecdh, authSecret: device.auth });
    received.push({ device: id, payload: JSON.parse(plain.toString("utf8")) });
    return [201, ""];
  }

  const server = createServer((req, res) => {
    const id = /^\/push\/([\w-]+)$/.exec(req.url ?? "")?.[1];
    if (req.method !== "POST" || !id) return void res.writeHead(404).end();
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      accept(id, String(req.headers.authorization ?? ""), Buffer.concat(chunks))
        .catch((error: unknown) => [400, `could not decrypt: ${(error as Error).message}`] as [number, string])
        .then(([status, reason]) => {
          if (status >= 400) refused.push({ device: id, status, reason });
          res.writeHead(status).end(reason);
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    /** The receiver's origin: allow it as a push service (the stack's `pushOrigins`). */
    origin,
    /** A new device's subscription, as `PushSubscription.toJSON()` gives it. */
    subscribe(device = randomBytes(6).toString("hex")) {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const auth = randomBytes(16).toString("base64url");
      devices.set(device, { ecdh, auth, gone: false });
      return {
        device,
        subscription: {
          endpoint: `${origin}/push/${device}`,
          keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth },
        },
      };
    },
    /** From now on this device's endpoint answers 410 Gone. */
    expire(device: string) {
      const known = devices.get(device);
      if (known) known.gone = true;
    },
    /** Every notification decrypted so far, oldest first. */
    received: () => [...received],
    /** Requests it refused (bad signature, unknown device, expired). */
    refused: () => [...refused],
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
export type PushReceiver = Awaited<ReturnType<typeof startPushReceiver>>;
