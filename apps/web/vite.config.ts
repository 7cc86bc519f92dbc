import type { IncomingMessage, ServerResponse } from "node:http";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv, type Plugin } from "vite";
import { PDF_WORKER_PATH, pdfWorkerCsp, webSecurityHeaders } from "./csp.ts";

/** Recharts and the libraries only it uses: loaded with the growth chart (React.lazy), never on the first page. */
const CHART_LIBS =
  /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs[\\/]toolkit|redux|redux-thunk|react-redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant)[\\/]/;

/** The QR code reader (ZXing): loaded when a person scans or chooses a picture of a health card's QR code. */
const QR_LIBS = /node_modules[\\/]@zxing[\\/]/;

/**
 * The PDF library (@react-pdf/renderer), what only it uses and the report's font: loaded when a report is made
 * (features/report/make-pdf.ts), never with the app.
 */
const PDF_LIBS =
  /node_modules[\\/](@react-pdf[\\/][a-z-]+|@fontsource[\\/]noto-sans|@noble[\\/](ciphers|hashes)|@swc[\\/]helpers|pdfkit|fontkit|yoga-layout|restructure|brotli|fflate|pako|png-js|jay-peg|linebreak|hyphen|bidi-js|dfa|unicode-properties|unicode-trie|tiny-inflate|base64-js|abs-svg-path|parse-svg-path|normalize-svg-path|svg-arc-to-cubic-bezier|color-string|color-name|hsl-to-hex|hsl-to-rgb-for-reals|media-engine|postcss-value-parser|emoji-regex-xs|is-url|queue|clone|fast-deep-equal|require-from-string)[\\/]/;

/**
 * With fast refresh on (`pnpm dev`), @vitejs/plugin-react writes its preamble into index.html as an inline
 * script, which the CSP (script-src 'self') refuses. The plugin also serves the same code as a module: the
 * page loads that instead, from its own origin, ahead of the app's entry.
 */
const preambleAsFile: Plugin = {
  name: "upnest:react-preamble-as-file",
  apply: "serve",
  transformIndexHtml: {
    order: "post",
    handler: (html) =>
      html.replace(
        /<script type="module">\s*import \{ injectIntoGlobalHook \}[\s\S]*?<\/script>/,
        '<script type="module" src="/@id/@vitejs/plugin-react/preamble"></script>',
      ),
  },
};

/** The PDF worker's script answers with its own policy (csp.ts `pdfWorkerCsp`), in `pnpm dev` and `vite preview`. */
function pdfWorkerPolicy(): Plugin {
  const middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (PDF_WORKER_PATH.test(req.url ?? "")) {
      const set = res.setHeader.bind(res);
      res.setHeader = (name: string, value: number | string | readonly string[]) =>
        set(name, name.toLowerCase() === "content-security-policy" ? pdfWorkerCsp() : value);
      set("content-security-policy", pdfWorkerCsp());
    }
    next();
  };
  return {
    name: "upnest:pdf-worker-policy",
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  };
}

// VITE_API_URL and VITE_ISSUER_URL come from the environment (`pnpm dev` sets them); src/config/env.ts checks them.
// The dev server and `vite preview` send the app's security headers (csp.ts), with the API and issuer allowed.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, import.meta.dirname, "VITE_");
  const origins = { apiUrl: env.VITE_API_URL, issuerUrl: env.VITE_ISSUER_URL };
  return {
    plugins: [pdfWorkerPolicy(), react(), tailwindcss(), preambleAsFile],
    worker: { format: "es" as const },
    server: { headers: webSecurityHeaders(origins, { dev: true }) },
    preview: { headers: webSecurityHeaders(origins) },
    build: {
      rolldownOptions: {
        output: {
          // Libraries change less often than the app: separate files stay cached across releases.
          codeSplitting: {
            groups: [
              { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
              // Everything else from node_modules, except what only Recharts, the PDF or the QR reader uses (loaded
              // when needed).
              {
                name: "vendor",
                test: (id: string) =>
                  /node_modules[\\/]/.test(id) && !CHART_LIBS.test(id) && !PDF_LIBS.test(id) && !QR_LIBS.test(id),
              },
              { name: "charts", test: CHART_LIBS },
              { name: "qr", test: QR_LIBS },
              { name: "pdf", test: PDF_LIBS },
            ],
          },
        },
      },
    },
  };
});
