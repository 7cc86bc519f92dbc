import type { ReportInput } from "@upnest/report";
import type { PdfAnswer } from "./pdf-worker.ts";

/** The PDF of `input`, drawn by a worker of its own (pdf-worker.ts), which ends when it has answered. */
export function drawPdf(input: ReportInput): Promise<Blob> {
  const worker = new Worker(new URL("./pdf-worker.ts", import.meta.url), { type: "module", name: "report-pdf" });
  return new Promise<Blob>((resolve, reject) => {
    worker.addEventListener("message", (event: MessageEvent<PdfAnswer>) => {
      worker.terminate();
      if ("blob" in event.data) resolve(event.data.blob);
      else reject(new Error(event.data.failed));
    });
    worker.addEventListener("error", (event) => {
      worker.terminate();
      reject(new Error(event.message || "The PDF worker stopped"));
    });
    worker.postMessage(input);
  });
}
