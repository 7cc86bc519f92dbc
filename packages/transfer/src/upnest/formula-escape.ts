/**
 * Characters that make a spreadsheet treat a cell as a formula when a cell (or a line of it) starts with them.
 * OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection): no cell may begin with
 * `=`, `+`, `-`, `@`, tab (0x09) or carriage return (0x0D); prefix such a cell with a single quote. The
 * full-width forms (＝ ＋ － ＠) are included because spreadsheet apps in East Asian locales normalise them to
 * their ASCII forms on input.
 */
const TRIGGER = "=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20";

/**
 * A line break inside a quoted cell starts a new line in many viewers and importers (and a new row in naive
 * ones), so every line of a cell gets the same treatment as its start: "x\n=HYPERLINK(…)" keeps its text,
 * with the second line made inert.
 */
const FORMULA_START = new RegExp(`(?<=^|[\\r\\n])(?=[${TRIGGER}])`, "g");

/** Text that no spreadsheet app will evaluate; numbers, booleans and empty cells are left as they are. */
export function escapeFormula<T>(cell: T): T | string {
  return typeof cell === "string" ? cell.replace(FORMULA_START, "'") : cell;
}
