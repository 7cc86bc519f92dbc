import "./index.css";
import { z } from "zod";

// zod compiles object parsers with \`new Function\` when it may; the CSP (csp.ts) forbids eval, and even zod's
// probe for it is reported as a violation. Parsing without it is as correct, and fast enough for forms.
z.config({ jitless: true });

const root = document.getElementById("root") as HTMLElement;

// The app is loaded after the stylesheet so that a configuration error (src/config/env.ts) is shown, not a blank page.
import("./app/app.tsx")
  .then(({ mountApp }) => mountApp(root))
  .catch((error: unknown) => {
    root.innerHTML = "";
    const message = document.createElement("pre");
    message.className = "m-4 whitespace-pre-wrap rounded-lg bg-red-50 p-4 text-red-900";
    message.textContent = error instanceof Error ? error.message : String(error);
    root.append(message);
    console.error(error);
  });
