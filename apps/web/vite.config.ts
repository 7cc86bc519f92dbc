import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv, type Plugin } from "vite";
import { webSecurityHeaders } from "./csp.ts";

/** Recharts and the libraries only it uses: loaded with the growth chart (React.lazy), never on the first page. */
const CHART_LIBS =
  /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs[\\/]toolkit|redux|redux-thunk|react-redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant)[\\/]/;

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

// VITE_API_URL and VITE_ISSUER_URL come from the environment (`pnpm dev` sets them); src/config/env.ts checks them.
// The dev server and `vite preview` send the app's security headers (csp.ts), with the API and issuer allowed.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, import.meta.dirname, "VITE_");
  const origins = { apiUrl: env.VITE_API_URL, issuerUrl: env.VITE_ISSUER_URL };
  return {
    plugins: [react(), tailwindcss(), preambleAsFile],
    server: { headers: webSecurityHeaders(origins, { dev: true }) },
    preview: { headers: webSecurityHeaders(origins) },
    build: {
      rolldownOptions: {
        output: {
          // Libraries change less often than the app: separate files stay cached across releases.
          codeSplitting: {
            groups: [
              { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
              // Everything else from node_modules, except what only Recharts uses (that goes with the lazy chart).
              { name: "vendor", test: (id: string) => /node_modules[\\/]/.test(id) && !CHART_LIBS.test(id) },
              { name: "charts", test: CHART_LIBS },
            ],
          },
        },
      },
    },
  };
});
