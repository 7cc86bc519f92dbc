export type { ReportData, ReportInput } from "./data.ts";
export { ReportDocument } from "./document.tsx";
export { FONT_FAMILY, registerReportFonts } from "./fonts.ts";
export { type Words, wordsFor } from "./words.ts";
