import regular from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url";
import bold from "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url";
import { pdf } from "@react-pdf/renderer";
import { ReportDocument, type ReportInput, registerReportFonts } from "@upnest/report";
import { createElement } from "react";

let registered = false;

/** The report as a PDF file, drawn in the browser (@react-pdf/renderer), with the font served by the app itself. */
export async function makePdf(input: ReportInput): Promise<Blob> {
  if (!registered) {
    registerReportFonts({ regular, bold });
    registered = true;
  }
  return pdf(createElement(ReportDocument, input)).toBlob();
}
