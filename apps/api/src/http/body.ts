import type { IncomingMessage } from "node:http";

/**
 * The request body as text, or null once it passes `limit` bytes: counted as it arrives, so a request without
 * Content-Length (chunked) or with a false one is cut off at the limit, and a declared length over it is
 * refused before anything is read. Reading stops at the limit (the rest is never buffered).
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  if (Number(req.headers["content-length"] ?? 0) > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off("data", onData).off("end", onEnd).off("error", reject);
      req.pause();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stop();
      resolve(null);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks).toString("utf8"));
    };
    req.on("data", onData).on("end", onEnd).on("error", reject);
  });
}
