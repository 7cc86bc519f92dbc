import { Text, View } from "@react-pdf/renderer";
import type { ReportData } from "../data.ts";
import { styles } from "../styles.ts";
import type { Words } from "../words.ts";

type Health = ReportData["health"];

function courseLine({ course, ...c }: Health["courses"][number], w: Words) {
  const how = [
    course.everyHours ? w.t("health.everyHours", { hours: w.number(course.everyHours) }) : "",
    course.timesPerDay ? w.t("health.timesPerDay", { times: course.timesPerDay }) : "",
    course.days ? w.t("health.forDays", { days: course.days }) : "",
    course.minIntervalHours ? w.t("health.minInterval", { hours: w.number(course.minIntervalHours) }) : "",
  ].filter(Boolean);
  const amount = course.amount === undefined ? "" : `${w.number(course.amount, 2)} ${course.unit ?? ""}`.trim();
  const head = w.t("health.course", { name: course.name, amount, how: how.join(", "), from: w.date(course.startedOn) });
  const given = c.plannedDoses
    ? w.t("health.dosesOf", { given: c.dosesInRange, planned: c.plannedDoses })
    : w.t("health.doses", { given: c.dosesInRange });
  const end =
    c.ended && c.lastDay ? w.t("health.ended", { date: w.date(c.lastDay) }) : c.ended ? "" : w.t("health.running");
  const by = c.prescribedBy ? w.t("health.prescribedBy", { name: c.prescribedBy }) : "";
  return { head: head.replace(/\s+,/g, ","), rest: [given, end, by].filter(Boolean).join(" · ") };
}

/** Allergies first (all of them), then medicines, illnesses with their highest temperature, temperatures, visits. */
export function HealthLog({ data, w }: { data: ReportData; w: Words }) {
  const h = data.health;
  const degrees = (c: number) => `${w.number(c, 1)} °C`;
  return (
    <View>
      <Text style={styles.h3}>{w.t("health.allergies")}</Text>
      {h.allergies.length === 0 && <Text>{w.t("health.noAllergies")}</Text>}
      {h.allergies.map((a) => (
        <Text key={a.allergyId} wrap={false}>
          <Text style={styles.bold}>
            {a.allergen} ({w.t(`health.severity.${a.severity}`)})
          </Text>
          {a.reaction ? `: ${a.reaction}` : ""}
          {a.noticedOn ? ` · ${w.t("health.noticed", { date: w.date(a.noticedOn) })}` : ""}
        </Text>
      ))}
      <Text style={styles.h3}>{w.t("health.courses")}</Text>
      {h.courses.length === 0 && <Text>{w.t("none")}</Text>}
      {h.courses.map((c) => {
        const line = courseLine(c, w);
        return (
          <View key={c.course.courseId} wrap={false} style={{ marginBottom: 2 }}>
            <Text style={styles.bold}>{line.head}</Text>
            <Text>{line.rest}</Text>
          </View>
        );
      })}
      {h.singleDoses.length > 0 && <Text style={styles.h3}>{w.t("health.single")}</Text>}
      {h.singleDoses.map((d) => (
        <Text key={d.name}>
          {w.t("health.singleLine", { name: d.name, count: d.count, date: w.moment(d.lastGivenAt, data.timeZone) })}
        </Text>
      ))}
      <Text style={styles.h3}>{w.t("health.illnesses")}</Text>
      {h.illnesses.length === 0 && <Text>{w.t("none")}</Text>}
      {h.illnesses.map((i) => (
        <Text key={i.illnessId} wrap={false}>
          <Text style={styles.bold}>
            {w.t("health.illness", {
              name: i.name ?? w.t("health.unnamed"),
              from: w.date(i.startedOn),
              to: i.endedOn ? w.date(i.endedOn) : w.t("health.ongoing"),
            })}
          </Text>
          {i.symptoms.length ? ` · ${i.symptoms.join(", ")}` : ""}
          {i.highest
            ? ` · ${w.t("health.highest", { value: degrees(i.highest.celsius), method: w.t(`health.methods.${i.highest.method}`) })}`
            : ""}
        </Text>
      ))}
      {h.temperatures.length > 0 && <Text style={styles.h3}>{w.t("health.temperatures")}</Text>}
      {h.temperatures.map((t) => (
        <Text key={t.takenAt}>
          {w.t("health.temperature", {
            when: w.moment(t.takenAt, t.timeZone),
            value: degrees(t.celsius),
            method: w.t(`health.methods.${t.method}`),
          })}
        </Text>
      ))}
      <Text style={styles.h3}>{w.t("health.visits")}</Text>
      {h.visits.length === 0 && <Text>{w.t("none")}</Text>}
      {h.visits.map((v) => (
        <Text key={v.visitId} wrap={false}>
          {w.t("health.visit", {
            date: w.date(v.visitedOn),
            reason: v.reason ?? (v.wellChild ? w.t("health.checkUp") : ""),
          })}
          {v.wellChild && v.reason ? ` (${w.t("health.checkUp")})` : ""}
          {v.clinician ? ` · ${w.t("health.with", { name: v.clinician })}` : ""}
          {v.nextAppointmentOn ? ` · ${w.t("health.nextAppointment", { date: w.date(v.nextAppointmentOn) })}` : ""}
        </Text>
      ))}
    </View>
  );
}
