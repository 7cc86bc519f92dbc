import type { RouterOutputs } from "@upnest/api";

/** What `report.data` answers: everything the PDF shows (the API's derived/report-data.ts builds it). */
export type ReportData = RouterOutputs["report"]["data"];

/** The document's input: the data, the parents' questions (one a line; the browser keeps them) and the language. */
export type ReportInput = { data: ReportData; questions: string; language: "en" | "es" };
