export { fieldKind, instantOf, localTime, machineCell, readableCell, storedCell } from "./csv-cells.ts";
export { type CsvColumns, type CsvNames, csvColumns, DERIVED, headerOf, importHeaders } from "./csv-columns.ts";
export { type CheckedRow, checkCsvRow, type RowResult, tallyRows, valuesFromCsvRow } from "./csv-read.ts";
export { type CsvFileOptions, recordsCsv } from "./csv-write.ts";
export { exportDocument, exportedBaby, recordsInDocument } from "./export-document.ts";
export { escapeFormula } from "./formula-escape.ts";
