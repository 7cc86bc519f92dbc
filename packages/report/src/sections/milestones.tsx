import { Text, View } from "@react-pdf/renderer";
import { milestoneText } from "@upnest/milestones";
import type { ReportData } from "../data.ts";
import { styles } from "../styles.ts";
import { type Column, Table } from "../table.tsx";
import type { Words } from "../words.ts";

type Reached = ReportData["milestones"]["reached"][number];

/** The milestones reached in the range, by the (corrected) age they were reached at, with their checklist's age. */
export function Milestones({ data, w }: { data: ReportData; w: Words }) {
  const { reached, source } = data.milestones;
  const columns: Column<Reached>[] = [
    { head: w.t("milestones.reached"), width: "16%", cell: (m) => w.date(m.achievedOn) },
    {
      head: data.growth.preterm ? w.t("table.correctedAge") : w.t("table.age"),
      width: "16%",
      cell: (m) => w.age(m.age.usedDays),
      bold: true,
    },
    {
      head: w.t("milestones.text"),
      width: "50%",
      cell: (m) => (m.milestoneId ? (milestoneText(m.milestoneId, w.language) ?? m.milestoneId) : (m.title ?? "")),
    },
    {
      head: w.t("milestones.checklist"),
      width: "18%",
      cell: (m) =>
        m.checklistMonths ? w.t("milestones.checklistMonths", { months: m.checklistMonths }) : w.t("milestones.custom"),
    },
  ];
  return (
    <View>
      {reached.length === 0 ? <Text>{w.t("none")}</Text> : <Table columns={columns} rows={reached} />}
      <Text style={styles.note}>{w.t("milestones.source", source)}</Text>
    </View>
  );
}
