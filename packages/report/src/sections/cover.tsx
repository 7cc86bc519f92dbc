import { Text, View } from "@react-pdf/renderer";
import type { ReportData } from "../data.ts";
import { styles } from "../styles.ts";
import type { Words } from "../words.ts";

/** The first page's block: who the baby is, the ages, the dates covered, who made it, and what it is not. */
export function Cover({ data, w, sections }: { data: ReportData; w: Words; sections: readonly string[] }) {
  const { baby, range } = data;
  const weeks = baby.gestationalAgeWeeks;
  const preterm = data.growth.preterm;
  return (
    <View>
      <Text style={styles.h1}>{w.t("cover")}</Text>
      <Text style={{ fontSize: 16, fontWeight: 700 }}>{baby.name}</Text>
      <Text>
        {w.t(`sex.${baby.sex}`)} · {w.t("born", { date: w.date(baby.dateOfBirth) })} ·{" "}
        {weeks !== null && weeks < 37 ? w.t("gestation", { weeks: w.number(weeks, 1) }) : w.t("term")}
      </Text>
      <View style={styles.box}>
        <Text style={styles.bold}>{w.t("ageOn", { date: w.date(range.asOf) })}</Text>
        <Text>{w.age(baby.age.chronologicalDays)}</Text>
        {preterm && baby.age.correctedDays !== null && (
          <Text>
            {w.t("corrected")}: <Text style={styles.bold}>{w.age(baby.age.correctedDays)}</Text>
          </Text>
        )}
        <Text style={{ marginTop: 6 }}>{w.t("covers", { from: w.date(range.from), to: w.date(range.to) })}</Text>
        <Text>
          {data.madeBy
            ? w.t("madeBy", { name: data.madeBy, date: w.date(data.madeOn) })
            : w.t("madeOn", { date: w.date(data.madeOn) })}
        </Text>
      </View>
      <View style={[styles.box, { borderWidth: 2 }]}>
        <Text style={styles.bold}>{w.t("disclaimer")}</Text>
      </View>
      <Text style={styles.h3}>{w.t("contents")}</Text>
      {sections.map((s, i) => (
        <Text key={s}>
          {i + 1}. {s}
        </Text>
      ))}
    </View>
  );
}
