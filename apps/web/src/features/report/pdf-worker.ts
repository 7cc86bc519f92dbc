// The worker that draws the paediatrician's PDF (@react-pdf/renderer): off the page's thread, and under its own
// Content-Security-Policy (csp.ts `pdfWorkerCsp`), the only place the app lets WebAssembly compile.
import type { ReportInput } from "@upnest/report";
import { makePdf } from "./make-pdf.ts";

export type PdfAnswer = { blob: Blob } | { failed: string };

self.addEventListener("message", async (event: MessageEvent<ReportInput>) => {
  try {
    self.postMessage({ blob: await makePdf(event.data) } satisfies PdfAnswer);
  } catch (error) {
    self.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies PdfAnswer);
  }
});
