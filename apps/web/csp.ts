// The web app's security headers, in one place: the Vite dev server and `vite preview` send them
// (vite.config.ts), and CloudFront's response headers policy can import the same strings.

/** Where the app's scripts may connect besides its own origin: the API and the sign-in issuer. */
export type CspOrigins = { apiUrl?: string | undefined; issuerUrl?: string | undefined };

const originOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The Content-Security-Policy. Scripts only from the app's own files (no inline script, no eval); styles from
 * its own stylesheet: React sets style attributes (Recharts' positions, progress bars) through the DOM's style
 * object, which CSP does not restrict, so no 'unsafe-inline' is needed. In `dev` only, Vite injects each CSS
 * module as a <style> element, which needs style-src 'unsafe-inline' (never in a build). Nothing may frame the
 * app, and forms and <base> cannot point elsewhere.
 */
export function webCsp(origins: CspOrigins = {}, { dev = false }: { dev?: boolean } = {}): string {
  const connect = [...new Set([originOf(origins.apiUrl), originOf(origins.issuerUrl)].filter(Boolean))];
  return [
    "default-src 'self'",
    "script-src 'self'",
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...connect].join(" "),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The policy of the one worker that draws the paediatrician's PDF (src/features/report/pdf-worker.ts): a worker
 * runs under the policy its own script arrives with, so the pages keep script-src 'self' and only this worker may
 * compile WebAssembly (the PDF library's layout engine, yoga, is WebAssembly that it reads from a data: URL). It
 * reaches nothing but the app's own files (the font).
 */
export const PDF_WORKER_PATH = /\/(pdf-worker[^/]*\.js|src\/features\/report\/pdf-worker\.ts)(\?|$)/;
export function pdfWorkerCsp(): string {
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "connect-src 'self' data:",
    "font-src 'self'",
    "base-uri 'none'",
  ].join("; ");
}

/**
 * Every header the app's pages and files carry. No referrer at all: an invitation's address holds its secret
 * (/invite/<token>), and a Referer would hand it to the API, the issuer or any link followed from the page.
 */
export function webSecurityHeaders(origins: CspOrigins = {}, options: { dev?: boolean } = {}): Record<string, string> {
  return {
    "content-security-policy": webCsp(origins, options),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    // The camera only for the app itself: scanning a health card's QR code on the vaccines page.
    "permissions-policy": "camera=(self), microphone=(), geolocation=(), payment=()",
  };
}
