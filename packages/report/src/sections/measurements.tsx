import { Text, View } from "@react-pdf/renderer";
import type { ReportData } from "../data.ts";
import { styles } from "../styles.ts";
import { type Column, Table } from "../table.tsx";
import type { Words } from "../words.ts";

type Row = ReportData["growth"]["measurements"][number];

/** Every measurement of the range, newest last, with the age used and each percentile beside its value. */
export function Measurements({ data, w }: { data: ReportData; w: Words }) {
  const rows = data.growth.measurements;
  const value = (v: number | undefined, p: number | null, digits: number) =>
    v === undefined ? "–" : `${w.number(v, digits)} (${w.percentile(p)})`;
  const columns: Column<Row>[] = [
    { head: w.t("table.date"), width: "14%", cell: (m) => w.date(m.measuredOn) },
    { head: w.t("table.age"), width: "13%", cell: (m) => w.age(m.age.chronologicalDays) },
    ...(data.growth.preterm
      ? [
          {
            head: w.t("table.correctedAge"),
            width: "13%",
            cell: (m: Row) => (m.age.corrected ? w.correctedAge(m.age.usedDays) : "–"),
          } as const,
        ]
      : []),
    {
      head: w.t("table.chart"),
      width: "8%",
      cell: (m) => (m.standard === null ? "–" : w.t(`growth.code.${m.standard}`)),
    },
    { head: w.t("table.weight"), width: "16%", cell: (m) => value(m.weightKg, m.weight, 2), bold: true },
    {
      head: w.t("table.length"),
      width: "19%",
      cell: (m) =>
        `${value(m.lengthCm, m.length, 1)}${m.lengthMethod === "standing" ? ` ${w.t("table.standing")}` : ""}`,
    },
    {
      head: w.t("table.head"),
      width: "15%",
      // Head circumference stays on WHO after the weight and length move to CDC 2000: said beside the value.
      cell: (m) =>
        `${value(m.headCircumferenceCm, m.head, 1)}${m.headStandard && m.standard && m.headStandard !== m.standard ? ` ${w.t(`growth.code.${m.headStandard}`)}` : ""}`,
    },
  ];
  return (
    <View>
      <Text style={styles.note}>{w.t("table.percentileNote")}</Text>
      {rows.length === 0 ? <Text>{w.t("none")}</Text> : <Table columns={columns} rows={rows} />}
    </View>
  );
}
