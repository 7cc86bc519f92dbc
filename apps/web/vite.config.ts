import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** Recharts and the libraries only it uses: loaded with the growth chart (React.lazy), never on the first page. */
const CHART_LIBS =
  /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs[\\/]toolkit|redux|redux-thunk|react-redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant)[\\/]/;

// VITE_API_URL and VITE_ISSUER_URL come from the environment (`pnpm dev` sets them); src/config/env.ts checks them.
export default defineConfig({
  plugins: [react(), tailwindcss()],
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
});
