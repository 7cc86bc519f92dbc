import { Text, View } from "@react-pdf/renderer";
import { formatDuration } from "@upnest/i18n";
import type { ReportData } from "../data.ts";
import { styles } from "../styles.ts";
import { type Column, Table } from "../table.tsx";
import type { Words } from "../words.ts";

type Trend = NonNullable<NonNullable<ReportData["care"]>["week"]>;
type Row = { label: string; value: (t: Trend) => string };

/** The care log's averages per logged day, over the range's last 7 and 30 days (only when the care log is used). */
export function CareAverages({ care, w }: { care: NonNullable<ReportData["care"]>; w: Words }) {
  const hours = (ms: number) => formatDuration(ms / 1000, w.language);
  const rows: Row[] = [
    { label: w.t("care.daysLogged"), value: (t) => String(t.daysLogged) },
    { label: w.t("care.feeds"), value: (t) => w.number(t.feeds, 1) },
    { label: w.t("care.solids"), value: (t) => w.number(t.solids, 1) },
    { label: w.t("care.volume"), value: (t) => `${w.number(t.volumeMl, 0)} ml` },
    { label: w.t("care.sleep"), value: (t) => hours(t.sleepMs) },
    { label: w.t("care.naps"), value: (t) => hours(t.napMs) },
    { label: w.t("care.wet"), value: (t) => w.number(t.wet, 1) },
    { label: w.t("care.dirty"), value: (t) => w.number(t.dirty, 1) },
  ];
  const of = (t: Trend | null) => (r: Row) => (t ? r.value(t) : "–");
  const columns: Column<Row>[] = [
    { head: w.t("care.measure"), width: "44%", cell: (r) => r.label },
    { head: w.t("care.week"), width: "28%", cell: of(care.week), bold: true },
    { head: w.t("care.month"), width: "28%", cell: of(care.month), bold: true },
  ];
  return (
    <View wrap={false}>
      <Text style={styles.note}>{w.t("care.intro", { from: w.date(care.from), to: w.date(care.to) })}</Text>
      <Table columns={columns} rows={rows} />
    </View>
  );
}
