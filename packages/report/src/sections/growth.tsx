import { Text, View } from "@react-pdf/renderer";
import type { ReportData } from "../data.ts";
import { GrowthChart } from "../growth-chart.tsx";
import { styles } from "../styles.ts";
import type { Words } from "../words.ts";

/** The age charts (weight, length, head), with the standard named and where the chart for the age would change. */
export function GrowthCharts({ data, w }: { data: ReportData; w: Words }) {
  const { growth, baby } = data;
  const unscored = growth.measurements.filter((m) => m.standard === null).length;
  const dayToDate = (days: number) =>
    w.date(new Date(Date.parse(baby.dateOfBirth) + days * 86_400_000).toISOString().slice(0, 10));
  return (
    <View>
      <Text style={styles.note}>{w.t("growth.standard")}</Text>
      <Text style={styles.note}>{w.t("growth.bands")}</Text>
      <Text style={styles.note}>
        {w.t("growth.chartFor")}{" "}
        {growth.timeline
          .filter((span) => span.fromAgeInDays <= 1826)
          .map((span) =>
            w.t("growth.span", {
              standard: w.t(`growth.standards.${span.standard}`),
              from: dayToDate(span.fromAgeInDays),
              to: dayToDate(Math.min(span.toAgeInDays, 7305)),
            }),
          )
          .join(" · ")}
        . {w.t("growth.switchLine")}
        {unscored > 0 ? ` ${w.t("growth.beforeTerm", { count: unscored })}` : ""}
      </Text>
      {growth.charts.map((chart) => (
        <View key={chart.chart} wrap={false} style={{ marginTop: 6 }}>
          <Text style={styles.h3}>{w.t(`growth.${chart.chart}`)}</Text>
          {chart.points.length === 0 ? <Text>{w.t("none")}</Text> : <GrowthChart chart={chart} w={w} />}
        </View>
      ))}
    </View>
  );
}
