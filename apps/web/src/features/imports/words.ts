import { type Language, translateMessage } from "@upnest/i18n";
import { BabyBuddyFilesError, type ReportRow } from "@upnest/transfer";
import type { useT } from "../../i18n/use-t.ts";

// The import's own words for what packages/transfer says in codes: why a row became nothing, why files are refused.

type TFunction = ReturnType<typeof useT>;
/** A catalog text by a key built from a code, with the values it names (the codes' texts are in `imports`). */
type Say = (key: string, values?: Record<string, string>) => string;

/** A report row's reason in the person's language: a form's refusal through the validation catalog. */
export function reasonWords(row: Pick<ReportRow, "code" | "values">, t: TFunction, language: Language): string {
  if (row.code === "invalid") return translateMessage(row.values.message ?? "", language);
  return (t as unknown as Say)(`imports:reasons.${row.code}`, row.values);
}

/** Why the chosen files cannot be read, in the person's language. */
export function filesProblem(error: unknown, t: TFunction): string {
  if (error instanceof BabyBuddyFilesError) return (t as unknown as Say)(`imports:limits.${error.code}`, error.values);
  return t("imports:files.unreadable");
}
