import { Text, View } from "@react-pdf/renderer";
import { antigenName, reasonText, vaccineGroupName } from "@upnest/immunizations/words";
import type { ReportData } from "../data.ts";
import { styles } from "../styles.ts";
import { type Column, Table } from "../table.tsx";
import type { Words } from "../words.ts";

type Vaccines = ReportData["vaccines"];
type Dose = Vaccines["doses"][number];
/** The groups with a dose to book: the report lists only these (complete, not needed or not advised are not). */
type Group = Vaccines["groups"][number] & { status: "overdue" | "due" | "upcoming" };
const URGENCY: Record<string, number> = { overdue: 0, due: 1, upcoming: 2 };
const toBook = (g: Vaccines["groups"][number]): g is Group => g.nextDose !== null && g.status in URGENCY;

/** Whether a dose counts (yes, partly, no, not evaluated) and why, per antigen, in the report's language. */
export function doseVerdict(dose: Dose, schedule: string, w: Words): { counts: string; why: string } {
  if (!dose.counted)
    return {
      counts: w.tv("counts.not-evaluated"),
      why: w.tv("verdict.notEvaluated", { schedule: w.tv(`scheduleShort.${schedule === "who" ? "who" : "cdc"}`) }),
    };
  if (dose.evaluations.length === 0) return { counts: w.tv("counts.yes"), why: "" };
  const reason = (e: Dose["evaluations"][number]) => reasonText(e.reason, w.language);
  const named = (e: Dose["evaluations"][number]) => antigenName(e.antigen, w.language);
  // Antigens with the same verdict and reason share one sentence ("Measles, mumps and rubella: does not count. …").
  const verdicts = new Map<string, { valid: boolean; reason: string; antigens: string[] }>();
  for (const e of dose.evaluations.filter((x) => x.status !== "valid" || reason(x))) {
    const why = reason(e) ?? w.tv(e.status === "extraneous" ? "verdict.notNeeded" : "verdict.notCounted");
    const key = `${e.status === "valid"}|${why}`;
    const seen = verdicts.get(key) ?? { valid: e.status === "valid", reason: why, antigens: [] };
    seen.antigens.push(named(e));
    verdicts.set(key, seen);
  }
  const list = new Intl.ListFormat(w.language, { style: "long", type: "conjunction" });
  const lines = [...verdicts.values()].map((v) =>
    w.tv(v.valid ? "verdict.withReason" : "verdict.doesNotCount", {
      antigen: list.format(v.antigens),
      reason: v.reason,
    }),
  );
  const valid = dose.evaluations.filter((e) => e.status === "valid").length;
  const counts = valid === dose.evaluations.length ? "yes" : valid === 0 ? "no" : "partly";
  return { counts: w.tv(`counts.${counts}`), why: lines.join(" ") };
}

/** The vaccination record: each dose with the engine's verdict, then what is due next with its dates. */
export function Vaccinations({ data, w }: { data: ReportData; w: Words }) {
  const v = data.vaccines;
  const doses: Column<Dose>[] = [
    { head: w.t("table.date"), width: "15%", cell: (d) => w.date(d.dateGiven) },
    {
      head: w.t("vaccines.product"),
      width: "35%",
      cell: (d) => `${d.product}${d.givenAbroad ? ` (${w.t("vaccines.abroad")})` : ""}`,
    },
    { head: w.t("vaccines.evaluation"), width: "16%", cell: (d) => doseVerdict(d, v.schedule, w).counts, bold: true },
    { head: w.t("vaccines.why"), width: "34%", cell: (d) => doseVerdict(d, v.schedule, w).why },
  ];
  const next = v.groups
    .filter(toBook)
    .sort(
      (a, b) =>
        (URGENCY[a.status] ?? 3) - (URGENCY[b.status] ?? 3) ||
        (a.nextDose?.dueFrom ?? "").localeCompare(b.nextDose?.dueFrom ?? "") ||
        a.vaccineGroup.localeCompare(b.vaccineGroup),
    );
  const due: Column<Group>[] = [
    { head: w.t("vaccines.group"), width: "26%", cell: (g) => vaccineGroupName(g.vaccineGroup, w.language) },
    { head: w.t("vaccines.status"), width: "14%", cell: (g) => w.tv(`status.${g.status}`), bold: true },
    {
      head: w.t("vaccines.dose"),
      width: "12%",
      cell: (g) => w.t("vaccines.doseNumber", { number: g.nextDose?.doseNumber }),
    },
    { head: w.t("vaccines.from"), width: "16%", cell: (g) => (g.nextDose ? w.date(g.nextDose.canBeGivenFrom) : "–") },
    { head: w.t("vaccines.due"), width: "16%", cell: (g) => (g.nextDose ? w.date(g.nextDose.dueFrom) : "–") },
    {
      head: w.t("vaccines.overdue"),
      width: "16%",
      cell: (g) => (g.nextDose?.overdueAfter ? w.date(g.nextDose.overdueAfter) : "–"),
    },
  ];
  return (
    <View>
      <Text style={styles.note}>
        {v.cdsiVersion
          ? w.t("vaccines.engine", { version: v.cdsiVersion, date: w.date(v.assessedOn) })
          : w.t("vaccines.who", { date: w.date(v.assessedOn) })}
      </Text>
      <Text style={styles.h3}>{w.t("vaccines.record")}</Text>
      {v.doses.length === 0 ? <Text>{w.t("vaccines.noDoses")}</Text> : <Table columns={doses} rows={v.doses} />}
      <View wrap={false}>
        <Text style={styles.h3}>{w.t("vaccines.next")}</Text>
        {next.length === 0 ? <Text>{w.t("none")}</Text> : <Table columns={due} rows={next} />}
      </View>
    </View>
  );
}
