import { antigenName, noteText, reasonText, vaccineGroupName } from "@upnest/immunizations/words";
import { currentLanguage, t } from "../../i18n/i18n.ts";

/** A vaccine group's status as the API gives it for parents (with the child's context: not needed, not advised). */
export type ParentStatus =
  | "upcoming"
  | "due"
  | "overdue"
  | "no-longer-given"
  | "complete"
  | "not-needed"
  | "not-advised";

type Badge = { label: string; className: string; explanation: string };

const COLOURS: Record<ParentStatus, string> = {
  upcoming: "bg-sky-100 text-sky-900",
  due: "bg-amber-100 text-amber-900",
  overdue: "bg-orange-100 text-orange-900",
  complete: "bg-teal-100 text-teal-900",
  "no-longer-given": "bg-stone-200 text-stone-700",
  "not-needed": "bg-stone-200 text-stone-700",
  "not-advised": "bg-red-100 text-red-900",
};

/** The badge for a status; an unknown one (a newer API) reads as itself, in neutral colours. */
export function statusBadge(status: string): Badge {
  if (!Object.hasOwn(COLOURS, status))
    return { label: status, className: "bg-stone-200 text-stone-700", explanation: "" };
  const known = status as ParentStatus;
  return {
    label: t(`vaccines:status.${known}`),
    className: COLOURS[known],
    explanation: t(`vaccines:statusExplained.${known}`),
  };
}

/** A vaccine group's name in the app's language ("Varicella", "Varicela"). */
export const groupName = (vaccineGroup: string) => vaccineGroupName(vaccineGroup, currentLanguage());

/** A parentView note (the API sends its code) in the app's language; nothing for a note this version does not know. */
export const groupNote = (note: string | undefined) => noteText(note, currentLanguage());

/** CDSi's group names as a parent reads them in a list ("DTaP, Hib, PCV, polio, rotavirus"). */
type ShortKey =
  | "dtap"
  | "polio"
  | "hib"
  | "pcv"
  | "hepB"
  | "mmr"
  | "varicella"
  | "rotavirus"
  | "hepA"
  | "menACWY"
  | "menB"
  | "flu"
  | "covid"
  | "rsv"
  | "hpv";
const SHORT: Record<string, ShortKey> = {
  "DTaP/Tdap/Td": "dtap",
  Polio: "polio",
  Hib: "hib",
  Pneumococcal: "pcv",
  HepB: "hepB",
  MMR: "mmr",
  Varicella: "varicella",
  Rotavirus: "rotavirus",
  HepA: "hepA",
  Meningococcal: "menACWY",
  "Meningococcal B": "menB",
  Influenza: "flu",
  "COVID-19": "covid",
  RSV: "rsv",
  HPV: "hpv",
};
/** A group's short name in the app's language; a group without one keeps its full name. */
export function shortGroupName(vaccineGroup: string): string {
  const key = Object.hasOwn(SHORT, vaccineGroup) ? SHORT[vaccineGroup] : undefined;
  return key ? t(`vaccines:short.${key}`) : groupName(vaccineGroup);
}

/** Groups needing attention first (overdue, due), then coming up, then done or no longer given; by name within. */
const ORDER: Record<string, number> = {
  overdue: 0,
  due: 1,
  upcoming: 2,
  complete: 3,
  "no-longer-given": 4,
  "not-needed": 5,
  "not-advised": 5,
};
export function byUrgency<T extends { status: string; vaccineGroup: string }>(groups: readonly T[]): T[] {
  return [...groups].sort(
    (a, b) => (ORDER[a.status] ?? 6) - (ORDER[b.status] ?? 6) || a.vaccineGroup.localeCompare(b.vaccineGroup),
  );
}

type Evaluation = { antigen: string; status: string; reason?: string | undefined };
type Dose = { counted: boolean; evaluations: readonly Evaluation[] };

/** What a recorded dose counts for, one line per antigen, in plain words in the app's language. */
export function doseVerdict(
  dose: Dose,
  schedule: string,
): { counts: "yes" | "no" | "partly" | "not-evaluated"; lines: string[] } {
  const scheduleName = t(`vaccines:scheduleShort.${schedule === "who" ? "who" : "cdc"}`);
  if (!dose.counted)
    return { counts: "not-evaluated", lines: [t("vaccines:verdict.notEvaluated", { schedule: scheduleName })] };
  if (dose.evaluations.length === 0)
    return { counts: "yes", lines: [t("vaccines:verdict.counted", { schedule: scheduleName })] };
  const language = currentLanguage();
  // The API sends a reason as a code: its words are looked up here; one this version does not know is not shown.
  const why = (e: Evaluation) => reasonText(e.reason, language);
  const named = (e: Evaluation) => antigenName(e.antigen, language);
  // Antigens a dose simply counts for share one line; anything with a reason gets its own.
  const plain = dose.evaluations.filter((e) => e.status === "valid" && !why(e)).map(named);
  const list = new Intl.ListFormat(language, { style: "long", type: "unit" });
  const lines = plain.length > 0 ? [t("vaccines:verdict.countsFor", { antigens: list.format(plain) })] : [];
  for (const e of dose.evaluations) {
    const reason = why(e);
    if (e.status === "valid") {
      if (reason) lines.push(t("vaccines:verdict.withReason", { antigen: named(e), reason }));
      continue;
    }
    const fallback = t(e.status === "extraneous" ? "vaccines:verdict.notNeeded" : "vaccines:verdict.notCounted");
    lines.push(t("vaccines:verdict.doesNotCount", { antigen: named(e), reason: reason ?? fallback }));
  }
  const valid = dose.evaluations.filter((e) => e.status === "valid").length;
  return { counts: valid === dose.evaluations.length ? "yes" : valid === 0 ? "no" : "partly", lines };
}

const TO_BOOK = new Set(["overdue", "due", "upcoming"]);
/** Where "Other vaccines" lists a group that is not for this child now, by the API's category. */
export type OtherKind = "routine" | "seasonal" | "risk" | "travel" | "adult";
const OTHER_ORDER: OtherKind[] = ["routine", "seasonal", "risk", "travel", "adult"];
/** A category this version does not know is listed with the routine ones. */
const kindOf = (category: string): OtherKind =>
  OTHER_ORDER.includes(category as OtherKind) ? (category as OtherKind) : "routine";

/**
 * The page's groups: those ruled out by a recorded condition (always shown), those with a dose to book in order of
 * urgency, the complete ones, and the others (no longer given, not needed: risk-only, travel and adult vaccines) by
 * category.
 */
export function pageSections<T extends { status: string; vaccineGroup: string; category: string }>(
  groups: readonly T[],
) {
  const sorted = byUrgency(groups);
  const other = sorted.filter((g) => !TO_BOOK.has(g.status) && g.status !== "complete" && g.status !== "not-advised");
  return {
    notAdvised: sorted.filter((g) => g.status === "not-advised"),
    toBook: sorted.filter((g) => TO_BOOK.has(g.status)),
    complete: sorted.filter((g) => g.status === "complete"),
    other: OTHER_ORDER.map((kind) => ({ kind, groups: other.filter((g) => kindOf(g.category) === kind) })).filter(
      (s) => s.groups.length > 0,
    ),
    otherCount: other.length,
  };
}
